// The fair's subsidy rule (Fair.subsidyRule, JSON): the one schema that documents its shape, and the
// pure computation of a producer's subsidy. Invoices show the producer's share and the subsidy
// separately, so the subsidy is an amount of its own, never folded into the price.
import { z } from 'zod'

const ProducerTypeSchema = z.enum(['HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP'])

/**
 * - `percentByProducerType`: the organiser pays `percent`% of the booth fee of producers of the
 *   given types (e.g. 50% for cooperatives), optionally at most `maxVnd` per producer.
 * - `freeBoothsForProvince`: producers from `provinceId` (current province, or the former province
 *   before the 2025 merger) get up to `count` of their booths free.
 * - `all`: several rules; their subsidies add up (never beyond the gross amount).
 */
export const SubsidyRuleSchema: z.ZodType<SubsidyRule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('percentByProducerType'),
      producerTypes: z.array(ProducerTypeSchema).min(1, { message: 'Chọn ít nhất một loại hình chủ thể' }),
      percent: z.number().int().min(0, { message: 'Tỷ lệ hỗ trợ từ 0 đến 100%' }).max(100, { message: 'Tỷ lệ hỗ trợ từ 0 đến 100%' }),
      maxVnd: z.number().int().positive().optional(),
    }),
    z.object({
      kind: z.literal('freeBoothsForProvince'),
      provinceId: z.string().min(1, { message: 'Chọn tỉnh, thành phố được hỗ trợ' }),
      count: z.number().int().min(1, { message: 'Số gian miễn phí ít nhất là 1' }),
    }),
    z.object({ kind: z.literal('all'), rules: z.array(SubsidyRuleSchema).min(1) }),
  ]),
)

export type SubsidyRule =
  | { kind: 'percentByProducerType'; producerTypes: Array<z.infer<typeof ProducerTypeSchema>>; percent: number; maxVnd?: number }
  | { kind: 'freeBoothsForProvince'; provinceId: string; count: number }
  | { kind: 'all'; rules: SubsidyRule[] }

/** Parses the stored JSON; a malformed rule counts as "no subsidy" rather than blocking payments. */
export function parseSubsidyRule(value: unknown): SubsidyRule | null {
  if (value === null || value === undefined) return null
  const parsed = SubsidyRuleSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

export interface SubsidyInput {
  producer: { type: string; provinceId: string | null; formerProvinceId: string | null }
  /** Price of each allocated booth, whole đồng. */
  boothPrices: number[]
}

function ruleSubsidy(rule: SubsidyRule, input: SubsidyInput, gross: number): number {
  switch (rule.kind) {
    case 'percentByProducerType': {
      if (!rule.producerTypes.includes(input.producer.type as never)) return 0
      // Whole đồng, rounded down: the producer never pays a fraction more than the rule says.
      const amount = Math.floor((gross * rule.percent) / 100)
      return rule.maxVnd ? Math.min(amount, rule.maxVnd) : amount
    }
    case 'freeBoothsForProvince': {
      const { provinceId, formerProvinceId } = input.producer
      if (provinceId !== rule.provinceId && formerProvinceId !== rule.provinceId) return 0
      // The most expensive booths are the free ones: the rule is worded in booths, not in đồng.
      return [...input.boothPrices].sort((a, b) => b - a).slice(0, rule.count).reduce((sum, price) => sum + price, 0)
    }
    case 'all':
      return rule.rules.reduce((sum, inner) => sum + ruleSubsidy(inner, input, gross), 0)
  }
}

export function computeFee(rule: SubsidyRule | null, input: SubsidyInput) {
  const grossVnd = input.boothPrices.reduce((sum, price) => sum + price, 0)
  const subsidyVnd = rule ? Math.max(0, Math.min(grossVnd, ruleSubsidy(rule, input, grossVnd))) : 0
  return { grossVnd, subsidyVnd, amountVnd: grossVnd - subsidyVnd }
}
