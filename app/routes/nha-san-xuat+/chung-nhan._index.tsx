// /nha-san-xuat/chung-nhan: the producer's OCOP certificates (producers only) with what each one
// means today: valid, expiring soon, expired, waiting for review, or rejected with the reason.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, CertificateStatusBadge, EmptyState, Notice, PageHeader, PageShell, StarBadge } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listOwnCertificates } from '~/modules/producers/dashboard.server'
import { formatDate } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const certificates = await listOwnCertificates(user)
  const submitted = new URL(request.url).searchParams.get('thong-bao') === 'da-gui'
  return { hasProfile: Boolean(user.producerId), submitted, certificates }
}

export default function CertificatesRoute() {
  const { hasProfile, submitted, certificates } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell>
      <PageHeader
        title={t('accounts.certificates.title')}
        intro={t('accounts.certificates.intro')}
        breadcrumb={[{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { label: t('accounts.certificates.title') }]}
        actions={
          hasProfile ? (
            <Link to={paths.producerCertificateNew} className={buttonClass.primary}>
              {t('accounts.certificates.new')}
            </Link>
          ) : null
        }
      />
      {submitted ? (
        <div className="mb-6">
          <Notice tone="success" role="status" title={t('accounts.certificates.submittedTitle')}>
            {t('accounts.certificates.submittedBody')}
          </Notice>
        </div>
      ) : null}

      {!hasProfile ? (
        <EmptyState
          title={t('accounts.certificates.needProfile')}
          body={t('accounts.certificates.needProfileBody')}
          action={
            <Link to={paths.producerProfile} className={buttonClass.primary}>
              {t('accounts.dashboard.startProfile')}
            </Link>
          }
        />
      ) : certificates.length === 0 ? (
        <EmptyState
          title={t('accounts.certificates.empty')}
          body={t('accounts.certificates.emptyBody')}
          action={
            <Link to={paths.producerCertificateNew} className={buttonClass.primary}>
              {t('accounts.certificates.new')}
            </Link>
          }
        />
      ) : (
        <ul className="space-y-4" aria-label={t('accounts.certificates.title')}>
          {certificates.map((certificate) => (
            <li key={certificate.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="certificate">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h2 className="text-base font-semibold text-slate-900">
                    <Link to={paths.producerCertificate(certificate.id)} className="hover:text-brand-800 hover:underline">
                      {certificate.product?.nameVi ?? t('accounts.certificates.noProduct')}
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {t('accounts.certificates.numberLine', { number: certificate.certificateNumber, authority: certificate.issuingAuthority })}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  {certificate.badge ? <StarBadge stars={certificate.stars} /> : <span className="text-sm font-medium text-slate-600">{t('accounts.certificates.stars', { count: certificate.stars })}</span>}
                  <CertificateStatusBadge status={certificate.display} />
                </div>
              </div>
              <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
                <div>
                  <dt className="text-slate-500">{t('accounts.certificate.decisionDate')}</dt>
                  <dd className="font-medium text-slate-900">{formatDate(certificate.decisionDate)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t('accounts.certificate.expiresAt')}</dt>
                  <dd className="font-medium text-slate-900">{formatDate(certificate.expiresAt)}</dd>
                </div>
                {certificate.display === 'expiring' ? (
                  <div>
                    <dt className="text-slate-500">{t('accounts.certificates.remaining')}</dt>
                    <dd className="font-medium text-amber-800">{t('accounts.certificates.days', { count: certificate.daysLeft })}</dd>
                  </div>
                ) : null}
              </dl>
              {certificate.display === 'rejected' && certificate.rejectionReason ? (
                <div className="mt-4">
                  <Notice tone="error" title={t('accounts.certificates.rejectionReason')}>
                    <p className="whitespace-pre-wrap" data-testid="rejection-reason">
                      {certificate.rejectionReason}
                    </p>
                  </Notice>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.certificates.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
