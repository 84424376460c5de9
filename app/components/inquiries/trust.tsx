// The producer page's inquiry block: public response figures (once there are enough threads to
// mean something) and the "request a quotation" button for buyers (visitors are sent to log in).
import { Link, useRouteLoaderData } from '@remix-run/react'
import { useTranslation } from '~/i18n/hook'
import type { loader as rootLoader } from '~/root'
import { paths } from '~/utils/paths'
import { useDuration } from './list'

export function ProducerInquiryBlock({ producerSlug, trust }: { producerSlug: string; trust: { responseRate: number; medianResponseSeconds: number | null; total: number } | null }) {
  const { t } = useTranslation()
  const duration = useDuration()
  const root = useRouteLoaderData<typeof rootLoader>('root')
  const user = root?.user ?? null
  const href = `/nguoi-mua/yeu-cau/moi?chu-the=${encodeURIComponent(producerSlug)}`
  const target = !user ? `${paths.login}?redirectTo=${encodeURIComponent(href)}` : user.role === 'BUYER' ? href : null
  return (
    <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-center">
      {target ? (
        <Link to={target} className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800">
          {t('inquiries.trust.cta')}
        </Link>
      ) : null}
      {trust ? (
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" aria-label={t('inquiries.trust.title')} data-testid="trust-signals">
          <div className="flex gap-1.5">
            <dt>{t('inquiries.trust.rate')}:</dt>
            <dd className="font-semibold text-slate-900">{Math.round(trust.responseRate * 100)}%</dd>
          </div>
          {trust.medianResponseSeconds !== null ? (
            <div className="flex gap-1.5">
              <dt>{t('inquiries.trust.median')}:</dt>
              <dd className="font-semibold text-slate-900">{duration(trust.medianResponseSeconds)}</dd>
            </div>
          ) : null}
          <div className="text-slate-500">{t('inquiries.trust.basis', { count: trust.total })}</div>
        </dl>
      ) : null}
    </div>
  )
}
