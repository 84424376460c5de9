// /ban-to-chuc/hoi-cho/$slug/danh-sach-gian-hang: accepted exhibitors with their booths, as a
// printable page (the browser's print; navigation hides itself) and a CSV download.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { buttonClass, EmptyState, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { OrganiserFairTabs } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { listExhibitors } from '~/modules/fairs/review.server'
import { formatDateRange } from '~/utils/format'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const { fair, exhibitors } = await listExhibitors(user, params.slug!)
  return { fair: { slug: fair.slug, nameVi: fair.nameVi, venue: fair.venue, startsAt: fair.startsAt, endsAt: fair.endsAt }, exhibitors }
}

export default function ExhibitorListRoute() {
  const { fair, exhibitors } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-6xl">
      <div className="print:hidden">
        <PageHeader
          title={t('fairs.exhibitors.title')}
          intro={t('fairs.exhibitors.intro')}
          breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { to: fairPaths.organiserFair(fair.slug), label: fair.nameVi }, { label: t('fairs.tabs.exhibitors') }]}
          actions={
            <>
              <a href={fairPaths.organiserExhibitorsCsv(fair.slug)} className={buttonClass.secondary} download>
                {t('fairs.exhibitors.csv')}
              </a>
              <button type="button" className={buttonClass.secondary} onClick={() => window.print()}>
                {t('fairs.exhibitors.print')}
              </button>
            </>
          }
        />
        <OrganiserFairTabs slug={fair.slug} />
      </div>
      <div className="hidden print:block">
        <h1 className="text-xl font-bold">{fair.nameVi}</h1>
        <p>
          {fair.venue} · {formatDateRange(fair.startsAt, fair.endsAt)}
        </p>
      </div>
      {exhibitors.length === 0 ? (
        <EmptyState title={t('fairs.exhibitors.empty')} />
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200 print:shadow-none print:ring-0">
          <table className="w-full min-w-[44rem] text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="px-3 py-2 font-medium">{t('fairs.exhibitors.booths')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.producer')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.province')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fairs.review.products')}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t('fairs.exhibitors.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {exhibitors.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{e.booths.length ? e.booths.join(', ') : <span className="text-slate-500">{t('fairs.exhibitors.notAllocated')} ({e.boothCount} × {e.boothType})</span>}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {e.producer.legalName}
                    <div className="font-normal text-slate-600">{t(`producerType.${e.producer.type}`)}</div>
                  </th>
                  <td className="px-3 py-2">{e.producer.province?.name ?? '—'}</td>
                  <td className="px-3 py-2">{e.products.join(', ')}</td>
                  <td className="px-3 py-2">{[e.producer.phone, e.producer.email].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.exhibitors.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
