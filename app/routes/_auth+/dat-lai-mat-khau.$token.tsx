// /dat-lai-mat-khau/<token>: choose a new password with the one-time link from the reset email.
// A used, expired or unknown token gets an explanation and a way to ask for a new link (410).
import { getFormProps, useForm } from '@conform-to/react'
import { NewPasswordFields } from '~/components/accounts/new-password-fields'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard, buttonClass, FormErrors, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { findValidResetToken, resetPassword } from '~/modules/accounts/auth.server'
import { ResetPasswordSchema } from '~/modules/accounts/schemas'
import { paths } from '~/utils/paths'

export async function loader({ params }: LoaderFunctionArgs) {
  const valid = Boolean(await findValidResetToken(params.token ?? ''))
  return data({ valid }, { status: valid ? 200 : 410 })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: ResetPasswordSchema })
  if (submission.status !== 'success') {
    return data({ result: submission.reply({ hideFields: ['password', 'confirmPassword'] }), expired: false }, { status: 400 })
  }
  const done = await resetPassword(params.token ?? '', submission.value.password)
  if (!done) return data({ result: submission.reply({ hideFields: ['password', 'confirmPassword'] }), expired: true }, { status: 410 })
  // Every session was ended by the reset: the person logs in again with the new password.
  return redirect(`${paths.login}?thong-bao=mat-khau-da-doi`, { status: 303 })
}

// The token is in the address: never send it to another site in a Referer header.
export const headers: HeadersFunction = () => ({ 'Referrer-Policy': 'no-referrer' })

export default function ResetPasswordRoute() {
  const { valid } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(ResetPasswordSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  })

  if (!valid || actionData?.expired) {
    return (
      <AuthCard title={t('accounts.reset.invalidTitle')} intro={t('accounts.reset.invalidBody')}>
        <Link to={paths.forgotPassword} className={`${buttonClass.primary} w-full`}>
          {t('accounts.reset.requestNew')}
        </Link>
      </AuthCard>
    )
  }

  return (
    <AuthCard title={t('accounts.reset.title')} intro={t('accounts.reset.intro')}>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} passwordLabel={t('accounts.field.newPassword')} />
        <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.reset.submit')}</SubmitButton>
      </Form>
    </AuthCard>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.reset.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
