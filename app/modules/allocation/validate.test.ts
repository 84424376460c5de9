import { describe, expect, it } from 'vitest'
import { makeApplication as app, makeBooth as booth } from './arbitraries'
import { allocate, evaluatePlan, explainPlan, validate } from './engine'
import type { AllocationInput } from './types'

// A1–A4 in a row (A4 has power and cold), B1 across the aisle, C1 a premium booth.
const input: AllocationInput = {
  booths: [
    booth('A1', 0),
    booth('A2', 1),
    booth('A3', 2),
    booth('A4', 3, 0, { features: ['power', 'cold'] }),
    booth('B1', 0, 2),
    booth('C1', 5, 0, { typeCode: 'CC' }),
  ],
  applications: [
    app('single'),
    app('pair', { boothCount: 2 }),
    app('cold', { needs: ['cold'] }),
    app('premium', { boothTypeCode: 'CC' }),
  ],
  locks: [{ applicationId: 'premium', boothIds: ['b-C1'] }],
}

const codes = (plan: Record<string, string[]>) => validate(input, { assignment: plan }).map((v) => v.code)

describe('validate', () => {
  it('accepts a plan that keeps every rule', () => {
    expect(validate(input, { assignment: { single: ['b-B1'], pair: ['b-A1', 'b-A2'], cold: ['b-A4'], premium: ['b-C1'] } })).toEqual([])
  })

  it('flags a booth given to two producers', () => {
    const violations = validate(input, { assignment: { single: ['b-A4'], cold: ['b-A4'], premium: ['b-C1'] } })
    expect(violations).toContainEqual(
      expect.objectContaining({ code: 'BOOTH_SHARED', boothIds: ['b-A4'], message: 'Gian A4 được xếp cho hai nhà sản xuất (đơn single và cold)' }),
    )
  })

  it('flags the wrong type, an unmet need, a wrong count and a split stand', () => {
    expect(codes({ single: ['b-C1'], premium: ['b-C1'] })).toEqual(expect.arrayContaining(['WRONG_BOOTH_TYPE', 'BOOTH_SHARED']))
    expect(validate(input, { assignment: { cold: ['b-A1'], premium: ['b-C1'] } })).toEqual([
      { code: 'NEED_UNMET', message: 'Gian A1 không có kho lạnh', applicationId: 'cold', boothIds: ['b-A1'] },
    ])
    expect(codes({ pair: ['b-A1'], premium: ['b-C1'] })).toEqual(['WRONG_BOOTH_COUNT'])
    expect(codes({ pair: ['b-A1', 'b-A3'], premium: ['b-C1'] })).toEqual(['NOT_CONNECTED'])
  })

  it('flags unknown ids, a broken lock and the producer cap', () => {
    expect(codes({ ghost: ['b-A1'], premium: ['b-C1'] })).toEqual(['UNKNOWN_APPLICATION'])
    expect(codes({ single: ['b-Z9'], premium: ['b-C1'] })).toEqual(['UNKNOWN_BOOTH'])
    expect(codes({ single: ['b-A1'] })).toEqual(['LOCK_BROKEN'])
    const capped = { ...input, rules: { maxBoothsPerProducer: 1 } }
    expect(validate(capped, { assignment: { pair: ['b-A1', 'b-A2'], premium: ['b-C1'] } }).map((v) => v.code)).toEqual(['PRODUCER_CAP'])
  })

  it('flags applications missing from the plan or listed twice when the waitlist is given', () => {
    const violations = validate(input, {
      assignment: { single: ['b-A1'], premium: ['b-C1'] },
      waitlist: [
        { applicationId: 'single', position: 1, reason: '' },
        { applicationId: 'pair', position: 2, reason: '' },
      ],
      rejected: [],
    })
    expect(violations.map((v) => [v.code, v.applicationId])).toEqual([
      ['MISSING_APPLICATION', 'cold'],
      ['DOUBLE_STATUS', 'single'],
    ])
  })
})

describe('editing a plan by hand', () => {
  it('re-explains and re-scores a swap, and flags a move that breaks a rule', () => {
    const zoned: AllocationInput = {
      booths: [booth('A1', 0, 0, { zone: 'Khu Trái cây' }), booth('A2', 1, 0, { zone: 'Khu Gạo' })],
      applications: [
        app('fruit', { zonePreferences: ['Khu Trái cây'], provinceId: 'ben-tre' }),
        app('rice', { zonePreferences: ['Khu Gạo', 'Khu Trái cây'], provinceId: 'can-tho' }),
      ],
    }
    const planned = allocate(zoned)
    expect(planned.assignment).toEqual({ fruit: ['b-A1'], rice: ['b-A2'] })
    expect(planned.explanations.fruit).toBe('Khu Trái cây — nguyện vọng 1; cạnh gian cùng nhóm sản phẩm')
    expect(planned.figures.firstChoiceRate).toBe(1)

    const swapped = { fruit: ['b-A2'], rice: ['b-A1'] }
    expect(validate(zoned, { assignment: swapped })).toEqual([])
    expect(explainPlan(zoned, swapped)).toEqual({
      fruit: 'Khu Gạo — ngoài nguyện vọng; cạnh gian cùng nhóm sản phẩm',
      rice: 'Khu Trái cây — nguyện vọng 2; cạnh gian cùng nhóm sản phẩm',
    })
    const figures = evaluatePlan(zoned, swapped)
    expect(figures.firstChoiceRate).toBe(0)
    expect(figures.objective).toBeCloseTo(20 * 0.6 + 1)
    expect(figures.objective).toBeLessThan(planned.figures.objective)

    expect(validate(zoned, { assignment: { fruit: ['b-A1'], rice: ['b-A1'] } }).map((v) => v.code)).toEqual(['BOOTH_SHARED'])
  })
})
