// Translation for both server and browser. Components get `t` from useTranslation() (hook.ts);
// loaders, meta functions and tests call createTranslator(lang) directly.
import { formatNumber } from '~/utils/format'
import { en } from './en'
import type { Dictionary, Lang, Message, MessageKey, MessageParams } from './types'
import { vi } from './vi'

export * from './types'

export const dictionaries: Record<Lang, Dictionary> = { vi, en }

/** Human names of the languages, each in its own language (what a switch should show). */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' }

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {}

function pick(message: Message, lang: Lang, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message
  const count = params?.count
  if (typeof count !== 'number') return message.other
  pluralRules[lang] ??= new Intl.PluralRules(lang)
  return pluralRules[lang].select(count) === 'one' ? message.one : message.other
}

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = pick(dictionaries[lang][key] ?? dictionaries.vi[key], lang, params)
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    // Numbers take the language's digit grouping (1.234 in Vietnamese, 1,234 in English).
    return typeof value === 'number' ? formatNumber(value, lang) : value
  })
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

export function createTranslator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params)
}
