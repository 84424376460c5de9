// Wholesale price tiers: "from N units, P đồng per unit". Quantities must strictly ascend and the
// price must never go up as quantity grows — buyers read the table as "more is cheaper or equal".
export interface PriceTierInput {
  minQuantity: number
  priceVnd: number
}

export type TierError = { index: number; field: 'minQuantity' | 'priceVnd'; message: string }

export const MAX_TIERS = 6

export function validatePriceTiers(tiers: PriceTierInput[], minOrderQuantity?: number): TierError[] {
  const errors: TierError[] = []
  if (tiers.length === 0) return [{ index: 0, field: 'priceVnd', message: 'Cần ít nhất một mức giá sỉ' }]
  if (tiers.length > MAX_TIERS) errors.push({ index: MAX_TIERS, field: 'minQuantity', message: `Tối đa ${MAX_TIERS} mức giá` })
  tiers.forEach((tier, index) => {
    if (!Number.isInteger(tier.minQuantity) || tier.minQuantity < 1) {
      errors.push({ index, field: 'minQuantity', message: 'Số lượng phải là số nguyên từ 1 trở lên' })
    }
    if (!Number.isInteger(tier.priceVnd) || tier.priceVnd < 1) {
      errors.push({ index, field: 'priceVnd', message: 'Giá phải là số đồng nguyên dương' })
    }
    if (index === 0 && minOrderQuantity !== undefined && tier.minQuantity > minOrderQuantity) {
      errors.push({ index, field: 'minQuantity', message: 'Mức giá đầu tiên phải bắt đầu từ số lượng đặt tối thiểu trở xuống' })
    }
    if (index > 0) {
      const previous = tiers[index - 1]
      if (tier.minQuantity <= previous.minQuantity) {
        errors.push({ index, field: 'minQuantity', message: 'Số lượng của mức sau phải lớn hơn mức trước' })
      }
      if (tier.priceVnd > previous.priceVnd) {
        errors.push({ index, field: 'priceVnd', message: 'Giá của mức sau không được cao hơn mức trước' })
      }
    }
  })
  return errors
}

/** The unit price a buyer pays for a quantity: the last tier whose threshold it reaches. */
export function unitPriceFor(tiers: PriceTierInput[], quantity: number): number | null {
  let price: number | null = null
  for (const tier of [...tiers].sort((a, b) => a.minQuantity - b.minQuantity)) {
    if (quantity >= tier.minQuantity) price = tier.priceVnd
  }
  return price
}
