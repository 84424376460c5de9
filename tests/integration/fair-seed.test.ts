// The demo fair's applications: enough for the allocation workflow, a realistic mix of statuses,
// only eligible producers and products, deterministic and idempotent.
import { beforeAll, describe, expect, it } from 'vitest'
import { checkEligibility } from '~/modules/fairs/eligibility'
import { exportPlan } from '~/modules/fairs/plan.server'
import { validatePlan } from '~/modules/fairs/floor-plan'
import { DEMO_APPLICATIONS, FAIR_SLUG, seed } from '../../prisma/seed/index.ts'
import { prisma, resetDatabase } from '../helpers/db'

beforeAll(async () => {
  await resetDatabase()
  await seed(prisma)
}, 60_000)

describe('demo fair applications', () => {
  it('holds 150 applications, mostly accepted, with zones, needs and some wished neighbours', async () => {
    const fair = await prisma.fair.findUniqueOrThrow({ where: { slug: FAIR_SLUG } })
    const applications = await prisma.boothApplication.findMany({ where: { fairId: fair.id }, include: { products: true } })
    expect(applications).toHaveLength(DEMO_APPLICATIONS)
    const byStatus = Object.fromEntries((await prisma.boothApplication.groupBy({ by: ['status'], where: { fairId: fair.id }, _count: true })).map((row) => [row.status, row._count]))
    expect(byStatus).toEqual({ ACCEPTED: 100, SUBMITTED: 25, WAITLISTED: 12, REJECTED: 13 })
    const zones = new Set((await prisma.booth.findMany({ where: { fairId: fair.id }, select: { zone: true } })).map((b) => b.zone))
    expect(applications.every((a) => a.zonePreferences.length >= 1 && a.zonePreferences.every((z) => zones.has(z)))).toBe(true)
    expect(applications.every((a) => a.products.length >= 1)).toBe(true)
    expect(applications.filter((a) => a.wishedNeighbourIds.length).length).toBeGreaterThan(10)
    expect(applications.filter((a) => a.needs.includes('cold')).length).toBeGreaterThan(3)
    const acceptedBooths = applications.filter((a) => a.status === 'ACCEPTED').reduce((sum, a) => sum + a.boothCount, 0)
    expect(acceptedBooths).toBeLessThanOrEqual(120)
    // The demo producer account has none: it is left free to apply in a demo.
    const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'nhasanxuat@demo.ocop.vn' } })
    expect(applications.some((a) => a.producerId === demo.producerId)).toBe(false)
  })

  it('comes only from producers eligible at the opening of applications, with their own exhibitable products', async () => {
    const fair = await prisma.fair.findUniqueOrThrow({ where: { slug: FAIR_SLUG } })
    const applications = await prisma.boothApplication.findMany({
      where: { fairId: fair.id },
      include: { products: { select: { productId: true } }, producer: { select: { status: true, provinceId: true, products: { select: { id: true, status: true, groupId: true, certificates: { select: { status: true, stars: true, expiresAt: true } } } } } } },
    })
    for (const application of applications) {
      const result = checkEligibility(fair, application.producer, new Date('2026-11-15T00:00:00Z'))
      expect(result.reasons).toEqual([])
      for (const item of application.products) expect(result.productIds).toContain(item.productId)
    }
  })

  it('has a valid floor plan: unique codes, booths inside their hall, off the aisles, no overlaps', async () => {
    const organiser = await prisma.user.findUniqueOrThrow({ where: { email: 'bantochuc@demo.ocop.vn' } })
    const plan = await exportPlan({ id: organiser.id, role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: organiser.organiserId }, FAIR_SLUG)
    expect(plan.booths).toHaveLength(120)
    expect(validatePlan(plan, { boothTypes: ['TC', 'GOC', 'LANH'] })).toEqual([])
  })

  it('adds nothing when run again', async () => {
    const before = await prisma.boothApplication.findMany({ orderBy: { id: 'asc' } })
    const items = await prisma.applicationProduct.count()
    await seed(prisma)
    expect(await prisma.boothApplication.findMany({ orderBy: { id: 'asc' } })).toEqual(before)
    expect(await prisma.applicationProduct.count()).toBe(items)
  })
})
