import { describe, expect, it } from 'vitest'
import { plainText, renderRichText } from './rich-text'

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">bấm</a>',
  '"><iframe src=//evil.example>',
  "'';!--\"<XSS>=&{()}",
  '<style>body{display:none}</style>',
  '**<b onmouseover=alert(1)>đậm</b>**',
  '- <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
]

describe('renderRichText', () => {
  it('formats paragraphs, lists, bold and italic', () => {
    expect(renderRichText('Kẹo dừa **Bến Tre**\nthơm *béo*\n\n- 500 g\n- 1 kg')).toBe(
      '<p>Kẹo dừa <strong>Bến Tre</strong><br>thơm <em>béo</em></p><ul><li>500 g</li><li>1 kg</li></ul>',
    )
  })

  it.each(payloads)('renders %s as inert text', (payload) => {
    const html = renderRichText(payload)
    // Only our own tags survive; every "<" typed by the user is escaped.
    expect(html.replace(/<\/?(p|br|ul|li|strong|em)>/g, '')).not.toMatch(/[<>]/)
    expect(html).not.toMatch(/<(script|img|svg|iframe|a|style|math)\b/i)
  })

  it('makes short plain text for meta descriptions', () => {
    expect(plainText('**Kẹo dừa**\n- ngon', 10)).toBe('Kẹo dừa n…')
    expect(plainText('**Kẹo dừa**\n- ngon', 12)).toBe('Kẹo dừa ngon')
  })
})
