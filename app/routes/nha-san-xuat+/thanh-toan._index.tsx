// /nha-san-xuat/thanh-toan: the producer's booth fees. "Thanh toán" starts a Stripe Checkout (the
// booth is confirmed later, by the webhook); without Stripe the card shows the bank-transfer details.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, EmptyState, Notice, PageHeader, PageShell, Pagination } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { BoothChips, PaymentStatusBadge, transferCode } from '~/components/payments/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { startCheckout } from '~/modules/payments/checkout.server'
import { paymentPaths } from '~/modules/payments/paths'
import { listOwnPaymentRequests } from '~/modules/payments/requests.server'
import { paymentsMode } from '~/modules/payments/stripe.server'
import { now } from '~/utils/clock.server'
import { formatDate, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

const PAGE_SIZE = 10

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const url = new URL(request.url)
  const requested = Math.max(1, Math.trunc(Number(url.searchParams.get('trang') ?? 1)) || 1)
  const { total, requests } = await listOwnPaymentRequests(user, { skip: (requested - 1) * PAGE_SIZE, take: PAGE_SIZE })
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  // A page past the end (an old link) goes to the last one rather than showing "no fees".
  if (requested > pageCount) throw redirect(`${paymentPaths.producerPayments}${pageCount > 1 ? `?trang=${pageCount}` : ''}`)
  const at = now()
  return {
    mode: paymentsMode(),
    cancelled: url.searchParams.get('thong-bao') === 'da-huy',
    page: requested,
    pageCount,
    requests: requests.map((request) => ({ ...request, overdue: request.status === 'OPEN' && request.dueAt <= at })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const formData = await request.formData()
  if (formData.get('intent') !== 'pay') throw new Response('Thao tác không hợp lệ', { status: 400 })
  const requestId = String(formData.get('requestId') ?? '')
  const result = await startCheckout(user, requestId)
  // Off to Stripe's hosted page; we learn the outcome from the webhook, not from the way back.
  if (result.ok) return redirect(result.url, { status: 303 })
  return data({ requestId, error: result.reason }, { status: result.reason === 'stripe-unavailable' ? 503 : 409 })
}

export default function ProducerPaymentsRoute() {
  const { requests, mode, cancelled, page, pageCount } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, lang } = useTranslation()
  return (
    <PageShell>
      <PageHeader
        title={t('payments.producer.title')}
        intro={t('payments.producer.intro')}
        breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { label: t('payments.producer.title') }]}
      />
      {cancelled ? (
        <div className="mb-6">
          <Notice tone="info" role="status">
            {t('payments.producer.cancelled')}
          </Notice>
        </div>
      ) : null}
      {requests.length === 0 ? (
        <EmptyState title={t('payments.producer.empty')} body={t('payments.producer.emptyBody')} />
      ) : (
        <ul className="space-y-4" aria-label={t('payments.producer.title')}>
          {requests.map((request) => {
            const fairName = lang === 'en' ? (request.fair.nameEn ?? request.fair.nameVi) : request.fair.nameVi
            const busy = navigation.state !== 'idle' && navigation.formData?.get('requestId') === request.id
            const error = actionData && actionData.requestId === request.id ? actionData.error : null
            return (
              <li key={request.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-labelledby={`fee-${request.id}`} data-testid="payment-request">
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h2 id={`fee-${request.id}`} className="text-base font-semibold text-slate-900">
                      {fairName}
                    </h2>
                    <p className="mt-1 text-sm text-slate-600">
                      {t('payments.field.boothType')}: {lang === 'en' ? (request.application.boothType.nameEn ?? request.application.boothType.nameVi) : request.application.boothType.nameVi}
                    </p>
                  </div>
                  <PaymentStatusBadge status={request.status} />
                </div>
                <div className="mt-3">
                  <BoothChips allocations={request.application.allocations} />
                </div>
                <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
                  <div>
                    <dt className="text-slate-500">{t('payments.field.gross')}</dt>
                    <dd className="font-medium tabular-nums text-slate-900">{formatVnd(request.grossVnd, lang)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('payments.field.subsidy')}</dt>
                    <dd className="font-medium tabular-nums text-slate-900">{formatVnd(request.subsidyVnd, lang)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('payments.field.amount')}</dt>
                    <dd className="text-base font-bold tabular-nums text-slate-900">{formatVnd(request.amountVnd, lang)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{request.paidAt ? t('payments.field.paidAt') : t('payments.field.dueAt')}</dt>
                    <dd className={`font-medium ${request.overdue ? 'text-red-700' : 'text-slate-900'}`}>{formatDate(request.paidAt ?? request.dueAt)}</dd>
                  </div>
                </dl>
                {error ? (
                  <div className="mt-4">
                    <Notice tone="error" role="alert">
                      {t(`payments.error.${error}`)}
                    </Notice>
                  </div>
                ) : null}
                {request.status === 'OPEN' && !request.overdue ? (
                  mode === 'stripe' ? (
                    <div className="mt-4 flex flex-wrap items-center gap-3">
                      <Form method="post">
                        <input type="hidden" name="intent" value="pay" />
                        <input type="hidden" name="requestId" value={request.id} />
                        <button type="submit" className={buttonClass.primary} disabled={busy}>
                          {busy ? t('payments.producer.paying') : t('payments.producer.pay')}
                        </button>
                      </Form>
                      <p className="text-sm text-slate-600">{t('payments.producer.lateNotice', { date: formatDate(request.dueAt) })}</p>
                    </div>
                  ) : (
                    <div className="mt-4">
                      <Notice tone="info" title={t('payments.producer.bankTitle')}>
                        {request.fair.organiser.bankAccount
                          ? t('payments.producer.bankBody', { amount: formatVnd(request.amountVnd, lang), account: request.fair.organiser.bankAccount, organiser: request.fair.organiser.legalName, code: transferCode(request.id) })
                          : t('payments.producer.bankNoAccount', { organiser: request.fair.organiser.legalName, code: transferCode(request.id) })}
                      </Notice>
                    </div>
                  )
                ) : null}
                {request.overdue ? <p className="mt-4 text-sm font-medium text-red-700">{t('payments.producer.overdue')}</p> : null}
                <div className="mt-4 flex flex-wrap gap-2">
                  <Link to={paymentPaths.producerPayment(request.id)} className={buttonClass.small}>
                    {t('payments.producer.details')}
                  </Link>
                  {request.paidAt ? (
                    <Link to={paymentPaths.producerReceipt(request.id)} className={buttonClass.small}>
                      {t('payments.producer.receipt')}
                    </Link>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p > 1 ? `${paymentPaths.producerPayments}?trang=${p}` : paymentPaths.producerPayments)} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.producer.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
