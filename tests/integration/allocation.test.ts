// The allocation workflow on a real PostgreSQL: the engine's input derived from the rows, draft
// previews that keep locks, hand edits, the all-or-nothing publish, and releases that go to the
// waiting list. The payment module is wrapped so one test can make it fail mid-publish.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadAllocationInput, loadApplications } from '~/modules/allocation/input.server'
import { releaseApplicationBooths } from '~/modules/allocation/release.server'
import { DEFAULT_WEIGHTS } from '~/modules/allocation/types'
import { assignBooth, getAllocationPage, getProducerBooth, moveBooth, publishAllocation, releaseByHand, runPreview, setLocked } from '~/modules/allocation/workflow.server'
import { setNow } from '~/utils/clock.server'
import { createApplicant, createWorld } from '../helpers/allocation-world'
import { prisma, resetDatabase } from '../helpers/db'

const payments = vi.hoisted(() => ({ fail: false }))
vi.mock('~/modules/payments/requests.server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('~/modules/payments/requests.server')>()
  return {
    createPaymentRequests: async (...args: Parameters<typeof actual.createPaymentRequests>) => {
      if (payments.fail) throw new Error('payment module unavailable')
      return actual.createPaymentRequests(...args)
    },
  }
})

const NOW = new Date('2027-03-01T03:00:00Z')
beforeEach(async () => {
  await resetDatabase()
  setNow(NOW)
  payments.fail = false
})
afterEach(() => setNow(null))

async function placements(fairId: string) {
  const rows = await prisma.allocation.findMany({ where: { fairId }, select: { applicationId: true, boothId: true, locked: true, publishedAt: true, explanation: true, booth: { select: { code: true } } } })
  return rows
}

describe('engine input from the database', () => {
  it('derives type, province, groups, verified stars, first-time exhibitor and submission time', async () => {
    const world = await createWorld(prisma, { startsAt: new Date('2027-04-15T01:00:00Z') })
    const veteran = await createApplicant(prisma, world, { type: 'COOPERATIVE', provinceId: '82', stars: 4, groupId: '2', subgroupId: null, needs: ['cold', 'wifi'], zonePreferences: ['Trái cây'], submittedAt: new Date('2026-11-02T08:00:00Z') })
    const newcomer = await createApplicant(prisma, world, { type: 'HOUSEHOLD', stars: 5, certificateStatus: 'PENDING' })
    await createApplicant(prisma, world, { status: 'SUBMITTED' }) // not accepted: not in the input
    // The veteran had a booth at an earlier fair; the newcomer only at a later one.
    const earlier = await createWorld(prisma, { startsAt: new Date('2026-04-15T01:00:00Z'), status: 'ALLOCATED' })
    const later = await createWorld(prisma, { startsAt: new Date('2028-04-15T01:00:00Z'), status: 'ALLOCATED' })
    for (const [w, producerId] of [[earlier, veteran.producer.id], [later, newcomer.producer.id]] as const) {
      const app = await prisma.boothApplication.create({ data: { fairId: w.fair.id, producerId, boothTypeId: w.types.TC.id, status: 'ACCEPTED' } })
      await prisma.allocation.create({ data: { fairId: w.fair.id, boothId: w.booths['A-01'].id, applicationId: app.id, producerId, publishedAt: NOW } })
    }

    const apps = await loadApplications(prisma, world.fair.id, NOW)
    expect(apps.map((a) => a.id).sort()).toEqual([veteran.application.id, newcomer.application.id].sort())
    const v = apps.find((a) => a.id === veteran.application.id)!
    expect(v).toMatchObject({
      producerId: veteran.producer.id,
      producerType: 'COOPERATIVE',
      provinceId: '82',
      productGroupIds: ['2'],
      subgroupIds: [],
      maxStars: 4,
      firstTimeExhibitor: false,
      submittedAt: new Date('2026-11-02T08:00:00Z').getTime(),
      boothTypeCode: 'TC',
      boothCount: 1,
      zonePreferences: ['Trái cây'],
      needs: ['cold'],
    })
    const n = apps.find((a) => a.id === newcomer.application.id)!
    expect(n).toMatchObject({ producerType: 'HOUSEHOLD', provinceId: '86', productGroupIds: ['1'], subgroupIds: ['1.1.1'], maxStars: 0, firstTimeExhibitor: true })

    // An expired certificate no longer counts.
    expect((await loadApplications(prisma, world.fair.id, new Date('2028-06-02T00:00:00Z'))).find((a) => a.id === veteran.application.id)!.maxStars).toBe(0)

    const input = await loadAllocationInput(prisma, world.fair.id, { weights: { zonePreference: 5 } })
    expect(input.booths).toHaveLength(12)
    expect(input.booths[0]).toMatchObject({ code: 'A-01', typeCode: 'TC', zone: 'Trái cây', x: 0, y: 0, width: 3, depth: 3 })
    expect(input.rules).toMatchObject({ cooperativeSharePercent: 20, maxBoothsPerProducer: 2, weights: { zonePreference: 5 } })
    expect(input.boothTypeNames).toEqual({ TC: 'Gian tiêu chuẩn', LANH: 'Gian có tủ mát' })
  })
})

describe('preview, hand edits and locks', () => {
  it('stores the plan as drafts, keeps locked placements on re-run and replaces the rest', async () => {
    const world = await createWorld(prisma)
    const apps = []
    for (let i = 0; i < 5; i++) apps.push(await createApplicant(prisma, world, { zonePreferences: [i % 2 ? 'Đặc sản dừa' : 'Trái cây'] }))
    const first = await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)
    expect(first).toMatchObject({ ok: true })
    let rows = await placements(world.fair.id)
    expect(rows).toHaveLength(5)
    expect(rows.every((r) => r.publishedAt === null && r.explanation.length > 0)).toBe(true)
    expect(new Set(rows.map((r) => r.applicationId)).size).toBe(5)
    // A re-run without locks replaces every draft row (same plan: same input, same seed).
    expect(await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)).toMatchObject({ ok: true })
    const again = await placements(world.fair.id)
    expect(again.map((r) => [r.applicationId, r.boothId]).sort()).toEqual(rows.map((r) => [r.applicationId, r.boothId]).sort())

    // Move one placement by hand to a free booth, lock it, and run again with other weights.
    const moved = rows[0]
    const free = Object.values(world.booths).find((b) => !rows.some((r) => r.boothId === b.id))!
    expect(await moveBooth(world.actor, world.fair.slug, { boothId: moved.boothId, targetBoothId: free.id })).toMatchObject({ ok: true })
    expect(await setLocked(world.actor, world.fair.slug, moved.applicationId, true)).toMatchObject({ ok: true })
    rows = await placements(world.fair.id)
    expect(rows.find((r) => r.applicationId === moved.applicationId)).toMatchObject({ boothId: free.id, locked: true })
    expect(rows.find((r) => r.applicationId === moved.applicationId)!.explanation).toContain('khoá')

    expect(await runPreview(world.actor, world.fair.slug, { ...DEFAULT_WEIGHTS, provinceCluster: 9 })).toMatchObject({ ok: true })
    rows = await placements(world.fair.id)
    expect(rows).toHaveLength(5)
    expect(rows.find((r) => r.applicationId === moved.applicationId)).toMatchObject({ boothId: free.id, locked: true })
    expect(rows.filter((r) => r.boothId === free.id)).toHaveLength(1)

    const page = await getAllocationPage(world.actor, world.fair.slug)
    expect(page.weights.provinceCluster).toBe(9)
    expect(page.figures.placedApplications).toBe(5)
    expect(page.violations).toEqual([])
    expect(page.placements.find((p) => p.applicationId === moved.applicationId)).toMatchObject({ locked: true, boothCodes: [free.code] })
  })

  it('swaps two placements, updates explanations, and flags a move that breaks a hard rule', async () => {
    const world = await createWorld(prisma, { rows: [['TC', 'TC', 'TC', 'LANH', 'LANH', 'LANH'], Array(6).fill('TC')] })
    const fruit = await createApplicant(prisma, world, { zonePreferences: ['Trái cây'] })
    const coconut = await createApplicant(prisma, world, { zonePreferences: ['Đặc sản dừa'] })
    await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)
    const before = await placements(world.fair.id)
    const a = before.find((r) => r.applicationId === fruit.application.id)!
    const b = before.find((r) => r.applicationId === coconut.application.id)!
    expect(a.explanation).toContain('nguyện vọng 1')

    expect(await moveBooth(world.actor, world.fair.slug, { boothId: a.boothId, targetBoothId: b.boothId })).toMatchObject({ ok: true, message: expect.stringContaining('Đã đổi chỗ') })
    const after = await placements(world.fair.id)
    expect(after.find((r) => r.applicationId === fruit.application.id)!.boothId).toBe(b.boothId)
    expect(after.find((r) => r.applicationId === coconut.application.id)!.boothId).toBe(a.boothId)
    expect(after.find((r) => r.applicationId === fruit.application.id)!.explanation).toContain('ngoài nguyện vọng')

    // A TC application moved onto a refrigerated booth: allowed, flagged, and publishing refuses.
    expect(await moveBooth(world.actor, world.fair.slug, { boothId: b.boothId, targetBoothId: world.booths['A-04'].id })).toMatchObject({ ok: true })
    const page = await getAllocationPage(world.actor, world.fair.slug)
    expect(page.violations.map((v) => v.code)).toEqual(['WRONG_BOOTH_TYPE'])
    expect(page.placements.find((p) => p.applicationId === fruit.application.id)!.violations).toHaveLength(1)
    const refused = await publishAllocation(world.actor, world.fair.slug)
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('vi phạm') })
    expect((await prisma.fair.findUniqueOrThrow({ where: { id: world.fair.id } })).status).toBe('APPLICATIONS_CLOSED')
  })

  it("hides another organiser's fair and refuses edits of locked booths", async () => {
    const world = await createWorld(prisma)
    const other = await createWorld(prisma)
    const app = await createApplicant(prisma, world)
    await expect(runPreview(other.actor, world.fair.slug, DEFAULT_WEIGHTS)).rejects.toMatchObject({ status: 404 })
    await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)
    await setLocked(world.actor, world.fair.slug, app.application.id, true)
    const [row] = await placements(world.fair.id)
    const result = await moveBooth(world.actor, world.fair.slug, { boothId: row.boothId, targetBoothId: world.booths['A-12'].id })
    expect(result).toEqual({ ok: false, message: expect.stringContaining('đã khoá') })
  })
})

describe('publishing', () => {
  async function oversubscribed() {
    // Three TC booths, five TC applications: two must wait, in priority order (stars first).
    const world = await createWorld(prisma, { rows: [['TC', 'TC', 'TC', 'LANH']] })
    const apps = [
      await createApplicant(prisma, world, { stars: 3, submittedAt: new Date('2026-11-01T00:00:00Z') }),
      await createApplicant(prisma, world, { stars: 5 }),
      await createApplicant(prisma, world, { stars: 4 }),
      await createApplicant(prisma, world, { stars: 3, submittedAt: new Date('2026-11-03T00:00:00Z') }),
      await createApplicant(prisma, world, { stars: 4, type: 'COOPERATIVE' }),
    ]
    expect(await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)).toMatchObject({ ok: true })
    return { world, apps }
  }

  it('publishes everything in one transaction: rows, status, waiting list, emails, payment requests', async () => {
    const { world, apps } = await oversubscribed()
    expect(await publishAllocation(world.actor, world.fair.slug)).toMatchObject({ ok: true })

    const rows = await placements(world.fair.id)
    expect(rows).toHaveLength(3)
    expect(rows.every((r) => r.publishedAt?.getTime() === NOW.getTime())).toBe(true)
    expect(new Set(rows.map((r) => r.applicationId))).toEqual(new Set([apps[1], apps[2], apps[4]].map((a) => a.application.id)))
    expect((await prisma.fair.findUniqueOrThrow({ where: { id: world.fair.id } })).status).toBe('ALLOCATED')

    const waiting = await prisma.boothApplication.findMany({ where: { fairId: world.fair.id, status: 'WAITLISTED' }, orderBy: { waitlistPosition: 'asc' }, select: { id: true, waitlistPosition: true } })
    expect(waiting).toEqual([
      { id: apps[0].application.id, waitlistPosition: 1 }, // 3★, applied earlier
      { id: apps[3].application.id, waitlistPosition: 2 },
    ])

    const requests = await prisma.paymentRequest.findMany({ where: { fairId: world.fair.id } })
    expect(requests).toHaveLength(3)
    expect(requests.every((r) => r.status === 'OPEN' && r.grossVnd === 8_000_000 && r.subsidyVnd === 0 && r.amountVnd === 8_000_000)).toBe(true)
    expect(requests[0].dueAt.toISOString()).toBe('2027-03-15T03:00:00.000Z')

    const mails = await prisma.emailOutbox.findMany({ select: { template: true, toEmail: true, textBody: true } })
    expect(mails.filter((m) => m.template === 'booth-allocated')).toHaveLength(3)
    expect(mails.filter((m) => m.template === 'booth-waitlisted')).toHaveLength(2)
    const mail = mails.find((m) => m.toEmail === apps[1].user!.email)!
    expect(mail.textBody).toContain(rows.find((r) => r.applicationId === apps[1].application.id)!.booth.code)

    // The producer sees its booth; a second publish and a re-run are refused.
    const mine = await getProducerBooth(apps[1].actor!, world.fair.slug)
    expect(mine.myBooths.map((b) => b.code)).toEqual([rows.find((r) => r.applicationId === apps[1].application.id)!.booth.code])
    expect((await getProducerBooth(apps[0].actor!, world.fair.slug)).application).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 })
    expect(await publishAllocation(world.actor, world.fair.slug)).toMatchObject({ ok: false })
    expect(await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)).toMatchObject({ ok: false })
  })

  it('writes nothing when a step of the publish fails', async () => {
    const { world, apps } = await oversubscribed()
    // Drafts are the organiser's: the producer sees no booth yet.
    expect((await getProducerBooth(apps[1].actor!, world.fair.slug)).myBooths).toEqual([])
    const before = await placements(world.fair.id)
    payments.fail = true
    await expect(publishAllocation(world.actor, world.fair.slug)).rejects.toThrow('payment module unavailable')
    expect(await placements(world.fair.id)).toEqual(before)
    expect((await placements(world.fair.id)).every((r) => r.publishedAt === null)).toBe(true)
    expect((await prisma.fair.findUniqueOrThrow({ where: { id: world.fair.id } })).status).toBe('APPLICATIONS_CLOSED')
    expect(await prisma.boothApplication.count({ where: { fairId: world.fair.id, status: 'WAITLISTED' } })).toBe(0)
    expect(await prisma.emailOutbox.count()).toBe(0)
    expect(await prisma.paymentRequest.count()).toBe(0)
    expect(await prisma.auditLog.count({ where: { action: 'allocation.publish' } })).toBe(0)
    expect((await getProducerBooth(apps[1].actor!, world.fair.slug)).myBooths).toEqual([])
    payments.fail = false
    expect(await publishAllocation(world.actor, world.fair.slug)).toMatchObject({ ok: true })
    expect((await getProducerBooth(apps[1].actor!, world.fair.slug)).myBooths).toHaveLength(1)
  })

  it('after publication, a swap emails only the two producers it moves', async () => {
    const { world } = await oversubscribed()
    await publishAllocation(world.actor, world.fair.slug)
    await prisma.emailOutbox.deleteMany()
    const rows = await placements(world.fair.id)
    expect(await moveBooth(world.actor, world.fair.slug, { boothId: rows[0].boothId, targetBoothId: rows[1].boothId })).toMatchObject({ ok: true })
    const mails = await prisma.emailOutbox.findMany({ select: { template: true, toUserId: true } })
    expect(mails).toHaveLength(2)
    expect(mails.every((m) => m.template === 'booth-changed')).toBe(true)
    const producers = await prisma.user.findMany({ where: { id: { in: mails.map((m) => m.toUserId!) } }, select: { producerId: true } })
    const moved = await prisma.boothApplication.findMany({ where: { id: { in: [rows[0].applicationId, rows[1].applicationId] } }, select: { producerId: true } })
    expect(new Set(producers.map((p) => p.producerId))).toEqual(new Set(moved.map((m) => m.producerId)))
  })
})

describe('assigning by hand before publication', () => {
  it('accepts a waiting application given a booth, refreshes explanations, and the plan can be published', async () => {
    const world = await createWorld(prisma, { rows: [['TC', 'TC', 'TC']] })
    const placed = await createApplicant(prisma, world, { zonePreferences: ['Trái cây'] })
    const waiting = await createApplicant(prisma, world, { status: 'WAITLISTED' })
    await runPreview(world.actor, world.fair.slug, DEFAULT_WEIGHTS)
    const [row] = await placements(world.fair.id)
    const free = Object.values(world.booths).find((b) => b.id !== row.boothId)!
    expect(await assignBooth(world.actor, world.fair.slug, { applicationId: waiting.application.id, boothId: free.id })).toEqual({ ok: true, message: 'Đã xếp gian vào phương án nháp.' })
    expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: waiting.application.id } })).toMatchObject({ status: 'ACCEPTED', waitlistPosition: null })
    const rows = await placements(world.fair.id)
    // The hand placement gets the engine's explanation, and its neighbour's mentions the newcomer.
    expect(rows.find((r) => r.applicationId === waiting.application.id)).toMatchObject({ publishedAt: null, explanation: expect.stringMatching(/^Trái cây; cạnh nhà sản xuất cùng tỉnh/) })
    expect(rows.find((r) => r.applicationId === placed.application.id)!.explanation).toMatch(/^Trái cây — nguyện vọng 1; cạnh nhà sản xuất cùng tỉnh/)
    expect(await publishAllocation(world.actor, world.fair.slug)).toMatchObject({ ok: true })
    expect(await prisma.paymentRequest.count({ where: { fairId: world.fair.id } })).toBe(2)
  })
})

describe('release to the waiting list', () => {
  it('offers a released booth to the first suitable waiting application and bills it', async () => {
    const world = await createWorld(prisma, { rows: [['TC', 'LANH']], status: 'ALLOCATED' })
    const holder = await createApplicant(prisma, world)
    const coldHolder = await createApplicant(prisma, world, { boothType: 'LANH' })
    const wantsCold = await createApplicant(prisma, world, { boothType: 'LANH', status: 'WAITLISTED', waitlistPosition: 1 })
    const wantsTwo = await createApplicant(prisma, world, { boothCount: 2, status: 'WAITLISTED', waitlistPosition: 2 })
    const next = await createApplicant(prisma, world, { status: 'WAITLISTED', waitlistPosition: 3 })
    const last = await createApplicant(prisma, world, { status: 'WAITLISTED', waitlistPosition: 4 })
    await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths['A-01'].id, applicationId: holder.application.id, producerId: holder.producer.id, publishedAt: NOW } })
    await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths['A-02'].id, applicationId: coldHolder.application.id, producerId: coldHolder.producer.id, publishedAt: NOW } })
    await prisma.paymentRequest.create({ data: { fairId: world.fair.id, applicationId: holder.application.id, producerId: holder.producer.id, grossVnd: 8_000_000, amountVnd: 8_000_000, dueAt: NOW } })

    const result = await prisma.$transaction((tx) => releaseApplicationBooths(tx, { applicationId: holder.application.id, reason: 'Rút đơn', actorId: null }))
    expect(result.releasedBoothIds).toEqual([world.booths['A-01'].id])

    // A-01 is TC: the cold request is skipped, the two-booth one cannot fit, the next one gets it.
    const taken = await prisma.allocation.findUniqueOrThrow({ where: { boothId: world.booths['A-01'].id } })
    expect(taken).toMatchObject({ applicationId: next.application.id, publishedAt: NOW })
    expect(taken.explanation).toContain('danh sách chờ')
    const statuses = await prisma.boothApplication.findMany({ where: { fairId: world.fair.id }, select: { id: true, status: true, waitlistPosition: true } })
    const byId = new Map(statuses.map((s) => [s.id, s]))
    expect(byId.get(next.application.id)).toMatchObject({ status: 'ACCEPTED', waitlistPosition: null })
    expect(byId.get(wantsCold.application.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 })
    expect(byId.get(wantsTwo.application.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 })
    expect(byId.get(last.application.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 3 })

    expect(await prisma.paymentRequest.findFirstOrThrow({ where: { applicationId: holder.application.id } })).toMatchObject({ status: 'CANCELLED' })
    expect(await prisma.paymentRequest.findFirstOrThrow({ where: { applicationId: next.application.id } })).toMatchObject({ status: 'OPEN', amountVnd: 8_000_000 })
    const mails = await prisma.emailOutbox.findMany({ where: { template: 'booth-allocated' } })
    expect(mails.map((m) => m.toUserId)).toEqual([next.user!.id])
    expect(await prisma.auditLog.count({ where: { action: 'allocation.release', entityId: holder.application.id } })).toBe(1)
  })

  it('the organiser releases by hand: the producer goes to the end of the list; a free booth is assigned by hand', async () => {
    const world = await createWorld(prisma, { rows: [['TC', 'TC']], status: 'ALLOCATED' })
    const holder = await createApplicant(prisma, world)
    await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths['A-01'].id, applicationId: holder.application.id, producerId: holder.producer.id, publishedAt: NOW } })
    const waiting = await createApplicant(prisma, world, { boothType: 'LANH', status: 'WAITLISTED', waitlistPosition: 1 })
    expect(await releaseByHand(world.actor, world.fair.slug, { applicationId: holder.application.id, reason: 'Không đến nhận gian' })).toMatchObject({ ok: true })
    expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: holder.application.id } })).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 })
    expect(await prisma.allocation.count({ where: { fairId: world.fair.id } })).toBe(0)

    expect(await assignBooth(world.actor, world.fair.slug, { applicationId: waiting.application.id, boothId: world.booths['A-02'].id })).toEqual({
      ok: false,
      message: 'Gian A-02 không thuộc loại gian mà đơn đăng ký',
    })
    expect(await assignBooth(world.actor, world.fair.slug, { applicationId: holder.application.id, boothId: world.booths['A-02'].id })).toMatchObject({ ok: true })
    expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: holder.application.id } })).toMatchObject({ status: 'ACCEPTED', waitlistPosition: null })
    expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: waiting.application.id } })).toMatchObject({ waitlistPosition: 1 })
    expect(await prisma.paymentRequest.count({ where: { applicationId: holder.application.id, status: 'OPEN' } })).toBe(1)
  })
})
