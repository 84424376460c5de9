// Colours of the allocation plan: one per province, product group or producer type, chosen in a
// stable order (sorted labels) so the same plan always looks the same. Client-safe.
import type { ColourBy } from './schemas'

/** Distinguishable fills that keep dark text readable (WCAG AA against #0f172a). */
export const PALETTE = [
  '#93c5fd', '#fca5a5', '#86efac', '#fde047', '#c4b5fd', '#fdba74', '#5eead4', '#f9a8d4',
  '#bef264', '#a5b4fc', '#fcd34d', '#67e8f9', '#d8b4fe', '#fda4af', '#6ee7b7', '#cbd5e1',
] as const
export const FREE_FILL = '#f8fafc'
export const UNKNOWN_FILL = '#e2e8f0'

export interface Holder {
  provinceId: string | null
  provinceName: string | null
  groupId: string | null
  groupName: string | null
  producerType: string
}

export function colourKey(holder: Holder, by: ColourBy): { key: string; label: string | null } {
  if (by === 'province') return { key: holder.provinceId ?? '', label: holder.provinceName }
  if (by === 'group') return { key: holder.groupId ?? '', label: holder.groupName }
  return { key: holder.producerType, label: null }
}

/** key → fill, for every key that occurs; keys sorted by their label so colours do not jump around. */
export function colourMap(entries: ReadonlyArray<{ key: string; label: string }>): Map<string, string> {
  const unique = [...new Map(entries.filter((e) => e.key).map((e) => [e.key, e.label])).entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  return new Map(unique.map(([key], index) => [key, PALETTE[index % PALETTE.length]]))
}
