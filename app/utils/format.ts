// Display formats, identical on server and browser (no dependence on the ICU data each ships, so
// hydration never sees a different string). Vietnamese groups digits with ".", English with ",";
// money is whole đồng; dates are shown in Vietnam time (UTC+7, no daylight saving) as dd/mm/yyyy.
import type { Lang } from '~/i18n/types'

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const NBSP = '\u00a0'

const separators: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/** 1234567 → "1.234.567" (vi) / "1,234,567" (en); decimals only when given (up to `maxDecimals`). */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`)
  const { group, decimal } = separators[lang]
  const negative = value < 0
  const fixed = Math.abs(value).toFixed(maxDecimals)
  const [whole, fraction = ''] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)
  const trimmed = fraction.replace(/0+$/, '')
  const body = trimmed ? `${grouped}${decimal}${trimmed}` : grouped
  return negative && body !== '0' ? `-${body}` : body
}

/** Whole đồng: 125000 → "125.000 ₫" (vi) / "125,000 ₫" (en). Rounds stray fractions. */
export function formatVnd(amount: number, lang: Lang): string {
  return `${formatNumber(Math.round(amount), lang, 0)}${NBSP}₫`
}

function toDate(value: Date | string | number): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return date
}

/** Calendar parts of an instant as seen in Vietnam. */
function vietnamParts(value: Date | string | number) {
  const shifted = new Date(toDate(value).getTime() + VIETNAM_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    year: String(shifted.getUTCFullYear()),
    month: pad(shifted.getUTCMonth() + 1),
    day: pad(shifted.getUTCDate()),
    hours: pad(shifted.getUTCHours()),
    minutes: pad(shifted.getUTCMinutes()),
  }
}

/** dd/mm/yyyy in Asia/Ho_Chi_Minh, the same in both languages. */
export function formatDate(value: Date | string | number): string {
  const { day, month, year } = vietnamParts(value)
  return `${day}/${month}/${year}`
}

/** dd/mm/yyyy HH:mm (24-hour) in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: Date | string | number): string {
  const { day, month, year, hours, minutes } = vietnamParts(value)
  return `${day}/${month}/${year} ${hours}:${minutes}`
}

/** "12/03/2027 – 15/03/2027", or one date when both fall on the same Vietnamese day. */
export function formatDateRange(start: Date | string | number, end: Date | string | number): string {
  const from = formatDate(start)
  const to = formatDate(end)
  return from === to ? from : `${from} – ${to}`
}

/** yyyy-mm-dd of the Vietnamese calendar day containing `value` (for comparing with DATE columns). */
export function vietnamDateKey(value: Date | string | number): string {
  const { day, month, year } = vietnamParts(value)
  return `${year}-${month}-${day}`
}
