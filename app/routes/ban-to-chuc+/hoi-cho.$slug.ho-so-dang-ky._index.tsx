// /ban-to-chuc/hoi-cho/$slug/ho-so-dang-ky: the applications of one fair, filtered by status,
// province, product group, producer type and stars, with counts; accept, reject (with a reason)
// or waitlist the selected ones at once. Each decision is mailed and audited by the module.
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { buttonClass, Card, EmptyState, FormErrors, inputClass, Notice, PageHeader, PageShell, Pagination } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ApplicationStatusBadge, OrganiserFairTabs, ReviewDecisionFields } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listReferenceData } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { decideApplications, listApplications, type ApplicationFilters } from '~/modules/fairs/review.server'
import { DecisionSchema } from '~/modules/fairs/schemas'
import { APPLICATION_STATUSES } from '~/modules/fairs/status'
import { PRODUCER_TYPES } from '~/modules/producers/schemas'
import { formatDate } from '~/utils/format'

function readFilters(url: URL): ApplicationFilters {
  const get = (key: string) => url.searchParams.get(key)?.trim().slice(0, 100) || undefined
  const status = get('trang-thai')
  const producerType = get('loai-hinh')
  const stars = Number(get('sao'))
  return {
    status: status && (APPLICATION_STATUSES as readonly string[]).includes(status) ? status : undefined,
    province: get('tinh'),
    group: get('nhom'),
    producerType: producerType && (PRODUCER_TYPES as readonly string[]).includes(producerType) ? producerType : undefined,
    stars: [3, 4, 5].includes(stars) ? stars : undefined,
    q: get('q'),
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const url = new URL(request.url)
  const page = Math.max(1, Math.trunc(Number(url.searchParams.get('trang') ?? 1)) || 1)
  const filters = readFilters(url)
  const [list, reference] = await Promise.all([listApplications(user, params.slug!, filters, page), listReferenceData()])
  const decided = url.searchParams.get('da-xet')
  const skipped = url.searchParams.get('bo-qua')
  return {
    fair: { slug: list.fair.slug, nameVi: list.fair.nameVi },
    rows: list.rows,
    total: list.total,
    counts: list.counts,
    page: Math.min(page, list.pageCount),
    pageCount: list.pageCount,
    reference,
    notice: decided ? { decided: Number(decided) || 0, skipped: Number(skipped) || 0 } : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: DecisionSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { intent, applicationIds, reason } = submission.value
  const result = await decideApplications(user, params.slug!, applicationIds, intent, reason ?? null)
  if (!result.ok) return data(submission.reply({ formErrors: result.errors }), { status: 400 })
  const back = new URL(request.url)
  back.searchParams.set('da-xet', String(result.decided))
  back.searchParams.set('bo-qua', String(result.skipped))
  return redirect(`${back.pathname}${back.search}`, { status: 303 })
}

export default function ApplicationsRoute() {
  const { fair, rows, total, counts, page, pageCount, reference, notice } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t, lang } = useTranslation()
  const errors = lastResult?.error ? Object.values(lastResult.error).flat().filter((e): e is string => typeof e === 'string') : null
  const href = (p: number) => {
    const next = new URLSearchParams(params)
    next.delete('da-xet')
    next.delete('bo-qua')
    if (p > 1) next.set('trang', String(p))
    else next.delete('trang')
    const query = next.toString()
    return `${fairPaths.organiserApplications(fair.slug)}${query ? `?${query}` : ''}`
  }
  const select = (name: string, label: string, options: Array<{ value: string; label: string }>, all = t('fairs.review.all')) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={params.get(name) ?? ''} className={`${inputClass} mt-1`}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <PageShell width="max-w-6xl">
      <PageHeader title={t('fairs.review.title')} breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { to: fairPaths.organiserFair(fair.slug), label: fair.nameVi }, { label: t('fairs.tabs.applications') }]} />
      <OrganiserFairTabs slug={fair.slug} />
      <div className="space-y-6">
        {notice ? (
          <Notice tone="success" role="status">
            {t('fairs.review.decided', { count: notice.decided })} {notice.skipped ? t('fairs.review.skipped', { count: notice.skipped }) : null}
          </Notice>
        ) : null}
        <ul className="flex flex-wrap gap-3 text-sm" aria-label={t('fairs.summary.counts')}>
          {APPLICATION_STATUSES.filter((s) => s !== 'DRAFT').map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <ApplicationStatusBadge status={status} /> <span className="tabular-nums">{counts[status] ?? 0}</span>
            </li>
          ))}
        </ul>

        <Card id="filters" title={t('fairs.review.filters')}>
          <Form method="get" className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6" aria-label={t('fairs.review.filters')}>
            {select('trang-thai', t('fairs.review.status'), APPLICATION_STATUSES.filter((s) => s !== 'DRAFT').map((s) => ({ value: s, label: t(`fairs.appStatus.${s}`) })), t('fairs.review.allStatuses'))}
            {select('tinh', t('fairs.review.province'), reference.provinces.map((p) => ({ value: p.id, label: p.name })))}
            {select('nhom', t('fairs.review.group'), reference.groups.map((g) => ({ value: g.id, label: lang === 'en' ? g.nameEn : g.nameVi })))}
            {select('loai-hinh', t('fairs.review.producerType'), PRODUCER_TYPES.map((type) => ({ value: type, label: t(`producerType.${type}`) })))}
            {select('sao', t('fairs.review.stars'), [3, 4, 5].map((n) => ({ value: String(n), label: t('fairs.review.starsAtLeast', { count: n }) })))}
            <div>
              <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
                {t('fairs.review.search')}
              </label>
              <input id="filter-q" name="q" type="search" defaultValue={params.get('q') ?? ''} className={`${inputClass} mt-1`} />
            </div>
            <div className="sm:col-span-3 lg:col-span-6">
              <button type="submit" className={buttonClass.secondary}>
                {t('fairs.review.apply')}
              </button>
            </div>
          </Form>
        </Card>

        <p className="text-sm text-slate-700" role="status">
          {t('fairs.review.total', { count: total })}
        </p>
        {rows.length === 0 ? (
          <EmptyState title={t('fairs.review.empty')} />
        ) : (
          <Form method="post" className="space-y-4">
            <FormErrors errors={errors} />
            <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
              <table className="w-full min-w-[48rem] text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-600">
                    <th scope="col" className="px-3 py-2 font-medium">
                      <input
                        type="checkbox"
                        aria-label={t('fairs.review.selectAll')}
                        className="h-4 w-4 rounded border-slate-300"
                        onChange={(event) => {
                          const checked = event.currentTarget.checked
                          event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="applicationIds"]').forEach((box) => {
                            box.checked = checked
                          })
                        }}
                      />
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.producer')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.status')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.booths')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.products')}</th>
                    <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className="border-b border-slate-100 align-top">
                      <td className="px-3 py-2">
                        <input type="checkbox" name="applicationIds" value={row.id} aria-label={t('fairs.review.selectRow', { name: row.producer.legalName })} className="h-4 w-4 rounded border-slate-300" />
                      </td>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <Link to={fairPaths.organiserApplication(fair.slug, row.id)} className="font-medium text-brand-800 hover:underline">
                          {row.producer.legalName}
                        </Link>
                        <div className="text-slate-600">
                          {t(`producerType.${row.producer.type}`)} · {row.producer.province?.name ?? '—'}
                        </div>
                      </th>
                      <td className="px-3 py-2">
                        <ApplicationStatusBadge status={row.status} />
                        {row.waitlistPosition ? <span className="ml-1 text-slate-600">#{row.waitlistPosition}</span> : null}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {row.boothCount} × {row.boothType.code}
                      </td>
                      <td className="px-3 py-2">{row.products.map((p) => `${p.nameVi}${p.stars ? ` (${p.stars}★)` : ''}`).join(', ')}</td>
                      <td className="px-3 py-2 whitespace-nowrap">{row.submittedAt ? formatDate(row.submittedAt) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageCount={pageCount} href={href} />
            <fieldset className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <legend className="px-1 text-sm font-semibold text-slate-900">{t('fairs.review.bulk')}</legend>
              <ReviewDecisionFields targets={['ACCEPTED', 'WAITLISTED', 'REJECTED']} rows={2} confirmReject={t('fairs.review.confirmReject')} />
            </fieldset>
          </Form>
        )}
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.review.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
