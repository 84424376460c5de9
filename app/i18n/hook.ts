// Components read the language from the root loader's data, so a switch re-renders everything.
import { useRouteLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import { createTranslator, DEFAULT_LANG, isLang, type Lang, type Translate } from './index'

export function useLang(): Lang {
  // Also used by error boundaries, where the root loader may have failed: fall back to Vietnamese.
  const data = useRouteLoaderData('root') as { lang?: unknown } | undefined
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG
}

export function useTranslation(): { lang: Lang; t: Translate } {
  const lang = useLang()
  return useMemo(() => ({ lang, t: createTranslator(lang) }), [lang])
}
