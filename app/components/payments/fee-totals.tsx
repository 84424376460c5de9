// Booth fees at a glance on the organiser's fair overview, with the way to the full report.
import { Link } from '@remix-run/react'
import { Card } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { paymentPaths } from '~/modules/payments/paths'
import { formatVnd } from '~/utils/format'

export interface FeeTotals {
  requests: number
  paidVnd: number
  outstandingVnd: number
  openCount: number
  refundedVnd: number
  discrepancies: number
}

export function FeeTotalsCard({ slug, totals }: { slug: string; totals: FeeTotals | null }) {
  const { t, lang } = useTranslation()
  if (!totals) return null
  const figures = [
    { label: t('payments.overview.paid'), value: formatVnd(totals.paidVnd, lang), id: 'fee-paid' },
    { label: t('payments.overview.outstanding', { count: totals.openCount }), value: formatVnd(totals.outstandingVnd, lang), id: 'fee-outstanding' },
    { label: t('payments.overview.refunded'), value: formatVnd(totals.refundedVnd, lang), id: 'fee-refunded' },
  ]
  return (
    <Card id="fair-fees" title={t('payments.overview.title')}>
      <dl className="grid gap-3 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.id} className="rounded-lg bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900" data-testid={f.id}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
      {totals.discrepancies > 0 ? (
        <p className="mt-3 text-sm font-medium text-amber-800" role="status">
          {t('payments.overview.discrepancies', { count: totals.discrepancies })}
        </p>
      ) : null}
      <p className="mt-4 text-sm">
        <Link to={paymentPaths.organiserPayments(slug)} className="font-semibold text-brand-700 hover:text-brand-900">
          {t('payments.overview.report')}
        </Link>
      </p>
    </Card>
  )
}
