// Calling loaders and actions with real Requests, as Remix would: the request helpers every
// route-level integration test shares.
import { startSession } from '~/modules/accounts/auth.server'
import { CLIENT_IP_HEADER } from '~/utils/client-ip.server'

/**
 * A GET, or a POST when a body is given; `cookie` is a "name=value" session cookie; `ip` is the
 * client address the server would have put in its header (rate limits count per address).
 */
export function request(url: string, init: { method?: string; body?: FormData; cookie?: string; userAgent?: string; ip?: string } = {}) {
  const headers = new Headers({ 'User-Agent': init.userAgent ?? 'vitest' })
  if (init.cookie) headers.set('Cookie', init.cookie)
  if (init.ip) headers.set(CLIENT_IP_HEADER, init.ip)
  return new Request(`http://localhost:3000${url}`, { method: init.method ?? (init.body ? 'POST' : 'GET'), body: init.body, headers })
}

export const args = (req: Request, params: Record<string, string> = {}) => ({ request: req, params, context: {} })

/** "name=value" of a Set-Cookie header, ready for a Cookie header. */
export const cookieOf = (setCookie: string) => setCookie.split(';')[0]!

/** A session cookie for the user, as after logging in. */
export async function sessionCookie(userId: string) {
  return cookieOf(await startSession(userId, request('/')))
}

/** The HTTP status a loader or action ends with, whether it returns or throws a Response. */
export async function outcome(run: () => Promise<unknown>) {
  try {
    const result = await run()
    return result instanceof Response ? result.status : 200
  } catch (error) {
    if (error instanceof Response) return error.status
    throw error
  }
}

/** A form body from plain values (files too). */
export function formData(values: Record<string, string | File>) {
  const body = new FormData()
  for (const [key, value] of Object.entries(values)) body.append(key, value)
  return body
}

/** Single fetch: loaders and actions return plain data, or data() objects ({ type: 'DataWithResponseInit', data, init }). */
export function unwrap<T>(value: unknown): { status: number; data: T } {
  const wrapped = value as { type?: string; data?: T; init?: { status?: number } | null }
  if (wrapped && wrapped.type === 'DataWithResponseInit') return { status: wrapped.init?.status ?? 200, data: wrapped.data as T }
  return { status: 200, data: value as T }
}
