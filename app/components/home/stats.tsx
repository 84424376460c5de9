import type { ReactNode } from 'react'
import { StarIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { HomeStats } from '~/modules/catalogue/stats.server'
import { formatNumber } from '~/utils/format'

function StatCard({
  id,
  label,
  value,
  note,
  children,
  className = '',
}: {
  id: string
  label: string
  value: number
  note?: string
  children?: ReactNode
  className?: string
}) {
  const { lang } = useTranslation()
  return (
    <section aria-labelledby={id} className={`flex flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 ${className}`}>
      <h3 id={id} className="text-sm font-medium text-slate-600">
        {label}
      </h3>
      <p className="mt-2 text-4xl font-bold tracking-tight text-brand-900 tabular-nums">{formatNumber(value, lang)}</p>
      {note ? <p className="mt-1 text-sm text-slate-500">{note}</p> : null}
      {children}
    </section>
  )
}

function Stars({ count }: { count: number }) {
  return (
    <span className="flex text-star-400" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <StarIcon key={index} width={16} height={16} />
      ))}
    </span>
  )
}

export function HomeStatCards({ stats }: { stats: HomeStats }) {
  const { t, lang } = useTranslation()
  const most = Math.max(1, ...stats.productsByStars.map((row) => row.count))
  return (
    <div className="grid grid-cols-2 gap-4 sm:gap-5 lg:grid-cols-4">
      <StatCard id="stat-products" label={t('home.stats.certifiedProducts')} value={stats.certifiedProducts} className="col-span-2">
        {stats.certifiedProducts === 0 ? (
          <p className="mt-4 rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">{t('home.stats.noProducts')}</p>
        ) : (
          <>
            <h4 className="sr-only">{t('home.stats.byStars')}</h4>
            <ul className="mt-5 space-y-3">
              {stats.productsByStars.map((row) => (
                <li key={row.stars} className="grid grid-cols-[5.5rem_1fr_7.5rem] items-center gap-3 text-sm">
                  <span className="flex flex-col gap-0.5">
                    <Stars count={row.stars} />
                    <span className="font-medium text-slate-700">{t('home.stats.stars', { count: row.stars })}</span>
                  </span>
                  <span className="h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                    <span className="block h-full rounded-full bg-star-400" style={{ width: `${(row.count / most) * 100}%` }} />
                  </span>
                  <span className="text-right font-semibold tabular-nums text-slate-800">
                    {t('home.stats.productCount', { count: row.count })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </StatCard>

      <StatCard id="stat-producers" label={t('home.stats.verifiedProducers')} value={stats.verifiedProducers} className="col-span-2">
        {stats.verifiedProducers === 0 ? (
          <p className="mt-4 rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">{t('home.stats.noProducers')}</p>
        ) : (
          <>
            <h4 className="sr-only">{t('home.stats.byType')}</h4>
            <ul className="mt-5 grid grid-cols-2 gap-3">
              {stats.producersByType.map((row) => (
                <li key={row.type} className="flex flex-col justify-between rounded-xl bg-brand-50 px-4 py-3">
                  <span className="block text-xs font-medium uppercase tracking-wide text-brand-700">{t(`producerType.${row.type}`)}</span>
                  <span className="mt-1 block text-2xl font-semibold tabular-nums text-brand-900">{formatNumber(row.count, lang)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </StatCard>

      <StatCard
        id="stat-provinces"
        label={t('home.stats.provinces')}
        value={stats.provinces}
        note={t('home.stats.provincesNote')}
        className="lg:col-span-2"
      />
      <StatCard
        id="stat-fairs"
        label={t('home.stats.upcomingFairs')}
        value={stats.upcomingFairCount}
        note={t('home.stats.upcomingFairsNote')}
        className="lg:col-span-2"
      />
    </div>
  )
}
