// /nha-san-xuat/hoi-cho/<slug>/gian-hang: the producer's own booth at a fair ("Gian hàng của bạn:
// A-03") on the floor plan, or where it stands (waiting list, not yet published). Producers only;
// only published placements are shown, and only the producer's own.
// The `$slug_` in the file name keeps this page out of the layout of nha-san-xuat+/hoi-cho.$slug.tsx.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import { Card, Notice, PageHeader, PageShell } from '~/components/ui'
import { paymentPaths } from '~/modules/payments/paths'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FloorPlan, type PlanHall } from '~/components/floor-plan'
import { PaymentStatusBadge } from '~/components/payments/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getProducerBooth } from '~/modules/allocation/workflow.server'
import { formatDate, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  return getProducerBooth(user, params.slug ?? '')
}

const MINE_FILL = '#fde047'
const OTHER_FILL = '#e2e8f0'

export default function ProducerBoothRoute() {
  const { fair, application, myBooths, halls, booths } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  const mine = useMemo(() => new Set(myBooths.map((b) => b.id)), [myBooths])
  const planHalls: PlanHall[] = useMemo(
    () =>
      halls.map((hall) => ({
        ...hall,
        booths: booths
          .filter((b) => b.hallId === hall.id)
          .map((b) => ({
            ...b,
            fill: mine.has(b.id) ? MINE_FILL : OTHER_FILL,
            // Other booths carry no name: who holds them is not this page's business.
            label: mine.has(b.id) ? t('allocation.producer.yourBooth', { codes: b.code }) : '',
            highlighted: mine.has(b.id),
          })),
      })),
    [halls, booths, mine, t],
  )
  const codes = myBooths.map((b) => b.code).join(', ')
  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={t('allocation.producer.title', { fair: fair.nameVi })}
        intro={`${fair.venue} · ${formatDate(fair.startsAt)}`}
        breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { to: paths.producerFairs, label: t('nav.fairs') }, { label: fair.nameVi }]}
      />
      <div className="mb-6 space-y-3">
        {myBooths.length > 0 ? (
          <Notice tone="success" role="status" title={t('allocation.producer.yourBooth', { codes })}>
            {myBooths[0].zone ? <p>{`${t('allocation.producer.zone')}: ${myBooths[0].zone}`}</p> : null}
            {myBooths[0].explanation ? <p>{myBooths[0].explanation}</p> : null}
            {application?.payment ? (
              <p>
                {t('allocation.producer.payment', { amount: formatVnd(application.payment.amountVnd, lang), date: formatDate(application.payment.dueAt) })}{' '}
                <PaymentStatusBadge status={application.payment.status} />{' '}
                <Link to={paymentPaths.producerPayment(application.payment.id)} className="font-semibold underline">
                  {t('payments.producer.title')}
                </Link>
              </p>
            ) : null}
          </Notice>
        ) : !application ? (
          <Notice tone="info">{t('allocation.producer.noApplication')}</Notice>
        ) : application.status === 'WAITLISTED' && application.waitlistPosition ? (
          <Notice tone="warning" role="status">
            {t('allocation.producer.waitlisted', { position: application.waitlistPosition })}
          </Notice>
        ) : fair.status !== 'ALLOCATED' && fair.status !== 'FINISHED' ? (
          <Notice tone="info">{t('allocation.producer.pending')}</Notice>
        ) : (
          <Notice tone="info">{t('allocation.producer.none')}</Notice>
        )}
      </div>
      <Card title={t('allocation.plan.title')} description={myBooths.length > 0 ? t('allocation.producer.planHint') : undefined} id="plan">
        <FloorPlan halls={planHalls} selectedBoothIds={myBooths.map((b) => b.id)} />
      </Card>
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${data ? t('allocation.producer.title', { fair: data.fair.nameVi }) : t('allocation.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
