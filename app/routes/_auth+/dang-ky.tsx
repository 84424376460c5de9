// /dang-ky: sign-up as a producer or a buyer (organisers are invited by an admin). Works without
// JavaScript: the buyer-only field is shown by CSS when "buyer" is picked.
import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { NewPasswordFields } from '~/components/accounts/new-password-fields'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AuthCard, buttonClass, describedBy, Field, FormErrors, inputClass, InputField, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { LANGUAGE_NAMES } from '~/i18n'
import { useTranslation } from '~/i18n/hook'
import { getLanguage, serializeLanguageCookie } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { createTranslator } from '~/i18n'
import { signUp } from '~/modules/accounts/accounts.server'
import { getSessionUser } from '~/modules/accounts/auth.server'
import { forwardRetryAfter, replyWithFailure } from '~/modules/accounts/replies.server'
import { roleHome } from '~/modules/accounts/role-home'
import { LOCALES, SIGN_UP_ROLES, SignUpSchema } from '~/modules/accounts/schemas'
import { paths } from '~/utils/paths'

const SECRET_FIELDS = ['password', 'confirmPassword']

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await getSessionUser(request)
  if (user) throw redirect(roleHome(user.role))
  const role = new URL(request.url).searchParams.get('vai-tro') === 'nguoi-mua' ? 'BUYER' : 'PRODUCER'
  return { role, locale: getLanguage(request) }
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: SignUpSchema })
  if (submission.status !== 'success') return data(submission.reply({ hideFields: SECRET_FIELDS }), { status: 400 })
  const lang = getLanguage(request)
  const { confirmPassword: _confirm, ...input } = submission.value
  const result = await signUp(request, input)
  if (!result.ok) {
    const t = createTranslator(lang)
    const fieldErrors = result.fieldErrors?.email ? { email: [t('accounts.signup.emailTaken')] } : result.fieldErrors
    return replyWithFailure(submission, { ...result, fieldErrors }, { lang, hideFields: SECRET_FIELDS })
  }
  const headers = new Headers()
  headers.append('Set-Cookie', result.cookie)
  // The language chosen for the account is also the language of the site from now on.
  headers.append('Set-Cookie', serializeLanguageCookie(input.locale, request))
  return redirect(input.role === 'PRODUCER' ? paths.producerProfile : roleHome(input.role), { headers })
}

// A refused attempt keeps its 429 and says when to retry, also for a plain HTML form post.
export const headers = forwardRetryAfter

export default function SignUpRoute() {
  const { role, locale } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(SignUpSchema),
    defaultValue: { role, locale },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignUpSchema }),
  })
  const roleHints = { PRODUCER: t('accounts.signup.producerHint'), BUYER: t('accounts.signup.buyerHint') }

  return (
    <AuthCard
      title={t('accounts.signup.title')}
      intro={t('accounts.signup.intro')}
      footer={
        <>
          {t('accounts.signup.haveAccount')}{' '}
          <Link to={paths.login} className="font-semibold text-brand-700 hover:text-brand-900">
            {t('accounts.login.title')}
          </Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="group/signup space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset aria-describedby={describedBy(Boolean(fields.role.errors?.length) && fields.role.errorId)}>
          <legend className="text-sm font-medium text-slate-800">{t('accounts.signup.roleLegend')}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {SIGN_UP_ROLES.map((option) => {
              const id = `${fields.role.id}-${option}`
              return (
                <label
                  key={option}
                  htmlFor={id}
                  className="relative flex cursor-pointer flex-col rounded-xl bg-white p-4 ring-1 ring-inset ring-slate-300 hover:ring-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
                >
                  <span className="flex items-center gap-2">
                    <input
                      {...getInputProps(fields.role, { type: 'radio', value: option, ariaAttributes: false })}
                      key={option}
                      id={id}
                      className="h-4 w-4 accent-brand-700 focus:outline-none"
                    />
                    <span className="text-sm font-semibold text-slate-900">{t(`role.${option}`)}</span>
                  </span>
                  <span className="mt-1 pl-6 text-xs leading-5 text-slate-600">{roleHints[option]}</span>
                </label>
              )
            })}
          </div>
          {fields.role.errors?.length ? (
            <p id={fields.role.errorId} className="mt-1.5 text-sm font-medium text-red-700">
              {fields.role.errors.join(' ')}
            </p>
          ) : null}
        </fieldset>

        {/* Only buyers have an organisation to name; CSS shows the field when "buyer" is ticked. */}
        <div className={`group-has-[input[value=BUYER]:checked]/signup:block ${fields.organisationName.errors?.length ? 'block' : 'hidden'}`}>
          <InputField meta={fields.organisationName} label={t('accounts.signup.organisationName')} required hint={t('accounts.signup.organisationHint')} autoComplete="organization" />
        </div>

        <InputField meta={fields.name} label={t('accounts.field.name')} required autoComplete="name" />
        <InputField meta={fields.email} type="email" label={t('accounts.field.email')} required autoComplete="email" />
        <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
        <Field
          label={t('accounts.field.locale')}
          htmlFor={fields.locale.id}
          hint={t('accounts.field.localeHint')}
          hintId={`${fields.locale.id}-hint`}
          errors={fields.locale.errors}
          errorId={fields.locale.errorId}
        >
          <select {...getSelectProps(fields.locale, { ariaDescribedBy: `${fields.locale.id}-hint` })} className={inputClass}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
        </Field>

        <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.signup.submit')}</SubmitButton>
      </Form>
    </AuthCard>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.signup.title')} | ${t('app.name')}` }, { name: 'description', content: t('accounts.signup.intro') }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
