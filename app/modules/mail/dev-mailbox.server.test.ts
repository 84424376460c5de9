import { describe, expect, it } from 'vitest'
import { devMailboxEnabled } from './dev-mailbox.server'

describe('devMailboxEnabled', () => {
  it('is open in development and tests', () => {
    expect(devMailboxEnabled({ NODE_ENV: 'development' })).toBe(true)
    expect(devMailboxEnabled({ NODE_ENV: 'test' })).toBe(true)
  })

  it('is closed in production, even with the flag, unless the site lives on this machine', () => {
    expect(devMailboxEnabled({ NODE_ENV: 'production', APP_URL: 'http://127.0.0.1:3100' })).toBe(false)
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'on', APP_URL: 'https://ocop-connect.vn' })).toBe(false)
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'on', APP_URL: 'http://127.0.0.1.nip.io' })).toBe(false)
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'on' })).toBe(false)
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'yes', APP_URL: 'http://127.0.0.1:3100' })).toBe(false)
  })

  it('opens in a production build only for an explicitly flagged local server (the e2e run)', () => {
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'on', APP_URL: 'http://127.0.0.1:3100' })).toBe(true)
    expect(devMailboxEnabled({ NODE_ENV: 'production', DEV_MAILBOX: 'on', APP_URL: 'http://localhost:3000' })).toBe(true)
  })
})
