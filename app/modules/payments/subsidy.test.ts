import { describe, expect, it } from 'vitest'
import { computeFee, parseSubsidyRule, SubsidyRuleSchema } from './subsidy'

const coop = { type: 'COOPERATIVE', provinceId: '86', formerProvinceId: '83' }
const household = { type: 'HOUSEHOLD', provinceId: '79', formerProvinceId: null }

describe('subsidy rules', () => {
  it('pays a share of the fee for the listed producer types, rounded down to whole đồng', () => {
    const rule = parseSubsidyRule({ kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 50 })
    expect(computeFee(rule, { producer: coop, boothPrices: [8_000_000, 9_500_000] })).toEqual({ grossVnd: 17_500_000, subsidyVnd: 8_750_000, amountVnd: 8_750_000 })
    expect(computeFee(rule, { producer: household, boothPrices: [8_000_000] })).toEqual({ grossVnd: 8_000_000, subsidyVnd: 0, amountVnd: 8_000_000 })
    const third = parseSubsidyRule({ kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 33 })
    expect(computeFee(third, { producer: coop, boothPrices: [1_000_001] }).subsidyVnd).toBe(330_000)
  })

  it('caps the subsidy per producer when the rule says so', () => {
    const rule = parseSubsidyRule({ kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 70, maxVnd: 5_000_000 })
    expect(computeFee(rule, { producer: coop, boothPrices: [11_000_000] })).toMatchObject({ subsidyVnd: 5_000_000, amountVnd: 6_000_000 })
  })

  it('gives free booths to producers of a province, current or former', () => {
    const rule = parseSubsidyRule({ kind: 'freeBoothsForProvince', provinceId: '83', count: 1 })
    expect(computeFee(rule, { producer: coop, boothPrices: [8_000_000, 11_000_000] })).toMatchObject({ subsidyVnd: 11_000_000, amountVnd: 8_000_000 })
    expect(computeFee(rule, { producer: household, boothPrices: [8_000_000] }).subsidyVnd).toBe(0)
  })

  it('adds several rules but never beyond the gross amount', () => {
    const rule = parseSubsidyRule({
      kind: 'all',
      rules: [
        { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 50 },
        { kind: 'freeBoothsForProvince', provinceId: '86', count: 1 },
      ],
    })
    expect(computeFee(rule, { producer: coop, boothPrices: [8_000_000] })).toEqual({ grossVnd: 8_000_000, subsidyVnd: 8_000_000, amountVnd: 0 })
  })

  it('treats a missing or malformed rule as no subsidy, and explains invalid input in Vietnamese', () => {
    expect(parseSubsidyRule(null)).toBeNull()
    expect(parseSubsidyRule({ kind: 'percentByProducerType', producerTypes: [], percent: 50 })).toBeNull()
    const result = SubsidyRuleSchema.safeParse({ kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 150 })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe('Tỷ lệ hỗ trợ từ 0 đến 100%')
  })
})
