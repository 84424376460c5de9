// Field schemas shared by forms on both sides (Conform + zod), with Vietnamese messages.
import { z } from 'zod'

export const EmailSchema = z
  .string({ required_error: 'Vui lòng nhập email' })
  .trim()
  .min(1, 'Vui lòng nhập email')
  .max(254, 'Email quá dài')
  .email('Email không hợp lệ')
  .transform((value) => value.toLowerCase())

export const PasswordSchema = z
  .string({ required_error: 'Vui lòng nhập mật khẩu' })
  .min(10, 'Mật khẩu cần ít nhất 10 ký tự')
  .max(128, 'Mật khẩu tối đa 128 ký tự')

export const NameSchema = z
  .string({ required_error: 'Vui lòng nhập họ tên' })
  .trim()
  .min(2, 'Họ tên quá ngắn')
  .max(120, 'Họ tên tối đa 120 ký tự')

/** Vietnamese phone numbers: 10 digits starting with 0 (or +84 followed by 9 digits). */
export const PhoneVnSchema = z
  .string({ required_error: 'Vui lòng nhập số điện thoại' })
  .trim()
  .transform((value) => value.replace(/[\s.-]/g, ''))
  .refine((value) => /^(0|\+84)(3|5|7|8|9|2)\d{8}$/.test(value), 'Số điện thoại không hợp lệ (ví dụ 0912 345 678)')

/** Mã số thuế: 10 digits, or 13 for a branch (written 10 digits, a dash, 3 digits). */
export const TaxCodeSchema = z
  .string({ required_error: 'Vui lòng nhập mã số thuế' })
  .trim()
  .transform((value) => value.replace(/\s/g, ''))
  .refine((value) => /^\d{10}(-?\d{3})?$/.test(value), 'Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với chi nhánh (0123456789-001)')
  .transform((value) => (value.length === 13 ? `${value.slice(0, 10)}-${value.slice(10)}` : value))

export const OcopStarsSchema = z.coerce
  .number({ invalid_type_error: 'Chọn số sao' })
  .int()
  .min(3, 'Sản phẩm OCOP có từ 3 đến 5 sao')
  .max(5, 'Sản phẩm OCOP có từ 3 đến 5 sao')

/**
 * Whole đồng (VND has no minor unit) typed as "3.000.000", "3000000" or "3 000 000 đ" (dots and commas are thousands marks).
 * The string option comes first on purpose: Conform coerces the options of a union one by one, and
 * a number option tried first turns "42.000" into 42.
 */
export function wholeDongSchema(messages: { invalid: string; required?: string }) {
  return z
    .union([z.string(), z.number()], messages.required ? { required_error: messages.required } : undefined)
    .transform((value) => (typeof value === 'number' ? value : Number(value.replace(/[.\s,₫đ]/g, ''))))
    .refine((value) => Number.isInteger(value) && value > 0, messages.invalid)
}

export const PriceVndSchema = wholeDongSchema({ invalid: 'Giá phải là số đồng nguyên dương', required: 'Vui lòng nhập giá' }).refine(
  (value) => value <= 1_000_000_000,
  'Giá quá lớn',
)

/** A calendar date from an <input type="date"> (yyyy-mm-dd), kept as 00:00 UTC. */
export const DateInputSchema = z
  .string({ required_error: 'Vui lòng chọn ngày' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ')
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), 'Ngày không hợp lệ')
