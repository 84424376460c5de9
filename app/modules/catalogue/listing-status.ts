// What the producer's listings table says about a product's OCOP certificates: the most useful
// one first (a valid star beats a pending review, which beats an expired one). Pure, client-safe.
import {
  certificateDisplayStatus,
  type CertificateDisplayStatus,
  type CertificateStatusValue,
} from '~/modules/producers/certificate-rules'

export type ListingCertificate = { status: CertificateDisplayStatus | 'none'; stars: number | null }

const RANK: Record<CertificateDisplayStatus, number> = {
  valid: 0,
  expiring: 1,
  reevaluation: 2,
  pending: 3,
  expired: 4,
  rejected: 5,
  revoked: 6,
  superseded: 7,
}

export function summariseCertificates(
  certificates: Array<{ status: CertificateStatusValue; expiresAt: Date; stars: number }>,
  at: Date,
): ListingCertificate {
  let best: { status: CertificateDisplayStatus; stars: number } | null = null
  for (const certificate of certificates) {
    const status = certificateDisplayStatus(certificate, at)
    const better =
      !best || RANK[status] < RANK[best.status] || (RANK[status] === RANK[best.status] && certificate.stars > best.stars)
    if (better) best = { status, stars: certificate.stars }
  }
  return best ?? { status: 'none', stars: null }
}
