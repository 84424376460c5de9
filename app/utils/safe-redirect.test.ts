import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

describe('safeRedirect', () => {
  it('keeps local paths with their query', () => {
    expect(safeRedirect('/hoi-cho?trang=2')).toBe('/hoi-cho?trang=2')
  })

  it('refuses other hosts, schemes and missing values', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeRedirect(bad)).toBe('/')
    }
    expect(safeRedirect('/\nLocation: x', '/home')).toBe('/home')
  })
})
