// "New password" + "Repeat it", as on the sign-up, invitation, reset and account pages: the
// browser's password manager sees both as new-password fields, the rules are in the hint.
import type { FieldMetadata } from '@conform-to/react'
import { InputField } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'

export function NewPasswordFields({
  password,
  confirmPassword,
  passwordLabel,
}: {
  password: FieldMetadata<string>
  confirmPassword: FieldMetadata<string>
  /** "Mật khẩu" on sign-up, "Mật khẩu mới" where one already exists. */
  passwordLabel?: string
}) {
  const { t } = useTranslation()
  return (
    <>
      <InputField meta={password} type="password" label={passwordLabel ?? t('accounts.field.password')} required hint={t('accounts.field.passwordHint')} autoComplete="new-password" />
      <InputField meta={confirmPassword} type="password" label={t('accounts.field.confirmPassword')} required autoComplete="new-password" />
    </>
  )
}
