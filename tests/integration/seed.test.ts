// The demo data: counts and proportions the README and the issue promise, and idempotency.
import { beforeAll, describe, expect, it } from 'vitest'
import { validatePriceTiers } from '~/modules/catalogue/price-tiers'
import { verifyPassword } from '~/modules/accounts/password.server'
import { BEN_TRE_MIX, BEN_TRE_PRODUCTS, DEMO_ACCOUNTS, FAIR_SLUG, seed, seedIfEmpty, type SeedSummary } from '../../prisma/seed/index.ts'
import { HISTORY_APPLICATIONS, HISTORY_BOOTHS, HISTORY_FAIR_SLUG } from '../../prisma/seed/fair-history.ts'
import { listOpenFees } from '~/modules/payments/requests.server'
import { prisma, resetDatabase } from '../helpers/db'

let first: SeedSummary
beforeAll(async () => {
  await resetDatabase()
  first = await seed(prisma)
}, 60_000)

describe('demo seed', () => {
  it('has at least 300 products from at least 150 producers', () => {
    expect(first.products).toBeGreaterThanOrEqual(300)
    expect(first.producers).toBeGreaterThanOrEqual(150)
  })

  it('mirrors Bến Tre: 159 producers with the reported type mix and 316 products', async () => {
    const byType = await prisma.producer.groupBy({ by: ['type'], where: { formerProvinceId: 'F83' }, _count: true })
    expect(Object.fromEntries(byType.map((row) => [row.type, row._count]))).toEqual(BEN_TRE_MIX)
    expect(await prisma.product.count({ where: { producer: { formerProvinceId: 'F83' } } })).toBe(BEN_TRE_PRODUCTS)
    const cooperatives = BEN_TRE_MIX.COOPERATIVE / Object.values(BEN_TRE_MIX).reduce((a: number, b: number) => a + b, 0)
    expect(cooperatives).toBeGreaterThanOrEqual(0.19) // the province's ≥ 20% goal is close
  })

  it('is mostly 3★, some 4★, a few 5★ including a Chợ Lách frozen durian', async () => {
    const stars = await prisma.certificate.groupBy({ by: ['stars'], _count: true })
    const count = Object.fromEntries(stars.map((row) => [row.stars, row._count]))
    const total = count[3] + count[4] + count[5]
    expect(count[3] / total).toBeGreaterThan(0.65)
    expect(count[4] / total).toBeGreaterThan(0.15)
    expect(count[5]).toBeGreaterThanOrEqual(2)
    expect(count[5]).toBeLessThanOrEqual(6)
    const fiveStar = await prisma.certificate.findMany({ where: { stars: 5 }, select: { issuingLevel: true, product: { select: { nameVi: true } } } })
    expect(fiveStar.every((c) => c.issuingLevel === 'CENTRAL')).toBe(true)
    expect(fiveStar.map((c) => c.product?.nameVi)).toEqual(expect.arrayContaining([expect.stringMatching(/^Sầu riêng nguyên trái cấp đông Chợ Lách/)]))
  })

  it('uses all four producer types and Vietnamese names with diacritics', async () => {
    expect((await prisma.producer.groupBy({ by: ['type'], _count: true })).length).toBe(4)
    const names = (await prisma.product.findMany({ select: { nameVi: true } })).map((p) => p.nameVi)
    expect(names.filter((name) => /[ăâđêôơưạảãáàẹẻẽéèịỉĩíìọỏõóòụủũúùỵỷỹýỳ]/i.test(name)).length / names.length).toBeGreaterThan(0.9)
    for (const word of ['Kẹo dừa', 'Bưởi da xanh', 'Sầu riêng', 'Mật ong hoa dừa', 'Thạch dừa', 'Bánh phồng', 'Chiếu cói', 'Dứa', 'Dưa', 'Đũa', 'Nấm']) {
      expect(names.some((name) => name.includes(word)), word).toBe(true)
    }
  })

  it('gives every product valid wholesale tiers and a certificate; 3★ from districts only before the reform', async () => {
    const products = await prisma.product.findMany({ select: { minOrderQuantity: true, priceTiers: { orderBy: { minQuantity: 'asc' } }, certificates: { select: { issuingLevel: true, decisionDate: true, stars: true } } } })
    for (const product of products) {
      expect(validatePriceTiers(product.priceTiers, product.minOrderQuantity)).toEqual([])
      expect(product.certificates.length).toBe(1)
      const [certificate] = product.certificates
      if (certificate.issuingLevel === 'DISTRICT') {
        expect(certificate.stars).toBe(3)
        expect(certificate.decisionDate < new Date('2025-07-06')).toBe(true)
      }
    }
  })

  it('keeps Bến Tre as a former province mapped to Vĩnh Long', async () => {
    const benTre = await prisma.administrativeUnit.findUniqueOrThrow({ where: { id: 'F83' }, include: { successor: true } })
    expect(benTre).toMatchObject({ name: 'Bến Tre', validTo: new Date('2025-06-30T00:00:00Z'), successor: { name: 'Vĩnh Long' } })
    expect(await prisma.administrativeUnit.count({ where: { level: 'PROVINCE', validTo: null } })).toBe(34)
  })

  it('has the ĐBSCL forum with two halls and about 120 booths, buyers and one working account per role', async () => {
    const fair = await prisma.fair.findUniqueOrThrow({ where: { slug: FAIR_SLUG }, include: { halls: true, _count: { select: { booths: true } } } })
    expect(fair.nameVi).toContain('Diễn đàn kết nối sản phẩm OCOP vùng Đồng bằng sông Cửu Long')
    expect(fair.halls).toHaveLength(2)
    expect(fair._count.booths).toBe(120)
    expect(await prisma.buyerOrganisation.count()).toBeGreaterThanOrEqual(12)
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } })
      expect(user.role).toBe(account.role)
      expect(await verifyPassword(user.passwordHash, account.password)).toBe(true)
    }
    const producerUser = await prisma.user.findUniqueOrThrow({ where: { email: 'nhasanxuat@demo.ocop.vn' }, include: { producer: true } })
    expect(producerUser.producer).toMatchObject({ status: 'VERIFIED', type: 'COOPERATIVE', formerProvinceId: 'F83' })
  })

  it('has a smaller past fair of the demo organiser with a published allocation and fees in every state', async () => {
    const organiser = await prisma.user.findUniqueOrThrow({ where: { email: 'bantochuc@demo.ocop.vn' } })
    const fair = await prisma.fair.findUniqueOrThrow({ where: { slug: HISTORY_FAIR_SLUG }, include: { _count: { select: { booths: true, applications: true } } } })
    expect(fair).toMatchObject({ nameVi: 'Hội chợ OCOP Cần Thơ 2026', status: 'ALLOCATED', organiserId: organiser.organiserId })
    expect(fair._count).toEqual({ booths: HISTORY_BOOTHS, applications: HISTORY_APPLICATIONS })
    const allocations = await prisma.allocation.findMany({ where: { fairId: fair.id }, include: { booth: { include: { boothType: true } }, application: true } })
    expect(allocations.length).toBeGreaterThanOrEqual(25)
    expect(allocations.every((a) => a.publishedAt && a.explanation.length > 5 && a.booth.boothTypeId === a.application.boothTypeId)).toBe(true)
    expect(await prisma.boothApplication.count({ where: { fairId: fair.id, status: 'WAITLISTED' } })).toBeGreaterThanOrEqual(1)

    const requests = await prisma.paymentRequest.findMany({ where: { fairId: fair.id }, include: { refunds: true } })
    const byKey = (r: (typeof requests)[number]) => (r.status === 'PAID' && r.refundedVnd > 0 ? 'PARTLY_REFUNDED' : r.method ? `${r.status}:${r.method}` : r.status)
    const mix = requests.reduce<Record<string, number>>((acc, r) => ({ ...acc, [byKey(r)]: (acc[byKey(r)] ?? 0) + 1 }), {})
    expect(mix['PAID:BANK_TRANSFER']).toBeGreaterThanOrEqual(5)
    expect(mix['PAID:STRIPE']).toBeGreaterThanOrEqual(5)
    expect(mix.OPEN).toBeGreaterThanOrEqual(3)
    expect(mix.EXPIRED).toBe(1)
    expect(mix.PARTLY_REFUNDED).toBe(1)
    for (const r of requests) {
      expect(r.amountVnd).toBe(r.grossVnd - r.subsidyVnd)
      if (r.method === 'BANK_TRANSFER') expect(r.bankReference).toMatch(/^FT26\d{9}$/)
      if (r.method === 'STRIPE') expect(r.stripePaymentIntentId).toMatch(/^pi_demo_/)
    }
    const refunded = requests.find((r) => r.refundedVnd > 0)!
    expect(refunded.refunds).toHaveLength(1)
    expect(refunded.refunds[0].amountVnd).toBe(refunded.refundedVnd)
    // Paid booths are confirmed; the expired fee's booth was released.
    const confirmed = new Set(allocations.filter((a) => a.status === 'CONFIRMED').map((a) => a.applicationId))
    expect(requests.filter((r) => r.status === 'PAID').every((r) => confirmed.has(r.applicationId))).toBe(true)
    const expired = requests.find((r) => r.status === 'EXPIRED')!
    expect(allocations.some((a) => a.applicationId === expired.applicationId)).toBe(false)
  })

  it('gives the demo producer a booth there with an open fee due in a few days, shown on its dashboard', async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'nhasanxuat@demo.ocop.vn' } })
    const actor = { id: user.id, role: 'PRODUCER' as const, producerId: user.producerId, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' as const }
    const { open } = await listOpenFees(actor)
    expect(open).toHaveLength(1)
    expect(open[0].fair.nameVi).toBe('Hội chợ OCOP Cần Thơ 2026')
    const request = await prisma.paymentRequest.findUniqueOrThrow({ where: { id: open[0].id } })
    // A cooperative: half of a 6.000.000 đ standard booth.
    expect(request).toMatchObject({ status: 'OPEN', grossVnd: 6_000_000, subsidyVnd: 3_000_000, amountVnd: 3_000_000 })
    const days = (request.dueAt.getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2)
    expect(days).toBeLessThan(7)
    expect(await prisma.allocation.count({ where: { applicationId: request.applicationId, publishedAt: { not: null } } })).toBe(1)
  })

  it('changes nothing when run again', async () => {
    const rows = () =>
      Promise.all([prisma.fair.count(), prisma.boothApplication.count(), prisma.allocation.count(), prisma.paymentRequest.count(), prisma.refund.count(), prisma.auditLog.count()])
    const before = await rows()
    expect(await seed(prisma)).toEqual(first)
    expect(await rows()).toEqual(before)
    expect(await seedIfEmpty(prisma)).toBe(false)
  })
})
