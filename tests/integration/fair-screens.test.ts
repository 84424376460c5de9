// The fair screens' loaders and actions called with real Requests and session cookies: a plan
// imported as an uploaded CSV file, an application posted as the browser's form sends it, and the
// walls between organisers, producers and the public.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import type { Actor } from '~/modules/accounts/permissions'
import { changeFairStatus, createFair } from '~/modules/fairs/fairs.server'
import { planToCsv, boothRow } from '~/modules/fairs/floor-plan'
import { saveBoothType, saveHall } from '~/modules/fairs/plan.server'
import { action as planAction } from '~/routes/ban-to-chuc+/hoi-cho.$slug.so-do'
import { loader as applicationsLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug.ho-so-dang-ky._index'
import { action as applyAction } from '~/routes/nha-san-xuat+/hoi-cho.$slug'
import { loader as publicLoader } from '~/routes/hoi-cho+/$slug'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'
import { args, cookieOf, request } from '../helpers/routes'

const NOW = new Date('2026-12-01T03:00:00Z')

async function caught(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return error as Response
  }
  throw new Error('expected a thrown response')
}

async function world() {
  await prisma.productCategory.create({ data: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  const organiserOrg = await prisma.organiser.create({ data: { slug: 'btc', legalName: 'Ban tổ chức' } })
  const organiserUser = await prisma.user.create({ data: { email: 'btc@vi.du', passwordHash: 'x', name: 'Ban tổ chức', role: 'ORGANISER', organiserId: organiserOrg.id } })
  const organiser: Actor = { id: organiserUser.id, role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: organiserOrg.id }
  const otherOrg = await prisma.organiser.create({ data: { slug: 'khac', legalName: 'Ban tổ chức khác' } })
  const otherUser = await prisma.user.create({ data: { email: 'khac@vi.du', passwordHash: 'x', name: 'Khác', role: 'ORGANISER', organiserId: otherOrg.id } })
  const producer = await prisma.producer.create({ data: { slug: 'htx', legalName: 'HTX Dừa Sáp', type: 'COOPERATIVE', status: 'VERIFIED' } })
  const producerUser = await prisma.user.create({ data: { email: 'htx@vi.du', passwordHash: 'x', name: 'Chủ HTX', role: 'PRODUCER', producerId: producer.id } })
  const products = []
  for (const [i, name] of ['Kẹo dừa sáp', 'Mật hoa dừa'].entries()) {
    const product = await prisma.product.create({ data: { producerId: producer.id, slug: `sp-${i}`, nameVi: name, groupId: '1', unit: 'hộp', status: 'PUBLISHED', publishedAt: NOW } })
    await prisma.certificate.create({
      data: { producerId: producer.id, productId: product.id, stars: 4, certificateNumber: `C-${i}`, decisionNumber: '1/QĐ', decisionDate: new Date('2025-06-01'), issuingLevel: 'PROVINCE', issuingAuthority: 'UBND tỉnh Vĩnh Long', issuedAt: new Date('2025-06-01'), expiresAt: new Date('2028-06-01'), status: 'VERIFIED' },
    })
    products.push(product)
  }
  const fair = await createFair(organiser, {
    nameVi: 'Hội chợ OCOP thử nghiệm',
    descriptionVi: '',
    venue: 'Nhà thi đấu',
    addressLine: 'Vĩnh Long',
    startsAt: new Date('2027-03-10T01:00:00Z'),
    endsAt: new Date('2027-03-12T14:00:00Z'),
    applicationOpensAt: new Date('2026-11-01T00:00:00Z'),
    applicationClosesAt: new Date('2027-01-31T16:59:00Z'),
    minStars: 3,
    allowedGroupIds: [],
    allowedProvinceIds: [],
    verifiedOnly: true,
    maxBoothsPerProducer: 2,
    cooperativeTargetPercent: 20,
    paymentDueDays: 14,
    subsidyKind: 'none',
  })
  await saveBoothType(organiser, fair.slug, { intent: 'booth-type', code: 'TC', nameVi: 'Gian tiêu chuẩn', widthM: 3, depthM: 3, priceVnd: 8_000_000, includes: [] })
  await saveHall(organiser, fair.slug, { intent: 'hall', name: 'Nhà A', widthM: 40, depthM: 30, gridM: 1 })
  const session = async (userId: string) => cookieOf(await startSession(userId, request('/')))
  return { organiser, fair, products, producer, cookies: { organiser: await session(organiserUser.id), other: await session(otherUser.id), producer: await session(producerUser.id) } }
}

beforeEach(async () => {
  await resetDatabase()
  setNow(NOW)
})
afterEach(() => setNow(null))

describe('fair screens', () => {
  it('imports an uploaded CSV plan, takes an application as the browser posts it, and keeps others out', async () => {
    const { organiser, fair, products, producer, cookies } = await world()
    const params = { slug: fair.slug }
    const csv = planToCsv(boothRow({ hall: 'Nhà A', prefix: 'A', start: 1, count: 10, x: 5, y: 2, width: 3, depth: 3, direction: 'horizontal', type: 'TC', zone: 'Trái cây', features: ['power'], cornerEnds: true }))
    const upload = new FormData()
    upload.set('intent', 'import')
    upload.set('file', new File([csv], 'so-do.csv', { type: 'text/csv' }))
    const imported = (await planAction(args(request(`/ban-to-chuc/hoi-cho/${fair.slug}/so-do`, { body: upload, cookie: cookies.organiser }), params))) as unknown as { data: { message?: string } }
    expect(imported.data.message).toBe('Đã nhập 10 gian')
    expect(await prisma.booth.count({ where: { fairId: (await prisma.fair.findUniqueOrThrow({ where: { slug: fair.slug } })).id } })).toBe(10)
    // Another organiser cannot import into this fair.
    expect((await caught(planAction(args(request(`/ban-to-chuc/hoi-cho/${fair.slug}/so-do`, { body: upload, cookie: cookies.other }), params)))).status).toBe(404)

    expect((await caught(publicLoader(args(request(`/hoi-cho/${fair.slug}`), params)))).status).toBe(404) // still a draft…
    expect((await caught(publicLoader(args(request(`/hoi-cho/${fair.slug}`, { cookie: cookies.other }), params)))).status).toBe(404)
    expect((await publicLoader(args(request(`/hoi-cho/${fair.slug}`, { cookie: cookies.organiser }), params))).fair.status).toBe('DRAFT') // …but its organiser may preview it
    await changeFairStatus(organiser, fair.slug, 'PUBLISHED')

    const body = new FormData()
    body.set('intent', 'submit')
    body.set('boothTypeId', (await prisma.boothType.findFirstOrThrow()).id)
    body.set('boothCount', '1')
    for (const product of products) body.append('productIds', product.id)
    body.append('zonePreferences', 'Trái cây')
    body.append('needs', 'power')
    body.append('needs', 'cold')
    body.set('notes', 'Cần ổ điện riêng')
    const applied = (await applyAction(args(request(`/nha-san-xuat/hoi-cho/${fair.slug}`, { body, cookie: cookies.producer }), params))) as Response
    expect(applied.status).toBe(303)
    const stored = await prisma.boothApplication.findFirstOrThrow({ include: { products: true } })
    expect(stored).toMatchObject({ producerId: producer.id, status: 'SUBMITTED', zonePreferences: ['Trái cây'], needs: ['power', 'cold'], notes: 'Cần ổ điện riêng' })
    expect(stored.products).toHaveLength(2)

    const listed = await applicationsLoader(args(request(`/ban-to-chuc/hoi-cho/${fair.slug}/ho-so-dang-ky`, { cookie: cookies.organiser }), params))
    expect(listed.rows.map((r) => r.producer.legalName)).toEqual(['HTX Dừa Sáp'])
    expect((await caught(applicationsLoader(args(request(`/ban-to-chuc/hoi-cho/${fair.slug}/ho-so-dang-ky`, { cookie: cookies.other }), params)))).status).toBe(404)
    expect((await caught(applicationsLoader(args(request(`/ban-to-chuc/hoi-cho/${fair.slug}/ho-so-dang-ky`, { cookie: cookies.producer }), params)))).status).toBe(403)

    const page = await publicLoader(args(request(`/hoi-cho/${fair.slug}`), params))
    expect(page.window).toBe('open')
    expect(page.halls[0].booths).toHaveLength(10)
    expect(page.directory).toBeNull()
  })
})
