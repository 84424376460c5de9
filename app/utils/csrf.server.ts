// Cross-site request forgery guard applied by the HTTP server to every state-changing request.
// Remix before 2.17.3 let cross-origin form posts reach actions (CVE-2026-22030) and the fix still
// passes a request with no Origin header, so we require proof of same origin ourselves.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Paths authenticated by other means (Stripe signs its webhooks). */
const EXEMPT_PATHS = ['/webhooks/stripe']

export function checkSameOrigin(input: {
  method: string
  path: string
  host: string | undefined
  protocol: string
  origin: string | undefined
  secFetchSite: string | undefined
}): { ok: true } | { ok: false; reason: string } {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { ok: true }
  if (EXEMPT_PATHS.includes(input.path)) return { ok: true }
  if (input.origin && input.origin !== 'null') {
    const expected = `${input.protocol}://${input.host}`
    return input.origin === expected ? { ok: true } : { ok: false, reason: `origin ${input.origin} is not ${expected}` }
  }
  if (input.secFetchSite === 'same-origin') return { ok: true }
  return { ok: false, reason: 'no Origin header and no same-origin Sec-Fetch-Site' }
}
