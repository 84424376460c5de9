// /ban-to-chuc/phan-bo: the organiser's fairs, each with a link to its booth allocation.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, EmptyState, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { allocationPaths } from '~/modules/allocation/paths'
import { listAllocatableFairs } from '~/modules/allocation/workflow.server'
import { paymentPaths } from '~/modules/payments/paths'
import { formatDate } from '~/utils/format'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  return { fairs: await listAllocatableFairs(user) }
}

export default function AllocationIndexRoute() {
  const { fairs } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell>
      <PageHeader title={t('allocation.index.title')} intro={t('allocation.index.intro')} />
      {fairs.length === 0 ? (
        <EmptyState title={t('allocation.index.empty')} />
      ) : (
        <ul className="space-y-4">
          {fairs.map((fair) => (
            <li key={fair.id} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <h2 className="font-semibold text-slate-900">{fair.nameVi}</h2>
                <p className="text-sm text-slate-600">
                  {formatDate(fair.startsAt)} ·{' '}
                  {t('allocation.index.counts', { booths: fair._count.booths, accepted: fair._count.applications, allocated: fair._count.allocations })}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link to={allocationPaths.fair(fair.slug)} className={buttonClass.primary} aria-label={`${t('allocation.index.open')}: ${fair.nameVi}`}>
                  {t('allocation.index.open')}
                </Link>
                <Link to={paymentPaths.organiserPayments(fair.slug)} className={buttonClass.secondary} aria-label={`${t('payments.report.title')}: ${fair.nameVi}`}>
                  {t('payments.report.title')}
                </Link>
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
  return [{ title: `${t('allocation.index.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
