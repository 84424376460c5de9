// /ban-to-chuc/hoi-cho/:slug/thanh-toan/:id: one booth fee for the organiser. Record a bank
// transfer (with its reference) for an open fee; refund part or all of a paid fee before the
// refund deadline, with a reason, behind a second explicit step. The module audits both.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { buttonClass, Card, DefinitionList, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, InputField, TextareaField, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { BoothChips, PaymentStatusBadge } from '~/components/payments/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { cancelPaymentRequest, getOrganiserPaymentRequest, markPaidByBankTransfer, refundPayment } from '~/modules/payments/organiser.server'
import { paymentPaths } from '~/modules/payments/paths'
import { CancelSchema, MarkPaidSchema, RefundSchema } from '~/modules/payments/schemas'
import { formatDate, formatDateTime, formatVnd } from '~/utils/format'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const { fair, request: payment, refundable, refundDeadline } = await getOrganiserPaymentRequest(user, params.slug ?? '', params.id ?? '')
  const notice = new URL(request.url).searchParams.get('thong-bao')
  return { fair, payment, refundable, refundDeadline, notice: notice === 'da-ghi-nhan' || notice === 'da-hoan-tien' || notice === 'da-huy' ? notice : null }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const slug = params.slug ?? ''
  const id = params.id ?? ''
  const formData = await request.formData()
  const intent = formData.get('intent')
  if (intent === 'mark-paid') {
    const submission = parseWithZod(formData, { schema: MarkPaidSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const result = await markPaidByBankTransfer(user, slug, id, submission.value)
    if (!result.ok) {
      return data({ intent, result: submission.reply(result.field ? { fieldErrors: { [result.field]: [result.message] } } : { formErrors: [result.message] }) }, { status: 409 })
    }
    return redirect(`${paymentPaths.organiserPayment(slug, id)}?thong-bao=da-ghi-nhan`, { status: 303 })
  }
  if (intent === 'refund') {
    const submission = parseWithZod(formData, { schema: RefundSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const result = await refundPayment(user, slug, id, submission.value)
    if (!result.ok) {
      return data({ intent, result: submission.reply(result.field ? { fieldErrors: { [result.field]: [result.message] } } : { formErrors: [result.message] }) }, { status: 409 })
    }
    return redirect(`${paymentPaths.organiserPayment(slug, id)}?thong-bao=da-hoan-tien`, { status: 303 })
  }
  if (intent === 'cancel') {
    const submission = parseWithZod(formData, { schema: CancelSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const result = await cancelPaymentRequest(user, slug, id, submission.value)
    if (!result.ok) return data({ intent, result: submission.reply({ formErrors: [result.message] }) }, { status: 409 })
    return redirect(`${paymentPaths.organiserPayment(slug, id)}?thong-bao=da-huy`, { status: 303 })
  }
  throw new Response('Thao tác không hợp lệ', { status: 400 })
}

function CancelForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'cancel',
    lastResult,
    constraint: getZodConstraint(CancelSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CancelSchema }),
  })
  return (
    <details className="group rounded-xl open:bg-red-50/50 open:ring-1 open:ring-inset open:ring-red-200" open={Boolean(lastResult)}>
      <summary className={`${buttonClass.dangerOutline} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{t('payments.detail.cancel')}</summary>
      <Form method="post" {...getFormProps(form)} className="space-y-4 p-4">
        <input type="hidden" name="intent" value="cancel" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField meta={fields.reason} label={t('payments.detail.cancelReason')} required hint={t('payments.detail.cancelHint')} rows={2} />
        <SubmitButton intent="cancel" className={buttonClass.danger}>{t('payments.detail.confirmCancel')}</SubmitButton>
      </Form>
    </details>
  )
}

function MarkPaidForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'mark-paid',
    lastResult,
    constraint: getZodConstraint(MarkPaidSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MarkPaidSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <input type="hidden" name="intent" value="mark-paid" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field
        label={t('payments.detail.reference')}
        htmlFor={fields.reference.id}
        required
        hint={t('payments.detail.referenceHint')}
        hintId={`${fields.reference.id}-hint`}
        errors={fields.reference.errors}
        errorId={fields.reference.errorId}
      >
        <input {...getInputProps(fields.reference, { type: 'text', ariaDescribedBy: `${fields.reference.id}-hint` })} className={inputClass} autoComplete="off" />
      </Field>
      <SubmitButton intent="mark-paid">{t('payments.detail.confirmMarkPaid')}</SubmitButton>
    </Form>
  )
}

function RefundForm({ remaining, lastResult }: { remaining: number; lastResult?: SubmissionResult<string[]> }) {
  const { t, lang } = useTranslation()
  const [form, fields] = useForm({
    id: 'refund',
    lastResult,
    defaultValue: { amountVnd: String(remaining) },
    constraint: getZodConstraint(RefundSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RefundSchema }),
  })
  return (
    // Two steps on purpose: "Hoàn tiền…" only opens the form; the amount, reason and a second button decide.
    <details className="group rounded-xl open:bg-red-50/50 open:ring-1 open:ring-inset open:ring-red-200" open={Boolean(lastResult)}>
      <summary className={`${buttonClass.dangerOutline} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{t('payments.detail.refund')}</summary>
      <Form method="post" {...getFormProps(form)} className="space-y-4 p-4">
        <input type="hidden" name="intent" value="refund" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField meta={fields.amountVnd} label={t('payments.detail.refundAmount')} required hint={t('payments.detail.refundAmountHint', { amount: formatVnd(remaining, lang) })} inputMode="numeric" />
        <TextareaField meta={fields.reason} label={t('payments.detail.refundReason')} required hint={t('payments.detail.refundReasonHint')} rows={3} />
        <SubmitButton intent="refund" className={buttonClass.danger}>{t('payments.detail.confirmRefund')}</SubmitButton>
      </Form>
    </details>
  )
}

export default function OrganiserPaymentRoute() {
  const { fair, payment, refundable, refundDeadline, notice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t, lang } = useTranslation()
  const fairName = lang === 'en' ? (fair.nameEn ?? fair.nameVi) : fair.nameVi
  return (
    <PageShell width="max-w-4xl">
      <PageHeader
        title={payment.producer.legalName}
        intro={fairName}
        breadcrumb={[{ to: paymentPaths.organiserPayments(fair.slug), label: t('payments.report.title') }, { label: payment.producer.legalName }]}
        actions={
          payment.paidAt ? (
            <Link to={paymentPaths.organiserReceipt(fair.slug, payment.id)} className={buttonClass.secondary}>
              {t('payments.detail.receipt')}
            </Link>
          ) : null
        }
      />
      <div className="space-y-6">
        {notice ? (
          <Notice tone="success" role="status">
            {notice === 'da-ghi-nhan' ? t('payments.detail.markedPaid') : notice === 'da-huy' ? t('payments.detail.cancelledNotice') : t('payments.detail.refundedNotice')}
          </Notice>
        ) : null}
        <Card>
          <div className="mb-4 flex items-center justify-between gap-3">
            <BoothChips allocations={payment.application.allocations} />
            <PaymentStatusBadge status={payment.status} />
          </div>
          <DefinitionList
            items={[
              { term: t('payments.field.boothType'), value: `${payment.application.boothType.code} — ${payment.application.boothType.nameVi}` },
              { term: t('payments.field.gross'), value: formatVnd(payment.grossVnd, lang) },
              { term: t('payments.field.subsidy'), value: formatVnd(payment.subsidyVnd, lang) },
              { term: t('payments.field.amount'), value: formatVnd(payment.amountVnd, lang) },
              { term: t('payments.field.refunded'), value: formatVnd(payment.refundedVnd, lang) },
              { term: t('payments.field.dueAt'), value: formatDate(payment.dueAt) },
              { term: t('payments.field.paidAt'), value: payment.paidAt ? formatDateTime(payment.paidAt) : '—' },
              { term: t('payments.field.method'), value: payment.method ? t(`payments.method.${payment.method}`) : '—' },
              { term: t('payments.field.reference'), value: payment.bankReference ?? payment.stripePaymentIntentId ?? '—' },
            ]}
          />
        </Card>
        {payment.status === 'OPEN' ? (
          <Card title={t('payments.detail.markPaid')} id="mark-paid-card">
            <MarkPaidForm lastResult={actionData?.intent === 'mark-paid' ? actionData.result : undefined} />
          </Card>
        ) : null}
        {payment.status === 'OPEN' ? <CancelForm lastResult={actionData?.intent === 'cancel' ? actionData.result : undefined} /> : null}
        {payment.status === 'PAID' ? (
          refundable ? (
            <RefundForm remaining={payment.amountVnd - payment.refundedVnd} lastResult={actionData?.intent === 'refund' ? actionData.result : undefined} />
          ) : (
            <p className="text-sm text-slate-600">{t('payments.detail.refundClosed', { date: formatDateTime(refundDeadline) })}</p>
          )
        ) : null}
        {payment.refunds.length ? (
          <Card title={t('payments.detail.refunds')} id="refunds">
            <ul className="space-y-2 text-sm">
              {payment.refunds.map((refund) => (
                <li key={refund.id}>
                  <span className="font-medium">{formatDateTime(refund.createdAt)}</span> — {formatVnd(refund.amountVnd, lang)} — {refund.reason}
                  {refund.createdBy ? <span className="text-slate-500"> ({refund.createdBy.name})</span> : null}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Link to={paymentPaths.organiserPayments(fair.slug)} className={buttonClass.secondary}>
          ← {t('payments.detail.back')}
        </Link>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.report.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
