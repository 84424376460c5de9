import { describe, expect, it } from 'vitest'
import { amountInVietnameseWords, numberInVietnameseWords } from './amount-words'

describe('amountInVietnameseWords', () => {
  it('reads a booth fee as written on Vietnamese receipts', () => {
    expect(amountInVietnameseWords(12_500_000)).toBe('Mười hai triệu năm trăm nghìn đồng')
    expect(amountInVietnameseWords(8_000_000)).toBe('Tám triệu đồng')
    expect(amountInVietnameseWords(0)).toBe('Không đồng')
  })

  it.each([
    [1, 'một'],
    [10, 'mười'],
    [11, 'mười một'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [25, 'hai mươi lăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [4_750_000, 'bốn triệu bảy trăm năm mươi nghìn'],
    [9_500_000, 'chín triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_300_000_000, 'hai tỷ ba trăm triệu'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('%i → %s', (value, words) => {
    expect(numberInVietnameseWords(value)).toBe(words)
  })

  it('refuses fractions and negative amounts (đồng has no minor unit)', () => {
    expect(() => amountInVietnameseWords(1.5)).toThrow(RangeError)
    expect(() => amountInVietnameseWords(-1)).toThrow(RangeError)
  })
})
