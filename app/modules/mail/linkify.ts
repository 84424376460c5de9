// Splits a plain-text email body into text and link pieces, so the page renders links as <a>
// elements and everything else as escaped text: no HTML from a message is ever injected.
export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string }

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g
// Sentence punctuation right after a link belongs to the sentence, not to the address.
const TRAILING = /[.,;:!?)\]]+$/

export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0]
    const trailing = TRAILING.exec(raw)?.[0] ?? ''
    const href = raw.slice(0, raw.length - trailing.length)
    const start = match.index ?? 0
    if (!isHttpUrl(href)) continue
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) })
    pieces.push({ kind: 'link', href, text: href })
    last = start + href.length
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) })
  return pieces
}

function isHttpUrl(value: string) {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
