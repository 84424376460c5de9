import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { RefundSchema } from '~/modules/payments/schemas'
import { EmailSchema, OcopStarsSchema, PhoneVnSchema, PriceVndSchema, TaxCodeSchema } from './schemas'

describe('field schemas', () => {
  it('accepts Vietnamese tax codes of 10 or 13 digits', () => {
    expect(TaxCodeSchema.parse('1300123456')).toBe('1300123456')
    expect(TaxCodeSchema.parse('1300123456-001')).toBe('1300123456-001')
    expect(TaxCodeSchema.parse('1300123456001')).toBe('1300123456-001')
    expect(TaxCodeSchema.safeParse('13001234').success).toBe(false)
    expect(TaxCodeSchema.safeParse('130012345A').success).toBe(false)
  })
  it('normalises phone numbers', () => {
    expect(PhoneVnSchema.parse('0912 345 678')).toBe('0912345678')
    expect(PhoneVnSchema.parse('+84912345678')).toBe('+84912345678')
    expect(PhoneVnSchema.safeParse('12345').success).toBe(false)
  })
  it('takes prices in whole đồng', () => {
    expect(PriceVndSchema.parse('125.000')).toBe(125000)
    expect(PriceVndSchema.safeParse('12,5').success).toBe(true) // "12,5" is read as 125 đồng (thousands mark)
    expect(PriceVndSchema.safeParse('-5').success).toBe(false)
    expect(PriceVndSchema.safeParse('abc').success).toBe(false)
  })
  it('reads "42.000" typed in a form as forty-two thousand đồng, through Conform too', () => {
    const form = new FormData()
    form.set('price', '42.000')
    const price = parseWithZod(form, { schema: z.object({ price: PriceVndSchema }) })
    expect(price.status === 'success' && price.value).toEqual({ price: 42_000 })
    const refund = new FormData()
    refund.set('intent', 'refund')
    refund.set('amountVnd', '500.000')
    refund.set('reason', 'Huỷ gian theo đề nghị của nhà sản xuất')
    const parsed = parseWithZod(refund, { schema: RefundSchema })
    expect(parsed.status === 'success' && parsed.value).toMatchObject({ amountVnd: 500_000 })
  })
  it('allows only 3, 4 or 5 stars', () => {
    expect(OcopStarsSchema.parse('4')).toBe(4)
    expect(OcopStarsSchema.safeParse('2').success).toBe(false)
    expect(OcopStarsSchema.safeParse('6').success).toBe(false)
  })
  it('lower-cases emails and explains bad ones in Vietnamese', () => {
    expect(EmailSchema.parse(' An@Example.VN ')).toBe('an@example.vn')
    const result = EmailSchema.safeParse('khong-phai-email')
    expect(result.success ? '' : result.error.issues[0].message).toBe('Email không hợp lệ')
  })
})
