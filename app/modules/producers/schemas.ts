// Forms of the producers module: the onboarding profile and an OCOP certificate.
import { z } from 'zod'
import { DateInputSchema, OcopStarsSchema, PhoneVnSchema, TaxCodeSchema } from '~/utils/schemas'

export const PRODUCER_TYPES = ['HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP'] as const
export const ISSUING_LEVELS = ['DISTRICT', 'PROVINCE', 'CENTRAL'] as const

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .optional()
    .transform((value) => (value ? value : undefined))

/** Draft: every field optional, but what is given must be valid. */
export const ProducerProfileDraftSchema = z.object({
  legalName: optionalText(200),
  tradeName: optionalText(200),
  type: z.enum(PRODUCER_TYPES, { errorMap: () => ({ message: 'Chọn loại hình chủ thể' }) }).optional(),
  taxCode: TaxCodeSchema.optional(),
  representative: optionalText(120),
  contactName: optionalText(120),
  phone: PhoneVnSchema.optional(),
  email: z.string().trim().email('Email không hợp lệ').optional().or(z.literal('').transform(() => undefined)),
  provinceId: optionalText(20),
  communeId: optionalText(20),
  addressLine: optionalText(300),
  story: optionalText(4000),
})

/** What a complete profile needs before it can be reviewed. */
export const REQUIRED_PROFILE_FIELDS = ['legalName', 'type', 'taxCode', 'phone', 'contactName', 'provinceId', 'communeId', 'addressLine'] as const

export type ProducerProfileDraft = z.infer<typeof ProducerProfileDraftSchema>

export function missingProfileFields(profile: Partial<Record<(typeof REQUIRED_PROFILE_FIELDS)[number], unknown>>) {
  return REQUIRED_PROFILE_FIELDS.filter((field) => profile[field] === undefined || profile[field] === null || profile[field] === '')
}

export const CertificateSchema = z
  .object({
    productId: z.string({ required_error: 'Chọn sản phẩm' }).min(1, 'Chọn sản phẩm'),
    stars: OcopStarsSchema,
    score: z.coerce.number().int().min(50, 'Điểm từ 50 đến 100').max(100, 'Điểm từ 50 đến 100').optional(),
    certificateNumber: z.string({ required_error: 'Nhập số chứng nhận' }).trim().min(1, 'Nhập số chứng nhận').max(60),
    decisionNumber: z.string({ required_error: 'Nhập số quyết định' }).trim().min(1, 'Nhập số quyết định').max(60),
    decisionDate: DateInputSchema,
    issuingLevel: z.enum(ISSUING_LEVELS, { errorMap: () => ({ message: 'Chọn cấp công nhận' }) }),
    issuingAuthority: z.string({ required_error: 'Nhập cơ quan công nhận' }).trim().min(3, 'Nhập cơ quan công nhận').max(200),
    issuedAt: DateInputSchema,
    expiresAt: DateInputSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.issuedAt < value.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['issuedAt'], message: 'Ngày cấp không thể trước ngày quyết định' })
    }
    if (value.expiresAt && value.expiresAt <= value.issuedAt) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Ngày hết hạn phải sau ngày cấp' })
    }
    // Since Decision 1489/QĐ-TTg (6 Jul 2025) districts no longer certify; older certificates stay valid.
    if (value.issuingLevel === 'DISTRICT' && value.decisionDate >= new Date('2025-07-06T00:00:00Z')) {
      ctx.addIssue({ code: 'custom', path: ['issuingLevel'], message: 'Từ 06/07/2025 cấp huyện không còn công nhận OCOP' })
    }
    if (value.stars === 5 && value.issuingLevel !== 'CENTRAL') {
      ctx.addIssue({ code: 'custom', path: ['issuingLevel'], message: 'Sản phẩm 5 sao do cấp trung ương công nhận' })
    }
    if (value.issuingLevel === 'DISTRICT' && value.stars !== 3) {
      ctx.addIssue({ code: 'custom', path: ['issuingLevel'], message: 'Cấp huyện chỉ công nhận sản phẩm 3 sao' })
    }
  })

export type CertificateInput = z.infer<typeof CertificateSchema>
