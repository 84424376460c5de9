// The allocation screens' loaders and actions called with real Requests and session cookies:
// ownership (another organiser's fair is a 404), form validation with Vietnamese messages next to
// the field and nothing written, the producer's page showing only its own published booth.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import { action as allocationAction, loader as allocationLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug.phan-bo'
import { loader as producerBoothLoader } from '~/routes/nha-san-xuat+/hoi-cho.$slug_.gian-hang'
import { setNow } from '~/utils/clock.server'
import { createApplicant, createWorld } from '../helpers/allocation-world'
import { prisma, resetDatabase } from '../helpers/db'

beforeEach(async () => {
  await resetDatabase()
  setNow(new Date('2027-03-01T03:00:00Z'))
})
afterEach(() => setNow(null))

const cookieFor = async (userId: string) => (await startSession(userId, new Request('http://localhost:3000/'))).split(';')[0]
function request(url: string, cookie: string, body?: Record<string, string>) {
  const init: RequestInit = { headers: { Cookie: cookie, 'User-Agent': 'vitest' } }
  if (body) {
    const form = new FormData()
    for (const [key, value] of Object.entries(body)) form.set(key, value)
    Object.assign(init, { method: 'POST', body: form })
  }
  return new Request(`http://localhost:3000${url}`, init)
}
const args = (req: Request, slug: string) => ({ request: req, params: { slug }, context: {} })
/** Single fetch: actions return `data()` objects ({ type: 'DataWithResponseInit', data, init }). */
const unwrap = (result: unknown) => result as { data: { ok: boolean; message?: string; result?: { error?: Record<string, string[]> } }; init: { status?: number } | null }

describe('organiser allocation route', () => {
  it("answers 404 for another organiser's fair", async () => {
    const world = await createWorld(prisma)
    const other = await createWorld(prisma)
    const cookie = await cookieFor(other.actor.id)
    const url = `/ban-to-chuc/hoi-cho/${world.fair.slug}/phan-bo`
    await expect(allocationLoader(args(request(url, cookie), world.fair.slug))).rejects.toMatchObject({ status: 404 })
    await expect(allocationAction(args(request(url, cookie, { intent: 'run' }), world.fair.slug))).rejects.toMatchObject({ status: 404 })
  })

  it('pages the waiting list ten at a time (?cho=), keeping the placement page', async () => {
    const world = await createWorld(prisma)
    for (let i = 0; i < 12; i++) await createApplicant(prisma, world, { withUser: false })
    const cookie = await cookieFor(world.actor.id)
    const url = `/ban-to-chuc/hoi-cho/${world.fair.slug}/phan-bo`
    const first = await allocationLoader(args(request(url, cookie), world.fair.slug))
    expect(first).toMatchObject({ unplacedCount: 12, unplacedPage: 1, unplacedPages: 2 })
    expect(first.unplaced).toHaveLength(10)
    const second = await allocationLoader(args(request(`${url}?cho=2`, cookie), world.fair.slug))
    expect(second).toMatchObject({ unplacedPage: 2, placementPage: 1 })
    expect(second.unplaced).toHaveLength(2)
    expect(second.unplaced.map((u) => u.applicationId)).not.toContain(first.unplaced[0].applicationId)
  })

  it('keeps invalid weights out with a message next to the field, then runs with valid ones', async () => {
    const world = await createWorld(prisma)
    await createApplicant(prisma, world)
    await createApplicant(prisma, world)
    const cookie = await cookieFor(world.actor.id)
    const url = `/ban-to-chuc/hoi-cho/${world.fair.slug}/phan-bo`
    const weights = { zonePreference: '20', groupTogether: '1', provinceCluster: '2', wishedNeighbour: '4', competitorApart: '4' }

    const invalid = unwrap(await allocationAction(args(request(url, cookie, { intent: 'run', ...weights, zonePreference: '-5', provinceCluster: 'nhiều' }), world.fair.slug)))
    expect(invalid.init?.status).toBe(400)
    expect(invalid.data.result?.error).toMatchObject({ zonePreference: ['Nguyện vọng khu: không được âm'], provinceCluster: ['Cùng tỉnh: nhập một số từ 0 đến 100'] })
    expect(await prisma.allocation.count()).toBe(0)

    const ran = unwrap(await allocationAction(args(request(url, cookie, { intent: 'run', ...weights, provinceCluster: '7' }), world.fair.slug)))
    expect(ran.data).toMatchObject({ ok: true, message: expect.stringContaining('2 nhà sản xuất được xếp gian') })
    expect(await prisma.allocation.count({ where: { fairId: world.fair.id, publishedAt: null } })).toBe(2)

    const page = await allocationLoader(args(request(url, cookie), world.fair.slug))
    expect(page.weights.provinceCluster).toBe(7)
    expect(page.placements).toHaveLength(2)
    expect(page.booths.filter((b) => b.holder)).toHaveLength(2)

    const move = unwrap(await allocationAction(args(request(url, cookie, { intent: 'move', boothId: '', targetBoothId: '' }), world.fair.slug)))
    expect(move.init?.status).toBe(400)
    expect(move.data.message).toBe('Chọn gian cần chuyển')
  })

  it('publish numbers applications waitlisted at review after the engine’s waiting list', async () => {
    const world = await createWorld(prisma, { rows: [['TC']] })
    await createApplicant(prisma, world, { stars: 5 })
    const second = await createApplicant(prisma, world, { stars: 3 })
    const reviewWaitlisted = await createApplicant(prisma, world, { status: 'WAITLISTED' })
    const cookie = await cookieFor(world.actor.id)
    const url = `/ban-to-chuc/hoi-cho/${world.fair.slug}/phan-bo`
    await allocationAction(args(request(url, cookie, { intent: 'run' }), world.fair.slug))
    const published = unwrap(await allocationAction(args(request(url, cookie, { intent: 'publish' }), world.fair.slug)))
    expect(published.data).toMatchObject({ ok: true })
    const positions = await prisma.boothApplication.findMany({ where: { fairId: world.fair.id, status: 'WAITLISTED' }, select: { id: true, waitlistPosition: true }, orderBy: { waitlistPosition: 'asc' } })
    expect(positions).toEqual([
      { id: second.application.id, waitlistPosition: 1 },
      { id: reviewWaitlisted.application.id, waitlistPosition: 2 },
    ])
  })
})

describe("producer's booth route", () => {
  it('shows the producer its own published booth only', async () => {
    const world = await createWorld(prisma, { status: 'ALLOCATED' })
    const mine = await createApplicant(prisma, world)
    const theirs = await createApplicant(prisma, world)
    const stranger = await createApplicant(prisma, await createWorld(prisma))
    await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths['A-03'].id, applicationId: mine.application.id, producerId: mine.producer.id, publishedAt: new Date(), explanation: 'Khu Trái cây' } })
    await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths['A-04'].id, applicationId: theirs.application.id, producerId: theirs.producer.id, publishedAt: new Date() } })
    const url = `/nha-san-xuat/hoi-cho/${world.fair.slug}/gian-hang`

    const page = await producerBoothLoader(args(request(url, await cookieFor(mine.user!.id)), world.fair.slug))
    expect(page.myBooths).toEqual([expect.objectContaining({ code: 'A-03', explanation: 'Khu Trái cây' })])
    expect(page.booths).toHaveLength(12)
    expect(JSON.stringify(page)).not.toContain(theirs.producer.legalName)

    const none = await producerBoothLoader(args(request(url, await cookieFor(stranger.user!.id)), world.fair.slug))
    expect(none).toMatchObject({ application: null, myBooths: [] })
    await expect(producerBoothLoader(args(request(url, await cookieFor(world.actor.id)), world.fair.slug))).rejects.toMatchObject({ status: 403 })
  })
})
