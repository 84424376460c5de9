// The demo data: counts and proportions the README and the issue promise, and idempotency.
import { beforeAll, describe, expect, it } from 'vitest'
import { validatePriceTiers } from '~/modules/catalogue/price-tiers'
import { verifyPassword } from '~/modules/accounts/password.server'
import { BEN_TRE_MIX, BEN_TRE_PRODUCTS, DEMO_ACCOUNTS, FAIR_SLUG, seed, seedIfEmpty, type SeedSummary } from '../../prisma/seed/index.ts'
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

  it('changes nothing when run again', async () => {
    expect(await seed(prisma)).toEqual(first)
    expect(await seedIfEmpty(prisma)).toBe(false)
  })
})
