// meta functions cannot call hooks: they read the language from the root match instead.
import { createTranslator, DEFAULT_LANG, isLang, type Lang, type Translate } from './index'

type Matches = ReadonlyArray<{ id: string; data?: unknown } | undefined>

export function langFromMatches(matches: Matches): Lang {
  const lang = (matches.find((match) => match?.id === 'root')?.data as { lang?: unknown } | undefined)?.lang
  return isLang(lang) ? lang : DEFAULT_LANG
}

export function translatorFromMatches(matches: Matches): Translate {
  return createTranslator(langFromMatches(matches))
}
