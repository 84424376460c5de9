// /quen-mat-khau: ask for a password-reset link. The answer is the same whether or not the email
// has an account, so the page cannot be used to find out who is registered.
import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { AuthCard, buttonClass, FormErrors, InputField, Notice, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { getLanguage } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { requestPasswordReset } from '~/modules/accounts/accounts.server'
import { forwardRetryAfter, failureReply } from '~/modules/accounts/replies.server'
import { ForgotPasswordSchema } from '~/modules/accounts/schemas'
import { paths } from '~/utils/paths'

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: ForgotPasswordSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), sentTo: null }, { status: 400 })
  const lang = getLanguage(request)
  const outcome = await requestPasswordReset(request, submission.value.email, lang)
  if (!outcome.ok) {
    const { result, init } = failureReply(submission, outcome, { lang })
    return data({ result, sentTo: null }, init)
  }
  return { result: submission.reply({ resetForm: true }), sentTo: submission.value.email }
}

// A refused attempt keeps its 429 and says when to retry, also for a plain HTML form post.
export const headers = forwardRetryAfter

export default function ForgotPasswordRoute() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(ForgotPasswordSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  })

  return (
    <AuthCard
      title={t('accounts.forgot.title')}
      intro={t('accounts.forgot.intro')}
      footer={
        <Link to={paths.login} className="font-semibold text-brand-700 hover:text-brand-900">
          {t('accounts.forgot.backToLogin')}
        </Link>
      }
    >
      {actionData?.sentTo ? (
        <div className="mb-5">
          <Notice tone="success" role="status" title={t('accounts.forgot.sentTitle')}>
            <p>{t('accounts.forgot.sentBody', { email: actionData.sentTo })}</p>
          </Notice>
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField meta={fields.email} type="email" label={t('accounts.field.email')} required autoComplete="email" />
        <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.forgot.submit')}</SubmitButton>
      </Form>
    </AuthCard>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.forgot.title')} | ${t('app.name')}` }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
