// Certificates end to end on a real database: submit, admin decision, badge, expiry reminders,
// ownership. The clock is pinned with setNow so expiry is tested without waiting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '~/modules/accounts/permissions'
import { approveCertificate, createCertificate, getCertificateForActor, listPendingCertificates, rejectCertificate, runCertificateExpiryJob } from '~/modules/producers/certificates.server'
import { getPublicProduct } from '~/modules/catalogue/products.server'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'

async function world() {
  await prisma.productCategory.create({ data: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  const makeProducer = async (slug: string, email: string) => {
    const producer = await prisma.producer.create({
      data: { slug, legalName: `HTX ${slug}`, type: 'COOPERATIVE', status: 'PENDING', taxCode: String(1300000000 + slug.length * 7919) },
    })
    const user = await prisma.user.create({ data: { email, passwordHash: 'x', name: 'Chủ cơ sở', role: 'PRODUCER', producerId: producer.id } })
    const product = await prisma.product.create({
      data: { producerId: producer.id, slug: `keo-dua-${slug}`, nameVi: 'Kẹo dừa sáp', groupId: '1', unit: 'hộp', status: 'PUBLISHED', publishedAt: new Date(), priceTiers: { create: [{ minQuantity: 10, priceVnd: 45000 }] } },
    })
    const actor: Actor = { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
    return { producer, product, actor }
  }
  const mine = await makeProducer('cho-lach', 'chu@cholach.vn')
  const other = await makeProducer('mo-cay', 'chu@mocay.vn')
  const adminUser = await prisma.user.create({ data: { email: 'quantri@ocop.vn', passwordHash: 'x', name: 'Quản trị', role: 'ADMIN' } })
  const admin: Actor = { id: adminUser.id, role: 'ADMIN', producerId: null, buyerOrgId: null, organiserId: null }
  return { mine, other, admin }
}

const input = (productId: string, overrides = {}) => ({
  productId,
  stars: 4,
  certificateNumber: 'OCOP-BT-2025-041',
  decisionNumber: '1234/QĐ-UBND',
  decisionDate: new Date('2025-03-10T00:00:00Z'),
  issuingLevel: 'PROVINCE' as const,
  issuingAuthority: 'UBND tỉnh Bến Tre',
  issuedAt: new Date('2025-03-10T00:00:00Z'),
  ...overrides,
})

beforeEach(() => resetDatabase())
afterEach(() => setNow(null))

describe('certificates', () => {
  it('defaults expiry to 36 months, waits for an admin, then shows the badge and verifies the producer', async () => {
    setNow(new Date('2026-11-29T03:00:00Z'))
    const { mine, admin } = await world()
    const created = await createCertificate(mine.actor, input(mine.product.id), { path: 'certificates/a.pdf', mime: 'application/pdf' })
    expect(created.ok).toBe(true)
    const stored = await prisma.certificate.findFirstOrThrow()
    expect(stored.expiresAt.toISOString().slice(0, 10)).toBe('2028-03-10')
    expect((await getPublicProduct(mine.product.slug))).toBeNull() // producer not verified yet

    expect((await listPendingCertificates(admin)).map((c) => c.id)).toEqual([stored.id])
    expect(await approveCertificate(admin, stored.id)).toEqual({ ok: true })
    const page = await getPublicProduct(mine.product.slug)
    expect(page?.badge).toMatchObject({ stars: 4, certificateNumber: 'OCOP-BT-2025-041' })

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'certificate.approve' } })
    expect(audit).toMatchObject({ actorId: admin.id, entityId: stored.id })
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'certificate-approved' } })
    expect(mail.toEmail).toBe('chu@cholach.vn')
    // The search projection hears about the product and the newly verified producer.
    expect(await prisma.searchOutbox.count({ where: { entityId: { in: [mine.product.id, mine.producer.id] } } })).toBe(2)
  })

  it('records a rejection with its reason and tells the producer', async () => {
    const { mine, admin } = await world()
    const created = await createCertificate(mine.actor, input(mine.product.id), null)
    if (!created.ok) throw new Error('not created')
    await rejectCertificate(admin, created.id, 'Bản scan không đọc được số quyết định')
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { id: created.id } })
    expect(stored).toMatchObject({ status: 'REJECTED', rejectionReason: 'Bản scan không đọc được số quyết định', reviewedById: admin.id })
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'certificate-rejected' } })
    expect(mail.textBody).toContain('Bản scan không đọc được số quyết định')
    expect(await approveCertificate(admin, created.id)).toMatchObject({ ok: false })
  })

  it('removes the badge the day after expiry', async () => {
    const { mine, admin } = await world()
    const created = await createCertificate(mine.actor, input(mine.product.id, { expiresAt: new Date('2026-12-31T00:00:00Z') }), null)
    if (!created.ok) throw new Error('not created')
    await approveCertificate(admin, created.id)
    setNow(new Date('2026-12-31T16:00:00Z')) // 23:00 on 31/12 in Vietnam
    expect((await getPublicProduct(mine.product.slug))?.badge?.stars).toBe(4)
    setNow(new Date('2026-12-31T17:30:00Z')) // 00:30 on 01/01
    expect((await getPublicProduct(mine.product.slug))?.badge).toBeNull()
  })

  it('sends reminders 60 and 14 days before expiry, once each', async () => {
    const { mine, admin } = await world()
    const created = await createCertificate(mine.actor, input(mine.product.id, { expiresAt: new Date('2027-03-01T00:00:00Z') }), null)
    if (!created.ok) throw new Error('not created')
    await approveCertificate(admin, created.id)
    setNow(new Date('2027-01-05T01:00:00Z')) // 55 days before
    expect((await runCertificateExpiryJob()).reminders).toBe(1)
    expect((await runCertificateExpiryJob()).reminders).toBe(0)
    setNow(new Date('2027-02-16T01:00:00Z')) // 13 days before
    expect((await runCertificateExpiryJob()).reminders).toBe(1)
    const subjects = (await prisma.emailOutbox.findMany({ where: { template: 'certificate-expiring' }, orderBy: { createdAt: 'asc' } })).map((m) => m.subject)
    expect(subjects).toEqual([
      'Chứng nhận OCOP OCOP-BT-2025-041 sắp hết hạn (55 ngày)',
      'Chứng nhận OCOP OCOP-BT-2025-041 sắp hết hạn (13 ngày)',
    ])
  })

  it('never shows one producer another producer’s certificate, and checks product ownership', async () => {
    const { mine, other } = await world()
    const created = await createCertificate(mine.actor, input(mine.product.id), null)
    if (!created.ok) throw new Error('not created')
    await expect(getCertificateForActor(other.actor, created.id)).rejects.toMatchObject({ status: 404 })
    expect((await getCertificateForActor(mine.actor, created.id)).id).toBe(created.id)
    const foreign = await createCertificate(other.actor, input(mine.product.id, { certificateNumber: 'X-1' }), null)
    expect(foreign).toMatchObject({ ok: false, field: 'productId' })
  })

  it('refuses a non-admin in the verification queue', async () => {
    const { mine } = await world()
    expect(() => listPendingCertificates(mine.actor)).toThrow()
  })
})
