// Product descriptions use a tiny text format instead of HTML: blank line = paragraph, "- " = list
// item, **bold**, *italic*. The renderer escapes everything first and only then adds the few tags
// it knows, so no markup typed by a user can reach another user's browser. Client-safe.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char])
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\n]+)\*/g, '<em>$1</em>')
}

export function renderRichText(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').trim().split(/\n{2,}/)
  return blocks
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n')
      if (lines.every((line) => /^\s*[-•]\s+/.test(line))) {
        return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^\s*[-•]\s+/, ''))}</li>`).join('')}</ul>`
      }
      return `<p>${lines.map(inline).join('<br>')}</p>`
    })
    .join('')
}

/** Plain text for meta descriptions and search snippets. */
export function plainText(source: string, maxLength = 160): string {
  const text = source.replace(/\*\*?|^\s*[-•]\s+/gm, '').replace(/\s+/g, ' ').trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text
}
