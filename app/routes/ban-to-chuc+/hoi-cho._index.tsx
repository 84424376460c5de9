// /ban-to-chuc/hoi-cho: the organiser's fairs (organisers only), newest first, with their status and
// the number of booths and applications; the way in to each fair's screens. /ban-to-chuc redirects here.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClass, EmptyState, PageHeader, PageShell } from '~/components/ui'
import { FairStatusBadge } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listOrganiserFairs } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { formatDate, formatDateRange } from '~/utils/format'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  return { fairs: await listOrganiserFairs(user) }
}

export default function OrganiserFairsRoute() {
  const { fairs } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  return (
    <PageShell>
      <PageHeader
        title={t('fairs.organiser.title')}
        intro={t('fairs.organiser.intro')}
        actions={
          <Link to={fairPaths.organiserNew} className={buttonClass.primary}>
            {t('fairs.organiser.new')}
          </Link>
        }
      />
      {fairs.length === 0 ? (
        <EmptyState title={t('fairs.organiser.empty')} body={t('fairs.organiser.emptyBody')} />
      ) : (
        <ul className="space-y-3">
          {fairs.map((fair) => (
            <li key={fair.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <h2 className="text-lg font-semibold text-slate-900">
                    <Link to={fairPaths.organiserFair(fair.slug)} className="hover:text-brand-800">
                      {lang === 'en' ? fair.nameEn ?? fair.nameVi : fair.nameVi}
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {formatDateRange(fair.startsAt, fair.endsAt)} · {fair.venue}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {t('fairs.producer.closes', { date: formatDate(fair.applicationClosesAt) })} · {t('fairs.organiser.booths', { count: fair._count.booths })} ·{' '}
                    {t('fairs.organiser.applications', { count: fair._count.applications })}
                  </p>
                </div>
                <FairStatusBadge status={fair.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.organiser.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
