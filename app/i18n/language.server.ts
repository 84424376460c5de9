// Which language a request is served in: the `lang` cookie (set by the switch in the header), else
// the browser's Accept-Language on a first visit, else Vietnamese.
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './types'

export const LANG_COOKIE = 'lang'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

export function readLanguageCookie(cookieHeader: string | null): Lang | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === LANG_COOKIE) {
      const value = decodeURIComponent(rest.join('='))
      return isLang(value) ? value : null
    }
  }
  return null
}

/** The supported language the browser prefers most, honouring q-values; null if none is supported. */
export function preferredLanguage(acceptLanguage: string | null): Lang | null {
  if (!acceptLanguage) return null
  const ranked = acceptLanguage
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean)
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index }
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.primary))
  return match ? (match.primary as Lang) : null
}

export function getLanguage(request: Request): Lang {
  return (
    readLanguageCookie(request.headers.get('Cookie')) ??
    preferredLanguage(request.headers.get('Accept-Language')) ??
    DEFAULT_LANG
  )
}

/** Not HttpOnly on purpose: it is a preference, not a secret, and client code may read it. */
export function serializeLanguageCookie(lang: Lang, request: Request): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : ''
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`
}
