// The product listing form. Tiers arrive as parallel arrays (tiers[0].minQuantity …) from Conform.
import { z } from 'zod'
import { MAX_TIERS, validatePriceTiers } from './price-tiers'

export const STANDARDS = ['VIETGAP', 'GLOBALGAP', 'HACCP', 'ISO_22000', 'ISO_9001', 'ORGANIC', 'TRACEABILITY_QR', 'HALAL'] as const

/**
 * Whole numbers as people type them here: "1.000", "1 000" and "1,000" all mean a thousand (these
 * fields take no decimals). Conform's own number coercion would read "45.000" as 45.
 */
const withoutGrouping = (value: unknown) => (typeof value === 'string' ? value.replace(/[.\s,]/g, '') : value)
const withoutMoneyMarks = (value: unknown) => (typeof value === 'string' ? value.replace(/[.\s,₫đ]/gi, '') : value)

const optionalInt = (message: string, max = 10_000_000) =>
  z.preprocess(
    (value) => (value === '' || value === null ? undefined : withoutGrouping(value)),
    z.coerce.number({ invalid_type_error: message }).int(message).min(0, message).max(max, 'Số quá lớn').optional(),
  )

const text = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, `Tối đa ${max} ký tự`).optional())

export const TierSchema = z.object({
  minQuantity: z.preprocess(
    withoutGrouping,
    z.coerce.number({ invalid_type_error: 'Nhập số lượng' }).int('Số lượng phải là số nguyên').min(1, 'Số lượng từ 1 trở lên').max(100_000_000, 'Số quá lớn'),
  ),
  priceVnd: z.preprocess(
    withoutMoneyMarks,
    z.coerce
      .number({ invalid_type_error: 'Nhập giá bằng số đồng' })
      .int('Giá phải là số đồng nguyên dương')
      .positive('Giá phải là số đồng nguyên dương')
      .max(1_000_000_000, 'Giá quá lớn'),
  ),
})

export const ProductSchema = z
  .object({
    nameVi: z.string({ required_error: 'Nhập tên sản phẩm' }).trim().min(3, 'Tên sản phẩm quá ngắn').max(160, 'Tối đa 160 ký tự'),
    nameEn: text(160),
    groupId: z.string({ required_error: 'Chọn nhóm sản phẩm OCOP' }).min(1, 'Chọn nhóm sản phẩm OCOP'),
    subgroupId: text(20),
    descriptionVi: z.string().trim().max(8000, 'Tối đa 8000 ký tự').default(''),
    descriptionEn: text(8000),
    unit: z.string({ required_error: 'Nhập đơn vị bán' }).trim().min(1, 'Nhập đơn vị bán').max(40, 'Tối đa 40 ký tự'),
    packaging: text(200),
    minOrderQuantity: z.preprocess(
      withoutGrouping,
      z.coerce
        .number({ invalid_type_error: 'Nhập số lượng đặt tối thiểu' })
        .int('Số lượng phải là số nguyên')
        .min(1, 'Số lượng tối thiểu từ 1')
        .max(100_000_000, 'Số quá lớn'),
    ),
    monthlyCapacity: optionalInt('Sản lượng phải là số nguyên'),
    shelfLifeDays: optionalInt('Hạn sử dụng tính bằng số ngày', 3650),
    leadTimeDays: optionalInt('Thời gian giao tính bằng số ngày', 365),
    samplesAvailable: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
    standards: z.array(z.enum(STANDARDS, { errorMap: () => ({ message: 'Tiêu chuẩn không hợp lệ' }) })).default([]),
    exportMarkets: z
      .preprocess((value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value ?? []), z.array(z.string().max(60, 'Tên thị trường tối đa 60 ký tự')).max(30, 'Tối đa 30 thị trường'))
      .default([]),
    tiers: z.array(TierSchema).min(1, 'Cần ít nhất một mức giá sỉ').max(MAX_TIERS, `Tối đa ${MAX_TIERS} mức giá`),
  })
  .superRefine((value, ctx) => {
    for (const error of validatePriceTiers(value.tiers, value.minOrderQuantity)) {
      ctx.addIssue({ code: 'custom', path: ['tiers', error.index, error.field], message: error.message })
    }
  })

export type ProductInput = z.infer<typeof ProductSchema>
