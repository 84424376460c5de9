// /nha-san-xuat/hoi-cho/$slug: the producer's application for one fair. Shows why it may not
// apply (and then offers no form), or the form: products (its own, eligible ones only), booth type
// and count, up to three zones, wished neighbours, needs and notes; save as draft, submit, edit or
// withdraw while the window is open. The server checks everything again when the form arrives.
import { getCollectionProps, getFormProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, Card, ErrorList, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, SubmitButton, InputField } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ApplicationStatusBadge } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getApplyContext, saveApplication, withdrawApplication } from '~/modules/fairs/applications.server'
import { allocationPaths } from '~/modules/allocation/paths'
import { fairPaths } from '~/modules/fairs/paths'
import { APPLICATION_NEEDS, ApplicationFormSchema } from '~/modules/fairs/schemas'
import { formatDateRange, formatDateTime, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

const NOTICES = ['da-gui', 'da-luu-nhap', 'da-rut'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProfile)
  const context = await getApplyContext(user, params.slug!)
  const notice = NOTICES.find((n) => n === new URL(request.url).searchParams.get('thong-bao')) ?? null
  const { fair } = context
  return {
    notice,
    fair: {
      slug: fair.slug,
      status: fair.status,
      nameVi: fair.nameVi,
      venue: fair.venue,
      startsAt: fair.startsAt,
      endsAt: fair.endsAt,
      applicationClosesAt: fair.applicationClosesAt,
      maxBoothsPerProducer: fair.maxBoothsPerProducer,
      boothTypes: fair.boothTypes.map((b) => ({ id: b.id, code: b.code, nameVi: b.nameVi, priceVnd: b.priceVnd })),
    },
    eligibility: context.eligibility,
    products: context.products,
    zones: context.zones,
    neighbours: context.neighbours,
    application: context.application
      ? {
          status: context.application.status,
          boothTypeId: context.application.boothTypeId,
          boothCount: context.application.boothCount,
          productIds: context.application.productIds,
          zonePreferences: context.application.zonePreferences,
          wishedNeighbourIds: context.application.wishedNeighbourIds,
          needs: context.application.needs,
          notes: context.application.notes,
          decisionReason: context.application.decisionReason,
        }
      : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const slug = params.slug!
  const formData = await request.formData()
  if (formData.get('intent') === 'withdraw') {
    const result = await withdrawApplication(user, slug)
    if (!result.ok) return data({ status: 'error' as const, error: { '': result.errors } }, { status: 400 })
    return redirect(`${fairPaths.producerFair(slug)}?thong-bao=da-rut`, { status: 303 })
  }
  const submission = parseWithZod(formData, { schema: ApplicationFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await saveApplication(user, slug, submission.value)
  if (!result.ok) {
    return data(result.field ? submission.reply({ fieldErrors: { [result.field]: result.errors } }) : submission.reply({ formErrors: result.errors }), { status: 400 })
  }
  return redirect(`${fairPaths.producerFair(slug)}?thong-bao=${result.status === 'DRAFT' ? 'da-luu-nhap' : 'da-gui'}`, { status: 303 })
}

export default function ApplyRoute() {
  const { notice, fair, eligibility, products, zones, neighbours, application } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, lang } = useTranslation()
  const editable = eligibility.eligible && (!application || ['DRAFT', 'SUBMITTED', 'WITHDRAWN'].includes(application.status))
  const [form, fields] = useForm({
    id: 'application-form',
    lastResult: lastResult && 'status' in lastResult ? (lastResult as never) : undefined,
    defaultValue: application
      ? {
          boothTypeId: application.boothTypeId,
          boothCount: String(application.boothCount),
          productIds: application.productIds,
          zonePreferences: application.zonePreferences,
          wishedNeighbourIds: application.wishedNeighbourIds,
          needs: application.needs,
          notes: application.notes ?? '',
        }
      : { boothTypeId: fair.boothTypes[0]?.id, boothCount: '1' },
    constraint: getZodConstraint(ApplicationFormSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplicationFormSchema }),
  })
  const busy = navigation.state === 'submitting'
  const exhibitable = products.filter((p) => p.exhibitable).map((p) => p.id)
  const submitted = application?.status === 'SUBMITTED'

  return (
    <PageShell width="max-w-4xl">
      <PageHeader
        title={`${t('fairs.apply.title')} — ${fair.nameVi}`}
        intro={`${formatDateRange(fair.startsAt, fair.endsAt)} · ${fair.venue} · ${t('fairs.producer.closes', { date: formatDateTime(fair.applicationClosesAt) })}`}
        breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { to: fairPaths.producerFairs, label: t('fairs.producer.title') }, { label: fair.nameVi }]}
        actions={
          <Link to={fairPaths.publicFair(fair.slug)} className={buttonClass.secondary}>
            {t('fairs.tabs.public')}
          </Link>
        }
      />
      <div className="space-y-6">
        {notice ? (
          <Notice tone={notice === 'da-rut' ? 'info' : 'success'} role="status">
            {t(notice === 'da-gui' ? 'fairs.apply.submitted' : notice === 'da-luu-nhap' ? 'fairs.apply.drafted' : 'fairs.apply.withdrawn')}
          </Notice>
        ) : null}
        {application ? (
          <Card>
            <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-800">
              {t('fairs.apply.status')}: <ApplicationStatusBadge status={application.status} />
            </p>
            {application.decisionReason ? <p className="mt-2 text-sm text-slate-700">{t('fairs.review.decisionReason', { reason: application.decisionReason })}</p> : null}
            {!['DRAFT', 'SUBMITTED', 'WITHDRAWN'].includes(application.status) ? <p className="mt-2 text-sm text-slate-600">{t('fairs.apply.decided')}</p> : null}
            {(fair.status === 'ALLOCATED' || fair.status === 'FINISHED') && ['ACCEPTED', 'WAITLISTED'].includes(application.status) ? (
              <Link to={allocationPaths.producerBooth(fair.slug)} className={`${buttonClass.primary} mt-4`}>
                {t('fairs.apply.boothLink')}
              </Link>
            ) : null}
          </Card>
        ) : null}
        {!eligibility.eligible ? (
          <Notice tone="warning" role="alert" title={eligibility.window === 'closed' && application ? t('fairs.apply.windowClosed') : t('fairs.apply.ineligible')}>
            <ul className="mt-1 list-disc pl-5">
              {eligibility.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </Notice>
        ) : null}

        {editable ? (
          <Form method="post" {...getFormProps(form)} className="space-y-6">
            <FormErrors id={form.errorId} errors={form.errors} />
            <Card id="apply-products" title={t('fairs.apply.products')} description={t('fairs.apply.productsHint')}>
              <fieldset aria-describedby={fields.productIds.errors?.length ? fields.productIds.errorId : undefined}>
                <legend className="sr-only">{t('fairs.apply.products')}</legend>
                <div className="space-y-2">
                  {getCollectionProps(fields.productIds, { type: 'checkbox', options: exhibitable }).map((props) => {
                    const product = products.find((p) => p.id === props.value)!
                    return (
                      <label key={props.key} className="flex items-center gap-2 text-sm text-slate-800">
                        <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300" />
                        {product.nameVi} <span className="text-star-700">({t('stars.label', { count: product.stars })})</span>
                      </label>
                    )
                  })}
                  {products
                    .filter((p) => !p.exhibitable)
                    .map((p) => (
                      <p key={p.id} className="flex items-center gap-2 text-sm text-slate-500">
                        <input type="checkbox" disabled aria-label={`${p.nameVi} — ${t('fairs.apply.notExhibitable')}`} className="h-4 w-4 rounded border-slate-300" />
                        {p.nameVi} ({p.stars ? t('fairs.apply.notExhibitable') : t('fairs.apply.noStars')})
                      </p>
                    ))}
                </div>
                <ErrorList id={fields.productIds.errorId} errors={fields.productIds.errors} />
              </fieldset>
            </Card>

            <Card id="apply-booth" title={t('fairs.apply.booth')}>
              <div className="grid gap-5 sm:grid-cols-2">
                <Field label={t('fairs.apply.boothType')} htmlFor={fields.boothTypeId.id} required errors={fields.boothTypeId.errors} errorId={fields.boothTypeId.errorId}>
                  <select {...getSelectProps(fields.boothTypeId)} className={inputClass}>
                    {fair.boothTypes.map((type) => (
                      <option key={type.id} value={type.id}>
                        {type.nameVi} — {formatVnd(type.priceVnd, lang)}
                      </option>
                    ))}
                  </select>
                </Field>
                <InputField meta={fields.boothCount} type="number" label={t('fairs.apply.boothCount')} required hint={t('fairs.apply.boothCountHint', { count: fair.maxBoothsPerProducer })} min={1} max={fair.maxBoothsPerProducer} />
                {zones.length ? (
                  <fieldset className="sm:col-span-2">
                    <legend className="text-sm font-medium text-slate-800">{t('fairs.apply.zones')}</legend>
                    <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                      {getCollectionProps(fields.zonePreferences, { type: 'checkbox', options: zones }).map((props) => (
                        <label key={props.key} className="flex items-center gap-1.5 text-sm">
                          <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300" />
                          {props.value}
                        </label>
                      ))}
                    </div>
                    <ErrorList id={fields.zonePreferences.errorId} errors={fields.zonePreferences.errors} />
                  </fieldset>
                ) : null}
                <fieldset className="sm:col-span-2">
                  <legend className="text-sm font-medium text-slate-800">{t('fairs.apply.needs')}</legend>
                  <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                    {getCollectionProps(fields.needs, { type: 'checkbox', options: [...APPLICATION_NEEDS] }).map((props) => (
                      <label key={props.key} className="flex items-center gap-1.5 text-sm">
                        <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300" />
                        {t(`fairs.need.${props.value as 'power'}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <Field
                  className="sm:col-span-2"
                  label={t('fairs.apply.neighbours')}
                  htmlFor={fields.wishedNeighbourIds.id}
                  hint={neighbours.length ? t('fairs.apply.neighboursHint') : t('fairs.apply.noNeighbours')}
                  hintId={`${fields.wishedNeighbourIds.id}-hint`}
                  errors={fields.wishedNeighbourIds.errors}
                  errorId={fields.wishedNeighbourIds.errorId}
                >
                  <select {...getSelectProps(fields.wishedNeighbourIds)} multiple size={Math.min(6, Math.max(2, neighbours.length))} disabled={!neighbours.length} className={inputClass}>
                    {neighbours.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.legalName}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field className="sm:col-span-2" label={t('fairs.apply.notes')} htmlFor={fields.notes.id} errors={fields.notes.errors} errorId={fields.notes.errorId}>
                  <textarea {...getTextareaProps(fields.notes)} rows={3} className={inputClass} />
                </Field>
              </div>
            </Card>

            <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
              {!submitted ? (
                <button type="submit" name="intent" value="draft" className={buttonClass.secondary} disabled={busy}>
                  {t('fairs.apply.draft')}
                </button>
              ) : null}
              <SubmitButton name="intent" value="submit" intent="submit">
                {submitted ? t('fairs.apply.update') : t('fairs.apply.submit')}
              </SubmitButton>
            </div>
          </Form>
        ) : null}

        {editable && application && application.status !== 'WITHDRAWN' ? (
          <Form
            method="post"
            className="flex justify-end"
            onSubmit={(event) => {
              if (!window.confirm(t('fairs.apply.confirmWithdraw'))) event.preventDefault()
            }}
          >
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className={buttonClass.dangerOutline} disabled={busy}>
              {t('fairs.apply.withdraw')}
            </button>
          </Form>
        ) : null}
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.apply.title')} — ${data?.fair.nameVi ?? ''} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
