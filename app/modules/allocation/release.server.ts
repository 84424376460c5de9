// Releasing an application's booths (withdrawal, unpaid fee, or the organiser by hand) and
// offering each released booth to the waiting list. Runs inside the caller's transaction, so the
// release, the offer, the emails and the new payment request commit together or not at all.
import type { Prisma } from '~/generated/prisma/client'
import { writeAudit, writeAudits } from '~/modules/audit/audit.server'
import { createPaymentRequests } from '~/modules/payments/requests.server'
import { now } from '~/utils/clock.server'
import { compareStrings, deriveAdjacency } from './adjacency'
import { notifyProducers } from './notify.server'
import { renumberWaitlist } from './take-booth.server'

interface FreeBooth {
  id: string
  code: string
  hallId: string
  boothTypeId: string
  features: string[]
  x: number
  y: number
  width: number
  depth: number
}

export const waitlistOfferExplanation = (position: number) => `Nhận gian được trả lại — danh sách chờ vị trí ${position}`

export async function releaseApplicationBooths(
  tx: Prisma.TransactionClient,
  input: { applicationId: string; reason: string; actorId: string | null },
): Promise<{ releasedBoothIds: string[] }> {
  const application = await tx.boothApplication.findUnique({ where: { id: input.applicationId }, select: { id: true, fairId: true, producerId: true } })
  if (!application) return { releasedBoothIds: [] }
  const rows = await tx.allocation.findMany({
    where: { applicationId: application.id },
    select: { id: true, publishedAt: true, booth: { select: { id: true, code: true, hallId: true, boothTypeId: true, features: true, x: true, y: true, width: true, depth: true } } },
    orderBy: { booth: { code: 'asc' } },
  })
  if (rows.length === 0) return { releasedBoothIds: [] }
  await tx.allocation.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } })
  // The fee of booths no longer held is not owed any more (paid fees are the payments module's refunds).
  await tx.paymentRequest.updateMany({ where: { applicationId: application.id, status: 'OPEN' }, data: { status: 'CANCELLED' } })
  await writeAudit(tx, {
    actorId: input.actorId,
    action: 'allocation.release',
    entityType: 'BoothApplication',
    entityId: application.id,
    reason: input.reason,
    data: { boothIds: rows.map((r) => r.booth.id), boothCodes: rows.map((r) => r.booth.code) },
  })

  const fair = await tx.fair.findUniqueOrThrow({ where: { id: application.fairId }, select: { id: true, slug: true, nameVi: true, status: true, maxBoothsPerProducer: true } })
  // Before publication there is no waiting list yet: the next preview re-plans the booths.
  if (fair.status === 'ALLOCATED') await offerToWaitlist(tx, fair, rows.map((r) => r.booth), input.actorId)
  return { releasedBoothIds: rows.map((r) => r.booth.id) }
}

/**
 * Each free booth goes to the first waiting application it suits: same booth type, its needs
 * (power, cold) met, the producer's booth cap respected, and for a multi-booth request a set of
 * neighbouring free booths of the right size.
 */
async function offerToWaitlist(
  tx: Prisma.TransactionClient,
  fair: { id: string; slug: string; nameVi: string; maxBoothsPerProducer: number },
  released: FreeBooth[],
  actorId: string | null,
) {
  const waiting = await tx.boothApplication.findMany({
    where: { fairId: fair.id, status: 'WAITLISTED' },
    select: { id: true, producerId: true, boothTypeId: true, boothCount: true, needs: true, waitlistPosition: true },
    orderBy: [{ waitlistPosition: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }, { id: 'asc' }],
  })
  if (waiting.length === 0) return
  // Booths each waiting producer already holds at this fair (the cap counts them), in one query.
  const heldRows = await tx.allocation.groupBy({ by: ['producerId'], where: { fairId: fair.id, producerId: { in: waiting.map((a) => a.producerId) } }, _count: { _all: true } })
  const held = new Map(heldRows.map((row) => [row.producerId, row._count._all]))
  const adjacency = deriveAdjacency(released)
  let free = [...released].sort((a, b) => compareStrings(a.code, b.code))
  const offers: Array<{ application: (typeof waiting)[number]; chosen: FreeBooth[]; explanation: string }> = []
  for (const application of waiting) {
    if (free.length === 0) break
    const suitable = free.filter(
      (b) => b.boothTypeId === application.boothTypeId && application.needs.every((need) => (need !== 'power' && need !== 'cold') || b.features.includes(need)),
    )
    const chosen = pickConnected(suitable, application.boothCount, adjacency)
    if (!chosen) continue
    const holds = held.get(application.producerId) ?? 0
    if (holds + chosen.length > fair.maxBoothsPerProducer) continue
    held.set(application.producerId, holds + chosen.length)
    offers.push({ application, chosen, explanation: waitlistOfferExplanation(application.waitlistPosition ?? 0) })
    const taken = new Set(chosen.map((b) => b.id))
    free = free.filter((b) => !taken.has(b.id))
  }
  if (offers.length === 0) return
  const offered = offers.map((o) => o.application.id)
  const at = now()
  await tx.allocation.createMany({
    data: offers.flatMap(({ application, chosen, explanation }) =>
      chosen.map((booth) => ({ fairId: fair.id, boothId: booth.id, applicationId: application.id, producerId: application.producerId, explanation, publishedAt: at })),
    ),
  })
  await tx.boothApplication.updateMany({ where: { id: { in: offered } }, data: { status: 'ACCEPTED', waitlistPosition: null } })
  await writeAudits(
    tx,
    offers.map(({ application, chosen }) => ({
      actorId,
      action: 'allocation.waitlist-offer',
      entityType: 'BoothApplication',
      entityId: application.id,
      data: { boothIds: chosen.map((b) => b.id), boothCodes: chosen.map((b) => b.code), position: application.waitlistPosition },
    })),
  )
  await notifyProducers(
    tx,
    fair,
    offers.map(({ application, chosen, explanation }) => ({ kind: 'allocated' as const, producerId: application.producerId, boothCodes: chosen.map((b) => b.code), explanation })),
  )
  await createPaymentRequests(tx, { fairId: fair.id, applicationIds: offered, actorId })
  await renumberWaitlist(tx, fair.id)
}

/** `count` booths among `candidates` that form a connected group (first by booth code), or null. */
function pickConnected(candidates: FreeBooth[], count: number, adjacency: Record<string, string[]>): FreeBooth[] | null {
  if (count <= 0 || candidates.length < count) return null
  if (count === 1) return [candidates[0]]
  const byId = new Map(candidates.map((b) => [b.id, b]))
  for (const start of candidates) {
    const group = [start]
    const seen = new Set([start.id])
    for (let i = 0; i < group.length && group.length < count; i++) {
      for (const next of adjacency[group[i].id] ?? []) {
        const booth = byId.get(next)
        if (!booth || seen.has(next)) continue
        seen.add(next)
        group.push(booth)
        if (group.length === count) break
      }
    }
    if (group.length === count) return group
  }
  return null
}
