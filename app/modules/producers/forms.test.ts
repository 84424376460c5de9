import { describe, expect, it } from 'vitest'
import { CertificateFormSchema, defaultExpiryInput, MAX_DOCUMENT_BYTES, ProfileFormSchema, RejectCertificateSchema } from './forms'

const errorsOf = (result: { success: boolean; error?: { issues: Array<{ path: (string | number)[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

describe('ProfileFormSchema', () => {
  it('saves an incomplete draft', () => {
    expect(ProfileFormSchema.safeParse({ intent: 'save', legalName: 'HTX Dừa' }).success).toBe(true)
  })

  it('refuses to send an incomplete profile for review and names every missing field', () => {
    const result = ProfileFormSchema.safeParse({ intent: 'submit', legalName: 'HTX Dừa', phone: '0912 345 678' })
    expect(Object.keys(errorsOf(result)).sort()).toEqual(['addressLine', 'communeId', 'contactName', 'provinceId', 'taxCode', 'type'])
    expect(new Set(Object.values(errorsOf(result)))).toEqual(new Set(['Cần điền trước khi gửi xét duyệt']))
  })

  it('still checks the format of what is given in a draft', () => {
    expect(errorsOf(ProfileFormSchema.safeParse({ intent: 'save', taxCode: '12345' }))).toEqual({
      taxCode: 'Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với chi nhánh (0123456789-001)',
    })
  })

  it('refuses a logo over 5 MB before it is uploaded', () => {
    const logo = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'logo.png', { type: 'image/png' })
    expect(errorsOf(ProfileFormSchema.safeParse({ intent: 'save', logo }))).toEqual({ logo: 'Logo tối đa 5 MB' })
  })
})

describe('CertificateFormSchema', () => {
  const certificate = {
    productId: 'p1',
    stars: '4',
    certificateNumber: 'OCOP-VL-2026-001',
    decisionNumber: '2150/QĐ-UBND',
    decisionDate: '2026-03-10',
    issuingLevel: 'PROVINCE',
    issuingAuthority: 'UBND tỉnh Vĩnh Long',
    issuedAt: '2026-03-12',
  }

  it('needs the scan, and no more than 10 MB of it', () => {
    expect(errorsOf(CertificateFormSchema.safeParse(certificate))).toEqual({ document: 'Tải lên bản scan chứng nhận (PDF, JPEG hoặc PNG)' })
    const big = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'scan.pdf')
    expect(errorsOf(CertificateFormSchema.safeParse({ ...certificate, document: big }))).toEqual({ document: 'Tệp tối đa 10 MB' })
  })

  it('gives the certificate fields and the file together, with the rules of the certificate schema', () => {
    const document = new File(['%PDF-1.4'], 'scan.pdf')
    const parsed = CertificateFormSchema.parse({ ...certificate, document })
    expect(parsed).toMatchObject({ stars: 4, decisionDate: new Date('2026-03-10T00:00:00Z'), document })
    expect(errorsOf(CertificateFormSchema.safeParse({ ...certificate, stars: '5', document }))).toEqual({
      issuingLevel: 'Sản phẩm 5 sao do cấp trung ương công nhận',
    })
  })
})

describe('defaultExpiryInput', () => {
  it('is 36 months after the decision date', () => {
    expect(defaultExpiryInput('2026-03-10')).toBe('2029-03-10')
    expect(defaultExpiryInput('2024-02-29')).toBe('2027-03-01')
  })

  it('is nothing for an empty or half-typed date', () => {
    expect(defaultExpiryInput('')).toBeNull()
    expect(defaultExpiryInput('2026-3-1')).toBeNull()
    expect(defaultExpiryInput(undefined)).toBeNull()
  })
})

describe('RejectCertificateSchema', () => {
  it('needs a reason the producer can act on', () => {
    expect(errorsOf(RejectCertificateSchema.safeParse({ intent: 'reject', certificateId: 'c1', reason: ' mờ ' }))).toEqual({
      reason: 'Lý do cần ít nhất 10 ký tự',
    })
    expect(errorsOf(RejectCertificateSchema.safeParse({ intent: 'reject', certificateId: 'c1' }))).toEqual({
      reason: 'Nhập lý do từ chối để nhà sản xuất biết cần sửa gì',
    })
  })
})
