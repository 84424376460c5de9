import { describe, expect, it } from 'vitest'
import { checkEligibility, countdown, type EligibilityFair, type EligibilityProducer } from './eligibility'

const at = new Date('2026-12-01T03:00:00Z')
const fair: EligibilityFair = {
  status: 'PUBLISHED',
  applicationOpensAt: new Date('2026-10-01T00:00:00Z'),
  applicationClosesAt: new Date('2027-02-28T16:59:59Z'),
  minStars: 3,
  allowedGroupIds: [],
  allowedProvinceIds: ['86', '82'],
  verifiedOnly: true,
}
const cert = (stars: number, expiresAt = '2028-01-01', status = 'VERIFIED') => ({ stars, status, expiresAt: new Date(`${expiresAt}T00:00:00Z`) })
const producer = (overrides: Partial<EligibilityProducer> = {}): EligibilityProducer => ({
  status: 'VERIFIED',
  provinceId: '86',
  products: [{ id: 'p1', status: 'PUBLISHED', groupId: '1', certificates: [cert(3)] }],
  ...overrides,
})

describe('checkEligibility', () => {
  it('accepts a verified producer of an allowed province with a valid 3-star product', () => {
    expect(checkEligibility(fair, producer(), at)).toEqual({ eligible: true, window: 'open', reasons: [], productIds: ['p1'] })
  })

  it('needs a valid certificate: expired, pending or unpublished products do not count', () => {
    const result = checkEligibility(
      fair,
      producer({
        products: [
          { id: 'expired', status: 'PUBLISHED', groupId: '1', certificates: [cert(4, '2026-11-30')] },
          { id: 'pending', status: 'PUBLISHED', groupId: '1', certificates: [cert(4, '2029-01-01', 'PENDING')] },
          { id: 'draft', status: 'DRAFT', groupId: '1', certificates: [cert(5)] },
          { id: 'none', status: 'PUBLISHED', groupId: '1', certificates: [] },
        ],
      }),
      at,
    )
    expect(result.eligible).toBe(false)
    expect(result.reasons).toEqual(['Cần ít nhất một sản phẩm OCOP 3 sao còn hiệu lực'])
  })

  it('applies the minimum stars and the allowed product groups', () => {
    const four = { ...fair, minStars: 4 }
    expect(checkEligibility(four, producer(), at).reasons).toEqual(['Cần ít nhất một sản phẩm OCOP từ 4 sao trở lên còn hiệu lực'])
    const drinks = { ...fair, allowedGroupIds: ['2'] }
    expect(checkEligibility(drinks, producer(), at, { groups: { '2': 'Đồ uống' } }).reasons).toEqual([
      'Cần ít nhất một sản phẩm OCOP 3 sao còn hiệu lực thuộc nhóm: Đồ uống',
    ])
  })

  it('explains an unverified profile and a province outside the list, all reasons at once', () => {
    const result = checkEligibility(fair, producer({ status: 'PENDING', provinceId: '01' }), at, { provinces: { '86': 'Vĩnh Long', '82': 'Đồng Tháp' } })
    expect(result.reasons).toEqual(['Hồ sơ nhà sản xuất cần được xác minh trước khi đăng ký', 'Hội chợ chỉ nhận nhà sản xuất thuộc: Vĩnh Long, Đồng Tháp'])
    expect(checkEligibility({ ...fair, verifiedOnly: false, allowedProvinceIds: [] }, producer({ status: 'PENDING', provinceId: null }), at).eligible).toBe(true)
  })

  it('refuses outside the application window and before publication', () => {
    const closed = checkEligibility(fair, producer(), new Date('2027-02-28T17:00:00Z'))
    expect(closed).toMatchObject({ eligible: false, window: 'closed' })
    expect(closed.reasons[0]).toBe('Đã hết hạn đăng ký gian hàng (hạn cuối 28/02/2027 23:59)')
    expect(checkEligibility(fair, producer(), new Date('2026-09-30T00:00:00Z')).window).toBe('not-open')
    expect(checkEligibility({ ...fair, status: 'DRAFT' }, producer(), at).reasons).toEqual(['Hội chợ chưa được công bố'])
    expect(checkEligibility({ ...fair, status: 'APPLICATIONS_CLOSED' }, producer(), at).window).toBe('closed')
  })

  it('counts down to the deadline', () => {
    expect(countdown(new Date('2026-12-03T05:30:00Z'), at)).toEqual({ days: 2, hours: 2, minutes: 30, passed: false })
    expect(countdown(at, new Date('2027-01-01T00:00:00Z')).passed).toBe(true)
  })
})
