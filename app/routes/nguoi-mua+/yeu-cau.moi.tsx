// /nguoi-mua/yeu-cau/moi?san-pham=<slug> or ?chu-the=<slug>[&chu-the=…]: the buyer's request for a
// wholesale quotation, to one producer or (from search results) up to 10 at once, each getting its
// own private thread. Warns below the product's MOQ; an optional spec sheet (PDF/image) is checked
// by content. Buyers only.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { clearRfqSelection } from '~/components/inquiries/rfq-picker'
import { data, MaxPartSizeExceededError, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { buttonClass, Card, EmptyState, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, SubmitButton, InputField } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { acceptAttachment } from '~/modules/inquiries/attachments.server'
import { getInquiryTargets } from '~/modules/inquiries/inbox.server'
import { sendInquiry, threadPath } from '~/modules/inquiries/inquiries.server'
import { ATTACHMENT_ACCEPT, InquiryFormSchema, MAX_ATTACHMENT_BYTES } from '~/modules/inquiries/schemas'
import { parseFormWithFile } from '~/utils/multipart.server'
import { formatNumber } from '~/utils/format'
import { paths } from '~/utils/paths'

function targetsOf(request: Request) {
  const url = new URL(request.url)
  return getInquiryTargets({ productSlug: url.searchParams.get('san-pham') ?? url.searchParams.get('product'), producerSlugs: url.searchParams.getAll('chu-the') })
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['BUYER'])
  return { targets: await targetsOf(request) }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['BUYER'])
  let formData: FormData
  try {
    formData = await parseFormWithFile(request, { field: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES })
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new Response('Nội dung gửi lên quá lớn', { status: 413 })
    throw error
  }
  const submission = parseWithZod(formData, { schema: InquiryFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { attachment: file, ...input } = submission.value
  const upload = await acceptAttachment(file)
  if (!upload.ok) return data(submission.reply({ fieldErrors: { attachment: [upload.message] } }), { status: 400 })
  const result = await sendInquiry(user, input, upload.attachment)
  if (!result.ok) {
    return data(result.field ? submission.reply({ fieldErrors: { [result.field]: [result.message] } }) : submission.reply({ formErrors: [result.message] }), { status: 400 })
  }
  const [first] = result.ids
  return redirect(result.ids.length === 1 && first ? `${threadPath.buyer(first)}` : `${paths.buyerInquiries}?gui=${result.ids.length}`, { status: 303 })
}

export default function NewInquiryRoute() {
  const { targets } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t, lang } = useTranslation()
  const product = targets?.product ?? null
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(InquiryFormSchema),
    defaultValue: {
      subject: product ? `Yêu cầu báo giá: ${product.nameVi}` : 'Yêu cầu báo giá sỉ',
      unit: product?.unit ?? '',
      quantity: product?.minOrderQuantity ? String(product.minOrderQuantity) : '',
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InquiryFormSchema }),
    // The producers picked on the search page have been used once the request goes out.
    onSubmit: (_event, { submission }) => {
      if (submission?.status === 'success') clearRfqSelection()
    },
  })
  if (!targets) {
    return (
      <PageShell width="max-w-3xl">
        <PageHeader title={t('inquiries.new.title')} />
        <EmptyState
          title={t('inquiries.new.noTarget')}
          action={
            <Link to={paths.search} className={buttonClass.primary}>
              {t('nav.findProducts')}
            </Link>
          }
        />
      </PageShell>
    )
  }
  const quantity = Number(fields.quantity.value)
  const belowMoq = product?.minOrderQuantity && Number.isFinite(quantity) && quantity > 0 && quantity < product.minOrderQuantity
  const hint = (id: string) => `${id}-hint`
  return (
    <PageShell width="max-w-3xl">
      <PageHeader title={t('inquiries.new.title')} intro={t('inquiries.new.intro')} breadcrumb={[{ to: paths.buyerInquiries, label: t('inquiries.sent.title') }, { label: t('inquiries.new.title') }]} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Card title={t('inquiries.new.to')}>
          <ul className="space-y-1 text-sm text-slate-900">
            {targets.producers.map((producer) => (
              <li key={producer.id}>
                <input type="hidden" name={`${fields.producerIds.name}[${targets.producers.indexOf(producer)}]`} value={producer.id} />
                <strong>{producer.tradeName ?? producer.legalName}</strong>
              </li>
            ))}
          </ul>
          {product ? (
            <p className="mt-2 text-sm text-slate-700">
              {t('inquiries.new.product')}: {product.nameVi}
              <input type="hidden" name={fields.productId.name} value={product.id} />
            </p>
          ) : null}
          {targets.producers.length > 1 ? <p className="mt-2 text-sm text-slate-600">{t('inquiries.new.rfqNote', { count: targets.producers.length })}</p> : null}
          {fields.producerIds.errors?.length ? <p className="mt-2 text-sm font-medium text-red-700">⚠ {fields.producerIds.errors.join(' ')}</p> : null}
        </Card>
        <Card>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field className="sm:col-span-2" label={t('inquiries.field.subject')} htmlFor={fields.subject.id} required errors={fields.subject.errors} errorId={fields.subject.errorId}>
              <input {...getInputProps(fields.subject, { type: 'text' })} className={inputClass} />
            </Field>
            <InputField meta={fields.quantity} type="number" label={t('inquiries.field.quantity')} required />
            <InputField meta={fields.unit} label={t('inquiries.field.unit')} required />
            {belowMoq ? (
              <div className="sm:col-span-2">
                <Notice tone="warning" role="status">
                  {t('inquiries.new.moqWarning', { moq: formatNumber(product.minOrderQuantity!, lang), unit: product.unit })}
                </Notice>
              </div>
            ) : null}
            <Field label={t('inquiries.field.targetPrice')} htmlFor={fields.targetPriceVnd.id} hint={t('inquiries.field.optional')} hintId={hint(fields.targetPriceVnd.id)} errors={fields.targetPriceVnd.errors} errorId={fields.targetPriceVnd.errorId}>
              <input {...getInputProps(fields.targetPriceVnd, { type: 'text', ariaDescribedBy: hint(fields.targetPriceVnd.id) })} inputMode="numeric" className={inputClass} />
            </Field>
            <InputField meta={fields.wantedBy} type="date" label={t('inquiries.field.wantedBy')} />
            <Field className="sm:col-span-2" label={t('inquiries.field.deliveryProvince')} htmlFor={fields.deliveryProvinceId.id} errors={fields.deliveryProvinceId.errors} errorId={fields.deliveryProvinceId.errorId}>
              <select {...getSelectProps(fields.deliveryProvinceId)} className={inputClass}>
                <option value="">{t('inquiries.new.chooseProvince')}</option>
                {targets.provinces.map((province) => (
                  <option key={province.id} value={province.id}>
                    {province.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field className="sm:col-span-2" label={t('inquiries.field.requirements')} htmlFor={fields.requirements.id} errors={fields.requirements.errors} errorId={fields.requirements.errorId}>
              <textarea {...getTextareaProps(fields.requirements)} rows={2} className={inputClass} />
            </Field>
            <Field className="sm:col-span-2" label={t('inquiries.field.message')} htmlFor={fields.message.id} required errors={fields.message.errors} errorId={fields.message.errorId}>
              <textarea {...getTextareaProps(fields.message)} rows={5} className={inputClass} />
            </Field>
            <Field className="sm:col-span-2" label={t('inquiries.field.attachment')} htmlFor={fields.attachment.id} errors={fields.attachment.errors} errorId={fields.attachment.errorId}>
              <input {...getInputProps(fields.attachment, { type: 'file' })} accept={ATTACHMENT_ACCEPT} className="block w-full text-sm text-slate-700" />
            </Field>
          </div>
        </Card>
        <div className="flex justify-end">
          <SubmitButton>{t('inquiries.new.submit')}</SubmitButton>
        </div>
      </Form>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('inquiries.new.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
