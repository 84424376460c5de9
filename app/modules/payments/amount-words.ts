// Amounts in Vietnamese words for receipts ("Bằng chữ: Mười hai triệu năm trăm nghìn đồng").
// Read in groups of three digits; the conventions that trip people up are handled explicitly:
// "mười" vs "một mươi", "mốt" (21), "lăm" (15, 25), "linh" (105), "không trăm" inside a number.
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
const UNITS = ['', 'nghìn', 'triệu', 'tỷ']

/** Words for 0–999; `full` when a higher group precedes it (then "không trăm", "linh" are spoken). */
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const ones = n % 10
  const words: string[] = []
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm')
  if (tens === 0) {
    if (ones > 0 && (hundreds > 0 || full)) words.push('linh')
  } else if (tens === 1) words.push('mười')
  else words.push(DIGITS[tens], 'mươi')
  if (ones > 0) {
    if (ones === 1 && tens > 1) words.push('mốt')
    else if (ones === 5 && tens > 0) words.push('lăm')
    else words.push(DIGITS[ones])
  }
  return words.join(' ')
}

/** Non-negative whole numbers up to 10^18, e.g. 12500000 → "mười hai triệu năm trăm nghìn". */
export function numberInVietnameseWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Cannot read ${value} in words`)
  if (value === 0) return 'không'
  // Groups of three digits, lowest first; above "tỷ" the scale repeats ("nghìn tỷ", "triệu tỷ").
  const groups: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000)
  const parts: string[] = []
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]
    if (group === 0) {
      // "một tỷ đồng", not "một tỷ không nghìn": skipped groups are silent, except the tỷ scale word.
      if (i % 3 === 0 && i > 0 && parts.length && !parts[parts.length - 1].endsWith('tỷ')) parts.push('tỷ')
      continue
    }
    const full = i < groups.length - 1
    const unit = i === 0 ? '' : i % 3 === 0 ? 'tỷ' : UNITS[i % 3]
    parts.push([readTriple(group, full), unit].filter(Boolean).join(' '))
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/** 12_500_000 → "Mười hai triệu năm trăm nghìn đồng". */
export function amountInVietnameseWords(amountVnd: number): string {
  const words = `${numberInVietnameseWords(amountVnd)} đồng`
  return words.charAt(0).toUpperCase() + words.slice(1)
}
