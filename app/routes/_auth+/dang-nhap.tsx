// /dang-nhap: log in. `redirectTo` (set by requireUser) is honoured only when it is a path on this
// site; too many attempts from one address or on one account answer 429 with the wait time.
import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard, buttonClass, FormErrors, InputField, Notice, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createTranslator } from '~/i18n'
import { useTranslation } from '~/i18n/hook'
import { getLanguage } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { logIn } from '~/modules/accounts/accounts.server'
import { getSessionUser } from '~/modules/accounts/auth.server'
import { forwardRetryAfter, replyWithFailure } from '~/modules/accounts/replies.server'
import { roleHome } from '~/modules/accounts/role-home'
import { LoginSchema } from '~/modules/accounts/schemas'
import { getAccountSettings } from '~/modules/accounts/settings.server'
import { paths } from '~/utils/paths'
import { safeRedirect } from '~/utils/safe-redirect'

const NOTICES = ['mat-khau-da-doi'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), '')
  const { user } = await getSessionUser(request)
  if (user) throw redirect(redirectTo || roleHome(user.role))
  const notice = NOTICES.find((value) => value === url.searchParams.get('thong-bao')) ?? null
  return { redirectTo, notice }
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: LoginSchema })
  if (submission.status !== 'success') return data(submission.reply({ hideFields: ['password'] }), { status: 400 })
  const lang = getLanguage(request)
  const { email, password, redirectTo } = submission.value
  const result = await logIn(request, email, password)
  if (!result.ok) {
    // One message for a wrong email and a wrong password: no hint about which accounts exist.
    return replyWithFailure(submission, result, { lang, formError: createTranslator(lang)('accounts.login.invalid'), hideFields: ['password'] })
  }
  const target = safeRedirect(redirectTo, '') || roleHome((await getAccountSettings(result.userId)).role)
  return redirect(target, { headers: { 'Set-Cookie': result.cookie } })
}

// A refused attempt keeps its 429 and says when to retry, also for a plain HTML form post.
export const headers = forwardRetryAfter

export default function LoginRoute() {
  const { redirectTo, notice } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(LoginSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  })

  return (
    <AuthCard
      title={t('accounts.login.title')}
      intro={t('accounts.login.intro')}
      footer={
        <>
          {t('accounts.login.noAccount')}{' '}
          <Link to={paths.signup} className="font-semibold text-brand-700 hover:text-brand-900">
            {t('accounts.signup.title')}
          </Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        {notice === 'mat-khau-da-doi' ? (
          <Notice tone="success" role="status">
            {t('accounts.login.passwordChanged')}
          </Notice>
        ) : null}
        {redirectTo && !notice ? <Notice tone="info">{t('accounts.login.needed')}</Notice> : null}
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <InputField meta={fields.email} type="email" label={t('accounts.field.email')} required autoComplete="email" />
        <InputField meta={fields.password} type="password" label={t('accounts.field.password')} required autoComplete="current-password" />
        <div className="flex justify-end text-sm">
          <Link to={paths.forgotPassword} className="font-medium text-brand-700 hover:text-brand-900">
            {t('accounts.login.forgot')}
          </Link>
        </div>
        <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.login.submit')}</SubmitButton>
      </Form>
    </AuthCard>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.login.title')} | ${t('app.name')}` }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
