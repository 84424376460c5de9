import { describe, expect, it } from 'vitest'
import { createTranslator, dictionaries, translate } from './index'
import { preferredLanguage, readLanguageCookie, serializeLanguageCookie } from './language.server'
import { vi } from './vi'
import { en } from './en'

const placeholders = (message: string | { one: string; other: string }) =>
  new Set((typeof message === 'string' ? message : `${message.one} ${message.other}`).match(/\{\w+\}/g) ?? [])

describe('dictionaries', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
  })

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]))
      expect(JSON.stringify(vi[key]).length, key).toBeGreaterThan(2)
      expect(JSON.stringify(en[key]).length, key).toBeGreaterThan(2)
    }
  })
})

describe('translate', () => {
  it('interpolates and formats numbers for the language', () => {
    expect(translate('vi', 'home.stats.productCount', { count: 1234 })).toBe('1.234 sản phẩm')
    expect(translate('en', 'home.stats.productCount', { count: 1234 })).toBe('1,234 products')
  })

  it('chooses English plural forms from count', () => {
    const t = createTranslator('en')
    expect(t('home.stats.productCount', { count: 1 })).toBe('1 product')
    expect(t('home.stats.productCount', { count: 0 })).toBe('0 products')
    expect(t('home.stats.stars', { count: 5 })).toBe('5 stars')
  })

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(translate('vi', 'error.status', {})).toBe('Lỗi {status}')
    expect(dictionaries.vi['nav.products']).toBe('Sản phẩm')
  })
})

describe('language choice', () => {
  it('reads the lang cookie among others and ignores unsupported values', () => {
    expect(readLanguageCookie('a=1; lang=en; b=2')).toBe('en')
    expect(readLanguageCookie('lang=fr')).toBeNull()
    expect(readLanguageCookie('xlang=en')).toBeNull()
    expect(readLanguageCookie(null)).toBeNull()
  })

  it('honours Accept-Language q-values and region subtags', () => {
    expect(preferredLanguage('en-US,en;q=0.9,vi;q=0.8')).toBe('en')
    expect(preferredLanguage('fr-FR,vi;q=0.5,en;q=0.4')).toBe('vi')
    expect(preferredLanguage('en;q=0.2, vi-VN')).toBe('vi')
    expect(preferredLanguage('en;q=0, de')).toBeNull()
    expect(preferredLanguage('')).toBeNull()
  })

  it('sets a one-year, SameSite=Lax cookie, Secure only over https', () => {
    const plain = serializeLanguageCookie('en', new Request('http://127.0.0.1:3000/'))
    expect(plain).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax')
    expect(serializeLanguageCookie('vi', new Request('https://ocop.example/'))).toContain('; Secure')
  })
})
