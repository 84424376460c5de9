// Status labels of the producer's screens: listing status and the certificate behind the stars.
import { StarIcon } from '~/components/icons'
import { StatusPill, type PillTone } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import type { ListingCertificate } from '~/modules/catalogue/listing-status'

const STATUS_TONE = { DRAFT: 'neutral', PUBLISHED: 'success', ARCHIVED: 'warning' } as const satisfies Record<string, PillTone>

export function ListingStatusBadge({ status }: { status: keyof typeof STATUS_TONE }) {
  const { t } = useTranslation()
  return <StatusPill tone={STATUS_TONE[status]}>{t(`catalogue.status.${status}`)}</StatusPill>
}

const CERTIFICATE_STYLE: Record<ListingCertificate['status'], string> = {
  valid: 'text-brand-800',
  expiring: 'text-amber-800',
  reevaluation: 'text-sky-800',
  pending: 'text-sky-800',
  expired: 'text-red-700',
  rejected: 'text-red-700',
  revoked: 'text-red-700',
  superseded: 'text-slate-600',
  none: 'text-slate-500',
}

export function CertificateStatus({ certificate }: { certificate: ListingCertificate }) {
  const { t } = useTranslation()
  const starred = certificate.status === 'valid' || certificate.status === 'expiring'
  return (
    <span className={`inline-flex items-center gap-1 text-sm font-medium ${CERTIFICATE_STYLE[certificate.status]}`}>
      {starred ? <StarIcon width={15} height={15} className="text-star-500" /> : null}
      {certificate.stars && certificate.status !== 'none'
        ? t(`catalogue.certificate.${certificate.status}`, { stars: certificate.stars })
        : t('catalogue.certificate.none')}
    </span>
  )
}
