// One inquiry thread, as the producer or the buyer sees it: the request, quotations (the accepted
// one frozen), the conversation with read receipts, and the forms each side may use. Message text
// is rendered as React text, never as HTML, so whatever a party typed cannot inject markup.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { buttonClass, Card, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, StatusPill, type PillTone, InputField, TextareaField } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { translatorFromMatches } from '~/i18n/meta'
import type { getThread } from '~/modules/inquiries/inquiries.server'
import { ATTACHMENT_ACCEPT, MessageFormSchema, QuotationFormSchema } from '~/modules/inquiries/schemas'
import { formatDate, formatDateTime, formatNumber, formatVnd } from '~/utils/format'
import { MAX_TIERS } from '~/modules/catalogue/price-tiers'

export type ThreadView = Awaited<ReturnType<typeof getThread>>
export type ThreadActionData = { intent: string; result: SubmissionResult<string[]> } | undefined

const STATUS_TONE: Record<string, PillTone> = {
  NEW: 'info',
  ANSWERED: 'progress',
  QUOTED: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  EXPIRED: 'neutral',
  CLOSED: 'neutral',
}

export function InquiryStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <StatusPill tone={STATUS_TONE[status] ?? 'neutral'} data-testid="inquiry-status">
      {t(`inquiries.status.${status}` as 'inquiries.status.NEW')}
    </StatusPill>
  )
}

/** A thread's page on either side (loader: threadLoader in thread-route.server.ts), with a
 * breadcrumb back to that side's list. */
export function InquiryThreadPage({ listTo, listTitle }: { listTo: string; listTitle: MessageKey }) {
  const { thread, userId } = useLoaderData<{ thread: ThreadView; userId: string }>()
  const actionData = useActionData() as ThreadActionData
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={thread.subject}
        intro={<InquiryStatusBadge status={thread.status} />}
        breadcrumb={[{ to: listTo, label: t(listTitle) }, { label: thread.subject }]}
      />
      <InquiryThread thread={thread} actionData={actionData} selfUserId={userId} />
    </PageShell>
  )
}

export function threadMeta(listTitle: MessageKey): MetaFunction {
  return ({ matches, data }) => {
    const t = translatorFromMatches(matches)
    const subject = (data as { thread?: { subject: string } } | undefined)?.thread?.subject
    return [{ title: `${subject ?? t(listTitle)} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
  }
}

export function attachmentHref(messageId: string) {
  return `/tai-lieu/dinh-kem/${encodeURIComponent(messageId)}`
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0 whitespace-pre-wrap break-words">{children}</dd>
    </div>
  )
}

export function InquiryThread({ thread, actionData, selfUserId }: { thread: ThreadView; actionData: ThreadActionData; selfUserId: string }) {
  const { t, lang } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const producerSide = thread.side === 'producer'
  const otherReadAt = producerSide ? thread.buyerLastReadAt : thread.producerLastReadAt
  const closed = thread.status === 'CLOSED'
  const latestRevision = thread.quotations[0]?.revision ?? 0
  const decisionErrors = actionData?.intent === 'decision' ? actionData.result.error?.[''] : null

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card title={t('inquiries.thread.messages')}>
          <ol className="space-y-4" aria-label={t('inquiries.thread.messages')}>
            {thread.messages.map((message) => {
              const mine = message.authorId === selfUserId
              if (message.kind !== 'MESSAGE') {
                return (
                  <li key={message.id} className="text-center text-xs text-slate-600" data-testid="thread-event">
                    <span className="rounded-full bg-slate-100 px-3 py-1">
                      {message.kind === 'STATUS_CHANGE'
                        ? t('inquiries.thread.statusChange', { status: t(`inquiries.status.${message.body}` as 'inquiries.status.NEW') })
                        : t('inquiries.thread.quotationSent', { revision: message.body })}
                      {' · '}
                      {formatDateTime(message.createdAt)}
                    </span>
                  </li>
                )
              }
              const seen = mine && otherReadAt && new Date(otherReadAt) >= new Date(message.createdAt)
              return (
                <li key={message.id} className={`flex ${mine ? 'justify-end' : 'justify-start'}`} data-testid="thread-message">
                  <div className={`max-w-[85%] rounded-2xl px-4 py-3 ring-1 ${mine ? 'bg-brand-50 ring-brand-200' : 'bg-white ring-slate-200'}`}>
                    <p className="text-xs font-semibold text-slate-700">{message.author?.name ?? t('inquiries.thread.system')}</p>
                    <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900">{message.body}</p>
                    {message.attachmentName ? (
                      <a href={attachmentHref(message.id)} className="mt-2 inline-block text-sm font-medium text-brand-700 underline" target="_blank" rel="noreferrer">
                        {t('inquiries.thread.attachment', { name: message.attachmentName })}
                      </a>
                    ) : null}
                    <p className="mt-1 text-xs text-slate-500">
                      {formatDateTime(message.createdAt)}
                      {seen ? ` · ${t('inquiries.thread.seen')}` : ''}
                    </p>
                  </div>
                </li>
              )
            })}
          </ol>
          {closed ? (
            <div className="mt-6">
              <Notice>{t('inquiries.thread.closed')}</Notice>
            </div>
          ) : (
            <MessageForm actionData={actionData} busy={busy} />
          )}
        </Card>

        <section aria-labelledby="quotations-heading" className="space-y-4">
          <h2 id="quotations-heading" className="text-lg font-semibold text-slate-900">
            {t('inquiries.quotation.tiers')}
          </h2>
          {thread.quotations.length === 0 ? <p className="text-sm text-slate-600">{t('inquiries.quotation.none')}</p> : null}
          <FormErrors errors={decisionErrors} />
          {thread.quotations.map((quotation) => (
            <article
              key={quotation.id}
              aria-label={t('inquiries.quotation.title', { revision: quotation.revision })}
              className={`rounded-2xl bg-white p-5 shadow-sm ring-1 ${quotation.status === 'ACCEPTED' ? 'ring-2 ring-brand-500' : 'ring-slate-200'}`}
              data-testid="quotation"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-base font-semibold text-slate-900">{t('inquiries.quotation.title', { revision: quotation.revision })}</h3>
                <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800" data-testid="quotation-status">
                  {t(`inquiries.quotationStatus.${quotation.status}` as 'inquiries.quotationStatus.ACTIVE')}
                </span>
              </div>
              {quotation.status === 'ACCEPTED' ? <p className="mt-2 text-sm text-brand-900">{t('inquiries.quotation.frozen')}</p> : null}
              <ul className="mt-3 space-y-1 text-sm text-slate-900">
                {quotation.tiers.map((tier) => (
                  <li key={tier.minQuantity}>
                    {t('inquiries.quotation.tierRow', { quantity: formatNumber(tier.minQuantity, lang), unit: quotation.unit, price: formatVnd(tier.priceVnd, lang) })}
                  </li>
                ))}
              </ul>
              <dl className="mt-3 divide-y divide-slate-100">
                <Row term={t('inquiries.quotation.quantity')}>{`${formatNumber(quotation.quantity, lang)} ${quotation.unit}`}</Row>
                <Row term={t('inquiries.quotation.validUntil')}>{formatDate(quotation.validUntil)}</Row>
                <Row term={t('inquiries.quotation.deliveryTerms')}>{quotation.deliveryTerms}</Row>
                <Row term={t('inquiries.quotation.paymentTerms')}>{quotation.paymentTerms}</Row>
                {quotation.notes ? <Row term={t('inquiries.quotation.notes')}>{quotation.notes}</Row> : null}
              </dl>
              {!producerSide && quotation.status === 'ACTIVE' ? (
                <Form method="post" className="mt-4 space-y-3">
                  <input type="hidden" name="quotationId" value={quotation.id} />
                  <Field label={t('inquiries.quotation.decisionNote')} htmlFor={`note-${quotation.id}`}>
                    <textarea id={`note-${quotation.id}`} name="note" rows={2} maxLength={1000} className={inputClass} />
                  </Field>
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="submit"
                      name="intent"
                      value="accept"
                      className={buttonClass.primary}
                      disabled={busy}
                      onClick={(event) => {
                        if (!confirm(t('inquiries.quotation.acceptConfirm'))) event.preventDefault()
                      }}
                    >
                      {t('inquiries.quotation.accept')}
                    </button>
                    <button type="submit" name="intent" value="revise" className={buttonClass.secondary} disabled={busy}>
                      {t('inquiries.quotation.askRevision')}
                    </button>
                    <button
                      type="submit"
                      name="intent"
                      value="decline"
                      className={buttonClass.dangerOutline}
                      disabled={busy}
                      onClick={(event) => {
                        if (!confirm(t('inquiries.quotation.declineConfirm'))) event.preventDefault()
                      }}
                    >
                      {t('inquiries.quotation.decline')}
                    </button>
                  </div>
                </Form>
              ) : null}
            </article>
          ))}
          {producerSide && !closed ? <QuotationForm actionData={actionData} busy={busy} revision={latestRevision + 1} defaults={{ quantity: thread.quantity, unit: thread.unit }} /> : null}
        </section>
      </div>

      <aside className="space-y-6">
        <Card title={t('inquiries.thread.details')}>
          <dl className="divide-y divide-slate-100">
            <Row term={producerSide ? t('inquiries.thread.buyer') : t('inquiries.thread.producer')}>
              {producerSide ? thread.buyerOrg.name : (thread.producer.tradeName ?? thread.producer.legalName)}
            </Row>
            {thread.product ? <Row term={t('inquiries.new.product')}>{thread.product.nameVi}</Row> : null}
            <Row term={t('inquiries.field.quantity')}>{`${formatNumber(thread.quantity, lang)} ${thread.unit}`}</Row>
            <Row term={t('inquiries.field.targetPrice')}>{thread.targetPriceVnd ? formatVnd(thread.targetPriceVnd, lang) : t('inquiries.thread.notSpecified')}</Row>
            <Row term={t('inquiries.field.deliveryProvince')}>{thread.deliveryProvince?.name ?? t('inquiries.thread.notSpecified')}</Row>
            <Row term={t('inquiries.field.wantedBy')}>{thread.wantedBy ? formatDate(thread.wantedBy) : t('inquiries.thread.notSpecified')}</Row>
            {thread.requirements ? <Row term={t('inquiries.field.requirements')}>{thread.requirements}</Row> : null}
          </dl>
        </Card>
        {thread.contact ? (
          <Card title={t('inquiries.thread.contact')}>
            <dl className="divide-y divide-slate-100" data-testid="buyer-contact">
              <Row term={t('inquiries.thread.buyer')}>{thread.contact.name}</Row>
              <Row term={t('inquiries.thread.email')}>{thread.contact.email}</Row>
              {thread.contact.phone ? <Row term={t('inquiries.thread.phone')}>{thread.contact.phone}</Row> : null}
            </dl>
          </Card>
        ) : null}
        {!closed && thread.status !== 'ACCEPTED' ? (
          <Form
            method="post"
            onSubmit={(event) => {
              if (!confirm(t('inquiries.thread.closeConfirm'))) event.preventDefault()
            }}
          >
            <button type="submit" name="intent" value="close" className={`${buttonClass.secondary} w-full`} disabled={busy}>
              {t('inquiries.thread.close')}
            </button>
          </Form>
        ) : null}
        {producerSide ? <BlockForm blocked={thread.blocked} busy={busy} /> : null}
      </aside>
    </div>
  )
}

function MessageForm({ actionData, busy }: { actionData: ThreadActionData; busy: boolean }) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'message-form',
    lastResult: actionData?.intent === 'message' ? actionData.result : undefined,
    constraint: getZodConstraint(MessageFormSchema),
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MessageFormSchema }),
  })
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="mt-6 space-y-3" key={actionData?.intent === 'message' ? 'retry' : 'fresh'}>
      <input type="hidden" name="intent" value="message" />
      <TextareaField meta={fields.body} label={t('inquiries.thread.reply')} required rows={3} />
      <Field label={t('inquiries.field.attachment')} htmlFor={fields.attachment.id} errors={fields.attachment.errors} errorId={fields.attachment.errorId}>
        <input {...getInputProps(fields.attachment, { type: 'file' })} accept={ATTACHMENT_ACCEPT} className="block w-full text-sm text-slate-700" />
      </Field>
      <button type="submit" className={buttonClass.primary} disabled={busy}>
        {t('inquiries.thread.send')}
      </button>
    </Form>
  )
}


function QuotationForm({ actionData, busy, revision, defaults }: { actionData: ThreadActionData; busy: boolean; revision: number; defaults: { quantity: number; unit: string } }) {
  const { t } = useTranslation()
  const lastResult = actionData?.intent === 'quote' ? actionData.result : undefined
  const [form, fields] = useForm<QuotationFields>({
    id: 'quotation-form',
    lastResult,
    constraint: getZodConstraint(QuotationFormSchema),
    defaultValue: { quantity: String(defaults.quantity), unit: defaults.unit, tiers: [{ minQuantity: String(defaults.quantity), priceVnd: '' }] },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    // Conform types the submission by the parsed value; the field metadata by the form's strings.
    onValidate: ({ formData }) => parseWithZod(formData, { schema: QuotationFormSchema }) as never,
  })
  const tierRows = fields.tiers.getFieldList()
  const title = revision > 1 ? t('inquiries.quotation.revise', { revision }) : t('inquiries.quotation.new')
  return (
    <details className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" open={revision === 1 || Boolean(lastResult)}>
      <summary className="cursor-pointer text-base font-semibold text-slate-900">{title}</summary>
      <Form method="post" {...getFormProps(form)} className="mt-4 space-y-4" aria-label={title}>
        <input type="hidden" name="intent" value="quote" />
        {/* Enter in a field submits with the form's first submit button: make that the real one,
            not a tier row's remove button. */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField meta={fields.quantity} type="number" label={t('inquiries.quotation.quantity')} required />
          <InputField meta={fields.unit} label={t('inquiries.field.unit')} required />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t('inquiries.quotation.tiers')}</legend>
          <p className="text-sm text-slate-600">{t('inquiries.quotation.tierHint')}</p>
          {tierRows.map((row, index) => {
            const tier = row.getFieldset()
            return (
              <div key={row.key} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]" data-testid="tier-row">
                <InputField meta={tier.minQuantity} type="number" label={t('inquiries.quotation.tierMin', { n: index + 1 })} />
                <InputField meta={tier.priceVnd} label={t('inquiries.quotation.tierPrice', { n: index + 1 })} inputMode="numeric" />
                {/* Conform's list intents are plain submit buttons, so without JavaScript the
                    server applies them and sends the form back with the row added or removed. */}
                <button
                  {...form.remove.getButtonProps({ name: fields.tiers.name, index })}
                  className={`${buttonClass.small} mb-1`}
                  disabled={tierRows.length <= 1}
                  aria-label={t('inquiries.quotation.tierRemove', { n: index + 1 })}
                >
                  {t('inquiries.quotation.tierRemoveShort')}
                </button>
              </div>
            )
          })}
          {tierRows.length < MAX_TIERS ? (
            <button {...form.insert.getButtonProps({ name: fields.tiers.name, defaultValue: { minQuantity: '', priceVnd: '' } })} className={buttonClass.small}>
              {t('inquiries.quotation.tierAdd')}
            </button>
          ) : (
            <p className="text-sm text-slate-600">{t('inquiries.quotation.tierMax', { max: MAX_TIERS })}</p>
          )}
          <ErrorLine id={fields.tiers.errorId} errors={fields.tiers.errors} />
        </fieldset>
        <InputField meta={fields.validUntil} type="date" label={t('inquiries.quotation.validUntil')} required />
        <TextareaField meta={fields.deliveryTerms} label={t('inquiries.quotation.deliveryTerms')} required rows={2} />
        <TextareaField meta={fields.paymentTerms} label={t('inquiries.quotation.paymentTerms')} required rows={2} />
        <TextareaField meta={fields.notes} label={t('inquiries.quotation.notes')} rows={2} />
        <button type="submit" className={buttonClass.primary} disabled={busy}>
          {t('inquiries.quotation.submit')}
        </button>
      </Form>
    </details>
  )
}

type QuotationFields = {
  intent: string
  quantity: string
  unit: string
  validUntil: string
  deliveryTerms: string
  paymentTerms: string
  notes: string
  tiers: Array<{ minQuantity: string; priceVnd: string }>
}

function ErrorLine({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      ⚠ {errors.join(' ')}
    </p>
  )
}

function BlockForm({ blocked, busy }: { blocked: boolean; busy: boolean }) {
  const { t } = useTranslation()
  if (blocked) {
    return (
      <Card title={t('inquiries.block.title')}>
        <p className="text-sm text-slate-700">{t('inquiries.block.blocked')}</p>
        <Form method="post" className="mt-3">
          <button type="submit" name="intent" value="unblock" className={buttonClass.small} disabled={busy}>
            {t('inquiries.block.unblock')}
          </button>
        </Form>
      </Card>
    )
  }
  return (
    <Card title={t('inquiries.block.title')}>
      <Form
        method="post"
        className="space-y-3"
        onSubmit={(event) => {
          if (!confirm(t('inquiries.block.confirm'))) event.preventDefault()
        }}
      >
        <input type="hidden" name="intent" value="block" />
        <Field label={t('inquiries.block.reason')} htmlFor="block-reason">
          <input id="block-reason" name="reason" maxLength={500} className={inputClass} />
        </Field>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="report" className="h-4 w-4" />
          {t('inquiries.block.report')}
        </label>
        <button type="submit" className={buttonClass.dangerOutline} disabled={busy}>
          {t('inquiries.block.submit')}
        </button>
      </Form>
    </Card>
  )
}
