// The server's notion of "now". Expiry rules (certificates, quotations, payment deadlines) read
// this instead of Date.now() so tests can move time without sleeping.
let override: Date | null = null

export function now(): Date {
  if (override) return new Date(override)
  const fake = process.env.NODE_ENV !== 'production' ? process.env.OCOP_FAKE_NOW : undefined
  return fake ? new Date(fake) : new Date()
}

/** Tests only: pin the clock (pass null to release it). */
export function setNow(date: Date | null) {
  override = date ? new Date(date) : null
}
