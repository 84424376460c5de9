import { describe, expect, it } from 'vitest'
import { checkSameOrigin } from './csrf.server'

const base = { method: 'POST', path: '/dang-nhap', host: 'localhost:3000', protocol: 'http', origin: undefined, secFetchSite: undefined }

describe('checkSameOrigin', () => {
  it('lets safe methods through', () => {
    expect(checkSameOrigin({ ...base, method: 'GET', origin: 'https://evil.example' }).ok).toBe(true)
  })
  it('accepts a POST from our own origin', () => {
    expect(checkSameOrigin({ ...base, origin: 'http://localhost:3000' }).ok).toBe(true)
    expect(checkSameOrigin({ ...base, secFetchSite: 'same-origin' }).ok).toBe(true)
  })
  it('refuses cross-origin posts and posts with no proof of origin', () => {
    expect(checkSameOrigin({ ...base, origin: 'https://evil.example' }).ok).toBe(false)
    expect(checkSameOrigin({ ...base, origin: 'http://localhost:3000.evil.example' }).ok).toBe(false)
    expect(checkSameOrigin({ ...base, secFetchSite: 'cross-site' }).ok).toBe(false)
    expect(checkSameOrigin({ ...base, origin: 'null' }).ok).toBe(false)
    expect(checkSameOrigin(base).ok).toBe(false)
  })
  it('exempts the Stripe webhook, which is verified by signature', () => {
    expect(checkSameOrigin({ ...base, path: '/webhooks/stripe' }).ok).toBe(true)
  })
})
