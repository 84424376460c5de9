import { describe, expect, it } from 'vitest'
import { unitPriceFor, validatePriceTiers } from './price-tiers'

describe('validatePriceTiers', () => {
  it('accepts ascending quantities with non-increasing prices', () => {
    expect(
      validatePriceTiers([
        { minQuantity: 10, priceVnd: 45000 },
        { minQuantity: 100, priceVnd: 42000 },
        { minQuantity: 500, priceVnd: 42000 },
      ]),
    ).toEqual([])
  })

  it('flags a quantity that does not ascend, on the offending tier', () => {
    const errors = validatePriceTiers([
      { minQuantity: 100, priceVnd: 45000 },
      { minQuantity: 100, priceVnd: 40000 },
    ])
    expect(errors).toEqual([{ index: 1, field: 'minQuantity', message: 'Số lượng của mức sau phải lớn hơn mức trước' }])
  })

  it('flags a price that rises with quantity', () => {
    const errors = validatePriceTiers([
      { minQuantity: 10, priceVnd: 40000 },
      { minQuantity: 50, priceVnd: 41000 },
    ])
    expect(errors).toEqual([{ index: 1, field: 'priceVnd', message: 'Giá của mức sau không được cao hơn mức trước' }])
  })

  it('requires whole positive numbers and at least one tier', () => {
    expect(validatePriceTiers([])).toHaveLength(1)
    const errors = validatePriceTiers([{ minQuantity: 0, priceVnd: 12.5 }])
    expect(errors.map((e) => e.field)).toEqual(['minQuantity', 'priceVnd'])
  })

  it('requires the first tier to cover the minimum order quantity', () => {
    expect(validatePriceTiers([{ minQuantity: 20, priceVnd: 1000 }], 10)).toHaveLength(1)
    expect(validatePriceTiers([{ minQuantity: 10, priceVnd: 1000 }], 10)).toEqual([])
  })
})

describe('unitPriceFor', () => {
  const tiers = [
    { minQuantity: 10, priceVnd: 45000 },
    { minQuantity: 100, priceVnd: 42000 },
  ]
  it('picks the highest tier reached', () => {
    expect(unitPriceFor(tiers, 5)).toBeNull()
    expect(unitPriceFor(tiers, 10)).toBe(45000)
    expect(unitPriceFor(tiers, 99)).toBe(45000)
    expect(unitPriceFor(tiers, 100)).toBe(42000)
  })
})
