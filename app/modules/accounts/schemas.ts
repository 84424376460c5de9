// Forms of the account screens, one schema for browser and server (Conform + zod). Client-safe.
import { z } from 'zod'
import { EmailSchema, NameSchema, PasswordSchema } from '~/utils/schemas'

export const LOCALES = ['vi', 'en'] as const
export const SIGN_UP_ROLES = ['PRODUCER', 'BUYER'] as const
/** Every role, in the order the admin's user list shows them. */
export const USER_ROLES = ['PRODUCER', 'BUYER', 'ORGANISER', 'ADMIN'] as const

const LocaleSchema = z.enum(LOCALES, { errorMap: () => ({ message: 'Chọn ngôn ngữ' }) })
const ConfirmSchema = z.string({ required_error: 'Vui lòng nhập lại mật khẩu' })
const mismatch = 'Hai mật khẩu không khớp'

export const SignUpSchema = z
  .object({
    role: z.enum(SIGN_UP_ROLES, { errorMap: () => ({ message: 'Chọn loại tài khoản' }) }),
    organisationName: z.string().trim().max(200, 'Tối đa 200 ký tự').optional(),
    name: NameSchema,
    email: EmailSchema,
    password: PasswordSchema,
    confirmPassword: ConfirmSchema,
    locale: LocaleSchema,
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: mismatch })
    // A buyer account is an organisation (distributor, shop…), and quotations are addressed to it.
    if (value.role === 'BUYER' && !value.organisationName) {
      ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'Nhập tên tổ chức của bạn' })
    }
  })

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string({ required_error: 'Vui lòng nhập mật khẩu' }).max(128, 'Mật khẩu tối đa 128 ký tự'),
  redirectTo: z.string().optional(),
})

export const ForgotPasswordSchema = z.object({ email: EmailSchema })

export const ResetPasswordSchema = z
  .object({ password: PasswordSchema, confirmPassword: ConfirmSchema })
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: mismatch })

export const ChangePasswordSchema = z
  .object({
    intent: z.literal('change-password'),
    currentPassword: z.string({ required_error: 'Nhập mật khẩu hiện tại' }).max(128),
    newPassword: PasswordSchema,
    confirmPassword: ConfirmSchema,
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: mismatch })
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại' })
    }
  })

export const PreferencesSchema = z.object({
  intent: z.literal('preferences'),
  // An unticked checkbox sends nothing, so "absent" means "off".
  emailNotifications: z
    .literal('on')
    .optional()
    .transform((value) => value === 'on'),
  locale: LocaleSchema,
})

export const AcceptInvitationSchema = z
  .object({ name: NameSchema, password: PasswordSchema, confirmPassword: ConfirmSchema, locale: LocaleSchema })
  .refine((value) => value.password === value.confirmPassword, { path: ['confirmPassword'], message: mismatch })

export const InviteOrganiserSchema = z.object({
  email: EmailSchema,
  organisationName: z
    .string({ required_error: 'Nhập tên đơn vị tổ chức' })
    .trim()
    .min(3, 'Nhập tên đơn vị tổ chức')
    .max(200, 'Tối đa 200 ký tự'),
})
