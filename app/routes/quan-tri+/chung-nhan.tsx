// /quan-tri/chung-nhan: the admins' verification queue (admins only). Each pending certificate
// shows its scan; approving shows the star badge, rejecting needs a reason the producer will
// read, behind a second, explicit confirmation. Every decision is audited by the module.
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, EmptyState, FormErrors, inputClass, Notice, PageHeader, PageShell, Pagination, TextareaField } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { StarIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { approveCertificate, countPendingCertificates, listPendingCertificates, rejectCertificate } from '~/modules/producers/certificates.server'
import { RejectCertificateSchema } from '~/modules/producers/forms'
import { formatDate, formatDateTime } from '~/utils/format'
import { paths } from '~/utils/paths'

const NOTICES = ['da-duyet', 'da-tu-choi', 'da-xu-ly'] as const

const PAGE_SIZE = 10

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const url = new URL(request.url)
  const search = url.searchParams.get('q')?.trim().slice(0, 100) || null
  const [total, all] = await Promise.all([countPendingCertificates(user, search), search ? countPendingCertificates(user) : null])
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.trunc(Number(url.searchParams.get('trang') ?? 1)) || 1), pageCount)
  const pending = await listPendingCertificates(user, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, search })
  const notice = NOTICES.find((value) => value === url.searchParams.get('thong-bao')) ?? null
  return {
    notice,
    search,
    total,
    all: all ?? total,
    page,
    pageCount,
    pending: pending.map(({ documentPath, ...certificate }) => ({ ...certificate, hasDocument: Boolean(documentPath) })),
  }
}

function pageHref(page: number, options: { notice?: string; search?: string | null } = {}) {
  const params = new URLSearchParams()
  if (options.notice) params.set('thong-bao', options.notice)
  if (options.search) params.set('q', options.search)
  if (page > 1) params.set('trang', String(page))
  const query = params.toString()
  return query ? `${paths.adminCertificates}?${query}` : paths.adminCertificates
}

// Back to the page the admin was on (the decided certificate has left it).
const back = (notice: (typeof NOTICES)[number], formData: FormData) =>
  redirect(pageHref(Number(formData.get('page') ?? 1) || 1, { notice, search: String(formData.get('q') ?? '') || null }), { status: 303 })

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const formData = await request.formData()
  const intent = formData.get('intent')
  if (intent === 'approve') {
    const result = await approveCertificate(user, String(formData.get('certificateId') ?? ''))
    return back(result.ok ? 'da-duyet' : 'da-xu-ly', formData)
  }
  if (intent === 'reject') {
    const submission = parseWithZod(formData, { schema: RejectCertificateSchema })
    if (submission.status !== 'success') {
      return data({ certificateId: String(formData.get('certificateId') ?? ''), result: submission.reply() }, { status: 400 })
    }
    const result = await rejectCertificate(user, submission.value.certificateId, submission.value.reason)
    return back(result.ok ? 'da-tu-choi' : 'da-xu-ly', formData)
  }
  throw new Response('Thao tác không hợp lệ', { status: 400 })
}

function RejectForm({ certificateId, page, search, lastResult }: { certificateId: string; page: number; search: string | null; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: `reject-${certificateId}`,
    lastResult,
    constraint: getZodConstraint(RejectCertificateSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RejectCertificateSchema }),
  })
  const busy = navigation.state === 'submitting' && navigation.formData?.get('certificateId') === certificateId
  return (
    // Two steps on purpose: "Từ chối…" only opens the form; the reason and a second button decide.
    <details className="group rounded-xl open:bg-red-50/50 open:ring-1 open:ring-inset open:ring-red-200" open={Boolean(lastResult)}>
      <summary className={`${buttonClass.dangerOutline} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{t('accounts.review.reject')}</summary>
      <Form method="post" {...getFormProps(form)} className="space-y-4 p-4">
        <input type="hidden" name="intent" value="reject" />
        <input type="hidden" name="certificateId" value={certificateId} />
        <input type="hidden" name="page" value={page} />
        <input type="hidden" name="q" value={search ?? ''} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField meta={fields.reason} label={t('accounts.review.reason')} required hint={t('accounts.review.reasonHint')} rows={3} />
        <button type="submit" className={buttonClass.danger} disabled={busy}>
          {busy ? t('accounts.form.working') : t('accounts.review.confirmReject')}
        </button>
      </Form>
    </details>
  )
}

export default function CertificateQueueRoute() {
  const { pending, notice, search, total, all, page, pageCount } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const notices = {
    'da-duyet': { tone: 'success', text: t('accounts.review.approved') },
    'da-tu-choi': { tone: 'success', text: t('accounts.review.rejected') },
    'da-xu-ly': { tone: 'warning', text: t('accounts.review.alreadyDecided') },
  } as const

  return (
    <PageShell>
      <PageHeader title={t('accounts.review.title')} intro={t('accounts.review.intro', { count: all })} />
      <Form method="get" role="search" className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="queue-search" className="block text-sm font-medium text-slate-800">
            {t('accounts.review.search')}
          </label>
          <input id="queue-search" name="q" type="search" defaultValue={search ?? ''} className={`${inputClass} mt-1.5`} />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {t('accounts.review.searchSubmit')}
        </button>
      </Form>
      {search ? <p className="mb-4 text-sm text-slate-600">{t('accounts.review.found', { count: total, search })}</p> : null}
      {notice ? (
        <div className="mb-6">
          <Notice tone={notices[notice].tone} role="status">
            {notices[notice].text}
          </Notice>
        </div>
      ) : null}
      {pending.length === 0 ? (
        <EmptyState title={search ? t('accounts.review.noMatch') : t('accounts.review.empty')} body={search ? undefined : t('accounts.review.emptyBody')} />
      ) : (
        <ol className="space-y-5">
          {pending.map((certificate) => {
            const approving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'approve' && navigation.formData?.get('certificateId') === certificate.id
            return (
              <li key={certificate.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6" aria-labelledby={`cert-${certificate.id}`} data-testid="pending-certificate">
                <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-500">
                      {certificate.producer.legalName || '—'} · {t(`producerType.${certificate.producer.type}`)}
                      {certificate.producer.province ? ` · ${certificate.producer.province.name}` : ''}
                    </p>
                    <h2 id={`cert-${certificate.id}`} className="mt-1 text-lg font-semibold text-slate-900">
                      {certificate.product?.nameVi ?? t('accounts.certificates.noProduct')}
                    </h2>
                    <p className="mt-1 inline-flex items-center gap-1 text-sm font-semibold text-star-700">
                      <StarIcon width={15} height={15} className="text-star-500" />
                      {t('accounts.certificates.stars', { count: certificate.stars })}
                      {certificate.score ? <span className="font-normal text-slate-600"> · {t('accounts.review.score', { score: certificate.score })}</span> : null}
                    </p>
                  </div>
                  <p className="text-sm text-slate-500">{t('accounts.review.submittedAt', { date: formatDateTime(certificate.createdAt) })}</p>
                </div>

                <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
                  <div>
                    <dt className="text-slate-500">{t('accounts.certificate.number')}</dt>
                    <dd className="font-medium text-slate-900">{certificate.certificateNumber}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('accounts.certificate.decisionNumber')}</dt>
                    <dd className="font-medium text-slate-900">{certificate.decisionNumber}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('accounts.certificate.authority')}</dt>
                    <dd className="font-medium text-slate-900">
                      {certificate.issuingAuthority} ({t(`accounts.issuingLevel.${certificate.issuingLevel}`)})
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('accounts.review.validity')}</dt>
                    <dd className="font-medium text-slate-900">
                      {formatDate(certificate.decisionDate)} – {formatDate(certificate.expiresAt)}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t('accounts.review.taxCode')}</dt>
                    <dd className="font-medium text-slate-900">{certificate.producer.taxCode ?? '—'}</dd>
                  </div>
                </dl>

                <div className="mt-4">
                  {certificate.hasDocument ? (
                    <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
                      {certificate.documentMime?.startsWith('image/') ? (
                        <a href={paths.certificateDocument(certificate.id)} target="_blank" rel="noreferrer" className="block shrink-0">
                          <img
                            src={paths.certificateDocument(certificate.id)}
                            alt={t('accounts.review.scanAlt', { number: certificate.certificateNumber })}
                            className="h-40 w-auto rounded-lg object-contain ring-1 ring-slate-200"
                          />
                        </a>
                      ) : null}
                      <a href={paths.certificateDocument(certificate.id)} target="_blank" rel="noreferrer" className={buttonClass.secondary}>
                        {t('accounts.review.openScan', { kind: certificate.documentMime === 'application/pdf' ? 'PDF' : t('accounts.review.image') })}
                      </a>
                    </div>
                  ) : (
                    <Notice tone="warning">{t('accounts.review.noScan')}</Notice>
                  )}
                </div>

                <div className="mt-5 flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-start">
                  <Form method="post">
                    <input type="hidden" name="intent" value="approve" />
                    <input type="hidden" name="certificateId" value={certificate.id} />
                    <input type="hidden" name="page" value={page} />
                    <input type="hidden" name="q" value={search ?? ''} />
        <input type="hidden" name="q" value={search ?? ''} />
                    <button type="submit" className={buttonClass.primary} disabled={approving}>
                      {approving ? t('accounts.form.working') : t('accounts.review.approve')}
                    </button>
                  </Form>
                  <div className="flex-1">
                    <RejectForm
                      certificateId={certificate.id}
                      page={page}
                      search={search}
                      lastResult={actionData && actionData.certificateId === certificate.id ? actionData.result : undefined}
                    />
                  </div>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} href={(target) => pageHref(target, { search })} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.review.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
