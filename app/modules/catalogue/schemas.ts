// The product listing form. Tiers arrive as parallel arrays (tiers[0].minQuantity …) from Conform.
import { z } from 'zod'
import { validatePriceTiers } from './price-tiers'

export const STANDARDS = ['VIETGAP', 'GLOBALGAP', 'HACCP', 'ISO_22000', 'ISO_9001', 'ORGANIC', 'TRACEABILITY_QR', 'HALAL'] as const

const optionalInt = (message: string, max = 10_000_000) =>
  z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce.number({ invalid_type_error: message }).int(message).min(0, message).max(max, 'Số quá lớn').optional(),
  )

const text = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, `Tối đa ${max} ký tự`).optional())

export const TierSchema = z.object({
  minQuantity: z.coerce.number({ invalid_type_error: 'Nhập số lượng' }).int('Số lượng phải là số nguyên').min(1, 'Số lượng từ 1 trở lên'),
  priceVnd: z
    .union([z.number(), z.string()])
    .transform((value) => (typeof value === 'number' ? value : Number(String(value).replace(/[.\s,₫đ]/g, ''))))
    .refine((value) => Number.isInteger(value) && value > 0, 'Giá phải là số đồng nguyên dương'),
})

export const ProductSchema = z
  .object({
    nameVi: z.string({ required_error: 'Nhập tên sản phẩm' }).trim().min(3, 'Tên sản phẩm quá ngắn').max(160, 'Tối đa 160 ký tự'),
    nameEn: text(160),
    groupId: z.string({ required_error: 'Chọn nhóm sản phẩm OCOP' }).min(1, 'Chọn nhóm sản phẩm OCOP'),
    subgroupId: text(20),
    descriptionVi: z.string().trim().max(8000, 'Tối đa 8000 ký tự').default(''),
    descriptionEn: text(8000),
    unit: z.string({ required_error: 'Nhập đơn vị bán' }).trim().min(1, 'Nhập đơn vị bán').max(40),
    packaging: text(200),
    minOrderQuantity: z.coerce.number({ invalid_type_error: 'Nhập số lượng đặt tối thiểu' }).int().min(1, 'Số lượng tối thiểu từ 1'),
    monthlyCapacity: optionalInt('Sản lượng phải là số nguyên'),
    shelfLifeDays: optionalInt('Hạn sử dụng tính bằng số ngày', 3650),
    leadTimeDays: optionalInt('Thời gian giao tính bằng số ngày', 365),
    samplesAvailable: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
    standards: z.array(z.enum(STANDARDS)).default([]),
    exportMarkets: z
      .preprocess((value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value ?? []), z.array(z.string().max(60)))
      .default([]),
    tiers: z.array(TierSchema).min(1, 'Cần ít nhất một mức giá sỉ').max(6, 'Tối đa 6 mức giá'),
  })
  .superRefine((value, ctx) => {
    for (const error of validatePriceTiers(value.tiers, value.minOrderQuantity)) {
      ctx.addIssue({ code: 'custom', path: ['tiers', error.index, error.field], message: error.message })
    }
  })

export type ProductInput = z.infer<typeof ProductSchema>
