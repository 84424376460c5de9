// Reports of buyer organisations made by producers when blocking them (BuyerBlock.reported), for
// the admins to look at. "Reviewed" is recorded in the audit log (action buyer.report.review on
// the BuyerBlock), so no extra column is needed and the log says who reviewed it and when.
import type { Actor } from '~/modules/accounts/permissions'
import { writeAudit } from '~/modules/audit/audit.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'

export const REPORTS_PAGE_SIZE = 20
const REVIEW_ACTION = 'buyer.report.review'

function assertAdmin(actor: Actor) {
  // Routes already require the role; this keeps the module safe when called from elsewhere.
  if (actor.role !== 'ADMIN') throw new Response('Không tìm thấy', { status: 404 })
}

export async function listBuyerReports(actor: Actor, input: { page: number }) {
  assertAdmin(actor)
  const where = { reported: true }
  const total = await prisma.buyerBlock.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / REPORTS_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.floor(Number.isFinite(input.page) ? input.page : 1)), pageCount)
  const blocks = await prisma.buyerBlock.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    skip: (page - 1) * REPORTS_PAGE_SIZE,
    take: REPORTS_PAGE_SIZE,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      producerId: true,
      buyerOrgId: true,
      producer: { select: { legalName: true, slug: true } },
      buyerOrg: { select: { name: true } },
    },
  })
  const orgIds = [...new Set(blocks.map((b) => b.buyerOrgId))]
  const [threadCounts, pairCounts, reviews] = await Promise.all([
    prisma.inquiry.groupBy({ by: ['buyerOrgId'], where: { buyerOrgId: { in: orgIds } }, _count: { _all: true } }),
    prisma.inquiry.groupBy({ by: ['buyerOrgId', 'producerId'], where: { buyerOrgId: { in: orgIds } }, _count: { _all: true } }),
    prisma.auditLog.findMany({
      where: { action: REVIEW_ACTION, entityType: 'BuyerBlock', entityId: { in: blocks.map((b) => b.id) } },
      orderBy: { createdAt: 'desc' },
      select: { entityId: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ])
  const reviewOf = new Map<string, { at: Date; by: string | null }>()
  for (const review of reviews) if (!reviewOf.has(review.entityId)) reviewOf.set(review.entityId, { at: review.createdAt, by: review.actor?.name ?? null })
  const rows = blocks.map((block) => ({
    id: block.id,
    reason: block.reason,
    createdAt: block.createdAt,
    producerName: block.producer.legalName,
    producerSlug: block.producer.slug,
    buyerOrgId: block.buyerOrgId,
    buyerOrgName: block.buyerOrg.name,
    buyerThreads: threadCounts.find((c) => c.buyerOrgId === block.buyerOrgId)?._count._all ?? 0,
    threadsWithProducer: pairCounts.find((c) => c.buyerOrgId === block.buyerOrgId && c.producerId === block.producerId)?._count._all ?? 0,
    reviewed: reviewOf.get(block.id) ?? null,
  }))
  return { rows, total, page, pageCount }
}

/** Marks one report reviewed; marking it twice changes nothing. Unknown id → 404. */
export async function markReportReviewed(actor: Actor, blockId: string, note?: string) {
  assertAdmin(actor)
  return prisma.$transaction(async (tx) => {
    const block = await tx.buyerBlock.findFirst({ where: { id: blockId, reported: true }, select: { id: true, buyerOrgId: true, producerId: true } })
    if (!block) throw new Response('Không tìm thấy', { status: 404 })
    const already = await tx.auditLog.findFirst({ where: { action: REVIEW_ACTION, entityType: 'BuyerBlock', entityId: block.id }, select: { id: true } })
    if (already) return { changed: false }
    await writeAudit(tx, {
      actorId: actor.id,
      action: REVIEW_ACTION,
      entityType: 'BuyerBlock',
      entityId: block.id,
      reason: note?.trim() || null,
      data: { buyerOrgId: block.buyerOrgId, producerId: block.producerId, reviewedAt: now().toISOString() },
    })
    return { changed: true }
  })
}
