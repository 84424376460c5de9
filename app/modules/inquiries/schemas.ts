// Form schemas of the inquiry screens, shared by the browser (Conform) and the server. Dates that
// depend on "today" (validity, wanted-by) are checked again on the server with the server clock.
import { z } from 'zod'
import { DateInputSchema, PriceVndSchema } from '~/utils/schemas'
import { MAX_TIERS } from '~/modules/catalogue/price-tiers'

export const MAX_RFQ_PRODUCERS = 10
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const ATTACHMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp'
export const ATTACHMENT_ERRORS = {
  empty: 'Tệp đính kèm rỗng',
  'too-large': 'Tệp đính kèm tối đa 10 MB',
  'wrong-type': 'Chỉ nhận tệp PDF, JPEG, PNG hoặc WebP',
} as const

const QuantitySchema = z.coerce
  .number({ required_error: 'Vui lòng nhập số lượng', invalid_type_error: 'Số lượng phải là số' })
  .int('Số lượng phải là số nguyên')
  .positive('Số lượng phải lớn hơn 0')
  .max(100_000_000, 'Số lượng quá lớn')

const UnitSchema = z.string({ required_error: 'Vui lòng nhập đơn vị' }).trim().min(1, 'Vui lòng nhập đơn vị').max(30, 'Đơn vị tối đa 30 ký tự')

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional()

export const InquiryFormSchema = z.object({
  productId: z.string().optional(),
  producerIds: z
    .array(z.string().min(1), { required_error: 'Chọn ít nhất một nhà sản xuất' })
    .min(1, 'Chọn ít nhất một nhà sản xuất')
    .max(MAX_RFQ_PRODUCERS, `Gửi tối đa ${MAX_RFQ_PRODUCERS} nhà sản xuất một lần`),
  subject: z.string({ required_error: 'Vui lòng nhập tiêu đề' }).trim().min(3, 'Tiêu đề tối thiểu 3 ký tự').max(150, 'Tiêu đề tối đa 150 ký tự'),
  quantity: QuantitySchema,
  unit: UnitSchema,
  targetPriceVnd: PriceVndSchema.optional(),
  deliveryProvinceId: z.string().optional(),
  wantedBy: DateInputSchema.optional(),
  requirements: optionalText(1000, 'Yêu cầu đóng gói, chứng nhận tối đa 1.000 ký tự'),
  message: z.string({ required_error: 'Vui lòng viết lời nhắn cho nhà sản xuất' }).trim().min(1, 'Vui lòng viết lời nhắn cho nhà sản xuất').max(4000, 'Lời nhắn tối đa 4.000 ký tự'),
  attachment: z.instanceof(File).optional(),
})
export type InquiryInput = Omit<z.infer<typeof InquiryFormSchema>, 'attachment'>

export const MessageFormSchema = z.object({
  intent: z.literal('message'),
  body: z.string({ required_error: 'Vui lòng nhập tin nhắn' }).trim().min(1, 'Vui lòng nhập tin nhắn').max(4000, 'Tin nhắn tối đa 4.000 ký tự'),
  attachment: z.instanceof(File).optional(),
})

const TierSchema = z.object({
  minQuantity: QuantitySchema,
  priceVnd: PriceVndSchema,
})

/** Tiers must start higher and higher: each next tier needs a larger minimum quantity. */
export function tierOrderError(tiers: Array<{ minQuantity: number }>): string | null {
  for (let i = 1; i < tiers.length; i++) {
    if (tiers[i]!.minQuantity <= tiers[i - 1]!.minQuantity) return 'Số lượng tối thiểu của các bậc giá phải tăng dần'
  }
  return null
}

export const QuotationFormSchema = z
  .object({
    intent: z.literal('quote'),
    quantity: QuantitySchema,
    unit: UnitSchema,
    validUntil: DateInputSchema,
    deliveryTerms: z.string({ required_error: 'Vui lòng nhập điều kiện giao hàng' }).trim().min(3, 'Vui lòng nhập điều kiện giao hàng').max(1000, 'Tối đa 1.000 ký tự'),
    paymentTerms: z.string({ required_error: 'Vui lòng nhập điều kiện thanh toán' }).trim().min(3, 'Vui lòng nhập điều kiện thanh toán').max(1000, 'Tối đa 1.000 ký tự'),
    notes: optionalText(2000, 'Ghi chú tối đa 2.000 ký tự'),
    // Empty rows of the fixed tier grid are dropped before validation (Conform may hand them over
    // as undefined or as empty strings).
    tiers: z.preprocess(
      (value) => (Array.isArray(value) ? value.filter((row) => row && [row.minQuantity, row.priceVnd].some((cell) => cell !== undefined && cell !== '')) : value),
      z.array(TierSchema, { required_error: 'Nhập ít nhất một bậc giá' }).min(1, 'Nhập ít nhất một bậc giá').max(MAX_TIERS, `Tối đa ${MAX_TIERS} bậc giá`),
    ),
  })
  .superRefine((value, ctx) => {
    const error = tierOrderError(value.tiers)
    if (error) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['tiers'], message: error })
  })
export type QuotationInput = Omit<z.infer<typeof QuotationFormSchema>, 'intent'>

export const DecisionSchema = z.object({
  intent: z.enum(['accept', 'decline', 'revise']),
  quotationId: z.string().min(1),
  note: optionalText(1000, 'Ghi chú tối đa 1.000 ký tự'),
})

export const BlockSchema = z.object({
  intent: z.literal('block'),
  reason: optionalText(500, 'Lý do tối đa 500 ký tự'),
  report: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
})

export const INQUIRY_STATUSES = ['NEW', 'ANSWERED', 'QUOTED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CLOSED'] as const
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]
