import { describe, expect, it } from 'vitest'
import { formatDate, formatDateRange, formatDateTime, formatNumber, formatVnd, vietnamDateKey } from './format'

const NBSP = '\u00a0'

describe('formatVnd', () => {
  it('writes whole đồng with the language’s grouping and the ₫ sign after a no-break space', () => {
    expect(formatVnd(125000, 'vi')).toBe(`125.000${NBSP}₫`)
    expect(formatVnd(125000, 'en')).toBe(`125,000${NBSP}₫`)
    expect(formatVnd(1_250_000_000, 'vi')).toBe(`1.250.000.000${NBSP}₫`)
  })

  it('handles zero, small and negative amounts and rounds stray fractions', () => {
    expect(formatVnd(0, 'vi')).toBe(`0${NBSP}₫`)
    expect(formatVnd(500, 'vi')).toBe(`500${NBSP}₫`)
    expect(formatVnd(-45000, 'en')).toBe(`-45,000${NBSP}₫`)
    expect(formatVnd(999.6, 'vi')).toBe(`1.000${NBSP}₫`)
  })
})

describe('formatNumber', () => {
  it('groups thousands with "." in Vietnamese and "," in English', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567')
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatNumber(999, 'vi')).toBe('999')
  })

  it('uses a decimal comma in Vietnamese and drops trailing zeros', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatNumber(2.5, 'vi', 0)).toBe('3')
    expect(formatNumber(-0.001, 'en')).toBe('0')
  })

  it('agrees with Intl for integers', () => {
    for (const n of [0, 7, 1000, 65432, 9876543210]) {
      expect(formatNumber(n, 'en')).toBe(new Intl.NumberFormat('en-US').format(n))
      expect(formatNumber(n, 'vi')).toBe(new Intl.NumberFormat('vi-VN').format(n))
    }
  })

  it('refuses non-finite values', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(RangeError)
    expect(() => formatNumber(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError)
  })
})

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy of the Vietnamese day, which starts at 17:00 UTC the day before', () => {
    expect(formatDate(new Date('2027-03-14T16:59:59Z'))).toBe('14/03/2027')
    expect(formatDate(new Date('2027-03-14T17:00:00Z'))).toBe('15/03/2027')
    expect(formatDate('2026-12-31T18:30:00Z')).toBe('01/01/2027')
  })

  it('agrees with Intl’s Asia/Ho_Chi_Minh calendar', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
    for (const iso of ['2025-07-01T00:00:00Z', '2026-02-28T20:00:00Z', '2028-02-29T16:59:00Z']) {
      expect(formatDate(iso)).toBe(intl.format(new Date(iso)))
    }
  })

  it('adds 24-hour time', () => {
    expect(formatDateTime('2027-03-14T01:05:00Z')).toBe('14/03/2027 08:05')
    expect(formatDateTime('2027-03-14T16:30:00Z')).toBe('14/03/2027 23:30')
  })

  it('formats a range, collapsing a one-day range to one date', () => {
    expect(formatDateRange('2027-03-12T01:00:00Z', '2027-03-15T10:00:00Z')).toBe('12/03/2027 – 15/03/2027')
    expect(formatDateRange('2027-03-12T01:00:00Z', '2027-03-12T12:00:00Z')).toBe('12/03/2027')
  })

  it('gives the yyyy-mm-dd key of the Vietnamese day', () => {
    expect(vietnamDateKey(new Date('2027-03-14T17:00:00Z'))).toBe('2027-03-15')
  })

  it('refuses invalid dates', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError)
  })
})
