// Redirect targets taken from forms or query strings must stay on this site: only a local path is
// accepted ("/x"), never "//evil.example" or "/\evil.example", which browsers treat as other hosts.
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  if (/[\u0000-\u001f]/.test(to)) return fallback
  return to
}
