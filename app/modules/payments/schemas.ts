// Form schemas of the payment screens, shared by the browser (Conform) and the actions.
import { z } from 'zod'
import { wholeDongSchema } from '~/utils/schemas'

export const MarkPaidSchema = z.object({
  intent: z.literal('mark-paid'),
  // Blank (spaces only) counts as missing: one clear message rather than three.
  reference: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string({ required_error: 'Nhập số tham chiếu (mã giao dịch) của khoản chuyển khoản' })
      .trim()
      .min(4, 'Số tham chiếu cần ít nhất 4 ký tự')
      .max(60, 'Tối đa 60 ký tự')
      .regex(/^[\p{L}\p{N}\s./_-]+$/u, 'Chỉ dùng chữ, số và các dấu . / _ -'),
  ),
})

export const RefundSchema = z.object({
  intent: z.literal('refund'),
  // Typed as "3.000.000", "3000000" or "3 000 000 đ": whole đồng either way.
  amountVnd: wholeDongSchema({ required: 'Nhập số tiền hoàn', invalid: 'Số tiền hoàn phải là số đồng nguyên dương' }),
  reason: z
    .string({ required_error: 'Nhập lý do hoàn tiền (nhà sản xuất sẽ đọc lý do này)' })
    .trim()
    .min(5, 'Lý do cần ít nhất 5 ký tự')
    .max(500, 'Tối đa 500 ký tự'),
})

export const CancelSchema = z.object({
  intent: z.literal('cancel'),
  reason: z
    .string({ required_error: 'Nhập lý do huỷ khoản phí' })
    .trim()
    .min(5, 'Lý do cần ít nhất 5 ký tự')
    .max(500, 'Tối đa 500 ký tự'),
})
