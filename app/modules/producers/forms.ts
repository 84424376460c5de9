// The producer screens' forms: the onboarding profile (with its logo and two intents) and a
// certificate with its scan. The same schemas run in the browser (Conform) and on the server;
// the server additionally checks uploaded files by their content (readUpload).
import { z } from 'zod'
import { defaultExpiryDate } from './certificate-rules'
import { CertificateSchema, missingProfileFields, ProducerProfileDraftSchema, REQUIRED_PROFILE_FIELDS } from './schemas'

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
export const MAX_LOGO_BYTES = 5 * 1024 * 1024
export const DOCUMENT_ACCEPT = 'application/pdf,image/jpeg,image/png'
export const LOGO_ACCEPT = 'image/jpeg,image/png,image/webp'

export type RequiredProfileField = (typeof REQUIRED_PROFILE_FIELDS)[number]

const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File

export const ProfileFormSchema = ProducerProfileDraftSchema.extend({
  intent: z.enum(['save', 'submit']).default('save'),
  logo: z
    .custom<File>(isFile, 'Tệp logo không hợp lệ')
    .refine((file) => file.size <= MAX_LOGO_BYTES, 'Logo tối đa 5 MB')
    .optional(),
}).superRefine((value, ctx) => {
  // A draft may be incomplete; a profile sent for review may not.
  if (value.intent !== 'submit') return
  for (const field of missingProfileFields(value)) {
    ctx.addIssue({ code: 'custom', path: [field], message: 'Cần điền trước khi gửi xét duyệt' })
  }
})

export const CertificateFormSchema = z.intersection(
  CertificateSchema,
  z.object({
    document: z
      .custom<File>(isFile, 'Tải lên bản scan chứng nhận (PDF, JPEG hoặc PNG)')
      .refine((file) => file.size <= MAX_DOCUMENT_BYTES, 'Tệp tối đa 10 MB'),
  }),
)

export const RejectCertificateSchema = z.object({
  intent: z.literal('reject'),
  certificateId: z.string().min(1),
  reason: z
    .string({ required_error: 'Nhập lý do từ chối để nhà sản xuất biết cần sửa gì' })
    .trim()
    .min(10, 'Lý do cần ít nhất 10 ký tự')
    .max(1000, 'Tối đa 1.000 ký tự'),
})

export const UPLOAD_ERROR_MESSAGES = {
  empty: 'Tệp trống',
  'too-large': 'Tệp tối đa 10 MB',
  'wrong-type': 'Nội dung tệp không phải PDF, JPEG hoặc PNG',
} as const

export const LOGO_ERROR_MESSAGES = {
  empty: 'Tệp trống',
  'too-large': 'Logo tối đa 5 MB',
  'wrong-type': 'Nội dung tệp không phải ảnh JPEG, PNG hoặc WebP',
  unreadable: 'Không đọc được ảnh này',
} as const

/** The default expiry (36 months after the decision) as yyyy-mm-dd for a date input; null if the date is not valid. */
export function defaultExpiryInput(decisionDate: string | undefined): string | null {
  if (!decisionDate || !/^\d{4}-\d{2}-\d{2}$/.test(decisionDate)) return null
  const date = new Date(`${decisionDate}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return null
  return defaultExpiryDate(date).toISOString().slice(0, 10)
}
