// POST lang=vi|en (+ redirectTo): remembers the choice in the `lang` cookie for a year and sends
// the visitor back where they were. Works as a plain HTML form, with or without JavaScript.
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { serializeLanguageCookie } from '~/i18n/language.server'
import { LANGUAGES } from '~/i18n/types'
import { safeRedirect } from '~/utils/safe-redirect'

const LanguageFormSchema = z.object({
  lang: z.enum(LANGUAGES),
  redirectTo: z.string().optional(),
})

function refererPath(request: Request): string | null {
  const referer = request.headers.get('Referer')
  if (!referer) return null
  try {
    const url = new URL(referer)
    return url.origin === new URL(request.url).origin ? `${url.pathname}${url.search}` : null
  } catch {
    return null
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const parsed = LanguageFormSchema.safeParse({
    lang: form.get('lang'),
    redirectTo: form.get('redirectTo') ?? undefined,
  })
  if (!parsed.success) throw new Response('Unsupported language', { status: 400 })
  const target = safeRedirect(parsed.data.redirectTo ?? refererPath(request))
  return redirect(target, {
    status: 303,
    headers: { 'Set-Cookie': serializeLanguageCookie(parsed.data.lang, request) },
  })
}

/** A stray GET (bookmark, back button after a submit) just goes home. */
export async function loader() {
  return redirect('/')
}
