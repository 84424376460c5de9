// Status labels of the producer's screens: listing status and the certificate behind the stars.
import { StarIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { ListingCertificate } from '~/modules/catalogue/listing-status'

const STATUS_STYLE = {
  DRAFT: 'bg-slate-100 text-slate-700 ring-slate-300',
  PUBLISHED: 'bg-brand-50 text-brand-800 ring-brand-300',
  ARCHIVED: 'bg-amber-50 text-amber-900 ring-amber-300',
} as const

export function ListingStatusBadge({ status }: { status: keyof typeof STATUS_STYLE }) {
  const { t } = useTranslation()
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_STYLE[status]}`}>
      {t(`catalogue.status.${status}`)}
    </span>
  )
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
