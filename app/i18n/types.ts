import type { vi } from './vi'

export const LANGUAGES = ['vi', 'en'] as const
export type Lang = (typeof LANGUAGES)[number]
export const DEFAULT_LANG: Lang = 'vi'

/** A plain string, or plural forms picked by Intl.PluralRules from the `count` parameter. */
export type Message = string | { one: string; other: string }

export type MessageKey = keyof typeof vi
/** Every language must define every key of the Vietnamese dictionary, and nothing else. */
export type Dictionary = { [K in MessageKey]: Message }

export type MessageParams = Record<string, string | number>

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
