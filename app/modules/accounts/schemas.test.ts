import { describe, expect, it } from 'vitest'
import { roleHome } from './role-home'
import { ChangePasswordSchema, InviteOrganiserSchema, LoginSchema, PreferencesSchema, ResetPasswordSchema, SignUpSchema } from './schemas'

const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: (string | number)[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

const signUp = {
  role: 'PRODUCER',
  name: 'Nguyễn Thị Hoa',
  email: ' Hoa@HTX-Dua.vn ',
  password: 'dừa xanh chợ lách',
  confirmPassword: 'dừa xanh chợ lách',
  locale: 'vi',
}

describe('SignUpSchema', () => {
  it('accepts a producer without an organisation and normalises the email', () => {
    const result = SignUpSchema.safeParse(signUp)
    expect(result.success && result.data.email).toBe('hoa@htx-dua.vn')
  })

  it('asks a buyer for the organisation and both parties for matching passwords', () => {
    const result = SignUpSchema.safeParse({ ...signUp, role: 'BUYER', confirmPassword: 'khác' })
    expect(errorsOf(result)).toEqual({ organisationName: 'Nhập tên tổ chức của bạn', confirmPassword: 'Hai mật khẩu không khớp' })
  })

  it('offers only producer and buyer: organisers and admins are invited', () => {
    expect(errorsOf(SignUpSchema.safeParse({ ...signUp, role: 'ADMIN' }))).toEqual({ role: 'Chọn loại tài khoản' })
    expect(errorsOf(SignUpSchema.safeParse({ ...signUp, role: 'ORGANISER' }))).toEqual({ role: 'Chọn loại tài khoản' })
  })

  it('refuses short passwords and unknown languages', () => {
    expect(errorsOf(SignUpSchema.safeParse({ ...signUp, password: 'ngan', confirmPassword: 'ngan', locale: 'fr' }))).toEqual({
      password: 'Mật khẩu cần ít nhất 10 ký tự',
      locale: 'Chọn ngôn ngữ',
    })
  })
})

describe('password forms', () => {
  it('log-in needs an email and a password, and keeps redirectTo as given', () => {
    expect(LoginSchema.safeParse({ email: 'a@b.vn', password: 'x', redirectTo: '//evil.example' }).success).toBe(true)
    expect(errorsOf(LoginSchema.safeParse({ email: 'khong-phai-email' }))).toEqual({ email: 'Email không hợp lệ', password: 'Vui lòng nhập mật khẩu' })
  })

  it('reset needs two equal passwords of at least 10 characters', () => {
    expect(ResetPasswordSchema.safeParse({ password: 'mật khẩu mới 2026', confirmPassword: 'mật khẩu mới 2026' }).success).toBe(true)
    expect(errorsOf(ResetPasswordSchema.safeParse({ password: 'mật khẩu mới 2026', confirmPassword: 'mật khẩu mới 2025' }))).toEqual({
      confirmPassword: 'Hai mật khẩu không khớp',
    })
  })

  it('a new password must differ from the current one', () => {
    const same = { intent: 'change-password', currentPassword: 'cũ nhưng dài đủ', newPassword: 'cũ nhưng dài đủ', confirmPassword: 'cũ nhưng dài đủ' }
    expect(errorsOf(ChangePasswordSchema.safeParse(same))).toEqual({ newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại' })
  })
})

describe('preferences and invitations', () => {
  it('reads an unticked checkbox (absent) as "no emails"', () => {
    expect(PreferencesSchema.parse({ intent: 'preferences', locale: 'en' })).toEqual({ intent: 'preferences', emailNotifications: false, locale: 'en' })
    expect(PreferencesSchema.parse({ intent: 'preferences', emailNotifications: 'on', locale: 'vi' }).emailNotifications).toBe(true)
  })

  it('an organiser invitation needs an email and an organisation name', () => {
    expect(errorsOf(InviteOrganiserSchema.safeParse({ email: 'btc@vinhlong.gov.vn', organisationName: ' ' }))).toEqual({
      organisationName: 'Nhập tên đơn vị tổ chức',
    })
  })
})

describe('roleHome', () => {
  it('sends each role to its own space', () => {
    expect([roleHome('PRODUCER'), roleHome('BUYER'), roleHome('ORGANISER'), roleHome('ADMIN')]).toEqual([
      '/nha-san-xuat',
      '/tim-kiem',
      '/ban-to-chuc/hoi-cho',
      '/quan-tri/chung-nhan',
    ])
  })
})
