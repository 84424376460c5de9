// /quan-tri/bao-cao: buyer organisations reported by producers (BuyerBlock.reported), newest
// first with paging, and a button to mark a report reviewed. Admins only.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, Notice, PageHeader, PageShell, Pagination } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listBuyerReports, markReportReviewed } from '~/modules/inquiries/reports.server'
import { formatDate } from '~/utils/format'
import { paths } from '~/utils/paths'

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('inquiries.reports.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const url = new URL(request.url)
  const list = await listBuyerReports(user, { page: Number(url.searchParams.get('trang') ?? 1) })
  return { ...list, done: url.searchParams.has('da-xem') }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const form = await request.formData()
  const id = String(form.get('id') ?? '')
  if (form.get('intent') !== 'review' || !id) return data({ error: 'Yêu cầu không hợp lệ' }, { status: 400 })
  await markReportReviewed(user, id)
  const page = Number(form.get('trang') ?? 1)
  return redirect(`${pageHref(page)}${page > 1 ? '&' : '?'}da-xem=1`, { status: 303 })
}

function pageHref(page: number) {
  return page > 1 ? `${paths.adminReports}?trang=${page}` : paths.adminReports
}

export default function ReportsRoute() {
  const { rows, total, page, pageCount, done } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const busy = useNavigation().state === 'submitting'
  return (
    <PageShell width="max-w-6xl">
      <PageHeader title={t('inquiries.reports.title')} intro={t('inquiries.reports.intro')} />
      {done ? (
        <div className="mb-6">
          <Notice tone="success" role="status">
            {t('inquiries.reports.done')}
          </Notice>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 shadow-sm ring-1 ring-slate-200">{t('inquiries.reports.empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">{t('inquiries.reports.caption', { count: total })}</caption>
            <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t('inquiries.reports.buyer')}</th>
                <th scope="col" className="px-4 py-3">{t('inquiries.reports.producer')}</th>
                <th scope="col" className="px-4 py-3">{t('inquiries.reports.reason')}</th>
                <th scope="col" className="px-4 py-3">{t('inquiries.reports.date')}</th>
                <th scope="col" className="px-4 py-3">{t('inquiries.reports.status')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid="report-row">
                  <td className="px-4 py-3">
                    <span className="block font-medium text-slate-900">{row.buyerOrgName}</span>
                    <span className="block text-xs text-slate-600">{t('inquiries.reports.threads', { count: row.buyerThreads, withProducer: row.threadsWithProducer })}</span>
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    <a href={paths.producer(row.producerSlug)} className="text-brand-800 underline">
                      {row.producerName}
                    </a>
                  </td>
                  <td className="px-4 py-3 text-slate-700">{row.reason ?? <span className="text-slate-500">{t('inquiries.reports.noReason')}</span>}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatDate(row.createdAt)}</td>
                  <td className="px-4 py-3">
                    {row.reviewed ? (
                      <span className="text-brand-800">
                        {t('inquiries.reports.reviewed', { date: formatDate(row.reviewed.at) })}
                        {row.reviewed.by ? <span className="block text-xs text-slate-600">{t('inquiries.reports.reviewedBy', { name: row.reviewed.by })}</span> : null}
                      </span>
                    ) : (
                      <Form
                        method="post"
                        onSubmit={(event) => {
                          if (!confirm(t('inquiries.reports.markConfirm'))) event.preventDefault()
                        }}
                      >
                        <span className="mb-2 block font-medium text-amber-800">{t('inquiries.reports.pending')}</span>
                        <input type="hidden" name="id" value={row.id} />
                        <input type="hidden" name="trang" value={page} />
                        <button type="submit" name="intent" value="review" className={buttonClass.small} disabled={busy} aria-label={t('inquiries.reports.markReviewedFor', { buyer: row.buyerOrgName })}>
                          {t('inquiries.reports.markReviewed')}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} href={pageHref} />
    </PageShell>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
