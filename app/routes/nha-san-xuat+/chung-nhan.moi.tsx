// /nha-san-xuat/chung-nhan/moi: record an OCOP certificate for one of the producer's products
// (producers only). The expiry is pre-filled 36 months after the decision date in the browser and
// defaulted the same way on the server when left empty. The scan (PDF, JPEG or PNG up to 10 MB) is
// accepted by its content, never by its name or declared type.
import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, MaxPartSizeExceededError, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useRef } from 'react'
import { buttonClass, Card, EmptyState, Field, FormErrors, inputClass, InputField, PageHeader, PageShell, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { createCertificate } from '~/modules/producers/certificates.server'
import { listCertificateProducts } from '~/modules/producers/dashboard.server'
import { discardCertificateDocument, storeCertificateDocument } from '~/modules/producers/documents.server'
import { CertificateFormSchema, defaultExpiryInput, DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, UPLOAD_ERROR_MESSAGES } from '~/modules/producers/forms'
import { ISSUING_LEVELS } from '~/modules/producers/schemas'
import { parseFormWithFile } from '~/utils/multipart.server'
import { paths } from '~/utils/paths'
import { readUpload } from '~/utils/uploads.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProfile)
  return { products: await listCertificateProducts(user) }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProfile)
  let formData: FormData
  try {
    formData = await parseFormWithFile(request, { field: 'document', maxBytes: MAX_DOCUMENT_BYTES })
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new Response('Nội dung gửi lên quá lớn', { status: 413 })
    throw error
  }
  const submission = parseWithZod(formData, { schema: CertificateFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { document, ...input } = submission.value

  const upload = await readUpload(document, { allowed: ['pdf', 'jpeg', 'png'], maxBytes: MAX_DOCUMENT_BYTES })
  if (!upload.ok) return data(submission.reply({ fieldErrors: { document: [UPLOAD_ERROR_MESSAGES[upload.error]] } }), { status: 400 })
  const stored = await storeCertificateDocument(upload)
  const result = await createCertificate(user, input, stored)
  if (!result.ok) {
    await discardCertificateDocument(stored.path)
    return data(submission.reply({ fieldErrors: { [result.field]: [result.message] } }), { status: 400 })
  }
  return redirect(`${paths.producerCertificates}?thong-bao=da-gui`, { status: 303 })
}

export default function NewCertificateRoute() {
  const { products } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  // Once the producer types an expiry, changing the decision date no longer overwrites it.
  const expiryEdited = useRef(false)
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(CertificateFormSchema),
    defaultValue: { issuingLevel: 'PROVINCE' },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CertificateFormSchema }),
  })

  const hinted = (id: string) => `${id}-hint`

  const breadcrumb = [
    { to: paths.producerDashboard, label: t('accounts.dashboard.title') },
    { to: paths.producerCertificates, label: t('accounts.certificates.title') },
    { label: t('accounts.certificates.new') },
  ]

  if (products.length === 0) {
    return (
      <PageShell width="max-w-4xl">
        <PageHeader title={t('accounts.certificates.new')} breadcrumb={breadcrumb} />
        <EmptyState
          title={t('accounts.certificateForm.noProducts')}
          body={t('accounts.certificateForm.noProductsBody')}
          action={
            <Link to={paths.producerProductNew} className={buttonClass.primary}>
              {t('accounts.steps.openProductNew')}
            </Link>
          }
        />
      </PageShell>
    )
  }

  return (
    <PageShell width="max-w-4xl">
      <PageHeader title={t('accounts.certificates.new')} intro={t('accounts.certificateForm.intro')} breadcrumb={breadcrumb} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
        <FormErrors id={form.errorId} errors={form.errors} />
        <Card id="certificate-product" title={t('accounts.certificateForm.productSection')}>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={t('accounts.certificate.product')} htmlFor={fields.productId.id} required errors={fields.productId.errors} errorId={fields.productId.errorId}>
              <select {...getSelectProps(fields.productId)} className={inputClass}>
                <option value="">{t('accounts.certificateForm.chooseProduct')}</option>
                {products.map((product) => (
                  <option key={product.id} value={product.id}>
                    {product.nameVi}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset aria-describedby={fields.stars.errors?.length ? fields.stars.errorId : undefined}>
              <legend className="text-sm font-medium text-slate-800">
                {t('accounts.certificate.stars')}
                <span className="ml-0.5 text-red-700" aria-hidden="true">
                  *
                </span>
              </legend>
              <div className="mt-1.5 flex gap-2">
                {[3, 4, 5].map((stars) => {
                  const id = `${fields.stars.id}-${stars}`
                  return (
                    <label
                      key={stars}
                      htmlFor={id}
                      className="flex flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:ring-brand-600 has-[:checked]:bg-star-50 has-[:checked]:text-star-700 has-[:checked]:ring-2 has-[:checked]:ring-star-500 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
                    >
                      <input {...getInputProps(fields.stars, { type: 'radio', value: String(stars), ariaAttributes: false })} key={stars} id={id} className="sr-only" />
                      {t('accounts.certificates.stars', { count: stars })}
                    </label>
                  )
                })}
              </div>
              {fields.stars.errors?.length ? (
                <p id={fields.stars.errorId} className="mt-1.5 text-sm font-medium text-red-700">
                  ⚠ {fields.stars.errors.join(' ')}
                </p>
              ) : null}
            </fieldset>
            <Field
              label={t('accounts.certificate.score')}
              htmlFor={fields.score.id}
              hint={t('accounts.certificateForm.scoreHint')}
              hintId={hinted(fields.score.id)}
              errors={fields.score.errors}
              errorId={fields.score.errorId}
            >
              <input {...getInputProps(fields.score, { type: 'number', ariaDescribedBy: hinted(fields.score.id) })} inputMode="numeric" className={inputClass} />
            </Field>
          </div>
        </Card>

        <Card id="certificate-decision" title={t('accounts.certificateForm.decisionSection')} description={t('accounts.certificateForm.decisionIntro')}>
          <div className="grid gap-5 sm:grid-cols-2">
            <InputField meta={fields.certificateNumber} label={t('accounts.certificate.number')} required />
            <InputField meta={fields.decisionNumber} label={t('accounts.certificate.decisionNumber')} required placeholder="1234/QĐ-UBND" />
            <Field label={t('accounts.certificate.level')} htmlFor={fields.issuingLevel.id} required errors={fields.issuingLevel.errors} errorId={fields.issuingLevel.errorId}>
              <select {...getSelectProps(fields.issuingLevel)} className={inputClass}>
                {ISSUING_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`accounts.issuingLevel.${level}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('accounts.certificate.authority')}
              htmlFor={fields.issuingAuthority.id}
              required
              hint={t('accounts.certificateForm.authorityHint')}
              hintId={hinted(fields.issuingAuthority.id)}
              errors={fields.issuingAuthority.errors}
              errorId={fields.issuingAuthority.errorId}
            >
              <input {...getInputProps(fields.issuingAuthority, { type: 'text', ariaDescribedBy: hinted(fields.issuingAuthority.id) })} className={inputClass} />
            </Field>
            <Field label={t('accounts.certificate.decisionDate')} htmlFor={fields.decisionDate.id} required errors={fields.decisionDate.errors} errorId={fields.decisionDate.errorId}>
              <input
                {...getInputProps(fields.decisionDate, { type: 'date' })}
                onChange={(event) => {
                  const expiry = defaultExpiryInput(event.currentTarget.value)
                  if (expiry && !expiryEdited.current) form.update({ name: fields.expiresAt.name, value: expiry })
                }}
                className={inputClass}
              />
            </Field>
            <InputField meta={fields.issuedAt} type="date" label={t('accounts.certificate.issuedAt')} required />
            <Field
              label={t('accounts.certificate.expiresAt')}
              htmlFor={fields.expiresAt.id}
              hint={t('accounts.certificateForm.expiryHint')}
              hintId={hinted(fields.expiresAt.id)}
              errors={fields.expiresAt.errors}
              errorId={fields.expiresAt.errorId}
            >
              <input
                {...getInputProps(fields.expiresAt, { type: 'date', ariaDescribedBy: hinted(fields.expiresAt.id) })}
                onInput={() => {
                  expiryEdited.current = true
                }}
                className={inputClass}
              />
            </Field>
          </div>
        </Card>

        <Card id="certificate-document" title={t('accounts.certificateForm.documentSection')}>
          <Field
            label={t('accounts.certificate.document')}
            htmlFor={fields.document.id}
            required
            hint={t('accounts.certificateForm.documentHint')}
            hintId={hinted(fields.document.id)}
            errors={fields.document.errors}
            errorId={fields.document.errorId}
          >
            <input
              {...getInputProps(fields.document, { type: 'file', ariaDescribedBy: hinted(fields.document.id) })}
              accept={DOCUMENT_ACCEPT}
              className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
            />
          </Field>
        </Card>

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Link to={paths.producerCertificates} className={buttonClass.secondary}>
            {t('accounts.form.cancel')}
          </Link>
          <SubmitButton>{t('accounts.certificateForm.submit')}</SubmitButton>
        </div>
      </Form>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.certificates.new')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
