// /ban-to-chuc/hoi-cho/$slug: one fair at a glance for its organiser: status and its next steps,
// and the live summary (booth demand against supply per type, cooperative share against target).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, Card, DefinitionList, FormErrors, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ApplicationStatusBadge, FairStatusBadge, OrganiserFairTabs } from '~/components/fairs/ui'
import { FeeTotalsCard } from '~/components/payments/fee-totals'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { changeFairStatus, getOrganiserFair } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { fairSummary } from '~/modules/fairs/review.server'
import { fairFeeTotals } from '~/modules/payments/overview.server'
import { APPLICATION_STATUSES, FAIR_STATUSES, nextStatuses, type FairStatusValue } from '~/modules/fairs/status'
import { formatDateRange, formatDateTime, formatNumber, formatVnd } from '~/utils/format'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const fair = await getOrganiserFair(user, params.slug!)
  const summary = await fairSummary(fair.id, fair.cooperativeTargetPercent)
  const changed = new URL(request.url).searchParams.get('thong-bao') === 'da-chuyen'
  return {
    changed,
    fair: {
      slug: fair.slug,
      nameVi: fair.nameVi,
      status: fair.status,
      venue: fair.venue,
      provinceName: fair.province?.name ?? null,
      startsAt: fair.startsAt,
      endsAt: fair.endsAt,
      applicationOpensAt: fair.applicationOpensAt,
      applicationClosesAt: fair.applicationClosesAt,
    },
    next: nextStatuses(fair.status),
    summary,
    fees: await fairFeeTotals(fair.id),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const to = String((await request.formData()).get('to') ?? '')
  if (!(FAIR_STATUSES as readonly string[]).includes(to)) throw new Response('Trạng thái không hợp lệ', { status: 400 })
  const result = await changeFairStatus(user, params.slug!, to as FairStatusValue)
  if (!result.ok) return data({ problems: result.problems }, { status: 400 })
  return redirect(`${fairPaths.organiserFair(params.slug!)}?thong-bao=da-chuyen`, { status: 303 })
}

export default function FairOverviewRoute() {
  const { fair, next, summary, changed, fees } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, lang } = useTranslation()
  return (
    <PageShell>
      <PageHeader title={fair.nameVi} breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { label: fair.nameVi }]} />
      <OrganiserFairTabs slug={fair.slug} />
      <div className="space-y-6">
        {changed ? (
          <Notice tone="success" role="status">
            {t('fairs.overview.statusChanged')}
          </Notice>
        ) : null}
        <FormErrors errors={actionData?.problems} />
        <Card id="fair-status">
          <DefinitionList
            items={[
              { term: t('fairs.overview.status'), value: <FairStatusBadge status={fair.status} /> },
              { term: t('fairs.overview.when'), value: formatDateRange(fair.startsAt, fair.endsAt) },
              { term: t('fairs.overview.where'), value: [fair.venue, fair.provinceName].filter(Boolean).join(', ') },
              { term: t('fairs.overview.window'), value: `${formatDateTime(fair.applicationOpensAt)} – ${formatDateTime(fair.applicationClosesAt)}` },
            ]}
          />
          {next.length ? (
            <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
              <h2 className="sr-only">{t('fairs.overview.actions')}</h2>
              {next.map((to) => (
                <Form
                  key={to}
                  method="post"
                  onSubmit={(event) => {
                    if (to !== 'PUBLISHED' && !window.confirm(t('fairs.overview.confirm'))) event.preventDefault()
                  }}
                >
                  <input type="hidden" name="to" value={to} />
                  <button type="submit" className={to === 'PUBLISHED' ? buttonClass.primary : buttonClass.secondary} disabled={navigation.state === 'submitting'}>
                    {fair.status === 'APPLICATIONS_CLOSED' && to === 'PUBLISHED' ? t('fairs.overview.reopen') : t(`fairs.overview.to.${to as 'PUBLISHED'}`)}
                  </button>
                </Form>
              ))}
            </div>
          ) : null}
          {fair.status === 'APPLICATIONS_CLOSED' ? <p className="mt-3 text-sm text-slate-600">{t('fairs.overview.allocationNote')}</p> : null}
        </Card>

        <Card id="fair-summary" title={t('fairs.summary.title')}>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[32rem] text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">{t('fairs.summary.type')}</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">{t('fairs.summary.price')}</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">{t('fairs.summary.supply')}</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">{t('fairs.summary.requested')}</th>
                  <th scope="col" className="py-2 text-right font-medium">{t('fairs.summary.accepted')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
                      {row.code} · {row.nameVi}
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums">{formatVnd(row.priceVnd, lang)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(row.supply, lang)}</td>
                    <td className={`py-2 pr-4 text-right tabular-nums ${row.requested > row.supply ? 'font-semibold text-red-700' : ''}`}>{formatNumber(row.requested, lang)}</td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(row.accepted, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-5 rounded-lg bg-slate-50 p-4">
            <p className="text-sm font-medium text-slate-800">{t('fairs.summary.cooperative')}</p>
            <p className="mt-1 text-lg font-semibold text-slate-900">
              {t('fairs.summary.cooperativeValue', {
                share: formatNumber(summary.cooperative.sharePercent, lang, 1),
                cooperatives: summary.cooperative.cooperatives,
                accepted: summary.cooperative.accepted,
                target: summary.cooperative.targetPercent,
              })}{' '}
              <span className={`ml-1 text-sm font-medium ${summary.cooperative.met ? 'text-brand-700' : 'text-amber-800'}`}>
                {summary.cooperative.met ? t('fairs.summary.cooperativeMet') : t('fairs.summary.cooperativeMissed')}
              </span>
            </p>
          </div>
          <h3 className="mt-5 text-sm font-medium text-slate-800">{t('fairs.summary.counts')}</h3>
          <ul className="mt-2 flex flex-wrap gap-3 text-sm">
            {APPLICATION_STATUSES.filter((s) => s !== 'DRAFT').map((status) => (
              <li key={status} className="flex items-center gap-1.5">
                <ApplicationStatusBadge status={status} />
                <span className="tabular-nums">{summary.counts[status] ?? 0}</span>
              </li>
            ))}
          </ul>
        </Card>
        <FeeTotalsCard slug={fair.slug} totals={fees} />
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${data?.fair.nameVi ?? t('fairs.organiser.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
