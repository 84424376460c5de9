// The allocation page's forms (client-safe: Conform validates in the browser with the same schemas).
import { z } from 'zod'
import { DEFAULT_WEIGHTS, type SoftGoalWeights } from './types'

const weight = (label: string) =>
  z.coerce
    .number({ invalid_type_error: `${label}: nhập một số từ 0 đến 100` })
    .int(`${label}: nhập số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(100, `${label}: tối đa 100`)

export const WeightsSchema = z.object({
  zonePreference: weight('Nguyện vọng khu').default(DEFAULT_WEIGHTS.zonePreference),
  groupTogether: weight('Cùng nhóm sản phẩm').default(DEFAULT_WEIGHTS.groupTogether),
  provinceCluster: weight('Cùng tỉnh').default(DEFAULT_WEIGHTS.provinceCluster),
  wishedNeighbour: weight('Hàng xóm mong muốn').default(DEFAULT_WEIGHTS.wishedNeighbour),
  competitorApart: weight('Tách đối thủ').default(DEFAULT_WEIGHTS.competitorApart),
}) satisfies z.ZodType<SoftGoalWeights, z.ZodTypeDef, unknown>

export const RunSchema = WeightsSchema.extend({ intent: z.literal('run') })

export const MoveSchema = z.object({
  intent: z.literal('move'),
  boothId: z.string({ required_error: 'Chọn gian cần chuyển' }).min(1, 'Chọn gian cần chuyển'),
  targetBoothId: z.string({ required_error: 'Chọn gian đích' }).min(1, 'Chọn gian đích'),
})

export const LockSchema = z.object({
  intent: z.enum(['lock', 'unlock']),
  applicationId: z.string().min(1),
})

export const AssignSchema = z.object({
  intent: z.literal('assign'),
  boothId: z.string({ required_error: 'Chọn gian trống' }).min(1, 'Chọn gian trống'),
  applicationId: z.string({ required_error: 'Chọn đơn đăng ký' }).min(1, 'Chọn đơn đăng ký'),
})

export const ReleaseSchema = z.object({
  intent: z.literal('release'),
  applicationId: z.string().min(1),
  reason: z.string({ required_error: 'Nhập lý do trả gian' }).trim().min(3, 'Nhập lý do trả gian (ít nhất 3 ký tự)').max(500, 'Lý do tối đa 500 ký tự'),
})

export type ColourBy = 'province' | 'group' | 'type'
export const COLOUR_BY: readonly ColourBy[] = ['province', 'group', 'type']
