import { describe, expect, it } from 'vitest'
import { makeApplication as app, makeBooth as booth } from './arbitraries'
import { allocate, compareApplicationPriority, validate } from './engine'
import type { AllocationInput } from './types'

const T = 1_760_000_000_000
const row = (n: number, extra = {}) => Array.from({ length: n }, (_, i) => booth(`A${i + 1}`, i, 0, extra))
const names = { TC: 'Tiêu chuẩn' }

describe('admission priority', () => {
  const applications = [
    app('late-4star', { maxStars: 4, submittedAt: T + 9 }),
    app('coop', { producerType: 'COOPERATIVE', submittedAt: T + 8 }),
    app('first-timer', { firstTimeExhibitor: true, submittedAt: T + 7 }),
    app('earliest', { submittedAt: T }),
    app('early', { submittedAt: T + 1 }),
  ]

  it('orders stars, then cooperatives, then first-time exhibitors, then submission time', () => {
    const sorted = [...applications].sort((x, y) => compareApplicationPriority(x, y)).map((a) => a.id)
    expect(sorted).toEqual(['late-4star', 'coop', 'first-timer', 'earliest', 'early'])
  })

  it('admits by that priority and waitlists the rest in order, with the reason', () => {
    const input: AllocationInput = { booths: row(2), applications, rules: { cooperativeSharePercent: 0 }, boothTypeNames: names }
    const out = allocate(input)
    expect(Object.keys(out.assignment).sort()).toEqual(['coop', 'late-4star'])
    expect(out.waitlist).toEqual([
      { applicationId: 'first-timer', position: 1, reason: 'Hết gian loại Tiêu chuẩn' },
      { applicationId: 'earliest', position: 2, reason: 'Hết gian loại Tiêu chuẩn' },
      { applicationId: 'early', position: 3, reason: 'Hết gian loại Tiêu chuẩn' },
    ])
    expect(out.explanations['late-4star']).toContain('ưu tiên 4★')
    expect(out.explanations.coop).toContain('ưu tiên HTX')
  })

  it('admits everyone and explains no priority when there is room', () => {
    const out = allocate({ booths: row(5), applications })
    expect(out.waitlist).toEqual([])
    expect(Object.values(out.explanations).join(' ')).not.toContain('ưu tiên')
  })

  it('counts a cold need against cold booths only', () => {
    const booths = [booth('A1', 0, 0, { features: ['cold'] }), booth('A2', 1)]
    const out = allocate({
      booths,
      applications: [app('cold-1', { needs: ['cold'], maxStars: 5 }), app('cold-2', { needs: ['cold'], maxStars: 4 }), app('plain')],
      boothTypeNames: names,
    })
    expect(out.assignment).toEqual({ 'cold-1': ['b-A1'], plain: ['b-A2'] })
    expect(out.waitlist).toEqual([{ applicationId: 'cold-2', position: 1, reason: 'Hết gian loại Tiêu chuẩn có kho lạnh' }])
  })
})

describe('reserved share for cooperatives', () => {
  const strong = Array.from({ length: 6 }, (_, i) => app(`n${i}`, { maxStars: 5, submittedAt: T + i }))
  const coops = [app('c0', { producerType: 'COOPERATIVE', submittedAt: T }), app('c1', { producerType: 'COOPERATIVE_GROUP', submittedAt: T + 1 })]

  it('replaces the lowest-ranked non-cooperative until the share is met', () => {
    const out = allocate({ booths: row(5), applications: [...strong, ...coops] })
    // ⌈20% of 5⌉ = 1 cooperative; the best-ranked one takes the place of the 4th-best 5★ producer.
    expect(Object.keys(out.assignment).sort()).toEqual(['c0', 'n0', 'n1', 'n2', 'n3'])
    expect(out.waitlist.map((w) => w.applicationId)).toEqual(['n4', 'n5', 'c1'])
    expect(out.waitlist[0].reason).toBe('Nhường suất dành riêng cho hợp tác xã (20%)')
    expect(out.explanations.c0).toContain('suất dành riêng cho hợp tác xã')
    expect(out.diagnostics.reservedShareSwaps).toBe(1)
    expect(out.figures.cooperativeShare).toBeCloseTo(0.2)
  })

  it('follows the organiser’s percentage', () => {
    const out = allocate({ booths: row(5), applications: [...strong, ...coops], rules: { cooperativeSharePercent: 40 } })
    expect(Object.keys(out.assignment).sort()).toEqual(['c0', 'c1', 'n0', 'n1', 'n2'])
  })

  it('admits every cooperative when too few apply to reach the share', () => {
    const out = allocate({ booths: row(4), applications: [...strong, coops[0]], rules: { cooperativeSharePercent: 50 } })
    expect(Object.keys(out.assignment).sort()).toEqual(['c0', 'n0', 'n1', 'n2'])
  })

  it('frees a booth the cooperative can use: a cold need displaces a cold holder', () => {
    const booths = [booth('A1', 0, 0, { features: ['cold'] }), booth('A2', 1), booth('A3', 2)]
    const out = allocate({
      booths,
      applications: [
        app('n-cold', { maxStars: 5, needs: ['cold'] }),
        app('n-5', { maxStars: 5 }),
        app('n-4', { maxStars: 4 }),
        app('coop-cold', { producerType: 'COOPERATIVE', needs: ['cold'] }),
      ],
    })
    expect(Object.keys(out.assignment).sort()).toEqual(['coop-cold', 'n-4', 'n-5'])
    expect(out.assignment['coop-cold']).toEqual(['b-A1'])
  })

  it('counts locked cooperatives towards the share', () => {
    const out = allocate({
      booths: row(5),
      applications: [...strong, app('locked-coop', { producerType: 'COOPERATIVE', maxStars: 3 }), ...coops],
      locks: [{ applicationId: 'locked-coop', boothIds: ['b-A5'] }],
    })
    expect(out.assignment['locked-coop']).toEqual(['b-A5'])
    expect(Object.keys(out.assignment).sort()).toEqual(['locked-coop', 'n0', 'n1', 'n2', 'n3'])
    expect(out.diagnostics.reservedShareSwaps).toBe(0)
  })
})

describe('requests that cannot be met', () => {
  it('rejects unknown booth types, too many booths and needs no booth has', () => {
    const input: AllocationInput = {
      booths: row(4),
      applications: [
        app('vip', { boothTypeCode: 'VIP' }),
        app('three', { boothCount: 3 }),
        app('cold', { needs: ['cold'] }),
        app('ok'),
      ],
      boothTypeNames: names,
    }
    const out = allocate(input)
    expect(out.rejected).toEqual([
      { applicationId: 'cold', reason: 'Hội chợ không có gian loại Tiêu chuẩn có kho lạnh' },
      { applicationId: 'three', reason: 'Đăng ký 3 gian, vượt mức tối đa 2 gian mỗi nhà sản xuất' },
      { applicationId: 'vip', reason: 'Hội chợ không có loại gian VIP' },
    ])
    expect(Object.keys(out.assignment)).toEqual(['ok'])
    expect(validate(input, out)).toEqual([])
  })

  it('waitlists a second request of a producer that would exceed the cap', () => {
    const out = allocate({
      booths: row(6),
      applications: [app('first', { boothCount: 2, maxStars: 4 }), app('second', { boothCount: 1, producerId: 'producer-first' })],
    })
    expect(out.assignment.first).toHaveLength(2)
    expect(out.waitlist).toEqual([{ applicationId: 'second', position: 1, reason: 'Nhà sản xuất đã được xếp 2 gian, tối đa 2' }])
  })

  it('waitlists a two-booth request without two neighbouring booths and admits the next in line', () => {
    // A1 and A3 are 3 m apart; B1 is across the aisle: no two booths are neighbours.
    const booths = [booth('A1', 0), booth('A3', 2), booth('B1', 0, 2)]
    const out = allocate({
      booths,
      applications: [app('pair', { boothCount: 2, maxStars: 5 }), app('one', { maxStars: 4 }), app('two'), app('three')],
      boothTypeNames: names,
    })
    expect(Object.keys(out.assignment).sort()).toEqual(['one', 'three', 'two'])
    expect(out.waitlist).toEqual([{ applicationId: 'pair', position: 1, reason: 'Không còn 2 gian liền kề loại Tiêu chuẩn' }])
    expect(out.diagnostics.admissionRounds).toBe(2)
  })
})
