// /nha-san-xuat/thanh-toan/:id: one booth fee, and the page Stripe Checkout returns to. Coming back
// from Stripe proves nothing: while the request is open the page says it is waiting and revalidates
// every few seconds until the webhook has confirmed the payment.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRevalidator } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { buttonClass, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { BoothChips, PaymentStatusBadge } from '~/components/payments/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { paymentPaths } from '~/modules/payments/paths'
import { getOwnPaymentRequest } from '~/modules/payments/requests.server'
import { formatDate, formatVnd } from '~/utils/format'

const POLL_MS = 1500
/** After this long the page keeps polling but says the confirmation is late. */
const SLOW_MS = 45_000

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const payment = await getOwnPaymentRequest(user, params.id ?? '')
  const returning = new URL(request.url).searchParams.has('session_id')
  const { stripeCheckoutSessionId: _session, producerId: _producer, ...visible } = payment
  return { payment: visible, returning }
}

function useWaitForWebhook(active: boolean) {
  const revalidator = useRevalidator()
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (!active) return
    const started = Date.now()
    const timer = setInterval(() => {
      if (Date.now() - started > SLOW_MS) setSlow(true)
      if (revalidator.state === 'idle') revalidator.revalidate()
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [active, revalidator])
  return slow
}

export default function PaymentResultRoute() {
  const { payment, returning } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  const waiting = returning && payment.status === 'OPEN'
  const slow = useWaitForWebhook(waiting)
  const fairName = lang === 'en' ? (payment.fair.nameEn ?? payment.fair.nameVi) : payment.fair.nameVi
  return (
    <PageShell width="max-w-3xl">
      <PageHeader
        title={t('payments.result.title')}
        intro={fairName}
        breadcrumb={[{ to: paymentPaths.producerPayments, label: t('payments.producer.title') }, { label: fairName }]}
      />
      <div className="space-y-6">
        {waiting ? (
          <Notice tone="info" role="status" title={t('payments.result.waitingTitle')}>
            <p>{slow ? t('payments.result.slow') : t('payments.result.waitingBody')}</p>
            {/* Without JavaScript the page cannot poll: offer the reload by hand. */}
            <noscript>
              <a href="" className="font-semibold underline">
                {t('payments.result.reload')}
              </a>
            </noscript>
          </Notice>
        ) : payment.status === 'PAID' ? (
          <Notice tone="success" role="status" title={t('payments.result.paidTitle')}>
            <p>{t('payments.result.paidBody', { amount: formatVnd(payment.amountVnd, lang) })}</p>
          </Notice>
        ) : payment.status === 'OPEN' ? (
          <Notice tone="warning" title={t('payments.result.openTitle')}>
            <p>{t('payments.result.openBody', { date: formatDate(payment.dueAt) })}</p>
          </Notice>
        ) : (
          <Notice tone="warning" title={t('payments.result.closedTitle')}>
            <p>{t(`payments.status.${payment.status}`)}</p>
          </Notice>
        )}
        <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-label={t('payments.field.booths')}>
          <div className="flex items-center justify-between gap-3">
            <h2 className="text-base font-semibold text-slate-900">{t('payments.field.booths')}</h2>
            <PaymentStatusBadge status={payment.status} />
          </div>
          <div className="mt-3">
            <BoothChips allocations={payment.application.allocations} />
          </div>
          <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">{t('payments.field.gross')}</dt>
              <dd className="tabular-nums">{formatVnd(payment.grossVnd, lang)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('payments.field.subsidy')}</dt>
              <dd className="tabular-nums">{formatVnd(payment.subsidyVnd, lang)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('payments.field.amount')}</dt>
              <dd className="font-bold tabular-nums">{formatVnd(payment.amountVnd, lang)}</dd>
            </div>
          </dl>
        </section>
        <div className="flex flex-wrap gap-2">
          <Link to={paymentPaths.producerPayments} className={buttonClass.secondary}>
            {t('payments.result.back')}
          </Link>
          {payment.paidAt ? (
            <Link to={paymentPaths.producerReceipt(payment.id)} className={buttonClass.primary}>
              {t('payments.producer.receipt')}
            </Link>
          ) : null}
        </div>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.result.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
