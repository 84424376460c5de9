// The dashboard's reminder of open booth fees, each with its "Thanh toán" button (Stripe) or a link
// to the transfer details (bank transfer). Renders nothing when every fee is settled.
import { Form, Link, useNavigation } from '@remix-run/react'
import { buttonClass } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { paymentPaths } from '~/modules/payments/paths'
import { formatDate, formatVnd } from '~/utils/format'

export interface OpenFee {
  id: string
  amountVnd: number
  dueAt: Date | string
  fair: { nameVi: string; nameEn: string | null }
}

export function OpenFeesPanel({ fees, total, mode }: { fees: OpenFee[]; total: number; mode: 'stripe' | 'bank-transfer' }) {
  const { t, lang } = useTranslation()
  const navigation = useNavigation()
  if (total === 0) return null
  if (fees.length === 0) {
    // Everything settled: a quiet way to the receipts.
    return (
      <p className="mb-6 text-sm">
        <Link to={paymentPaths.producerPayments} className="font-semibold text-brand-700 hover:text-brand-900">
          {t('payments.dashboard.allFees')}
        </Link>
      </p>
    )
  }
  return (
    <section aria-labelledby="open-fees-title" className="mb-6 rounded-2xl bg-amber-50 p-5 ring-1 ring-inset ring-amber-300">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="open-fees-title" className="text-base font-semibold text-amber-950">
          {t('payments.dashboard.title')}
        </h2>
        <Link to={paymentPaths.producerPayments} className="text-sm font-semibold text-amber-950 underline hover:text-amber-800">
          {t('payments.dashboard.allFees')}
        </Link>
      </div>
      <ul className="mt-3 space-y-3">
        {fees.map((fee) => (
          <li key={fee.id} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-amber-950">
              {t('payments.dashboard.line', {
                fair: lang === 'en' ? (fee.fair.nameEn ?? fee.fair.nameVi) : fee.fair.nameVi,
                amount: formatVnd(fee.amountVnd, lang),
                date: formatDate(fee.dueAt),
              })}
            </p>
            {mode === 'stripe' ? (
              <Form method="post" action={`${paymentPaths.producerPayments}?index`}>
                <input type="hidden" name="intent" value="pay" />
                <input type="hidden" name="requestId" value={fee.id} />
                <button type="submit" className={buttonClass.primary} disabled={navigation.state !== 'idle' && navigation.formData?.get('requestId') === fee.id}>
                  {t('payments.producer.pay')}
                </button>
              </Form>
            ) : (
              <Link to={paymentPaths.producerPayments} className={buttonClass.secondary}>
                {t('payments.dashboard.howToPay')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
