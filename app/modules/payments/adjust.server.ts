// Keeping booth fees in step with hand edits after publication. When the organiser moves, swaps or
// adds booths, an application's booths (type, price, count) may change:
//   - an OPEN request follows: gross / subsidy / amount recomputed with the fair's subsidy rule, in
//     the caller's transaction, and the producer is told the new amount;
//   - a PAID request is never altered (that money was received under the old terms): the difference
//     is flagged for the organiser (audit entry, message, and the live figure in the report).
// Kept out of requests.server.ts, which other modules' tests replace with a wrapper.
import type { Prisma } from '~/generated/prisma/client'
import { writeAudit } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { formatDate, formatVnd } from '~/utils/format'
import { paymentPaths } from './paths'
import { appUrl, fairNameIn, notifiedMembers } from './shared.server'
import { computeFee, parseSubsidyRule } from './subsidy'

type Db = Prisma.TransactionClient

export type FeeAdjustment =
  | { kind: 'adjusted'; applicationId: string; requestId: string; fromVnd: number; toVnd: number }
  | { kind: 'discrepancy'; applicationId: string; requestId: string; paidVnd: number; owedVnd: number; differenceVnd: number }

/** The organiser-facing words for a paid request whose booths changed (positive: producer owes more). */
export function discrepancyMessage(differenceVnd: number) {
  return `Đã thanh toán — chênh lệch ${differenceVnd > 0 ? '+' : ''}${formatVnd(differenceVnd, 'vi')} cần xử lý`
}

/**
 * What the booths now cost against what was charged. An overpayment already refunded counts as
 * settled; a refund alone (a goodwill partial refund) is not a difference in the booths' price.
 */
function outstandingDifference(owedVnd: number, request: { amountVnd: number; refundedVnd: number }) {
  const difference = owedVnd - request.amountVnd
  return difference < 0 && request.refundedVnd >= -difference ? 0 : difference
}

/** The fee the application's current booths cost under the fair's rule. */
async function currentFees(db: Db, fairId: string, applicationIds: readonly string[]) {
  const fair = await db.fair.findUniqueOrThrow({ where: { id: fairId }, select: { subsidyRule: true } })
  const rule = parseSubsidyRule(fair.subsidyRule)
  const applications = await db.boothApplication.findMany({
    where: { id: { in: [...applicationIds] }, fairId },
    select: {
      id: true,
      producer: { select: { type: true, provinceId: true, formerProvinceId: true } },
      allocations: { orderBy: { booth: { code: 'asc' } }, select: { booth: { select: { code: true, boothType: { select: { priceVnd: true } } } } } },
    },
  })
  return new Map(
    applications.map((a) => [
      a.id,
      {
        boothCodes: a.allocations.map((row) => row.booth.code),
        fee: computeFee(rule, { producer: a.producer, boothPrices: a.allocations.map((row) => row.booth.boothType.priceVnd) }),
      },
    ]),
  )
}

/**
 * Brings the OPEN / PAID request of each given application in line with its current booths.
 * Runs inside the caller's transaction (the hand edit), after the Allocation rows changed.
 */
export async function syncPaymentRequests(tx: Db, input: { fairId: string; applicationIds: readonly string[]; actorId: string | null }): Promise<FeeAdjustment[]> {
  const ids = [...new Set(input.applicationIds)].sort()
  if (ids.length === 0) return []
  // Same per-application lock as request creation, then the rows themselves: a webhook confirming
  // the request at this moment waits (or we see it PAID and only flag).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('payment-request:' || id)) FROM unnest(${ids}::text[]) AS id ORDER BY id`
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PaymentRequest" WHERE "applicationId" = ANY(${ids}::text[]) AND status IN ('OPEN', 'PAID') ORDER BY id FOR UPDATE`
  if (locked.length === 0) return []
  const requests = await tx.paymentRequest.findMany({
    where: { id: { in: locked.map((r) => r.id) } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      applicationId: true,
      producerId: true,
      status: true,
      grossVnd: true,
      subsidyVnd: true,
      amountVnd: true,
      refundedVnd: true,
      dueAt: true,
      fair: { select: { nameVi: true, nameEn: true } },
      producer: { select: { members: notifiedMembers } },
    },
  })
  const fees = await currentFees(tx, input.fairId, ids)
  const seen = new Set<string>()
  const result: FeeAdjustment[] = []
  for (const request of requests) {
    if (seen.has(request.applicationId)) continue // the newest request of the application counts
    seen.add(request.applicationId)
    const current = fees.get(request.applicationId)
    // No booths left: the release path cancels the open fee; a paid one is the refunds' business.
    if (!current || current.boothCodes.length === 0) continue
    const { fee, boothCodes } = current

    if (request.status === 'PAID') {
      const paidVnd = request.amountVnd
      const differenceVnd = outstandingDifference(fee.amountVnd, request)
      if (differenceVnd === 0) continue
      await writeAudit(tx, {
        actorId: input.actorId,
        action: 'payment.discrepancy',
        entityType: 'PaymentRequest',
        entityId: request.id,
        data: { applicationId: request.applicationId, paidVnd, owedVnd: fee.amountVnd, differenceVnd, boothCodes },
      })
      result.push({ kind: 'discrepancy', applicationId: request.applicationId, requestId: request.id, paidVnd, owedVnd: fee.amountVnd, differenceVnd })
      continue
    }

    if (fee.grossVnd === request.grossVnd && fee.subsidyVnd === request.subsidyVnd && fee.amountVnd === request.amountVnd) continue
    // A change of booths that ends fully subsidised needs no payment, as at creation.
    const free = fee.amountVnd === 0
    const at = now()
    await tx.paymentRequest.update({
      where: { id: request.id },
      data: { ...fee, ...(free ? { status: 'PAID', paidAt: at } : {}) },
    })
    if (free) await tx.allocation.updateMany({ where: { applicationId: request.applicationId }, data: { status: 'CONFIRMED' } })
    await writeAudit(tx, {
      actorId: input.actorId,
      action: 'payment.adjust',
      entityType: 'PaymentRequest',
      entityId: request.id,
      data: { applicationId: request.applicationId, from: { grossVnd: request.grossVnd, subsidyVnd: request.subsidyVnd, amountVnd: request.amountVnd }, to: fee, boothCodes },
    })
    await enqueueEmails(
      tx,
      request.producer.members.map((member) => ({
        ...toMember(member),
        template: 'payment-adjusted',
        data: {
          name: member.name,
          fairName: fairNameIn(request.fair, member.locale),
          previousAmount: formatVnd(request.amountVnd, member.locale),
          amount: formatVnd(fee.amountVnd, member.locale),
          booths: boothCodes.join(', '),
          dueOn: formatDate(request.dueAt),
          url: `${appUrl()}${paymentPaths.producerPayments}`,
        },
      })),
    )
    result.push({ kind: 'adjusted', applicationId: request.applicationId, requestId: request.id, fromVnd: request.amountVnd, toVnd: fee.amountVnd })
  }
  return result
}

/**
 * Live differences of the fair's PAID requests against their current booths (requestId → đồng
 * still owed, negative when the producer paid more), for the organiser's report.
 */
export async function paidDiscrepancies(db: Db, fairId: string): Promise<Map<string, number>> {
  const paid = await db.paymentRequest.findMany({ where: { fairId, status: 'PAID' }, select: { id: true, applicationId: true, amountVnd: true, refundedVnd: true } })
  if (paid.length === 0) return new Map()
  const fees = await currentFees(db, fairId, paid.map((p) => p.applicationId))
  const out = new Map<string, number>()
  for (const request of paid) {
    const current = fees.get(request.applicationId)
    if (!current || current.boothCodes.length === 0) continue
    const difference = outstandingDifference(current.fee.amountVnd, request)
    if (difference !== 0) out.set(request.id, difference)
  }
  return out
}
