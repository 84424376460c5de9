// Forms of the fair screens, one zod schema per form, used by Conform in the browser and by the
// actions. Messages are Vietnamese and sit next to the field. Times are typed in Vietnam time.
import { z } from 'zod'
import { BOOTH_FEATURES, FEATURE_KINDS } from './floor-plan'

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** "2027-04-15T08:00" typed in Vietnam → the UTC instant. */
export function parseVietnamDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!match) return null
  const [, y, m, d, hh, mm] = match.map(Number)
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm) - VIETNAM_OFFSET_MS)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The value of an <input type="datetime-local"> showing `date` in Vietnam time. */
export function toVietnamInput(date: Date | string): string {
  const shifted = new Date(new Date(date).getTime() + VIETNAM_OFFSET_MS)
  return shifted.toISOString().slice(0, 16)
}

const dateTime = (label: string) =>
  z
    .string({ required_error: `Chọn ${label}` })
    .transform((value, ctx) => {
      const date = parseVietnamDateTime(value)
      if (!date) {
        ctx.addIssue({ code: 'custom', message: `${label[0].toUpperCase()}${label.slice(1)} không hợp lệ` })
        return z.NEVER
      }
      return date
    })

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, `Tối đa ${max} ký tự`).optional())

const int = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/[.\s,]/g, '') : value),
    z.coerce.number({ invalid_type_error: message }).int(message).min(min, `Tối thiểu ${min}`).max(max, `Tối đa ${max}`),
  )

/** Metres, with a decimal comma or point. */
const metres = (message: string, min = 0) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().replace(',', '.') : value),
    z.coerce.number({ invalid_type_error: message }).min(min, message).max(1000, 'Tối đa 1000 m'),
  )

export const SUBSIDY_KINDS = ['none', 'percentByProducerType', 'freeBoothsForProvince'] as const

export const FairFormSchema = z
  .object({
    nameVi: z.string({ required_error: 'Nhập tên hội chợ' }).trim().min(5, 'Tên hội chợ quá ngắn').max(200, 'Tối đa 200 ký tự'),
    nameEn: optionalText(200),
    descriptionVi: z.string().trim().max(8000, 'Tối đa 8000 ký tự').default(''),
    venue: z.string({ required_error: 'Nhập địa điểm' }).trim().min(3, 'Nhập địa điểm').max(200, 'Tối đa 200 ký tự'),
    addressLine: z.string({ required_error: 'Nhập địa chỉ' }).trim().min(3, 'Nhập địa chỉ').max(300, 'Tối đa 300 ký tự'),
    provinceId: optionalText(10),
    startsAt: dateTime('ngày khai mạc'),
    endsAt: dateTime('ngày bế mạc'),
    openingHours: optionalText(100),
    applicationOpensAt: dateTime('ngày mở đăng ký'),
    applicationClosesAt: dateTime('hạn đăng ký'),
    minStars: int('Chọn số sao tối thiểu', 3, 5),
    allowedGroupIds: z.array(z.string()).default([]),
    allowedProvinceIds: z.array(z.string()).default([]),
    verifiedOnly: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
    maxBoothsPerProducer: int('Nhập số gian tối đa', 1, 20),
    cooperativeTargetPercent: int('Nhập tỉ lệ phần trăm', 0, 100),
    paymentDueDays: int('Nhập số ngày', 1, 90),
    subsidyKind: z.enum(SUBSIDY_KINDS).default('none'),
    subsidyPercent: z.preprocess((v) => (v === '' ? undefined : v), int('Nhập phần trăm hỗ trợ', 1, 100).optional()),
    subsidyProvinceId: optionalText(10),
    subsidyFreeBooths: z.preprocess((v) => (v === '' ? undefined : v), int('Nhập số gian miễn phí', 1, 500).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.endsAt < value.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Ngày bế mạc phải sau ngày khai mạc' })
    if (value.applicationClosesAt <= value.applicationOpensAt)
      ctx.addIssue({ code: 'custom', path: ['applicationClosesAt'], message: 'Hạn đăng ký phải sau ngày mở đăng ký' })
    if (value.applicationClosesAt > value.startsAt)
      ctx.addIssue({ code: 'custom', path: ['applicationClosesAt'], message: 'Hạn đăng ký phải trước ngày khai mạc' })
    if (value.subsidyKind === 'percentByProducerType' && !value.subsidyPercent)
      ctx.addIssue({ code: 'custom', path: ['subsidyPercent'], message: 'Nhập phần trăm hỗ trợ cho hợp tác xã' })
    if (value.subsidyKind === 'freeBoothsForProvince') {
      if (!value.subsidyProvinceId) ctx.addIssue({ code: 'custom', path: ['subsidyProvinceId'], message: 'Chọn tỉnh, thành được miễn phí' })
      if (!value.subsidyFreeBooths) ctx.addIssue({ code: 'custom', path: ['subsidyFreeBooths'], message: 'Nhập số gian miễn phí' })
    }
  })
export type FairInput = z.infer<typeof FairFormSchema>

export type SubsidyRule =
  | { kind: 'percentByProducerType'; producerTypes: string[]; percent: number }
  | { kind: 'freeBoothsForProvince'; provinceId: string; count: number }

export function subsidyRuleFrom(input: FairInput): SubsidyRule | null {
  if (input.subsidyKind === 'percentByProducerType') return { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE', 'COOPERATIVE_GROUP'], percent: input.subsidyPercent! }
  if (input.subsidyKind === 'freeBoothsForProvince') return { kind: 'freeBoothsForProvince', provinceId: input.subsidyProvinceId!, count: input.subsidyFreeBooths! }
  return null
}

export const BOOTH_INCLUDES = ['Bàn', 'Ghế', 'Điện', 'Tủ mát', 'Kệ trưng bày', 'Biển tên'] as const

export const BoothTypeSchema = z.object({
  intent: z.literal('booth-type'),
  id: optionalText(40),
  code: z
    .string({ required_error: 'Nhập mã loại gian' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_-]{1,12}$/, 'Mã gồm chữ không dấu, số, "-" (tối đa 12 ký tự), ví dụ TC'),
  nameVi: z.string({ required_error: 'Nhập tên loại gian' }).trim().min(2, 'Nhập tên loại gian').max(120, 'Tối đa 120 ký tự'),
  widthM: metres('Chiều rộng phải lớn hơn 0', 0.5),
  depthM: metres('Chiều sâu phải lớn hơn 0', 0.5),
  priceVnd: z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/[.\s,₫đ]/gi, '') : value),
    z.coerce.number({ invalid_type_error: 'Nhập giá bằng số đồng' }).int('Giá là số đồng nguyên').min(0, 'Giá không âm').max(1_000_000_000, 'Giá quá lớn'),
  ),
  includes: z.array(z.string().trim().max(60)).default([]),
})

export const HallSchema = z.object({
  intent: z.literal('hall'),
  id: optionalText(40),
  name: z.string({ required_error: 'Nhập tên nhà' }).trim().min(1, 'Nhập tên nhà').max(60, 'Tối đa 60 ký tự'),
  widthM: metres('Chiều rộng phải lớn hơn 0', 1),
  depthM: metres('Chiều sâu phải lớn hơn 0', 1),
  gridM: metres('Ô lưới phải lớn hơn 0', 0.5),
})

const featureList = z.array(z.enum(BOOTH_FEATURES)).default([])

export const BoothSchema = z.object({
  intent: z.literal('booth'),
  id: optionalText(40),
  hallId: z.string({ required_error: 'Chọn nhà' }).min(1, 'Chọn nhà'),
  boothTypeId: z.string({ required_error: 'Chọn loại gian' }).min(1, 'Chọn loại gian'),
  code: z.string({ required_error: 'Nhập mã gian' }).trim().toUpperCase().min(1, 'Nhập mã gian').max(20, 'Tối đa 20 ký tự'),
  x: metres('Toạ độ x không hợp lệ'),
  y: metres('Toạ độ y không hợp lệ'),
  width: metres('Chiều rộng phải lớn hơn 0', 0.5),
  depth: metres('Chiều sâu phải lớn hơn 0', 0.5),
  zone: optionalText(60),
  features: featureList,
})

export const BoothRowSchema = z.object({
  intent: z.literal('row'),
  hallId: z.string({ required_error: 'Chọn nhà' }).min(1, 'Chọn nhà'),
  boothTypeId: z.string({ required_error: 'Chọn loại gian' }).min(1, 'Chọn loại gian'),
  prefix: z
    .string({ required_error: 'Nhập tiền tố, ví dụ A' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, 'Tiền tố gồm 1–4 chữ không dấu hoặc số, ví dụ A'),
  start: int('Nhập số bắt đầu', 1, 999),
  count: int('Nhập số gian', 1, 100),
  x: metres('Toạ độ x không hợp lệ'),
  y: metres('Toạ độ y không hợp lệ'),
  width: metres('Chiều rộng phải lớn hơn 0', 0.5),
  depth: metres('Chiều sâu phải lớn hơn 0', 0.5),
  direction: z.enum(['horizontal', 'vertical']).default('horizontal'),
  zone: optionalText(60),
  features: featureList,
  cornerEnds: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
})

export const FeatureSchema = z.object({
  intent: z.literal('feature'),
  hallId: z.string({ required_error: 'Chọn nhà' }).min(1, 'Chọn nhà'),
  kind: z.enum(FEATURE_KINDS, { errorMap: () => ({ message: 'Chọn loại' }) }),
  label: optionalText(60),
  x: metres('Toạ độ x không hợp lệ'),
  y: metres('Toạ độ y không hợp lệ'),
  width: metres('Chiều rộng phải lớn hơn 0', 0.1),
  depth: metres('Chiều sâu phải lớn hơn 0', 0.1),
})

export const APPLICATION_NEEDS = ['power', 'cold', 'water'] as const

export const ApplicationFormSchema = z.object({
  intent: z.enum(['draft', 'submit']).default('submit'),
  boothTypeId: z.string({ required_error: 'Chọn loại gian' }).min(1, 'Chọn loại gian'),
  boothCount: int('Nhập số gian', 1, 20),
  productIds: z.array(z.string().min(1), { required_error: 'Chọn ít nhất một sản phẩm trưng bày' }).min(1, 'Chọn ít nhất một sản phẩm trưng bày').max(30, 'Tối đa 30 sản phẩm'),
  zonePreferences: z
    .array(z.string().trim())
    .default([])
    .transform((zones) => [...new Set(zones.filter(Boolean))])
    .refine((zones) => zones.length <= 3, 'Chọn tối đa 3 khu vực'),
  wishedNeighbourIds: z.array(z.string()).default([]).refine((ids) => ids.length <= 3, 'Chọn tối đa 3 nhà sản xuất'),
  needs: z.array(z.enum(APPLICATION_NEEDS)).default([]),
  notes: optionalText(2000),
})
export type ApplicationInput = z.infer<typeof ApplicationFormSchema>

export const DecisionSchema = z
  .object({
    intent: z.enum(['ACCEPTED', 'REJECTED', 'WAITLISTED']),
    applicationIds: z.array(z.string().min(1)).min(1, 'Chọn ít nhất một hồ sơ'),
    reason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.intent === 'REJECTED' && (!value.reason || value.reason.length < 5))
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Nhập lý do từ chối (ít nhất 5 ký tự) để nhà sản xuất biết' })
  })
