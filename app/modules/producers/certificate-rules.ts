// OCOP certificate rules (Decision 148/QĐ-TTg): 3–5 stars, valid 36 months from the recognition
// decision. A certificate counts through its whole expiry day in Vietnam and stops counting at
// midnight Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Pure and client-safe.
export const VALIDITY_MONTHS = 36
export const EXPIRING_SOON_DAYS = 60
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export type CertificateStatusValue = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'REEVALUATION_PENDING' | 'SUPERSEDED' | 'REVOKED'

export type CertificateDisplayStatus =
  | 'pending'
  | 'valid'
  | 'expiring'
  | 'expired'
  | 'rejected'
  | 'reevaluation'
  | 'superseded'
  | 'revoked'

/** expiresAt is a calendar date (stored at 00:00 UTC). It stops being valid at the next midnight in Vietnam. */
export function validUntil(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() + DAY_MS - VIETNAM_OFFSET_MS)
}

export function isExpired(expiresAt: Date, at: Date): boolean {
  return at.getTime() >= validUntil(expiresAt).getTime()
}

export function daysUntilExpiry(expiresAt: Date, at: Date): number {
  return Math.ceil((validUntil(expiresAt).getTime() - at.getTime()) / DAY_MS) - 1
}

export function showsStarBadge(certificate: { status: CertificateStatusValue; expiresAt: Date }, at: Date): boolean {
  return certificate.status === 'VERIFIED' && !isExpired(certificate.expiresAt, at)
}

export function certificateDisplayStatus(
  certificate: { status: CertificateStatusValue; expiresAt: Date },
  at: Date,
): CertificateDisplayStatus {
  switch (certificate.status) {
    case 'PENDING':
      return 'pending'
    case 'REJECTED':
      return 'rejected'
    case 'REVOKED':
      return 'revoked'
    case 'SUPERSEDED':
      return 'superseded'
    case 'REEVALUATION_PENDING':
      return 'reevaluation'
    case 'VERIFIED':
      if (isExpired(certificate.expiresAt, at)) return 'expired'
      return daysUntilExpiry(certificate.expiresAt, at) <= EXPIRING_SOON_DAYS ? 'expiring' : 'valid'
  }
}

/** Default expiry: 36 months after the decision date, as a calendar date. */
export function defaultExpiryDate(decisionDate: Date): Date {
  const date = new Date(Date.UTC(decisionDate.getUTCFullYear(), decisionDate.getUTCMonth() + VALIDITY_MONTHS, decisionDate.getUTCDate()))
  return date
}

/** Stars band by score (A+B+C out of 100). Below 50 is not an OCOP product. */
export function starsForScore(score: number): 3 | 4 | 5 | null {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  return null
}

/** Today's calendar date in Vietnam, at 00:00 UTC (the way @db.Date values come back). */
export function vietnamToday(at: Date): Date {
  const shifted = new Date(at.getTime() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()))
}
