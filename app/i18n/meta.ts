// meta functions cannot call hooks: they read the language from the root match instead.
import { createTranslator, DEFAULT_LANG, isLang, type Translate } from './index'

export function translatorFromMatches(matches: ReadonlyArray<{ id: string; data?: unknown } | undefined>): Translate {
  const root = matches.find((match) => match?.id === 'root')
  const lang = (root?.data as { lang?: unknown } | undefined)?.lang
  return createTranslator(isLang(lang) ? lang : DEFAULT_LANG)
}
