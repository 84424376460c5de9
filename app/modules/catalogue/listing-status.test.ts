import { describe, expect, it } from 'vitest'
import { summariseCertificates } from './listing-status'

const at = new Date('2026-11-29T03:00:00Z')
const date = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('summariseCertificates', () => {
  it('says "none" for a product without certificates', () => {
    expect(summariseCertificates([], at)).toEqual({ status: 'none', stars: null })
  })

  it('prefers a valid certificate over a pending review or an expired one', () => {
    expect(
      summariseCertificates(
        [
          { status: 'VERIFIED', expiresAt: date('2025-01-01'), stars: 5 },
          { status: 'PENDING', expiresAt: date('2029-01-01'), stars: 5 },
          { status: 'VERIFIED', expiresAt: date('2028-06-30'), stars: 3 },
        ],
        at,
      ),
    ).toEqual({ status: 'valid', stars: 3 })
  })

  it('reports a verified certificate inside 60 days of expiry as expiring, and the most stars among equals', () => {
    expect(
      summariseCertificates(
        [
          { status: 'VERIFIED', expiresAt: date('2027-01-10'), stars: 3 },
          { status: 'VERIFIED', expiresAt: date('2027-01-15'), stars: 4 },
        ],
        at,
      ),
    ).toEqual({ status: 'expiring', stars: 4 })
  })

  it('shows an expired certificate as expired (counted through its last day in Vietnam)', () => {
    const expiresToday = { status: 'VERIFIED' as const, expiresAt: date('2026-11-29'), stars: 4 }
    expect(summariseCertificates([expiresToday], at).status).toBe('expiring')
    expect(summariseCertificates([expiresToday], new Date('2026-11-29T17:00:00Z')).status).toBe('expired')
  })
})
