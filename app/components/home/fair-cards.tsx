import { Link } from '@remix-run/react'
import { CalendarIcon, MapPinIcon, TentIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { UpcomingFair } from '~/modules/catalogue/stats.server'
import { formatDate, formatDateRange } from '~/utils/format'
import { paths } from '~/utils/paths'

export function FairCards({ fairs }: { fairs: UpcomingFair[] }) {
  const { t, lang } = useTranslation()
  if (fairs.length === 0) {
    return (
      <div className="flex flex-col items-center rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <TentIcon width={32} height={32} className="text-slate-400" />
        <p className="mt-3 max-w-md text-sm text-slate-600">{t('home.fairs.empty')}</p>
      </div>
    )
  }
  return (
    <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
      {fairs.map((fair) => {
        const name = lang === 'en' ? fair.nameEn ?? fair.nameVi : fair.nameVi
        const headingId = `fair-${fair.slug}`
        return (
          <li key={fair.slug}>
            <article
              aria-labelledby={headingId}
              className="group relative flex h-full flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition hover:-translate-y-0.5 hover:border-brand-300 hover:shadow-md"
            >
              <h3 id={headingId} className="text-lg font-semibold leading-snug text-slate-900">
                <Link to={`${paths.fairs}/${fair.slug}`} className="after:absolute after:inset-0 group-hover:text-brand-800">
                  {name}
                </Link>
              </h3>
              <dl className="mt-4 space-y-2.5 text-sm text-slate-700">
                <div className="flex gap-2.5">
                  <dt className="shrink-0 text-brand-700">
                    <CalendarIcon width={18} height={18} />
                    <span className="sr-only">{t('home.fairs.when')}</span>
                  </dt>
                  <dd className="tabular-nums">{formatDateRange(fair.startsAt, fair.endsAt)}</dd>
                </div>
                <div className="flex gap-2.5">
                  <dt className="shrink-0 text-brand-700">
                    <MapPinIcon width={18} height={18} />
                    <span className="sr-only">{t('home.fairs.where')}</span>
                  </dt>
                  <dd>
                    {fair.venue}
                    {fair.provinceName ? <span className="text-slate-500">, {fair.provinceName}</span> : null}
                  </dd>
                </div>
              </dl>
              <p
                className={`mt-auto pt-5 text-sm font-medium ${fair.applicationsOpen ? 'text-brand-700' : 'text-slate-500'}`}
              >
                {fair.applicationsOpen
                  ? t('home.fairs.applicationsClose', { date: formatDate(fair.applicationClosesAt) })
                  : t('home.fairs.applicationsClosed')}
              </p>
            </article>
          </li>
        )
      })}
    </ul>
  )
}
