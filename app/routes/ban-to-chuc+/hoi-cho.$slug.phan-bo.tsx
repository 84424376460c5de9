// /ban-to-chuc/hoi-cho/<slug>/phan-bo: the organiser's booth allocation for one fair (its own
// fairs only; others are 404). Run a preview with chosen weights, read the figures and any rule
// violations, see the plan coloured by province / product group / producer type, move or swap
// booths, lock placements, run again around the locks, assign or release by hand, publish.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useMemo, useState } from 'react'
import { buttonClass, Card, EmptyState, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, Pagination, SubmitButton, TextareaField } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { OrganiserFairTabs } from '~/components/fairs/ui'
import { FloorPlan, type LegendEntry, type PlanBooth, type PlanHall } from '~/components/floor-plan'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { colourKey, colourMap, FREE_FILL, UNKNOWN_FILL } from '~/modules/allocation/colours'
import { allocationPaths } from '~/modules/allocation/paths'
import { AssignSchema, COLOUR_BY, LockSchema, MoveSchema, ReleaseSchema, RunSchema, type ColourBy } from '~/modules/allocation/schemas'
import { assignBooth, getAllocationPage, moveBooth, publishAllocation, releaseByHand, runPreview, setLocked } from '~/modules/allocation/workflow.server'
import { fairPaths } from '~/modules/fairs/paths'
import { formatDateTime } from '~/utils/format'
import { paths } from '~/utils/paths'

const PAGE_SIZE = 25
const WAITING_PAGE_SIZE = 10

/** The 1-based page named by `param`, kept within 1..pageCount. */
function pageParam(url: URL, param: string, pageCount: number) {
  return Math.min(Math.max(1, Math.trunc(Number(url.searchParams.get(param) ?? 1)) || 1), pageCount)
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const page = await getAllocationPage(user, params.slug ?? '')
  // The plan and figures cover every booth; the placement table (?trang=) and the waiting list
  // (?cho=) are paged separately so a long waiting list does not stretch the side column.
  const url = new URL(request.url)
  const placementPages = Math.max(1, Math.ceil(page.placements.length / PAGE_SIZE))
  const placementPage = pageParam(url, 'trang', placementPages)
  const unplacedPages = Math.max(1, Math.ceil(page.unplaced.length / WAITING_PAGE_SIZE))
  const unplacedPage = pageParam(url, 'cho', unplacedPages)
  return {
    ...page,
    placements: page.placements.slice((placementPage - 1) * PAGE_SIZE, placementPage * PAGE_SIZE),
    placementPage,
    placementPages,
    unplaced: page.unplaced.slice((unplacedPage - 1) * WAITING_PAGE_SIZE, unplacedPage * WAITING_PAGE_SIZE),
    unplacedCount: page.unplaced.length,
    unplacedPage,
    unplacedPages,
  }
}

/** This page's URL with one of its two page numbers changed and the other kept. */
function pageHref(slug: string, current: { trang: number; cho: number }, change: Partial<{ trang: number; cho: number }>) {
  const next = { ...current, ...change }
  const search = new URLSearchParams()
  if (next.trang > 1) search.set('trang', String(next.trang))
  if (next.cho > 1) search.set('cho', String(next.cho))
  const query = search.toString()
  return query ? `${allocationPaths.fair(slug)}?${query}` : allocationPaths.fair(slug)
}

type ActionData = { intent: string; ok: boolean; message?: string; applicationId?: string; result?: SubmissionResult<string[]> }

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const slug = params.slug ?? ''
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (body: ActionData, ok = body.ok) => data(body, { status: ok ? 200 : 400 })

  if (intent === 'run') {
    const submission = parseWithZod(formData, { schema: RunSchema })
    if (submission.status !== 'success') return reply({ intent, ok: false, result: submission.reply() })
    const { intent: _, ...weights } = submission.value
    const outcome = await runPreview(user, slug, weights)
    return reply({ intent, ...outcome, result: outcome.ok ? undefined : submission.reply({ formErrors: [outcome.message] }) })
  }
  if (intent === 'move') {
    const submission = parseWithZod(formData, { schema: MoveSchema })
    if (submission.status !== 'success') return reply({ intent, ok: false, message: Object.values(submission.error ?? {}).flat()[0] ?? 'Dữ liệu không hợp lệ' })
    return reply({ intent, ...(await moveBooth(user, slug, submission.value)) })
  }
  if (intent === 'lock' || intent === 'unlock') {
    const submission = parseWithZod(formData, { schema: LockSchema })
    if (submission.status !== 'success') throw new Response('Thao tác không hợp lệ', { status: 400 })
    return reply({ intent, ...(await setLocked(user, slug, submission.value.applicationId, intent === 'lock')) })
  }
  if (intent === 'assign') {
    const submission = parseWithZod(formData, { schema: AssignSchema })
    const applicationId = String(formData.get('applicationId') ?? '')
    if (submission.status !== 'success') return reply({ intent, ok: false, applicationId, message: Object.values(submission.error ?? {}).flat()[0] ?? 'Dữ liệu không hợp lệ' })
    return reply({ intent, applicationId, ...(await assignBooth(user, slug, submission.value)) })
  }
  if (intent === 'release') {
    const submission = parseWithZod(formData, { schema: ReleaseSchema })
    const applicationId = String(formData.get('applicationId') ?? '')
    if (submission.status !== 'success') return reply({ intent, ok: false, applicationId, result: submission.reply() })
    const outcome = await releaseByHand(user, slug, submission.value)
    return reply({ intent, applicationId, ...outcome, result: outcome.ok ? undefined : submission.reply({ formErrors: [outcome.message] }) })
  }
  if (intent === 'publish') return reply({ intent, ...(await publishAllocation(user, slug)) })
  throw new Response('Thao tác không hợp lệ', { status: 400 })
}

const percent = (value: number) => `${Math.round(value * 100)}%`

export default function AllocationRoute() {
  const page = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ActionData | undefined
  const { t } = useTranslation()
  const published = page.fair.status === 'ALLOCATED'
  const plannable = page.fair.status === 'PUBLISHED' || page.fair.status === 'APPLICATIONS_CLOSED'
  const editable = plannable || published
  const [source, setSource] = useState('')
  const [target, setTarget] = useState('')

  // Failed runs, releases and assignments show their message next to their own form instead.
  const inline = actionData && !actionData.ok && ['run', 'release', 'assign'].includes(actionData.intent)
  const notice = actionData?.message && !inline ? actionData : null

  const selectBooth = (booth: PlanBooth) => {
    const held = page.booths.find((b) => b.id === booth.id)?.holder
    if (!source || (source && target)) {
      if (held) {
        setSource(booth.id)
        setTarget('')
      }
    } else if (booth.id !== source) {
      setTarget(booth.id)
    }
  }

  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={t('allocation.title')}
        intro={
          <>
            <span className="font-medium text-slate-800">{page.fair.nameVi}</span>
            {' · '}
            <span data-testid="allocation-status">{published ? t('allocation.status.published') : page.hasDraft ? t('allocation.status.draft') : t('allocation.status.none')}</span>
            {page.lastRunAt ? <span className="block text-sm">{t('allocation.lastRun', { date: formatDateTime(page.lastRunAt) })}</span> : null}
          </>
        }
        breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { to: fairPaths.organiserFair(page.fair.slug), label: page.fair.nameVi }, { label: t('allocation.title') }]}
      />
      <OrganiserFairTabs slug={page.fair.slug} />

      {notice ? (
        <div className="mb-6">
          <Notice tone={notice.ok ? 'success' : 'error'} role={notice.ok ? 'status' : 'alert'}>
            {notice.message}
          </Notice>
        </div>
      ) : null}
      {published ? (
        <div className="mb-6">
          <Notice tone="info">{t('allocation.status.publishedHint')}</Notice>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {page.violations.length > 0 ? (
            <Notice tone="error" role="alert" title={t('allocation.violations.title')}>
              <p>{t('allocation.violations.intro')}</p>
              <ul className="mt-1 list-disc pl-5" aria-label={t('allocation.violations.title')}>
                {page.violations.map((v, i) => (
                  <li key={`${v.code}-${i}`}>{v.message}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <Figures />
          <PlanCard onSelect={selectBooth} selected={[source, target].filter(Boolean)} />
          {editable && page.booths.some((b) => b.holder) ? <MoveForm source={source} target={target} setSource={setSource} setTarget={setTarget} /> : null}
          <Placements editable={editable} />
        </div>
        <div className="order-first space-y-6 lg:order-none">
          {plannable ? <RunForm lastResult={actionData?.intent === 'run' ? actionData.result : undefined} /> : null}
          <Unplaced editable={editable} />
          {plannable && page.hasDraft ? <PublishCard /> : null}
        </div>
      </div>
    </PageShell>
  )
}

function Figures() {
  const { figures, fair, violations, booths, unplacedCount } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const items = [
    { id: 'first-choice', term: t('allocation.figures.firstChoice'), value: percent(figures.firstChoiceRate) },
    { id: 'cooperatives', term: t('allocation.figures.cooperatives'), value: `${percent(figures.cooperativeShare)} (${t('allocation.figures.cooperativesTarget', { percent: fair.cooperativeTargetPercent })})` },
    { id: 'provinces', term: t('allocation.figures.provinces'), value: `${figures.provincesClustered} / ${figures.provincesWithSeveralProducers}` },
    { id: 'conflicts', term: t('allocation.figures.conflicts'), value: String(figures.competitorConflicts) },
    { id: 'violations', term: t('allocation.figures.violations'), value: String(violations.length) },
    { id: 'placed', term: t('allocation.figures.placed'), value: `${booths.filter((b) => b.holder).length} / ${booths.length}` },
    { id: 'waiting', term: t('allocation.figures.waiting'), value: String(unplacedCount) },
    { id: 'objective', term: t('allocation.figures.objective'), value: String(Math.round(figures.objective * 10) / 10) },
  ]
  return (
    <Card title={t('allocation.figures.title')} id="figures">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {items.map((item) => (
          <div key={item.id} data-testid={`figure-${item.id}`}>
            <dt className="text-sm text-slate-600">{item.term}</dt>
            <dd className={`mt-0.5 text-lg font-semibold ${item.id === 'violations' && violations.length > 0 ? 'text-red-700' : 'text-slate-900'}`}>{item.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  )
}

function PlanCard({ onSelect, selected }: { onSelect: (booth: PlanBooth) => void; selected: string[] }) {
  const { halls, booths, fair } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const [by, setBy] = useState<ColourBy>('province')
  const editable = fair.status !== 'FINISHED' && fair.status !== 'DRAFT'
  const { planHalls, legend } = useMemo(() => {
    const labelOf = (holder: NonNullable<(typeof booths)[number]['holder']>) => {
      const { key, label } = colourKey(holder, by)
      return { key, label: by === 'type' ? t(`search.producerType.${holder.producerType as 'HOUSEHOLD'}`) : (label ?? t('allocation.plan.unknown')) }
    }
    const entries = booths.flatMap((b) => (b.holder ? [labelOf(b.holder)] : []))
    const fills = colourMap(entries)
    const legend: LegendEntry[] = [...new Map(entries.map((e) => [e.key, e.label])).entries()]
      .map(([key, label]) => ({ label, fill: fills.get(key) ?? UNKNOWN_FILL }))
      .sort((a, b) => (a.label < b.label ? -1 : 1))
    legend.push({ label: t('allocation.plan.free'), fill: FREE_FILL })
    const planHalls: PlanHall[] = halls.map((hall) => ({
      ...hall,
      booths: booths
        .filter((b) => b.hallId === hall.id)
        .map((b) => ({
          ...b,
          fill: b.holder ? (fills.get(labelOf(b.holder).key) ?? UNKNOWN_FILL) : FREE_FILL,
          label: b.holder?.producerName,
          details: b.holder ? [b.holder.explanation] : undefined,
          locked: b.holder?.locked ?? false,
        })),
    }))
    return { planHalls, legend }
  }, [halls, booths, by, t])

  return (
    <Card title={t('allocation.plan.title')} id="plan">
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">{t('allocation.plan.colourBy')}</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {COLOUR_BY.map((value) => (
            <label key={value} className="inline-flex cursor-pointer items-center gap-1.5 rounded-md px-2 py-1 text-sm ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600">
              <input type="radio" name="colour-by" value={value} checked={by === value} onChange={() => setBy(value)} />
              {t(`allocation.plan.colour.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {editable ? <p className="mb-2 text-sm text-slate-600">{t('allocation.plan.selectHint')}</p> : null}
      <FloorPlan halls={planHalls} legend={legend} selectedBoothIds={selected} onBoothSelect={editable ? onSelect : undefined} />
    </Card>
  )
}

function MoveForm({ source, target, setSource, setTarget }: { source: string; target: string; setSource: (v: string) => void; setTarget: (v: string) => void }) {
  const { booths } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const held = booths.filter((b) => b.holder)
  return (
    <Card title={t('allocation.move.title')} description={t('allocation.move.intro')} id="move">
      <Form method="post" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" onSubmit={() => setTarget('')}>
        <input type="hidden" name="intent" value="move" />
        <Field label={t('allocation.move.source')} htmlFor="move-source">
          <select id="move-source" name="boothId" required value={source} onChange={(e) => setSource(e.target.value)} className={inputClass}>
            <option value="">{t('allocation.move.choose')}</option>
            {held.map((b) => (
              <option key={b.id} value={b.id}>
                {b.code} — {b.holder!.producerName}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('allocation.move.target')} htmlFor="move-target">
          <select id="move-target" name="targetBoothId" required value={target} onChange={(e) => setTarget(e.target.value)} className={inputClass}>
            <option value="">{t('allocation.move.choose')}</option>
            {booths
              .filter((b) => b.id !== source)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.holder ? `${b.code} — ${b.holder.producerName}` : t('allocation.move.freeOption', { code: b.code })}
                </option>
              ))}
          </select>
        </Field>
        <SubmitButton intent="move">{t('allocation.move.submit')}</SubmitButton>
      </Form>
    </Card>
  )
}

function Placements({ editable }: { editable: boolean }) {
  const { placements, placementPage, placementPages, unplacedPage, fair } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ActionData | undefined
  const { t } = useTranslation()
  return (
    <Card title={t('allocation.placements.title')} id="placements">
      {placements.length === 0 ? (
        <EmptyState title={t('allocation.placements.empty')} />
      ) : (
        <div className="-mx-5 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t('allocation.placements.booth')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('allocation.placements.producer')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('allocation.placements.explanation')}</th>
                {editable ? <th scope="col" className="px-3 py-2 font-medium">{t('allocation.placements.actions')}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {placements.map((p) => (
                <tr key={p.applicationId} data-testid="placement" data-application-id={p.applicationId} className={p.violations.length ? 'bg-red-50' : undefined}>
                  <td className="whitespace-nowrap px-3 py-2 font-semibold text-slate-900">
                    {p.boothCodes.join(', ')}
                    {p.locked ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t('allocation.placements.locked')}</span> : null}
                  </td>
                  <td className="px-3 py-2 text-slate-800">{p.producerName}</td>
                  <td className="px-3 py-2 text-slate-700">
                    <span data-testid="explanation">{p.explanation}</span>
                    {p.violations.map((v) => (
                      <span key={v} className="mt-1 block font-medium text-red-700">
                        ⚠ {v}
                      </span>
                    ))}
                  </td>
                  {editable ? (
                    <td className="px-3 py-2 align-top">
                      <div className="flex flex-col gap-2">
                        <Form method="post">
                          <input type="hidden" name="applicationId" value={p.applicationId} />
                          <button
                            type="submit"
                            name="intent"
                            value={p.locked ? 'unlock' : 'lock'}
                            className={buttonClass.small}
                            aria-label={t(p.locked ? 'allocation.placements.unlockLabel' : 'allocation.placements.lockLabel', { name: p.producerName })}
                          >
                            {p.locked ? t('allocation.placements.unlock') : t('allocation.placements.lock')}
                          </button>
                        </Form>
                        <ReleaseForm applicationId={p.applicationId} lastResult={actionData?.intent === 'release' && actionData.applicationId === p.applicationId ? actionData.result : undefined} />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={placementPage} pageCount={placementPages} label={t('allocation.placements.title')} href={(n) => pageHref(fair.slug, { trang: placementPage, cho: unplacedPage }, { trang: n })} />
        </div>
      )}
    </Card>
  )
}

function ReleaseForm({ applicationId, lastResult }: { applicationId: string; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'release' && navigation.formData.get('applicationId') === applicationId
  const [form, fields] = useForm({
    id: `release-${applicationId}`,
    lastResult,
    constraint: getZodConstraint(ReleaseSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ReleaseSchema }),
  })
  return (
    // Two steps on purpose: "Trả gian…" only opens the form; the reason and a second button decide.
    <details open={Boolean(lastResult)}>
      <summary className={`${buttonClass.small} cursor-pointer list-none text-red-700 [&::-webkit-details-marker]:hidden`}>{t('allocation.placements.release')}</summary>
      <Form method="post" {...getFormProps(form)} className="mt-2 w-64 space-y-2">
        <input type="hidden" name="intent" value="release" />
        <input type="hidden" name="applicationId" value={applicationId} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField meta={fields.reason} label={t('allocation.placements.releaseReason')} required hint={t('allocation.placements.releaseHint')} rows={2} />
        <button type="submit" className={buttonClass.danger} disabled={busy}>
          {busy ? t('accounts.form.working') : t('allocation.placements.releaseConfirm')}
        </button>
      </Form>
    </details>
  )
}

function RunForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const { weights, fair, hasDraft, acceptedCount } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'run',
    lastResult,
    defaultValue: weights,
    constraint: getZodConstraint(RunSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RunSchema }),
  })
  const names = ['zonePreference', 'groupTogether', 'provinceCluster', 'wishedNeighbour', 'competitorApart'] as const
  return (
    <Card title={t('allocation.run.title')} description={t('allocation.run.intro', { max: fair.maxBoothsPerProducer, percent: fair.cooperativeTargetPercent })} id="run">
      {acceptedCount === 0 ? (
        <p className="text-sm text-slate-600">{t('allocation.run.noApplications')}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <input type="hidden" name="intent" value="run" />
          <FormErrors id={form.errorId} errors={form.errors} />
          {names.map((name) => (
            <Field key={name} label={t(`allocation.run.${name}`)} htmlFor={fields[name].id} errors={fields[name].errors} errorId={fields[name].errorId}>
              <input {...getInputProps(fields[name], { type: 'number' })} min={0} max={100} step={1} inputMode="numeric" className={inputClass} />
            </Field>
          ))}
          <SubmitButton intent="run" className={`${buttonClass.primary} w-full`}>
            {hasDraft ? t('allocation.run.rerun') : t('allocation.run.submit')}
          </SubmitButton>
        </Form>
      )}
    </Card>
  )
}

function Unplaced({ editable }: { editable: boolean }) {
  const { unplaced, unplacedPage, unplacedPages, placementPage, booths, fair } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ActionData | undefined
  const navigation = useNavigation()
  const { t } = useTranslation()
  const assigning = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'assign' ? String(navigation.formData.get('applicationId')) : null
  return (
    <Card title={t('allocation.unplaced.title')} id="unplaced">
      {unplaced.length === 0 ? (
        <p className="text-sm text-slate-600">{t('allocation.unplaced.empty')}</p>
      ) : (
        <ol className="space-y-3" aria-label={t('allocation.unplaced.title')}>
          {unplaced.map((u) => {
            const free = booths.filter((b) => !b.holder && b.typeCode === u.boothTypeCode)
            const error = actionData?.intent === 'assign' && actionData.applicationId === u.applicationId && !actionData.ok ? actionData.message : null
            return (
              <li key={u.applicationId} className="rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-inset ring-slate-200" data-testid="unplaced">
                <p className="font-semibold text-slate-900">{u.producerName}</p>
                <p className="text-slate-600">
                  {t('allocation.unplaced.request', { count: u.boothCount, type: u.boothTypeName })}
                  {u.waitlistPosition ? ` · ${t('allocation.unplaced.position', { position: u.waitlistPosition })}` : ''}
                </p>
                {u.reason ? <p className="text-slate-600">{u.reason}</p> : null}
                {editable ? (
                  free.length === 0 ? (
                    <p className="mt-1 text-slate-500">{t('allocation.unplaced.noFree')}</p>
                  ) : (
                    <Form method="post" className="mt-2 flex items-end gap-2">
                      <input type="hidden" name="intent" value="assign" />
                      <input type="hidden" name="applicationId" value={u.applicationId} />
                      <div className="flex-1">
                        <label htmlFor={`assign-${u.applicationId}`} className="sr-only">
                          {t('allocation.unplaced.assignLabel', { name: u.producerName })}
                        </label>
                        <select id={`assign-${u.applicationId}`} name="boothId" required className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? `assign-${u.applicationId}-error` : undefined}>
                          <option value="">{t('allocation.move.choose')}</option>
                          {free.map((b) => (
                            <option key={b.id} value={b.id}>
                              {b.code}
                            </option>
                          ))}
                        </select>
                      </div>
                      <button type="submit" className={buttonClass.small} disabled={assigning === u.applicationId}>
                        {assigning === u.applicationId ? t('accounts.form.working') : t('allocation.unplaced.assignSubmit')}
                      </button>
                    </Form>
                  )
                ) : null}
                {error ? (
                  <p id={`assign-${u.applicationId}-error`} className="mt-1 font-medium text-red-700" role="alert">
                    {error}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ol>
      )}
      <Pagination page={unplacedPage} pageCount={unplacedPages} label={t('allocation.unplaced.title')} href={(n) => pageHref(fair.slug, { trang: placementPage, cho: unplacedPage }, { cho: n })} />
    </Card>
  )
}

function PublishCard() {
  const { violations } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <Card title={t('allocation.publish.title')} description={t('allocation.publish.intro')} id="publish">
      {violations.length > 0 ? (
        <Notice tone="warning">{t('allocation.publish.blocked')}</Notice>
      ) : (
        <details>
          <summary className={`${buttonClass.secondary} w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{t('allocation.publish.open')}</summary>
          <Form method="post" className="mt-3">
            <SubmitButton name="intent" value="publish" intent="publish" className={`${buttonClass.primary} w-full`}>
              {t('allocation.publish.confirm')}
            </SubmitButton>
          </Form>
        </details>
      )}
    </Card>
  )
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('allocation.title')}${data ? ` — ${data.fair.nameVi}` : ''} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
