// /nha-san-xuat/ho-so: the guided onboarding form (producers only). "Lưu nháp" keeps an incomplete
// profile; "Gửi xét duyệt" needs every required field. The commune list follows the province:
// without JavaScript a GET reload of this page with the form's values brings the new list; with
// it a fetcher asks /resources/communes. The logo is accepted by content and re-encoded.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, MaxPartSizeExceededError, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useFetcher, useLoaderData, useLocation, useNavigation } from '@remix-run/react'
import { useState } from 'react'
import type { z } from 'zod'
import { ProfileStatusBadge } from '~/components/accounts/producer'
import { buttonClass, Card, Field, FormErrors, inputClass, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createTranslator } from '~/i18n'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { getLanguage } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { LOGO_ACCEPT, LOGO_ERROR_MESSAGES, MAX_LOGO_BYTES, ProfileFormSchema } from '~/modules/producers/forms'
import { processProducerLogo } from '~/modules/producers/logo.server'
import { getOwnProducerProfile, listCommunes, listCurrentProvinces, saveProducerProfile } from '~/modules/producers/profile.server'
import { missingProfileFields, PRODUCER_TYPES, REQUIRED_PROFILE_FIELDS } from '~/modules/producers/schemas'
import { parseFormWithFile } from '~/utils/multipart.server'
import { paths } from '~/utils/paths'
import { useHydrated } from '~/utils/use-hydrated'

const TEXT_FIELDS = ['legalName', 'tradeName', 'type', 'taxCode', 'representative', 'contactName', 'phone', 'email', 'provinceId', 'communeId', 'addressLine', 'story'] as const
type TextField = (typeof TEXT_FIELDS)[number]
const NOTICES = ['da-luu', 'da-gui'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const [profile, provinces] = await Promise.all([getOwnProducerProfile(user), listCurrentProvinces()])
  const url = new URL(request.url)
  // A GET reload (province changed without JavaScript) carries what was typed: it wins over the stored profile.
  const reloaded = url.searchParams.has('provinceId')
  const defaults = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, reloaded ? (url.searchParams.get(field) ?? '') : ((profile?.[field] as string | null | undefined) ?? '')]),
  ) as Record<TextField, string>
  const communes = defaults.provinceId ? await listCommunes(defaults.provinceId) : []
  if (!communes.some((commune) => commune.id === defaults.communeId)) defaults.communeId = ''
  return {
    defaults,
    reloaded,
    provinces,
    communes,
    status: profile?.status ?? null,
    logoPath: profile?.logoPath ?? null,
    missing: missingProfileFields(profile ?? {}),
    notice: NOTICES.find((value) => value === url.searchParams.get('thong-bao')) ?? null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  let formData: FormData
  try {
    formData = await parseFormWithFile(request, { field: 'logo', maxBytes: MAX_LOGO_BYTES })
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new Response('Nội dung gửi lên quá lớn', { status: 413 })
    throw error
  }
  const submission = parseWithZod(formData, { schema: ProfileFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { intent, logo, ...draft } = submission.value

  let logoPath: string | undefined
  if (logo) {
    const processed = await processProducerLogo(logo)
    if (!processed.ok) return data(submission.reply({ fieldErrors: { logo: [LOGO_ERROR_MESSAGES[processed.error]] } }), { status: 400 })
    logoPath = processed.path
  }
  const result = await saveProducerProfile(user, draft, { submit: intent === 'submit', logoPath })
  if (!result.ok) {
    const t = createTranslator(getLanguage(request))
    const fieldErrors: Record<string, string[]> = {}
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) if (messages) fieldErrors[field] = messages
    for (const field of result.missing ?? []) fieldErrors[field] = [t('accounts.profile.requiredForReview')]
    return data(submission.reply({ fieldErrors }), { status: 400 })
  }
  return redirect(`${paths.producerProfile}?thong-bao=${intent === 'submit' ? 'da-gui' : 'da-luu'}`, { status: 303 })
}


const FIELD_LABELS: Record<(typeof REQUIRED_PROFILE_FIELDS)[number], MessageKey> = {
  legalName: 'accounts.profile.legalName',
  type: 'accounts.profile.type',
  taxCode: 'accounts.profile.taxCode',
  phone: 'accounts.profile.phone',
  contactName: 'accounts.profile.contactName',
  provinceId: 'accounts.profile.province',
  communeId: 'accounts.profile.commune',
  addressLine: 'accounts.profile.addressLine',
}

export default function ProducerProfileRoute() {
  // A new location (after a save, or the no-JavaScript reload) starts the form from the loader's
  // values again; a refused submission stays on the same location and keeps what was typed.
  const location = useLocation()
  return <ProfileForm key={location.key} />
}

function ProfileForm() {
  const { defaults, reloaded, provinces, communes, status, logoPath, missing, notice } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const hydrated = useHydrated()
  const { t } = useTranslation()
  const communeFetcher = useFetcher<{ provinceId: string; communes: Array<{ id: string; name: string }> }>()
  const [provinceId, setProvinceId] = useState(defaults.provinceId)

  const [form, fields] = useForm<z.input<typeof ProfileFormSchema>>({
    lastResult,
    constraint: getZodConstraint(ProfileFormSchema),
    defaultValue: defaults,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileFormSchema }),
  })
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null
  const communeOptions =
    communeFetcher.data && communeFetcher.data.provinceId === provinceId ? communeFetcher.data.communes : provinceId === defaults.provinceId ? communes : []
  const loadingCommunes = communeFetcher.state === 'loading'

  function onProvinceChange(next: string) {
    setProvinceId(next)
    form.update({ name: fields.communeId.name, value: '' })
    if (next) communeFetcher.load(`${paths.communes}?province=${encodeURIComponent(next)}`)
  }

  const text = (name: Exclude<TextField, 'type' | 'provinceId' | 'communeId' | 'story'>, options: { label: MessageKey; hint?: MessageKey; type?: 'text' | 'tel' | 'email'; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'email' }) => {
    const field = fields[name]
    const hintId = options.hint ? `${field.id}-hint` : undefined
    return (
      <Field
        label={t(options.label)}
        htmlFor={field.id}
        required={(REQUIRED_PROFILE_FIELDS as readonly string[]).includes(name)}
        hint={options.hint ? t(options.hint) : undefined}
        hintId={hintId}
        errors={field.errors}
        errorId={field.errorId}
      >
        <input
          {...getInputProps(field, { type: options.type ?? 'text', ariaDescribedBy: hintId })}
          autoComplete={options.autoComplete}
          inputMode={options.inputMode}
          className={inputClass}
        />
      </Field>
    )
  }

  return (
    <PageShell width="max-w-4xl">
      <PageHeader
        title={t('accounts.profile.title')}
        intro={t('accounts.profile.intro')}
        breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { label: t('accounts.profile.title') }]}
        actions={<ProfileStatusBadge status={status} />}
      />

      <div className="space-y-4">
        {notice === 'da-gui' ? (
          <Notice tone="success" role="status" title={t('accounts.profile.submittedTitle')}>
            {t('accounts.profile.submittedBody')}
          </Notice>
        ) : notice === 'da-luu' ? (
          <Notice tone="success" role="status">
            {t('accounts.profile.saved')}
          </Notice>
        ) : null}
        {status === 'REJECTED' ? <Notice tone="error">{t('accounts.profile.rejected')}</Notice> : null}
        {missing.length && !reloaded ? (
          <Notice tone="warning" title={t('accounts.profile.missingTitle', { count: missing.length })}>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {missing.map((field) => (
                <li key={field}>
                  <a href={`#${fields[field].id}`} className="underline hover:no-underline">
                    {t(FIELD_LABELS[field])}
                  </a>
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>

      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="mt-6 space-y-6">
        <FormErrors id={form.errorId} errors={form.errors} />

        <Card id="legal" title={t('accounts.profile.legalSection')} description={t('accounts.profile.legalSectionIntro')}>
          <div className="grid gap-5 sm:grid-cols-2">
            {text('legalName', { label: 'accounts.profile.legalName', hint: 'accounts.profile.legalNameHint', autoComplete: 'organization' })}
            {text('tradeName', { label: 'accounts.profile.tradeName' })}
          </div>
          <fieldset className="mt-5" aria-describedby={fields.type.errors?.length ? fields.type.errorId : undefined}>
            <legend className="text-sm font-medium text-slate-800">
              {t('accounts.profile.type')}
              <span className="ml-0.5 text-red-700" aria-hidden="true">
                *
              </span>
            </legend>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {PRODUCER_TYPES.map((type) => {
                const id = `${fields.type.id}-${type}`
                return (
                  <label
                    key={type}
                    htmlFor={id}
                    className="flex cursor-pointer items-start gap-3 rounded-xl bg-white p-3 ring-1 ring-inset ring-slate-300 hover:ring-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
                  >
                    <input
                      {...getInputProps(fields.type, { type: 'radio', value: type, ariaAttributes: false })}
                      key={type}
                      id={id}
                      className="mt-0.5 h-4 w-4 accent-brand-700 focus:outline-none"
                    />
                    <span>
                      <span className="block text-sm font-semibold text-slate-900">{t(`producerType.${type}`)}</span>
                      <span className="block text-xs leading-5 text-slate-600">{t(`accounts.profile.typeHint.${type}`)}</span>
                    </span>
                  </label>
                )
              })}
            </div>
            {fields.type.errors?.length ? (
              <p id={fields.type.errorId} className="mt-1.5 text-sm font-medium text-red-700">
                ⚠ {fields.type.errors.join(' ')}
              </p>
            ) : null}
          </fieldset>
          <div className="mt-5 grid gap-5 sm:grid-cols-2">
            {text('taxCode', { label: 'accounts.profile.taxCode', hint: 'accounts.profile.taxCodeHint', inputMode: 'numeric' })}
            {text('representative', { label: 'accounts.profile.representative', hint: 'accounts.profile.representativeHint' })}
          </div>
        </Card>

        <Card id="address" title={t('accounts.profile.addressSection')} description={t('accounts.profile.addressSectionIntro')}>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={t('accounts.profile.province')} htmlFor={fields.provinceId.id} required errors={fields.provinceId.errors} errorId={fields.provinceId.errorId}>
              <select
                {...getSelectProps(fields.provinceId)}
                onChange={(event) => onProvinceChange(event.currentTarget.value)}
                className={inputClass}
              >
                <option value="">{t('accounts.profile.chooseProvince')}</option>
                {provinces.map((province) => (
                  <option key={province.id} value={province.id}>
                    {province.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('accounts.profile.commune')}
              htmlFor={fields.communeId.id}
              required
              hint={hydrated ? undefined : t('accounts.profile.communeNoScript')}
              hintId={`${fields.communeId.id}-hint`}
              errors={fields.communeId.errors}
              errorId={fields.communeId.errorId}
            >
              <select
                {...getSelectProps(fields.communeId, { ariaDescribedBy: hydrated ? undefined : `${fields.communeId.id}-hint` })}
                key={`commune-${provinceId}`}
                disabled={!provinceId || loadingCommunes}
                aria-busy={loadingCommunes || undefined}
                className={inputClass}
              >
                <option value="">{loadingCommunes ? t('accounts.profile.loadingCommunes') : t('accounts.profile.chooseCommune')}</option>
                {communeOptions.map((commune) => (
                  <option key={commune.id} value={commune.id}>
                    {commune.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {hydrated ? null : (
            // Without JavaScript: reload this page with the chosen province (and everything typed so far).
            <button type="submit" formMethod="get" formAction={paths.producerProfile} formNoValidate name="reload" value="communes" className={`${buttonClass.small} mt-3`}>
              {t('accounts.profile.reloadCommunes')}
            </button>
          )}
          <div className="mt-5">{text('addressLine', { label: 'accounts.profile.addressLine', hint: 'accounts.profile.addressLineHint', autoComplete: 'street-address' })}</div>
        </Card>

        <Card id="contact" title={t('accounts.profile.contactSection')}>
          <div className="grid gap-5 sm:grid-cols-2">
            {text('contactName', { label: 'accounts.profile.contactName', autoComplete: 'name' })}
            {text('phone', { label: 'accounts.profile.phone', hint: 'accounts.profile.phoneHint', type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
            {text('email', { label: 'accounts.profile.email', type: 'email', autoComplete: 'email' })}
          </div>
        </Card>

        <Card id="story" title={t('accounts.profile.storySection')} description={t('accounts.profile.storySectionIntro')}>
          <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
            <div className="flex h-24 w-24 shrink-0 items-center justify-center overflow-hidden rounded-xl bg-slate-100 ring-1 ring-slate-200">
              {logoPath ? (
                <img src={paths.producerLogo(logoPath)} alt={t('accounts.profile.currentLogo')} className="h-full w-full object-contain" />
              ) : (
                <span className="px-2 text-center text-xs text-slate-500">{t('accounts.profile.noLogo')}</span>
              )}
            </div>
            <Field
              className="flex-1"
              label={t('accounts.profile.logo')}
              htmlFor={fields.logo.id}
              hint={t('accounts.profile.logoHint')}
              hintId={`${fields.logo.id}-hint`}
              errors={fields.logo.errors}
              errorId={fields.logo.errorId}
            >
              <input
                {...getInputProps(fields.logo, { type: 'file', ariaDescribedBy: `${fields.logo.id}-hint` })}
                accept={LOGO_ACCEPT}
                className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
              />
            </Field>
          </div>
          <Field
            className="mt-5"
            label={t('accounts.profile.story')}
            htmlFor={fields.story.id}
            hint={t('accounts.profile.storyHint')}
            hintId={`${fields.story.id}-hint`}
            errors={fields.story.errors}
            errorId={fields.story.errorId}
          >
            <textarea {...getTextareaProps(fields.story, { ariaDescribedBy: `${fields.story.id}-hint` })} rows={6} className={inputClass} />
          </Field>
        </Card>

        <div className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-white/95 px-4 py-4 backdrop-blur sm:static sm:mx-0 sm:flex-row sm:justify-end sm:rounded-2xl sm:border-0 sm:bg-transparent sm:p-0">
          <button
            type="submit"
            name="intent"
            value="save"
            className={status === 'VERIFIED' || status === 'PENDING' ? buttonClass.primary : buttonClass.secondary}
            disabled={Boolean(busyIntent)}
          >
            {busyIntent === 'save' ? t('accounts.form.working') : status === 'VERIFIED' || status === 'PENDING' ? t('accounts.profile.saveChanges') : t('accounts.profile.saveDraft')}
          </button>
          {status === 'VERIFIED' || status === 'PENDING' ? null : (
            <button type="submit" name="intent" value="submit" className={buttonClass.primary} disabled={Boolean(busyIntent)}>
              {busyIntent === 'submit' ? t('accounts.form.working') : t('accounts.profile.submit')}
            </button>
          )}
        </div>
      </Form>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.profile.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
