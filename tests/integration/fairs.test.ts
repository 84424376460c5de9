// Fairs on a real database: plan edits refused when booths overlap or codes repeat, one application
// per producer and fair (also under concurrent submissions), ownership of applications, review
// decisions with mail and audit, and the CSV / JSON plan round-trip through the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '~/modules/accounts/permissions'
import { getApplyContext, getOwnApplication, saveApplication, withdrawApplication } from '~/modules/fairs/applications.server'
import { changeFairStatus, createFair, getOrganiserFair } from '~/modules/fairs/fairs.server'
import { planToCsv, planToJson } from '~/modules/fairs/floor-plan'
import { addBoothRow, deleteBooth, exportPlan, importPlan, saveBooth, saveBoothType, saveHall } from '~/modules/fairs/plan.server'
import { decideApplications, fairSummary, getApplicationForReview, listApplications, listExhibitors, publicDirectory } from '~/modules/fairs/review.server'
import type { ApplicationInput, FairInput } from '~/modules/fairs/schemas'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'

const NOW = new Date('2026-12-01T03:00:00Z')

const fairInput = (overrides: Partial<FairInput> = {}): FairInput => ({
  nameVi: 'Hội chợ OCOP Vĩnh Long 2027',
  descriptionVi: 'Hội chợ thử nghiệm',
  venue: 'Nhà thi đấu tỉnh',
  addressLine: 'Phường Thanh Đức, Vĩnh Long',
  provinceId: '86',
  startsAt: new Date('2027-03-10T01:00:00Z'),
  endsAt: new Date('2027-03-13T14:00:00Z'),
  applicationOpensAt: new Date('2026-11-01T00:00:00Z'),
  applicationClosesAt: new Date('2027-01-31T16:59:00Z'),
  minStars: 3,
  allowedGroupIds: [],
  allowedProvinceIds: ['86'],
  verifiedOnly: true,
  maxBoothsPerProducer: 2,
  cooperativeTargetPercent: 20,
  paymentDueDays: 14,
  subsidyKind: 'none',
  ...overrides,
})

async function world() {
  await prisma.administrativeUnit.createMany({
    data: [
      { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
      { id: '01', name: 'Hà Nội', slug: 'ha-noi', level: 'PROVINCE' },
    ],
  })
  await prisma.productCategory.create({ data: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  const makeOrganiser = async (slug: string) => {
    const organiser = await prisma.organiser.create({ data: { slug, legalName: `Ban tổ chức ${slug}` } })
    const user = await prisma.user.create({ data: { email: `${slug}@btc.vn`, passwordHash: 'x', name: 'Ban tổ chức', role: 'ORGANISER', organiserId: organiser.id } })
    return { id: user.id, role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: organiser.id, memberRole: 'OWNER' } satisfies Actor
  }
  const makeProducer = async (slug: string, options: { provinceId?: string; stars?: number | null; type?: 'COOPERATIVE' | 'HOUSEHOLD' } = {}) => {
    const producer = await prisma.producer.create({ data: { slug, legalName: `HTX ${slug}`, type: options.type ?? 'COOPERATIVE', status: 'VERIFIED', provinceId: options.provinceId ?? '86' } })
    const user = await prisma.user.create({ data: { email: `${slug}@nsx.vn`, passwordHash: 'x', name: `Chủ ${slug}`, role: 'PRODUCER', producerId: producer.id } })
    const products: Array<{ id: string }> = []
    for (const name of ['Kẹo dừa', 'Bánh tráng']) {
      const product = await prisma.product.create({ data: { producerId: producer.id, slug: `${slug}-${products.length}`, nameVi: `${name} ${slug}`, groupId: '1', unit: 'hộp', status: 'PUBLISHED', publishedAt: NOW } })
      if (options.stars !== null) {
        await prisma.certificate.create({
          data: {
            producerId: producer.id,
            productId: product.id,
            stars: options.stars ?? 3,
            certificateNumber: `${slug}-${products.length}`,
            decisionNumber: '1/QĐ',
            decisionDate: new Date('2025-06-01'),
            issuingLevel: 'PROVINCE',
            issuingAuthority: 'UBND tỉnh Vĩnh Long',
            issuedAt: new Date('2025-06-01'),
            expiresAt: new Date('2028-06-01'),
            status: 'VERIFIED',
          },
        })
      }
      products.push(product)
    }
    const actor: Actor = { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
    return { producer, products, actor }
  }
  const organiser = await makeOrganiser('vinh-long')
  const fair = await createFair(organiser, fairInput())
  await saveBoothType(organiser, fair.slug, { intent: 'booth-type', code: 'TC', nameVi: 'Gian tiêu chuẩn', widthM: 3, depthM: 3, priceVnd: 8_000_000, includes: ['Bàn'] })
  await saveHall(organiser, fair.slug, { intent: 'hall', name: 'Nhà A', widthM: 40, depthM: 30, gridM: 1 })
  const [hall, type] = await Promise.all([prisma.hall.findFirstOrThrow(), prisma.boothType.findFirstOrThrow()])
  return { organiser, fair, hall, type, makeOrganiser, makeProducer }
}

const row = (hallId: string, boothTypeId: string, overrides = {}) => ({
  intent: 'row' as const,
  hallId,
  boothTypeId,
  prefix: 'A',
  start: 1,
  count: 10,
  x: 5,
  y: 2,
  width: 3,
  depth: 3,
  direction: 'horizontal' as const,
  zone: 'Trái cây',
  features: ['power' as const],
  cornerEnds: true,
  ...overrides,
})

const application = (boothTypeId: string, productIds: string[], overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  intent: 'submit',
  boothTypeId,
  boothCount: 1,
  productIds,
  zonePreferences: ['Trái cây'],
  wishedNeighbourIds: [],
  needs: ['power'],
  ...overrides,
})

beforeEach(async () => {
  await resetDatabase()
  setNow(NOW)
})
afterEach(() => setNow(null))

describe('floor plan', () => {
  it('creates a row of ten booths, then refuses overlapping booths and duplicate codes', async () => {
    const { organiser, fair, hall, type } = await world()
    expect(await addBoothRow(organiser, fair.slug, row(hall.id, type.id))).toMatchObject({ ok: true })
    expect(await prisma.booth.count()).toBe(10)

    const overlap = await saveBooth(organiser, fair.slug, { intent: 'booth', hallId: hall.id, boothTypeId: type.id, code: 'X-01', x: 6, y: 3, width: 3, depth: 3, features: [] })
    expect(overlap).toEqual({ ok: false, errors: ['Gian A-01 chồng lên gian X-01', 'Gian X-01 chồng lên gian A-02'] })
    const duplicate = await saveBooth(organiser, fair.slug, { intent: 'booth', hallId: hall.id, boothTypeId: type.id, code: 'a-05', x: 0, y: 20, width: 3, depth: 3, features: [] })
    expect(duplicate).toEqual({ ok: false, errors: ['Mã gian A-05 bị trùng'] })
    const secondRow = await addBoothRow(organiser, fair.slug, row(hall.id, type.id, { start: 5, y: 20 }))
    expect(secondRow.ok).toBe(false)
    expect(await prisma.booth.count()).toBe(10)

    // Moving a booth is checked against the others too; moving it to free space works.
    const a10 = await prisma.booth.findFirstOrThrow({ where: { code: 'A-10' } })
    const move = (x: number, y: number) => saveBooth(organiser, fair.slug, { intent: 'booth', id: a10.id, hallId: hall.id, boothTypeId: type.id, code: 'A-10', x, y, width: 3, depth: 3, features: [] })
    expect(await move(30, 2)).toEqual({ ok: false, errors: ['Gian A-09 chồng lên gian A-10'] })
    expect(await move(38, 2)).toEqual({ ok: false, errors: ['Gian A-10 nằm ngoài Nhà A (40 × 30 m)'] })
    expect(await move(20, 20)).toMatchObject({ ok: true })
    expect(await prisma.booth.findUniqueOrThrow({ where: { id: a10.id } })).toMatchObject({ x: 20, y: 20 })
    // A hall cannot shrink under its booths; renaming keeps them.
    const shrink = await saveHall(organiser, fair.slug, { intent: 'hall', id: hall.id, name: 'Nhà A', widthM: 20, depthM: 30, gridM: 1 })
    expect(shrink.ok).toBe(false)
    if (!shrink.ok) expect(shrink.errors[0]).toBe('Gian A-06 nằm ngoài Nhà A (20 × 30 m)')
    expect(await saveHall(organiser, fair.slug, { intent: 'hall', id: hall.id, name: 'Nhà chính', widthM: 40, depthM: 30, gridM: 0.5 })).toMatchObject({ ok: true })
    expect((await exportPlan(organiser, fair.slug)).booths.every((b) => b.hall === 'Nhà chính')).toBe(true)
    expect(await deleteBooth(organiser, fair.slug, a10.id)).toMatchObject({ ok: true })
    expect(await prisma.booth.count()).toBe(9)
  })

  it('CSV and JSON plans survive export and import through the database', async () => {
    const { organiser, fair, hall, type } = await world()
    await addBoothRow(organiser, fair.slug, row(hall.id, type.id))
    await addBoothRow(organiser, fair.slug, row(hall.id, type.id, { prefix: 'B', y: 10, zone: 'Thủ công, mỹ nghệ', features: [] }))
    const before = await exportPlan(organiser, fair.slug)
    expect(before.booths).toHaveLength(20)

    expect(await importPlan(organiser, fair.slug, 'csv', planToCsv(before.booths))).toMatchObject({ ok: true })
    expect(await exportPlan(organiser, fair.slug)).toEqual(before)
    expect(await importPlan(organiser, fair.slug, 'json', planToJson(before))).toMatchObject({ ok: true })
    expect(await exportPlan(organiser, fair.slug)).toEqual(before)

    const broken = planToCsv([...before.booths, { ...before.booths[0], code: 'Z-01', x: 5.5 }])
    expect(await importPlan(organiser, fair.slug, 'csv', broken)).toEqual({ ok: false, errors: ['Gian A-01 chồng lên gian Z-01', 'Gian Z-01 chồng lên gian A-02'] })
    expect(await prisma.booth.count()).toBe(20)
  })

  it('publishes only a fair with booths, and another organiser cannot see it', async () => {
    const { organiser, fair, hall, type, makeOrganiser } = await world()
    expect(await changeFairStatus(organiser, fair.slug, 'PUBLISHED')).toEqual({ ok: false, problems: ['Sơ đồ chưa có gian hàng nào'] })
    await addBoothRow(organiser, fair.slug, row(hall.id, type.id))
    expect(await changeFairStatus(organiser, fair.slug, 'PUBLISHED')).toEqual({ ok: true })
    expect(await changeFairStatus(organiser, fair.slug, 'ALLOCATED')).toMatchObject({ ok: false })
    const stranger = await makeOrganiser('can-tho')
    await expect(getOrganiserFair(stranger, fair.slug)).rejects.toMatchObject({ status: 404 })
  })
})

describe('applications', () => {
  async function published() {
    const w = await world()
    await addBoothRow(w.organiser, w.fair.slug, row(w.hall.id, w.type.id))
    await changeFairStatus(w.organiser, w.fair.slug, 'PUBLISHED')
    return w
  }

  it('keeps a draft, submits, edits keeping the first submission time, withdraws and applies again', async () => {
    const { fair, type, makeProducer } = await published()
    const { actor, products } = await makeProducer('cho-lach')
    expect(await saveApplication(actor, fair.slug, application(type.id, [products[0].id], { intent: 'draft' }))).toEqual({ ok: true, status: 'DRAFT' })
    expect(await prisma.boothApplication.findFirstOrThrow()).toMatchObject({ status: 'DRAFT', submittedAt: null })
    expect(await saveApplication(actor, fair.slug, application(type.id, [products[0].id]))).toEqual({ ok: true, status: 'SUBMITTED' })
    setNow(new Date('2026-12-05T03:00:00Z'))
    await saveApplication(actor, fair.slug, application(type.id, products.map((p) => p.id), { boothCount: 2, notes: 'Thêm bánh tráng' }))
    expect(await prisma.boothApplication.findFirstOrThrow({ include: { products: true } })).toMatchObject({ status: 'SUBMITTED', submittedAt: NOW, boothCount: 2, products: [{}, {}] })
    expect(await withdrawApplication(actor, fair.slug)).toEqual({ ok: true })
    expect((await getApplyContext(actor, fair.slug)).application?.status).toBe('WITHDRAWN')
    expect(await saveApplication(actor, fair.slug, application(type.id, [products[0].id]))).toEqual({ ok: true, status: 'SUBMITTED' })
    expect(await prisma.boothApplication.count()).toBe(1)
  })

  it('two concurrent submissions by one producer leave one application', async () => {
    const { fair, type, makeProducer } = await published()
    const { actor, products } = await makeProducer('cho-lach')
    const input = application(type.id, products.map((p) => p.id))
    const results = await Promise.all([saveApplication(actor, fair.slug, input), saveApplication(actor, fair.slug, input), saveApplication(actor, fair.slug, input)])
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1)
    expect(await prisma.boothApplication.count()).toBe(1)
    expect(await prisma.applicationProduct.count()).toBe(2)
    // The database itself refuses a second row, whatever the code path.
    const existing = await prisma.boothApplication.findFirstOrThrow()
    await expect(prisma.boothApplication.create({ data: { fairId: existing.fairId, producerId: existing.producerId, boothTypeId: type.id } })).rejects.toMatchObject({ code: 'P2002' })
  })

  it('refuses ineligible producers with the reason, foreign products, and submissions after the deadline', async () => {
    const { fair, type, makeProducer } = await published()
    const uncertified = await makeProducer('mo-cay', { stars: null })
    const context = await getApplyContext(uncertified.actor, fair.slug)
    expect(context.eligibility.reasons).toEqual(['Cần ít nhất một sản phẩm OCOP 3 sao còn hiệu lực'])
    expect(await saveApplication(uncertified.actor, fair.slug, application(type.id, [uncertified.products[0].id]))).toEqual({
      ok: false,
      errors: ['Cần ít nhất một sản phẩm OCOP 3 sao còn hiệu lực'],
    })

    const good = await makeProducer('cho-lach')
    expect(await saveApplication(good.actor, fair.slug, application(type.id, [uncertified.products[0].id]))).toMatchObject({ ok: false, field: 'productIds' })
    expect(await saveApplication(good.actor, fair.slug, application(type.id, [good.products[0].id], { boothCount: 3 }))).toMatchObject({ ok: false, field: 'boothCount' })

    setNow(new Date('2027-01-31T17:00:00Z'))
    const late = await saveApplication(good.actor, fair.slug, application(type.id, [good.products[0].id]))
    expect(late).toEqual({ ok: false, errors: ['Đã hết hạn đăng ký gian hàng (hạn cuối 31/01/2027 23:59)'] })
    expect(await prisma.boothApplication.count()).toBe(0)
  })

  it('another producer cannot read or change an application by id; another organiser cannot decide it', async () => {
    const { organiser, fair, type, makeProducer, makeOrganiser } = await published()
    const mine = await makeProducer('cho-lach')
    const other = await makeProducer('giong-trom')
    await saveApplication(mine.actor, fair.slug, application(type.id, [mine.products[0].id], { notes: 'Cần gần cửa' }))
    const stored = await prisma.boothApplication.findFirstOrThrow()

    expect((await getOwnApplication(mine.actor, stored.id)).notes).toBe('Cần gần cửa')
    await expect(getOwnApplication(other.actor, stored.id)).rejects.toMatchObject({ status: 404 })
    // The other producer's save and withdraw touch only its own row.
    await saveApplication(other.actor, fair.slug, application(type.id, [other.products[0].id], { notes: 'Ghi đè?' }))
    await withdrawApplication(other.actor, fair.slug)
    expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ notes: 'Cần gần cửa', status: 'SUBMITTED' })

    const stranger = await makeOrganiser('can-tho')
    await expect(decideApplications(stranger, fair.slug, [stored.id], 'ACCEPTED', null)).rejects.toMatchObject({ status: 404 })
    await expect(getApplicationForReview(stranger, fair.slug, stored.id)).rejects.toMatchObject({ status: 404 })
    expect((await getApplicationForReview(organiser, fair.slug, stored.id)).application.id).toBe(stored.id)
  })

  it('records decisions in bulk with mail and audit, and summarises demand and the cooperative share', async () => {
    const { organiser, fair, type, makeProducer } = await published()
    const a = await makeProducer('cho-lach')
    const b = await makeProducer('ba-tri', { type: 'HOUSEHOLD' })
    const c = await makeProducer('thanh-phu', { type: 'HOUSEHOLD' })
    for (const p of [a, b, c]) await saveApplication(p.actor, fair.slug, application(type.id, [p.products[0].id], { boothCount: 2 }))
    const ids = (await prisma.boothApplication.findMany({ orderBy: { submittedAt: 'asc' } })).map((x) => x.id)

    expect(await decideApplications(organiser, fair.slug, ids.slice(0, 2), 'ACCEPTED', null)).toMatchObject({ ok: true, decided: 2 })
    expect(await decideApplications(organiser, fair.slug, [ids[2]], 'REJECTED', 'Sản phẩm trùng khu vực')).toMatchObject({ decided: 1 })
    // Accepting twice decides nothing the second time.
    expect(await decideApplications(organiser, fair.slug, ids.slice(0, 1), 'ACCEPTED', null)).toMatchObject({ decided: 0, skipped: 1 })

    expect(await prisma.auditLog.count({ where: { action: { in: ['application.accepted', 'application.rejected'] } } })).toBe(3)
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { toEmail: 'thanh-phu@nsx.vn', template: 'application-decision' } })
    expect(mail.textBody).toContain('Sản phẩm trùng khu vực')

    const listed = await listApplications(organiser, fair.slug, { status: 'ACCEPTED', producerType: 'COOPERATIVE' })
    expect(listed.rows.map((r) => r.producer.legalName)).toEqual(['HTX cho-lach'])
    expect(listed.counts).toMatchObject({ ACCEPTED: 2, REJECTED: 1 })

    const summary = await fairSummary(fair.id, 20)
    expect(summary.rows).toEqual([expect.objectContaining({ code: 'TC', supply: 10, requested: 4, accepted: 4 })])
    expect(summary.cooperative).toMatchObject({ accepted: 2, cooperatives: 1, sharePercent: 50, met: true })
  })

  it('shows the exhibitor directory only after allocation, searchable by name, province and product group', async () => {
    const { organiser, fair, type, makeProducer } = await published()
    const a = await makeProducer('cho-lach')
    const b = await makeProducer('ha-noi-xanh', { provinceId: '01' })
    await prisma.fair.update({ where: { id: fair.id }, data: { allowedProvinceIds: [] } })
    for (const p of [a, b]) await saveApplication(p.actor, fair.slug, application(type.id, [p.products[0].id]))
    const applications = await prisma.boothApplication.findMany({ orderBy: { producer: { slug: 'asc' } } })
    await decideApplications(organiser, fair.slug, applications.map((x) => x.id), 'ACCEPTED', null)
    const booths = await prisma.booth.findMany({ orderBy: { code: 'asc' }, take: 2 })
    const stored = await prisma.fair.findUniqueOrThrow({ where: { id: fair.id } })
    expect(await publicDirectory(stored, {})).toBeNull()

    await prisma.allocation.createMany({
      data: applications.map((x, i) => ({ fairId: fair.id, boothId: booths[i].id, applicationId: x.id, producerId: x.producerId, publishedAt: NOW })),
    })
    const allocated = await prisma.fair.update({ where: { id: fair.id }, data: { status: 'ALLOCATED' } })
    const all = await publicDirectory(allocated, {})
    expect(all?.map((e) => [e.producer.legalName, e.booths.map((x) => x.code)])).toEqual([
      ['HTX cho-lach', ['A-01']],
      ['HTX ha-noi-xanh', ['A-02']],
    ])
    expect(all?.[0].products.map((p) => p.nameVi)).toEqual(['Kẹo dừa cho-lach'])
    expect((await publicDirectory(allocated, { q: 'hà nội' }))?.length).toBe(0) // names are matched as typed
    expect((await publicDirectory(allocated, { q: 'ha-noi' }))?.map((e) => e.producer.legalName)).toEqual(['HTX ha-noi-xanh'])
    expect((await publicDirectory(allocated, { province: '86' }))?.map((e) => e.producer.legalName)).toEqual(['HTX cho-lach'])
    expect((await publicDirectory(allocated, { group: '2' }))?.length).toBe(0)
    expect((await listExhibitors(organiser, fair.slug)).exhibitors.map((e) => e.booths)).toEqual([['A-01'], ['A-02']])
  })
})
