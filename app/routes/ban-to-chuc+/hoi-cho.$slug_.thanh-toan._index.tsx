// /ban-to-chuc/hoi-cho/:slug/thanh-toan: the organiser's payments report — paid, outstanding,
// refunded and subsidy per booth type, the list of fees (filter by status, paged) and a CSV export.
// `$slug_` keeps this page out of any /hoi-cho/:slug layout of the fairs screens.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { buttonClass, EmptyState, PageHeader, PageShell, Pagination } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { OrganiserFairTabs } from '~/components/fairs/ui'
import { PaymentStatusBadge } from '~/components/payments/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { PAYMENT_STATUSES, paymentsReport, type PaymentStatusValue } from '~/modules/payments/organiser.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paymentPaths } from '~/modules/payments/paths'
import { formatDate, formatDateTime, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

const PAGE_SIZE = 20

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const url = new URL(request.url)
  const status = PAYMENT_STATUSES.find((s) => s === url.searchParams.get('trang-thai')) ?? null
  const page = Math.max(1, Math.trunc(Number(url.searchParams.get('trang') ?? 1)) || 1)
  const report = await paymentsReport(user, params.slug ?? '', { status, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE })
  return { ...report, status, page, pageCount: Math.max(1, Math.ceil(report.count / PAGE_SIZE)) }
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-xl font-bold tabular-nums text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  )
}

export default function PaymentsReportRoute() {
  const { fair, byType, totals, rows, discrepancies, mode, status, page, pageCount } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  const fairName = lang === 'en' ? (fair.nameEn ?? fair.nameVi) : fair.nameVi
  const href = (p: number) => {
    const search = new URLSearchParams()
    if (status) search.set('trang-thai', status)
    if (p > 1) search.set('trang', String(p))
    const query = search.toString()
    return query ? `${paymentPaths.organiserPayments(fair.slug)}?${query}` : paymentPaths.organiserPayments(fair.slug)
  }
  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={t('payments.report.title')}
        intro={
          <>
            <p className="font-medium text-slate-800">{fairName}</p>
            <p className="text-sm">
              {mode === 'stripe' ? t('payments.report.modeStripe') : t('payments.report.modeBank')} {t('payments.report.refundDeadline', { date: formatDateTime(fair.refundDeadline) })}
            </p>
          </>
        }
        breadcrumb={[{ to: paths.organiserFairs, label: t('nav.myFairs') }, { to: fairPaths.organiserFair(fair.slug), label: fairName }, { label: t('payments.report.title') }]}
        actions={
          <a href={paymentPaths.organiserPaymentsCsv(fair.slug)} className={buttonClass.secondary} download>
            {t('payments.report.csv')}
          </a>
        }
      />
      <OrganiserFairTabs slug={fair.slug} />
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="sr-only">
          {t('payments.report.summary')}
        </h2>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Figure label={t('payments.report.paid')} value={formatVnd(totals.paidVnd, lang)} testId="total-paid" />
          <Figure label={t('payments.report.outstanding')} value={formatVnd(totals.outstandingVnd, lang)} testId="total-outstanding" />
          <Figure label={t('payments.report.refunded')} value={formatVnd(totals.refundedVnd, lang)} testId="total-refunded" />
          <Figure label={t('payments.report.subsidy')} value={formatVnd(totals.subsidyVnd, lang)} testId="total-subsidy" />
        </dl>
      </section>

      {totals.requests === 0 ? (
        <div className="mt-8">
          <EmptyState title={t('payments.report.empty')} body={t('payments.report.emptyBody')} />
        </div>
      ) : (
        <>
          <section className="mt-8" aria-labelledby="by-type-title">
            <h2 id="by-type-title" className="text-lg font-semibold text-slate-900">
              {t('payments.report.byType')}
            </h2>
            <div className="mt-3 overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.boothType')}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.report.requests')}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.report.paid')}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.report.outstanding')}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.report.refunded')}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.report.subsidy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {byType.map((type) => (
                    <tr key={type.code} className="border-t border-slate-100">
                      <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                        {type.code} — {lang === 'en' ? (type.nameEn ?? type.nameVi) : type.nameVi}
                      </th>
                      <td className="px-4 py-2 text-right tabular-nums">{type.requests}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatVnd(type.paidVnd, lang)}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatVnd(type.outstandingVnd, lang)}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatVnd(type.refundedVnd, lang)}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatVnd(type.subsidyVnd, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="mt-8" aria-labelledby="fees-title">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <h2 id="fees-title" className="text-lg font-semibold text-slate-900">
                {t('payments.report.list')}
              </h2>
              <Form method="get" className="flex items-end gap-2">
                <div>
                  <label htmlFor="status-filter" className="block text-sm font-medium text-slate-800">
                    {t('payments.report.filter')}
                  </label>
                  <select id="status-filter" name="trang-thai" defaultValue={status ?? ''} className="mt-1 rounded-lg border border-slate-300 px-3 py-2 text-sm">
                    <option value="">{t('payments.report.all')}</option>
                    {(['OPEN', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED'] as PaymentStatusValue[]).map((s) => (
                      <option key={s} value={s}>
                        {t(`payments.status.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className={buttonClass.secondary}>
                  {t('payments.report.apply')}
                </button>
              </Form>
            </div>
            {rows.length === 0 ? (
              <p className="mt-4 text-sm text-slate-600">{t('payments.report.noMatch')}</p>
            ) : (
              <div className="mt-3 overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
                <table className="w-full min-w-[48rem] text-left text-sm">
                  <thead className="bg-slate-50 text-slate-600">
                    <tr>
                      <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.producer')}</th>
                      <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.booths')}</th>
                      <th scope="col" className="px-4 py-2 text-right font-medium">{t('payments.field.amount')}</th>
                      <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.status')}</th>
                      <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.method')}</th>
                      <th scope="col" className="px-4 py-2 font-medium">{t('payments.field.dueAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.id} className="border-t border-slate-100" data-testid="payment-row">
                        <th scope="row" className="px-4 py-2 font-medium">
                          <Link to={paymentPaths.organiserPayment(fair.slug, row.id)} className="text-brand-700 hover:underline" aria-label={t('payments.report.open', { producer: row.producer.legalName })}>
                            {row.producer.legalName}
                          </Link>
                        </th>
                        <td className="px-4 py-2">{row.application.allocations.map((a) => a.booth.code).join(', ') || '—'}</td>
                        <td className="px-4 py-2 text-right tabular-nums">{formatVnd(row.amountVnd, lang)}</td>
                        <td className="px-4 py-2">
                          <PaymentStatusBadge status={row.status} />
                          {discrepancies[row.id] ? (
                            <p className="mt-1 text-xs font-medium text-amber-800" data-testid="payment-discrepancy">
                              {t('payments.report.discrepancy', { amount: `${discrepancies[row.id] > 0 ? '+' : ''}${formatVnd(discrepancies[row.id], lang)}` })}
                            </p>
                          ) : null}
                        </td>
                        <td className="px-4 py-2">{row.method ? t(`payments.method.${row.method}`) : '—'}</td>
                        <td className="px-4 py-2">{formatDate(row.dueAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pagination page={page} pageCount={pageCount} href={href} />
          </section>
        </>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.report.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
