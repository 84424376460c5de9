// The organiser's side of applications: the filtered table with counts, one application in full,
// decisions one by one or in bulk (each mailed to the producer and written to the audit log), the
// live demand/supply summary, and the exhibitor lists (organiser export and public directory).
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudits } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember } from '~/modules/mail/outbox.server'
import type { Prisma } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { validStars } from './eligibility'
import { getOrganiserFair } from './fairs.server'
import { reviewTargets, type ApplicationStatusValue } from './status'
import { appUrl } from '~/utils/env.server'

export const PAGE_SIZE = 25

export interface ApplicationFilters {
  status?: string
  province?: string
  group?: string
  producerType?: string
  stars?: number
  q?: string
}

function filterWhere(fairId: string, filters: ApplicationFilters): Prisma.BoothApplicationWhereInput {
  const and: Prisma.BoothApplicationWhereInput[] = [{ fairId }]
  // Drafts are the producer's own business until submitted.
  and.push({ status: filters.status ? (filters.status as ApplicationStatusValue) : { not: 'DRAFT' } })
  if (filters.province) and.push({ producer: { provinceId: filters.province } })
  if (filters.producerType) and.push({ producer: { type: filters.producerType as never } })
  if (filters.group) and.push({ products: { some: { product: { groupId: filters.group } } } })
  if (filters.stars) {
    and.push({ products: { some: { product: { certificates: { some: { status: 'VERIFIED', stars: { gte: filters.stars }, expiresAt: { gte: now() } } } } } } })
  }
  if (filters.q) and.push({ producer: { OR: [{ legalName: { contains: filters.q, mode: 'insensitive' } }, { tradeName: { contains: filters.q, mode: 'insensitive' } }] } })
  return { AND: and }
}

export async function listApplications(actor: Actor, slug: string, filters: ApplicationFilters, page = 1) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'review:application', { organiserId: fair.organiserId })
  const where = filterWhere(fair.id, filters)
  const [rows, total, byStatus] = await Promise.all([
    prisma.boothApplication.findMany({
      where,
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        status: true,
        boothCount: true,
        submittedAt: true,
        zonePreferences: true,
        needs: true,
        waitlistPosition: true,
        boothType: { select: { code: true } },
        producer: { select: { id: true, legalName: true, type: true, province: { select: { name: true } } } },
        products: { select: { product: { select: { nameVi: true, groupId: true, certificates: { select: { status: true, stars: true, expiresAt: true } } } } } },
      },
    }),
    prisma.boothApplication.count({ where }),
    prisma.boothApplication.groupBy({ by: ['status'], where: { fairId: fair.id }, _count: { _all: true } }),
  ])
  const at = now()
  const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<ApplicationStatusValue, number>>
  return {
    fair,
    total,
    counts,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map((row) => ({
      ...row,
      products: row.products.map(({ product }) => ({ nameVi: product.nameVi, groupId: product.groupId, stars: validStars(product, at) })),
    })),
  }
}

export async function getApplicationForReview(actor: Actor, slug: string, id: string) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'review:application', { organiserId: fair.organiserId })
  const application = await prisma.boothApplication.findFirst({
    where: { id, fairId: fair.id, status: { not: 'DRAFT' } },
    include: {
      boothType: true,
      decidedBy: { select: { name: true } },
      producer: {
        select: {
          id: true,
          slug: true,
          legalName: true,
          type: true,
          status: true,
          phone: true,
          email: true,
          addressLine: true,
          province: { select: { name: true } },
          certificates: { orderBy: { expiresAt: 'desc' }, select: { id: true, stars: true, status: true, certificateNumber: true, expiresAt: true, product: { select: { nameVi: true } } } },
        },
      },
      products: { include: { product: { select: { id: true, slug: true, nameVi: true, groupId: true, certificates: { select: { status: true, stars: true, expiresAt: true } } } } } },
    },
  })
  if (!application) throw new Response('Không tìm thấy hồ sơ', { status: 404 })
  const neighbours = application.wishedNeighbourIds.length
    ? await prisma.producer.findMany({ where: { id: { in: application.wishedNeighbourIds } }, select: { id: true, legalName: true } })
    : []
  return { fair, application, neighbours }
}

export type Decision = 'ACCEPTED' | 'REJECTED' | 'WAITLISTED'

/**
 * Decides several applications of one fair at once. Each one moves only from a status that allows
 * the decision (compare-and-set), so a double click or two reviewers never decide twice; the
 * producer's members are mailed and the audit log records who decided, when and why.
 */
export async function decideApplications(actor: Actor, slug: string, ids: string[], decision: Decision, reason: string | null) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'review:application', { organiserId: fair.organiserId })
  if (fair.status === 'ALLOCATED' || fair.status === 'FINISHED') {
    if (decision !== 'ACCEPTED') return { ok: false as const, decided: 0, skipped: ids.length, errors: ['Gian hàng đã được phân bổ: dùng màn hình phân bổ để thay đổi'] }
  }
  return prisma.$transaction(
    async (tx) => {
      const applications = await tx.boothApplication.findMany({
        where: { id: { in: ids }, fairId: fair.id },
        select: {
          id: true,
          status: true,
          _count: { select: { allocations: true } },
          producer: { select: { members: { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } } },
        },
      })
      const decided: typeof applications = []
      let nextWaitlist = decision === 'WAITLISTED' ? ((await tx.boothApplication.aggregate({ where: { fairId: fair.id }, _max: { waitlistPosition: true } }))._max.waitlistPosition ?? 0) : 0
      for (const application of applications) {
        if (!reviewTargets(application.status).includes(decision)) continue
        if (application._count.allocations > 0 && decision !== 'ACCEPTED') continue // an allocated booth is released in the allocation screen
        const changed = await tx.boothApplication.updateMany({
          where: { id: application.id, status: application.status },
          data: {
            status: decision,
            decidedAt: now(),
            decidedById: actor.id,
            decisionReason: reason,
            waitlistPosition: decision === 'WAITLISTED' ? ++nextWaitlist : null,
          },
        })
        if (changed.count !== 1) continue
        decided.push(application)
      }
      // The log entries and the producers' emails of the whole batch, one insert each.
      await writeAudits(
        tx,
        decided.map((application) => ({
          actorId: actor.id,
          action: `application.${decision.toLowerCase()}`,
          entityType: 'BoothApplication',
          entityId: application.id,
          reason,
          data: { from: application.status, to: decision, fairId: fair.id },
        })),
      )
      await enqueueEmails(
        tx,
        decided.flatMap((application) =>
          application.producer.members.map((member) => ({
            ...toMember(member),
            template: 'application-decision' as const,
            data: { name: member.name, fairName: fair.nameVi, decision, reason, url: `${appUrl()}/nha-san-xuat/hoi-cho/${fair.slug}` },
          })),
        ),
      )
      return { ok: true as const, decided: decided.length, skipped: ids.length - decided.length, errors: [] as string[] }
    },
    { timeout: 30_000 },
  )
}

const COOPERATIVE_TYPES = ['COOPERATIVE', 'COOPERATIVE_GROUP']

/** Demand against supply per booth type, status counts and the cooperative share of accepted producers. */
export async function fairSummary(fairId: string, cooperativeTargetPercent: number) {
  const [types, supply, demand, statuses, acceptedByType] = await Promise.all([
    prisma.boothType.findMany({ where: { fairId }, orderBy: { code: 'asc' }, select: { id: true, code: true, nameVi: true, priceVnd: true } }),
    prisma.booth.groupBy({ by: ['boothTypeId'], where: { fairId }, _count: { _all: true } }),
    prisma.boothApplication.groupBy({ by: ['boothTypeId', 'status'], where: { fairId, status: { in: ['SUBMITTED', 'ACCEPTED', 'WAITLISTED'] } }, _sum: { boothCount: true } }),
    prisma.boothApplication.groupBy({ by: ['status'], where: { fairId }, _count: { _all: true } }),
    prisma.boothApplication.findMany({ where: { fairId, status: 'ACCEPTED' }, select: { producer: { select: { type: true } } } }),
  ])
  const rows = types.map((type) => {
    const of = (status: string) => demand.filter((d) => d.boothTypeId === type.id && d.status === status).reduce((sum, d) => sum + (d._sum.boothCount ?? 0), 0)
    const requested = of('SUBMITTED') + of('ACCEPTED') + of('WAITLISTED')
    return { ...type, supply: supply.find((s) => s.boothTypeId === type.id)?._count._all ?? 0, requested, accepted: of('ACCEPTED') }
  })
  const cooperatives = acceptedByType.filter((a) => COOPERATIVE_TYPES.includes(a.producer.type)).length
  const accepted = acceptedByType.length
  const sharePercent = accepted ? Math.round((cooperatives / accepted) * 1000) / 10 : 0
  return {
    rows,
    counts: Object.fromEntries(statuses.map((s) => [s.status, s._count._all])) as Partial<Record<ApplicationStatusValue, number>>,
    cooperative: { accepted, cooperatives, sharePercent, targetPercent: cooperativeTargetPercent, met: sharePercent >= cooperativeTargetPercent },
  }
}

/** Accepted exhibitors with their booths (if allocated) and products: the organiser's list and CSV. */
export async function listExhibitors(actor: Actor, slug: string) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'review:application', { organiserId: fair.organiserId })
  const applications = await prisma.boothApplication.findMany({
    where: { fairId: fair.id, status: 'ACCEPTED' },
    orderBy: { producer: { legalName: 'asc' } },
    select: {
      id: true,
      boothCount: true,
      needs: true,
      boothType: { select: { code: true } },
      // Only published booths: a previewed allocation may still change.
      allocations: { where: { publishedAt: { not: null } }, select: { booth: { select: { code: true } } }, orderBy: { booth: { code: 'asc' } } },
      producer: { select: { legalName: true, type: true, phone: true, email: true, province: { select: { name: true } } } },
      products: { select: { product: { select: { nameVi: true } } } },
    },
  })
  return {
    fair,
    exhibitors: applications.map((a) => ({
      id: a.id,
      producer: a.producer,
      boothType: a.boothType.code,
      boothCount: a.boothCount,
      needs: a.needs,
      booths: a.allocations.map((x) => x.booth.code),
      products: a.products.map((p) => p.product.nameVi),
    })),
  }
}

export interface DirectoryFilters {
  q?: string
  province?: string
  group?: string
}

/** The public exhibitor directory: only after the allocation is published (fair ALLOCATED or FINISHED). */
export async function publicDirectory(fair: { id: string; status: string }, filters: DirectoryFilters) {
  if (fair.status !== 'ALLOCATED' && fair.status !== 'FINISHED') return null
  const and: Prisma.AllocationWhereInput[] = [{ fairId: fair.id, publishedAt: { not: null } }]
  if (filters.q) and.push({ producer: { OR: [{ legalName: { contains: filters.q, mode: 'insensitive' } }, { tradeName: { contains: filters.q, mode: 'insensitive' } }] } })
  if (filters.province) and.push({ producer: { provinceId: filters.province } })
  if (filters.group) and.push({ application: { products: { some: { product: { groupId: filters.group } } } } })
  const allocations = await prisma.allocation.findMany({
    where: { AND: and },
    orderBy: { booth: { code: 'asc' } },
    select: {
      boothId: true,
      booth: { select: { code: true, zone: true } },
      producer: { select: { id: true, slug: true, legalName: true, province: { select: { id: true, name: true } } } },
      application: { select: { products: { select: { product: { select: { slug: true, nameVi: true, groupId: true, status: true } } } } } },
    },
  })
  // One entry per producer, with all its booths.
  const byProducer = new Map<string, { producer: (typeof allocations)[number]['producer']; booths: Array<{ id: string; code: string; zone: string | null }>; products: Array<{ slug: string; nameVi: string; groupId: string }> }>()
  for (const a of allocations) {
    const entry = byProducer.get(a.producer.id) ?? {
      producer: a.producer,
      booths: [],
      products: a.application.products.map((p) => p.product).filter((p) => p.status === 'PUBLISHED').map(({ slug, nameVi, groupId }) => ({ slug, nameVi, groupId })),
    }
    entry.booths.push({ id: a.boothId, code: a.booth.code, zone: a.booth.zone })
    byProducer.set(a.producer.id, entry)
  }
  return [...byProducer.values()].sort((x, y) => x.producer.legalName.localeCompare(y.producer.legalName, 'vi'))
}
