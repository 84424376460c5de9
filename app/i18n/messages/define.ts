import type { Message } from '../types'

/**
 * One domain's messages in both languages. English must have exactly the Vietnamese keys, so a
 * missing translation fails `tsc`. vi.ts / en.ts spread every domain into the dictionaries.
 */
export function defineMessages<V extends Record<string, Message>>(messages: { vi: V; en: { [K in keyof V]: Message } }) {
  return messages
}
