// /nha-san-xuat/chung-nhan/<id>: one certificate of the producer's own (producers only). Another
// producer's id is "not found" (404): whether it exists is not theirs to know.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, Card, CertificateStatusBadge, DefinitionList, Notice, PageHeader, PageShell, StarBadge } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { certificateDisplayStatus, daysUntilExpiry, showsStarBadge } from '~/modules/producers/certificate-rules'
import { getCertificateForActor } from '~/modules/producers/certificates.server'
import { now } from '~/utils/clock.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const certificate = await getCertificateForActor(user, params.id ?? '')
  requirePermission(user, 'read:certificate', { producerId: certificate.producerId }, 404)
  const at = now()
  const { producerId: _producerId, producer: _producer, documentPath, ...shown } = certificate
  return {
    certificate: {
      ...shown,
      hasDocument: Boolean(documentPath),
      display: certificateDisplayStatus(certificate, at),
      badge: showsStarBadge(certificate, at),
      daysLeft: daysUntilExpiry(certificate.expiresAt, at),
    },
  }
}

export default function CertificateRoute() {
  const { certificate } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const title = certificate.product?.nameVi ?? certificate.certificateNumber
  return (
    <PageShell width="max-w-4xl">
      <PageHeader
        title={title}
        intro={t('accounts.certificates.numberLine', { number: certificate.certificateNumber, authority: certificate.issuingAuthority })}
        breadcrumb={[
          { to: paths.producerDashboard, label: t('accounts.dashboard.title') },
          { to: paths.producerCertificates, label: t('accounts.certificates.title') },
          { label: certificate.certificateNumber },
        ]}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {certificate.badge ? <StarBadge stars={certificate.stars} /> : null}
            <CertificateStatusBadge status={certificate.display} />
          </div>
        }
      />
      <div className="space-y-6">
        {certificate.display === 'rejected' && certificate.rejectionReason ? (
          <Notice tone="error" title={t('accounts.certificates.rejectionReason')}>
            <p className="whitespace-pre-wrap" data-testid="rejection-reason">
              {certificate.rejectionReason}
            </p>
          </Notice>
        ) : certificate.display === 'pending' ? (
          <Notice tone="info">{t('accounts.certificate.pendingNote')}</Notice>
        ) : certificate.display === 'expiring' ? (
          <Notice tone="warning">{t('accounts.certificates.expiresIn', { count: certificate.daysLeft, date: formatDate(certificate.expiresAt) })}</Notice>
        ) : certificate.display === 'expired' ? (
          <Notice tone="error">{t('accounts.certificate.expiredNote')}</Notice>
        ) : null}

        <Card id="certificate-details" title={t('accounts.certificate.details')}>
          <DefinitionList
            items={[
              {
                term: t('accounts.certificate.product'),
                value: certificate.product ? (
                  <Link to={paths.producerProductEdit(certificate.product.id)} className="font-medium text-brand-700 hover:text-brand-900">
                    {certificate.product.nameVi}
                  </Link>
                ) : (
                  '—'
                ),
              },
              { term: t('accounts.certificate.stars'), value: t('accounts.certificates.stars', { count: certificate.stars }) },
              { term: t('accounts.certificate.number'), value: certificate.certificateNumber },
              { term: t('accounts.certificate.decisionNumber'), value: certificate.decisionNumber },
              { term: t('accounts.certificate.level'), value: t(`accounts.issuingLevel.${certificate.issuingLevel}`) },
              { term: t('accounts.certificate.authority'), value: certificate.issuingAuthority },
              { term: t('accounts.certificate.decisionDate'), value: formatDate(certificate.decisionDate) },
              { term: t('accounts.certificate.issuedAt'), value: formatDate(certificate.issuedAt) },
              { term: t('accounts.certificate.expiresAt'), value: formatDate(certificate.expiresAt) },
              { term: t('accounts.certificate.submittedAt'), value: formatDateTime(certificate.createdAt) },
            ]}
          />
        </Card>

        <Card id="certificate-scan" title={t('accounts.certificate.document')}>
          {certificate.hasDocument ? (
            <div className="flex flex-wrap gap-3">
              <a href={paths.certificateDocument(certificate.id)} target="_blank" rel="noreferrer" className={buttonClass.secondary}>
                {t('accounts.certificate.openDocument')}
              </a>
              <a href={`${paths.certificateDocument(certificate.id)}?tai-ve=1`} className={buttonClass.secondary}>
                {t('accounts.certificate.downloadDocument')}
              </a>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t('accounts.certificate.noDocument')}</p>
          )}
        </Card>
      </div>
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
