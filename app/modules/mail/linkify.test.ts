import { describe, expect, it } from 'vitest'
import { linkify } from './linkify'

describe('linkify', () => {
  it('turns http(s) addresses into links and leaves the rest as text', () => {
    expect(linkify('Mở liên kết sau:\nhttp://127.0.0.1:3100/dat-lai-mat-khau/abc_-9\n\nCảm ơn.')).toEqual([
      { kind: 'text', text: 'Mở liên kết sau:\n' },
      { kind: 'link', href: 'http://127.0.0.1:3100/dat-lai-mat-khau/abc_-9', text: 'http://127.0.0.1:3100/dat-lai-mat-khau/abc_-9' },
      { kind: 'text', text: '\n\nCảm ơn.' },
    ])
  })

  it('keeps sentence punctuation out of the address', () => {
    expect(linkify('Xem https://ocop.vn/a. Xong')).toEqual([
      { kind: 'text', text: 'Xem ' },
      { kind: 'link', href: 'https://ocop.vn/a', text: 'https://ocop.vn/a' },
      { kind: 'text', text: '. Xong' },
    ])
  })

  it('never makes links of other schemes, and markup stays plain text', () => {
    const pieces = linkify('<a href="javascript:alert(1)">x</a> javascript:alert(1) data:text/html,<b>')
    expect(pieces).toEqual([{ kind: 'text', text: '<a href="javascript:alert(1)">x</a> javascript:alert(1) data:text/html,<b>' }])
  })

  it('stops an address at quotes and angle brackets', () => {
    expect(linkify('"https://ocop.vn/x"<script>')).toEqual([
      { kind: 'text', text: '"' },
      { kind: 'link', href: 'https://ocop.vn/x', text: 'https://ocop.vn/x' },
      { kind: 'text', text: '"<script>' },
    ])
  })
})
