// Pieces shared by the producer's and the organiser's payment screens: status badges, the booth
// list with each booth's confirmation, and the printable receipt.
import { Link } from '@remix-run/react'
import { buttonClass, StatusPill, type PillTone } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { formatDate, formatDateRange, formatDateTime, formatVnd } from '~/utils/format'

type PaymentStatus = 'OPEN' | 'PAID' | 'EXPIRED' | 'CANCELLED' | 'REFUNDED'

const STATUS_TONE: Record<PaymentStatus, PillTone> = {
  OPEN: 'warning',
  PAID: 'success',
  EXPIRED: 'danger',
  CANCELLED: 'neutral',
  REFUNDED: 'info',
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation()
  return (
    <StatusPill tone={STATUS_TONE[status]} data-testid="payment-status">
      {t(`payments.status.${status}`)}
    </StatusPill>
  )
}

export function BoothChips({ allocations }: { allocations: Array<{ status: 'ALLOCATED' | 'CONFIRMED'; booth: { code: string } }> }) {
  const { t } = useTranslation()
  if (allocations.length === 0) return <span className="text-slate-500">{t('payments.noBooths')}</span>
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('payments.field.booths')}>
      {allocations.map((allocation) => (
        <li
          key={allocation.booth.code}
          className={`rounded-lg px-2 py-1 text-xs font-semibold ring-1 ring-inset ${allocation.status === 'CONFIRMED' ? 'bg-brand-50 text-brand-800 ring-brand-300' : 'bg-amber-50 text-amber-900 ring-amber-300'}`}
          data-testid="booth-chip"
        >
          {allocation.booth.code} · {t(`payments.booth.${allocation.status}`)}
        </li>
      ))}
    </ul>
  )
}

/** A short, typeable transfer reference derived from the request id. */
export function transferCode(id: string) {
  return `OCOP ${id.slice(-8).toUpperCase()}`
}

interface ReceiptData {
  id: string
  method: 'STRIPE' | 'BANK_TRANSFER' | null
  grossVnd: number
  subsidyVnd: number
  amountVnd: number
  refundedVnd: number
  paidAt: Date | string | null
  bankReference: string | null
  stripePaymentIntentId: string | null
  amountInWords: string
  fair: { nameVi: string; nameEn: string | null; venue: string; addressLine: string; startsAt: Date | string; endsAt: Date | string; organiser: { legalName: string; taxCode: string | null; addressLine: string | null; phone: string | null; email: string | null; bankAccount: string | null } }
  producer: { legalName: string; taxCode: string | null; representative: string | null; addressLine: string | null; phone: string | null; email: string | null; province: { name: string } | null }
  application: { allocations: Array<{ booth: { code: string; boothType: { nameVi: string; nameEn: string | null; priceVnd: number } } }> }
  refunds: Array<{ amountVnd: number; reason: string; createdAt: Date | string }>
}

function Party({ title, lines }: { title: string; lines: Array<[string, string | null | undefined]> }) {
  return (
    <section className="rounded-xl p-4 ring-1 ring-slate-200 print:p-0 print:ring-0">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      <dl className="mt-2 space-y-1 text-sm">
        {lines
          .filter(([, value]) => value)
          .map(([term, value], index) => (
            <div key={term} className={index === 0 ? 'text-base font-semibold text-slate-900' : 'flex gap-2'}>
              {index === 0 ? (
                <dd>{value}</dd>
              ) : (
                <>
                  <dt className="shrink-0 text-slate-500">{term}:</dt>
                  <dd className="text-slate-900">{value}</dd>
                </>
              )}
            </div>
          ))}
      </dl>
    </section>
  )
}

const PRINT_CSS = '@media print { body > header, body > footer, body > a[href="#main"], .no-print { display: none !important } }'

export function ReceiptView({ receipt, backTo }: { receipt: ReceiptData; backTo: string }) {
  const { t, lang } = useTranslation()
  const organiser = receipt.fair.organiser
  const producer = receipt.producer
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 print:max-w-none print:p-0">
      {/* The site header and footer are not part of a printed receipt. */}
      {/* Raw CSS (React would escape the ">" of a text child on the server, and hydration would differ). */}
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <Link to={backTo} className={buttonClass.secondary}>
          ← {t('payments.receipt.back')}
        </Link>
        <button type="button" className={buttonClass.primary} onClick={() => window.print()}>
          {t('payments.receipt.print')}
        </button>
      </div>
      <article className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8 print:rounded-none print:shadow-none print:ring-0" aria-labelledby="receipt-title">
        <header className="border-b border-slate-200 pb-4 text-center">
          <h1 id="receipt-title" className="text-xl font-bold uppercase tracking-wide text-slate-900">
            {t('payments.receipt.title')}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t('payments.receipt.number', { number: receipt.id })}</p>
          {receipt.paidAt ? <p className="text-sm text-slate-600">{t('payments.receipt.date', { date: formatDateTime(receipt.paidAt) })}</p> : null}
        </header>
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          <Party
            title={t('payments.receipt.payee')}
            lines={[
              ['name', organiser.legalName],
              [t('payments.receipt.taxCode'), organiser.taxCode],
              [t('payments.receipt.address'), organiser.addressLine],
              [t('payments.receipt.phone'), organiser.phone],
              [t('payments.receipt.email'), organiser.email],
              [t('payments.receipt.bankAccount'), organiser.bankAccount],
            ]}
          />
          <Party
            title={t('payments.receipt.payer')}
            lines={[
              ['name', producer.legalName],
              [t('payments.receipt.taxCode'), producer.taxCode],
              [t('payments.receipt.representative'), producer.representative],
              [t('payments.receipt.address'), [producer.addressLine, producer.province?.name].filter(Boolean).join(', ')],
              [t('payments.receipt.phone'), producer.phone],
              [t('payments.receipt.email'), producer.email],
            ]}
          />
        </div>
        <section className="mt-6 text-sm">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t('payments.receipt.fair')}</h2>
          <p className="mt-1 font-semibold text-slate-900">{lang === 'en' ? (receipt.fair.nameEn ?? receipt.fair.nameVi) : receipt.fair.nameVi}</p>
          <p className="text-slate-700">
            {t('payments.receipt.venue')}: {receipt.fair.venue}, {receipt.fair.addressLine} · {t('payments.receipt.when')}: {formatDateRange(receipt.fair.startsAt, receipt.fair.endsAt)}
          </p>
        </section>
        <table className="mt-6 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">{t('payments.receipt.booth')}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{t('payments.field.boothType')}</th>
              <th scope="col" className="py-2 text-right font-medium">{t('payments.receipt.price')}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.application.allocations.map((allocation) => (
              <tr key={allocation.booth.code} className="border-b border-slate-100">
                <td className="py-2 pr-3 font-semibold text-slate-900">{allocation.booth.code}</td>
                <td className="py-2 pr-3 text-slate-700">{lang === 'en' ? (allocation.booth.boothType.nameEn ?? allocation.booth.boothType.nameVi) : allocation.booth.boothType.nameVi}</td>
                <td className="py-2 text-right tabular-nums">{formatVnd(allocation.booth.boothType.priceVnd, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="text-slate-900">
            <tr>
              <th scope="row" colSpan={2} className="pt-3 pr-3 text-right font-medium">{t('payments.field.gross')}</th>
              <td className="pt-3 text-right tabular-nums">{formatVnd(receipt.grossVnd, lang)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={2} className="pr-3 text-right font-medium">{t('payments.field.subsidy')}</th>
              <td className="text-right tabular-nums">−{formatVnd(receipt.subsidyVnd, lang)}</td>
            </tr>
            <tr className="text-base font-bold">
              <th scope="row" colSpan={2} className="pt-2 pr-3 text-right">{t('payments.receipt.paid')}</th>
              <td className="pt-2 text-right tabular-nums" data-testid="receipt-amount">{formatVnd(receipt.amountVnd, lang)}</td>
            </tr>
          </tfoot>
        </table>
        <p className="mt-4 text-sm">
          <span className="font-medium text-slate-600">{t('payments.receipt.inWords')}: </span>
          <em className="text-slate-900" data-testid="amount-in-words">{receipt.amountInWords}</em>
        </p>
        <p className="mt-2 text-sm text-slate-700">
          {t('payments.field.method')}: {receipt.method ? t(`payments.method.${receipt.method}`) : '—'}
          {receipt.bankReference || receipt.stripePaymentIntentId ? ` · ${t('payments.field.reference')}: ${receipt.bankReference ?? receipt.stripePaymentIntentId}` : ''}
        </p>
        {receipt.refunds.length ? (
          <section className="mt-4 text-sm">
            <h2 className="font-semibold text-slate-900">{t('payments.receipt.refunds')}: {formatVnd(receipt.refundedVnd, lang)}</h2>
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {receipt.refunds.map((refund, index) => (
                <li key={index}>
                  {formatDate(refund.createdAt)} — {formatVnd(refund.amountVnd, lang)} — {refund.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="mt-8 border-t border-slate-200 pt-4 text-xs text-slate-500">{t('payments.receipt.note')}</p>
      </article>
    </div>
  )
}
