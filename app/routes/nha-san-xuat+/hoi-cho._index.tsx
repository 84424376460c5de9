// /nha-san-xuat/hoi-cho: fairs a producer can apply to (or has applied to), with the deadline and
// the state of its own application.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, EmptyState, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ApplicationStatusBadge, FairStatusBadge } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listFairsForProducer } from '~/modules/fairs/applications.server'
import { fairPaths } from '~/modules/fairs/paths'
import { now } from '~/utils/clock.server'
import { formatDateRange, formatDateTime } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) return { fairs: [], at: now() }
  return { fairs: await listFairsForProducer(user), at: now() }
}

export default function ProducerFairsRoute() {
  const { fairs, at } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  return (
    <PageShell>
      <PageHeader title={t('fairs.producer.title')} intro={t('fairs.producer.intro')} breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { label: t('fairs.producer.title') }]} />
      {fairs.length === 0 ? (
        <EmptyState title={t('fairs.producer.empty')} />
      ) : (
        <ul className="space-y-3">
          {fairs.map((fair) => (
            <li key={fair.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <h2 className="text-lg font-semibold text-slate-900">{lang === 'en' ? fair.nameEn ?? fair.nameVi : fair.nameVi}</h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {formatDateRange(fair.startsAt, fair.endsAt)} · {fair.venue}
                  </p>
                  <p className="mt-1 text-sm font-medium text-slate-700">
                    {fair.open
                      ? t('fairs.producer.closes', { date: formatDateTime(fair.applicationClosesAt) })
                      : new Date(at) < new Date(fair.applicationOpensAt) && fair.status === 'PUBLISHED'
                        ? t('fairs.producer.notOpen', { date: formatDateTime(fair.applicationOpensAt) })
                        : t('fairs.producer.closed')}
                  </p>
                  {fair.application ? (
                    <p className="mt-2 flex items-center gap-2 text-sm">
                      {t('fairs.apply.status')}: <ApplicationStatusBadge status={fair.application.status} />
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-col items-start gap-2 sm:items-end">
                  <FairStatusBadge status={fair.status} />
                  <Link to={fairPaths.producerFair(fair.slug)} className={fair.open && !fair.application ? buttonClass.primary : buttonClass.secondary}>
                    {fair.application ? t('fairs.producer.view') : t('fairs.producer.apply')}
                    <span className="sr-only"> — {fair.nameVi}</span>
                  </Link>
                </div>
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
  return [{ title: `${t('fairs.producer.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
