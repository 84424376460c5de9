import { describe, expect, it } from 'vitest'
import {
  certificateDisplayStatus,
  daysUntilExpiry,
  defaultExpiryDate,
  showsStarBadge,
  starsForScore,
  vietnamToday,
} from './certificate-rules'

const expiresAt = new Date('2026-12-31T00:00:00Z') // a @db.Date value

describe('certificate validity', () => {
  it('shows the badge through the whole expiry day in Vietnam and not the day after', () => {
    const verified = { status: 'VERIFIED' as const, expiresAt }
    expect(showsStarBadge(verified, new Date('2026-12-31T16:59:59Z'))).toBe(true) // 23:59:59 in Hà Nội
    expect(showsStarBadge(verified, new Date('2026-12-31T17:00:00Z'))).toBe(false) // 00:00 on 1 Jan
  })

  it('never shows the badge for a certificate an admin has not verified', () => {
    for (const status of ['PENDING', 'REJECTED', 'REVOKED', 'SUPERSEDED'] as const) {
      expect(showsStarBadge({ status, expiresAt }, new Date('2026-01-01T00:00:00Z'))).toBe(false)
    }
  })

  it('marks certificates expiring within 60 days', () => {
    const verified = { status: 'VERIFIED' as const, expiresAt }
    expect(certificateDisplayStatus(verified, new Date('2026-09-01T00:00:00Z'))).toBe('valid')
    expect(certificateDisplayStatus(verified, new Date('2026-11-15T00:00:00Z'))).toBe('expiring')
    expect(certificateDisplayStatus(verified, new Date('2027-01-01T00:00:00Z'))).toBe('expired')
    expect(daysUntilExpiry(expiresAt, new Date('2026-12-17T03:00:00Z'))).toBe(14)
  })

  it('defaults expiry to 36 months after the decision', () => {
    expect(defaultExpiryDate(new Date('2024-03-15T00:00:00Z')).toISOString().slice(0, 10)).toBe('2027-03-15')
  })

  it('maps scores to star bands', () => {
    expect([49, 50, 69, 70, 89, 90, 100].map(starsForScore)).toEqual([null, 3, 3, 4, 4, 5, 5])
  })

  it('computes the Vietnamese calendar day', () => {
    expect(vietnamToday(new Date('2026-11-29T18:30:00Z')).toISOString().slice(0, 10)).toBe('2026-11-30')
  })
})
