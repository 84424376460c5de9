import { beforeEach, describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server'
import { resetDatabase } from '../../../tests/helpers/db'
import { getHomeStats } from './stats.server'

const at = new Date('2027-03-14T10:00:00Z') // 17:00 on 14/03/2027 in Vietnam
const days = (n: number) => new Date(at.getTime() + n * 24 * 60 * 60 * 1000)
const date = (iso: string) => new Date(`${iso}T00:00:00Z`)

let certificateNumber = 0

async function producer(slug: string, type: 'HOUSEHOLD' | 'ENTERPRISE' | 'COOPERATIVE' | 'COOPERATIVE_GROUP', provinceId: string | null, status: 'VERIFIED' | 'PENDING' = 'VERIFIED') {
  return prisma.producer.create({ data: { slug, legalName: slug, type, provinceId, status } })
}

async function product(
  producerId: string,
  slug: string,
  certificates: { stars: number; expiresAt: Date; status?: 'VERIFIED' | 'PENDING' | 'REVOKED' | 'SUPERSEDED' }[],
  status: 'PUBLISHED' | 'DRAFT' | 'ARCHIVED' = 'PUBLISHED',
) {
  const created = await prisma.product.create({ data: { producerId, slug, nameVi: slug, groupId: '1', unit: 'hộp', status } })
  for (const certificate of certificates) {
    certificateNumber += 1
    await prisma.certificate.create({
      data: {
        producerId,
        productId: created.id,
        stars: certificate.stars,
        certificateNumber: `OCOP-${certificateNumber}`,
        decisionNumber: `QĐ-${certificateNumber}`,
        decisionDate: date('2025-01-10'),
        issuedAt: date('2025-01-10'),
        expiresAt: certificate.expiresAt,
        issuingLevel: 'PROVINCE',
        issuingAuthority: 'UBND tỉnh Vĩnh Long',
        status: certificate.status ?? 'VERIFIED',
      },
    })
  }
}

beforeEach(async () => {
  await resetDatabase()
  await prisma.administrativeUnit.createMany({
    data: [
      { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
      { id: '82', name: 'Đồng Tháp', slug: 'dong-thap', level: 'PROVINCE' },
      { id: '79', name: 'Thành phố Hồ Chí Minh', slug: 'ho-chi-minh', level: 'PROVINCE' },
    ],
  })
  await prisma.productCategory.createMany({
    data: [{ id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' }],
  })
})

describe('getHomeStats', () => {
  it('answers zeros (every star tier and producer type listed) on an empty catalogue', async () => {
    const stats = await getHomeStats({ at })
    expect(stats.productsByStars).toEqual([
      { stars: 5, count: 0 },
      { stars: 4, count: 0 },
      { stars: 3, count: 0 },
    ])
    expect(stats.producersByType.map((row) => row.count)).toEqual([0, 0, 0, 0])
    expect(stats).toMatchObject({ certifiedProducts: 0, verifiedProducers: 0, provinces: 0, upcomingFairCount: 0, upcomingFairs: [] })
  })

  it('counts each published product once, by its best valid verified certificate', async () => {
    const coop = await producer('htx-dua-cho-lach', 'COOPERATIVE', '86')
    const company = await producer('cty-keo-dua', 'ENTERPRISE', '86')
    const household = await producer('ho-mat-ong', 'HOUSEHOLD', '82')
    const unverified = await producer('htx-cho-duyet', 'COOPERATIVE', '79', 'PENDING')

    await product(company.id, 'keo-dua-sua', [{ stars: 4, expiresAt: days(300) }, { stars: 5, expiresAt: days(500) }])
    await product(company.id, 'keo-dua-la-dua', [{ stars: 5, expiresAt: days(-1) }, { stars: 3, expiresAt: days(100) }])
    await product(coop.id, 'dua-xiem', [{ stars: 4, expiresAt: date('2027-03-14') }]) // last valid day
    await product(coop.id, 'dau-dua', [{ stars: 5, expiresAt: days(200), status: 'PENDING' }, { stars: 3, expiresAt: days(200) }])
    await product(household.id, 'mat-ong', [{ stars: 5, expiresAt: days(200), status: 'REVOKED' }])
    await product(household.id, 'mat-ong-nhap', [{ stars: 4, expiresAt: days(200) }], 'DRAFT')
    await product(unverified.id, 'banh-trang', [{ stars: 3, expiresAt: days(200) }])

    const stats = await getHomeStats({ at })
    expect(stats.productsByStars).toEqual([
      { stars: 5, count: 1 }, // keo-dua-sua
      { stars: 4, count: 1 }, // dua-xiem, on its expiry day
      { stars: 3, count: 2 }, // keo-dua-la-dua (its 5★ expired), dau-dua (its 5★ is pending)
    ])
    expect(stats.certifiedProducts).toBe(4)
    expect(stats.producersByType).toEqual([
      { type: 'HOUSEHOLD', count: 1 },
      { type: 'ENTERPRISE', count: 1 },
      { type: 'COOPERATIVE', count: 1 },
      { type: 'COOPERATIVE_GROUP', count: 0 },
    ])
    expect(stats.verifiedProducers).toBe(3)
    expect(stats.provinces).toBe(2)
  })

  it('stops counting a certificate at midnight in Vietnam after its expiry date', async () => {
    const coop = await producer('htx-nem', 'COOPERATIVE_GROUP', null)
    await product(coop.id, 'nem-lai-vung', [{ stars: 4, expiresAt: date('2027-03-14') }])
    const lastMinute = await getHomeStats({ at: new Date('2027-03-14T16:59:00Z') })
    const nextDay = await getHomeStats({ at: new Date('2027-03-14T17:00:00Z') })
    expect(lastMinute.productsByStars[1]).toEqual({ stars: 4, count: 1 })
    expect(nextDay.certifiedProducts).toBe(0)
    expect(nextDay.provinces).toBe(0) // a producer without a province adds none
  })

  it('lists public fairs that have not started yet, soonest first, with their province', async () => {
    const organiser = await prisma.organiser.create({ data: { slug: 'so-cong-thuong', legalName: 'Sở Công Thương' } })
    const fair = (slug: string, status: 'DRAFT' | 'PUBLISHED' | 'APPLICATIONS_CLOSED' | 'FINISHED', startsIn: number, closesIn: number) =>
      prisma.fair.create({
        data: {
          slug,
          organiserId: organiser.id,
          nameVi: `Hội chợ ${slug}`,
          venue: 'Trung tâm Hội nghị',
          addressLine: '1 Đường 3/2',
          provinceId: '86',
          status,
          startsAt: days(startsIn),
          endsAt: days(startsIn + 3),
          applicationOpensAt: days(-30),
          applicationClosesAt: days(closesIn),
        },
      })
    await fair('sau', 'PUBLISHED', 60, 30)
    await fair('som', 'PUBLISHED', 10, -1) // deadline passed, fair still ahead
    await fair('da-dong', 'APPLICATIONS_CLOSED', 20, 5)
    await fair('nhap', 'DRAFT', 5, 2)
    await fair('da-qua', 'PUBLISHED', -5, -20)
    await fair('ket-thuc', 'FINISHED', 30, 10)
    await fair('xa-nhat', 'PUBLISHED', 90, 60)

    const stats = await getHomeStats({ at, fairLimit: 3 })
    expect(stats.upcomingFairCount).toBe(4)
    expect(stats.upcomingFairs.map((f) => [f.slug, f.applicationsOpen])).toEqual([
      ['som', false],
      ['da-dong', false],
      ['sau', true],
    ])
    expect(stats.upcomingFairs[0]).toMatchObject({ provinceName: 'Vĩnh Long', venue: 'Trung tâm Hội nghị', nameEn: null })
  })
})
