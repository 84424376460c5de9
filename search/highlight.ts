// Client-safe: the UI splits Meilisearch's highlighted names on these markers and renders <mark>
// itself, so no HTML from the search engine ever reaches the page.

// Control characters cannot occur in names, so they mark highlights safely.
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'

/** Splits a highlighted string into plain and matched parts for safe rendering. */
export function highlightParts(text: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = []
  const pattern = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g')
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), match: false })
    if (m[1]) parts.push({ text: m[1], match: true })
    last = m.index! + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  // Stray markers (a truncated highlight) must never show up as characters.
  return parts.map((part) => ({ ...part, text: part.text.replace(/[\u0002\u0003]/g, '') })).filter((part) => part.text)
}
