// The producer's inbox and the buyer's sent list: GET filters (kept in the URL), the threads with
// unread markers, pagination and the CSV link.
import { Form, Link } from '@remix-run/react'
import { buttonClass, EmptyState, inputClass, Pagination } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { INQUIRY_STATUSES } from '~/modules/inquiries/schemas'
import { formatDateTime, formatNumber } from '~/utils/format'
import { InquiryStatusBadge } from './thread'

export interface ListItem {
  id: string
  subject: string
  status: string
  quantity: number
  unit: string
  lastMessageAt: Date | string
  product: { id: string; nameVi: string } | null
  counterpart: string
  rfq: boolean
  unread: boolean
}

export function InquiryList({
  items,
  page,
  pageCount,
  query,
  products,
  hrefFor,
  exportHref,
  empty,
}: {
  items: ListItem[]
  page: number
  pageCount: number
  query: Record<string, string>
  products?: Array<{ id: string; nameVi: string }>
  hrefFor: (id: string) => string
  exportHref: string
  empty: { title: string; body: string }
}) {
  const { t, lang } = useTranslation()
  const filtered = Object.keys(query).some((key) => key !== 'trang')
  const pageHref = (n: number) => `?${new URLSearchParams({ ...query, trang: String(n) })}`
  return (
    <div className="space-y-6">
      <Form method="get" className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-6" role="search">
        <div className="lg:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            {t('inquiries.filter.search')}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ''} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium text-slate-800">
            {t('inquiries.filter.status')}
          </label>
          <select id="filter-status" name="trang-thai" defaultValue={query['trang-thai'] ?? ''} className={`${inputClass} mt-1`}>
            <option value="">{t('inquiries.filter.anyStatus')}</option>
            {INQUIRY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`inquiries.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {products ? (
          <div>
            <label htmlFor="filter-product" className="block text-sm font-medium text-slate-800">
              {t('inquiries.filter.product')}
            </label>
            <select id="filter-product" name="san-pham" defaultValue={query['san-pham'] ?? ''} className={`${inputClass} mt-1`}>
              <option value="">{t('inquiries.filter.anyProduct')}</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.nameVi}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="filter-from" className="block text-sm font-medium text-slate-800">
            {t('inquiries.filter.from')}
          </label>
          <input id="filter-from" name="tu" type="date" defaultValue={query.tu ?? ''} className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="filter-to" className="block text-sm font-medium text-slate-800">
            {t('inquiries.filter.to')}
          </label>
          <input id="filter-to" name="den" type="date" defaultValue={query.den ?? ''} className={`${inputClass} mt-1`} />
        </div>
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-6">
          <button type="submit" className={buttonClass.primary}>
            {t('inquiries.filter.apply')}
          </button>
          {filtered ? (
            <Link to="?" className={buttonClass.secondary}>
              {t('inquiries.filter.clear')}
            </Link>
          ) : null}
          <a href={`${exportHref}?${new URLSearchParams(query)}`} className={`${buttonClass.secondary} sm:ml-auto`} download>
            {t('inquiries.export')}
          </a>
        </div>
      </Form>

      {items.length === 0 ? (
        <EmptyState title={empty.title} body={empty.body} />
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" aria-label={t('inquiries.list.label')}>
          {items.map((item) => (
            <li key={item.id} className={item.unread ? 'bg-brand-50/40' : ''} data-testid="inquiry-row" data-unread={item.unread ? 'true' : 'false'}>
              <Link to={hrefFor(item.id)} className="block px-4 py-4 hover:bg-slate-50 sm:px-5">
                <div className="flex flex-wrap items-center gap-2">
                  {item.unread ? (
                    <span className="inline-flex items-center gap-1 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t('inquiries.list.unread')}</span>
                  ) : null}
                  <InquiryStatusBadge status={item.status} />
                  {item.rfq ? <span className="text-xs text-slate-600">{t('inquiries.list.rfq')}</span> : null}
                </div>
                <p className={`mt-1 text-base text-slate-900 ${item.unread ? 'font-bold' : 'font-semibold'}`}>{item.subject}</p>
                <p className="mt-0.5 text-sm text-slate-600">
                  {item.counterpart}
                  {item.product ? ` · ${item.product.nameVi}` : ''} · {t('inquiries.list.quantity', { quantity: formatNumber(item.quantity, lang), unit: item.unit })}
                </p>
                <p className="mt-0.5 text-xs text-slate-500">{t('inquiries.list.lastActivity', { date: formatDateTime(item.lastMessageAt) })}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? <Pagination page={page} pageCount={pageCount} href={pageHref} /> : null}
    </div>
  )
}

/** "3 giờ", "2 ngày" from seconds. */
export function useDuration() {
  const { t } = useTranslation()
  return (seconds: number) => {
    const minutes = Math.max(1, Math.round(seconds / 60))
    if (minutes < 60) return t('inquiries.duration.minutes', { count: minutes })
    const hours = Math.round(minutes / 60)
    if (hours < 48) return t('inquiries.duration.hours', { count: hours })
    return t('inquiries.duration.days', { count: Math.round(hours / 24) })
  }
}

/** The filter parameters present in the URL, to keep them in links. */
export function queryOf(url: URL) {
  const query: Record<string, string> = {}
  for (const key of ['q', 'trang-thai', 'san-pham', 'tu', 'den', 'trang']) {
    const value = url.searchParams.get(key)
    if (value) query[key] = value
  }
  return query
}
