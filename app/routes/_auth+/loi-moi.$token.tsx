// /loi-moi/<token>: accept an invitation (an organiser invited by an admin, or a colleague invited
// by an organisation's owner). The account is created in the inviting organisation and logged in.
import { getFormProps, getSelectProps, useForm } from '@conform-to/react'
import { NewPasswordFields } from '~/components/accounts/new-password-fields'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard, buttonClass, Field, FormErrors, inputClass, InputField, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createTranslator, LANGUAGE_NAMES } from '~/i18n'
import { useTranslation } from '~/i18n/hook'
import { getLanguage, serializeLanguageCookie } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { acceptInvitation, findOpenInvitation } from '~/modules/accounts/invitations.server'
import { roleHome } from '~/modules/accounts/role-home'
import { AcceptInvitationSchema, LOCALES } from '~/modules/accounts/schemas'
import { getAccountSettings } from '~/modules/accounts/settings.server'
import { paths } from '~/utils/paths'

const SECRET_FIELDS = ['password', 'confirmPassword']

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findOpenInvitation(params.token ?? '')
  if (!invitation) return data({ invitation: null, locale: getLanguage(request) }, { status: 410 })
  return { invitation: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt }, locale: getLanguage(request) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: AcceptInvitationSchema })
  if (submission.status !== 'success') return data(submission.reply({ hideFields: SECRET_FIELDS }), { status: 400 })
  const result = await acceptInvitation(request, params.token ?? '', submission.value)
  if (!result.ok) {
    const t = createTranslator(getLanguage(request))
    const message = result.message === 'Email này đã có tài khoản' ? t('accounts.invitation.exists') : t('accounts.invitation.invalidBody')
    return data(submission.reply({ formErrors: [message], hideFields: SECRET_FIELDS }), { status: 409 })
  }
  const { role } = await getAccountSettings(result.userId)
  const headers = new Headers()
  headers.append('Set-Cookie', result.cookie)
  headers.append('Set-Cookie', serializeLanguageCookie(submission.value.locale, request))
  return redirect(roleHome(role), { status: 303, headers })
}

export const headers: HeadersFunction = () => ({ 'Referrer-Policy': 'no-referrer' })

export default function InvitationRoute() {
  const { invitation, locale } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(AcceptInvitationSchema),
    defaultValue: { locale },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AcceptInvitationSchema }),
  })

  if (!invitation) {
    return (
      <AuthCard title={t('accounts.invitation.invalidTitle')} intro={t('accounts.invitation.invalidBody')}>
        <Link to={paths.login} className={`${buttonClass.secondary} w-full`}>
          {t('accounts.login.title')}
        </Link>
      </AuthCard>
    )
  }

  return (
    <AuthCard
      title={t('accounts.invitation.title')}
      intro={t('accounts.invitation.intro', { role: t(`role.${invitation.role}`), email: invitation.email })}
    >
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t('accounts.field.email')} htmlFor="invitation-email">
          <input id="invitation-email" type="email" value={invitation.email} readOnly disabled className={inputClass} />
        </Field>
        <InputField meta={fields.name} label={t('accounts.field.name')} required autoComplete="name" />
        <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
        <Field label={t('accounts.field.locale')} htmlFor={fields.locale.id} errors={fields.locale.errors} errorId={fields.locale.errorId}>
          <select {...getSelectProps(fields.locale)} className={inputClass}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.invitation.submit')}</SubmitButton>
      </Form>
    </AuthCard>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.invitation.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
