// Payment requests: created when an allocation is published (one per application, from its current
// Allocation rows), read by the producer, confirmed by a webhook or a bank transfer.
import type { PaymentRequest, Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudits } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember, type OutgoingEmail } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { formatDate, formatVnd } from '~/utils/format'
import { paymentPaths } from './paths'
import { appliedBooths, appUrl, fairNameIn, feeFields, notifiedMembers } from './shared.server'
import { computeFee, parseSubsidyRule } from './subsidy'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * One OPEN request per application from its current Allocation rows: gross = the allocated booths'
 * prices, subsidy by the fair's rule, amount = gross − subsidy, due `paymentDueDays` from now.
 * Idempotent: an application that already has an OPEN or PAID request is skipped (an advisory lock
 * per application makes that hold under concurrent publishes too). Runs inside the caller's
 * transaction (the allocation publish), so the requests and their emails commit with it.
 */
export async function createPaymentRequests(
  tx: Prisma.TransactionClient,
  input: { fairId: string; applicationIds: readonly string[]; actorId: string | null },
): Promise<PaymentRequest[]> {
  const ids = [...new Set(input.applicationIds)].sort()
  if (ids.length === 0) return []
  const fair = await tx.fair.findUniqueOrThrow({
    where: { id: input.fairId },
    select: { id: true, nameVi: true, nameEn: true, subsidyRule: true, paymentDueDays: true },
  })
  // One round trip, locks taken in id order (no deadlock between two publishes).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('payment-request:' || id)) FROM unnest(${ids}::text[]) AS id ORDER BY id`
  const existing = await tx.paymentRequest.findMany({
    where: { applicationId: { in: ids }, status: { in: ['OPEN', 'PAID'] } },
    select: { applicationId: true },
  })
  const skip = new Set(existing.map((row) => row.applicationId))
  const applications = await tx.boothApplication.findMany({
    where: { id: { in: ids.filter((id) => !skip.has(id)) }, fairId: fair.id },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      producerId: true,
      producer: { select: { type: true, provinceId: true, formerProvinceId: true, members: notifiedMembers } },
      allocations: { orderBy: { booth: { code: 'asc' } }, select: { booth: { select: { code: true, boothType: { select: { priceVnd: true } } } } } },
    },
  })
  const rule = parseSubsidyRule(fair.subsidyRule)
  const at = now()
  const dueAt = new Date(at.getTime() + fair.paymentDueDays * DAY_MS)
  const billed = applications
    .filter((application) => application.allocations.length > 0)
    .map((application) => {
      const fee = computeFee(rule, { producer: application.producer, boothPrices: application.allocations.map((a) => a.booth.boothType.priceVnd) })
      // A fully subsidised booth needs no payment: it is confirmed at once.
      return { application, fee, free: fee.amountVnd === 0 }
    })
  if (billed.length === 0) return []
  // One insert per kind of row, whatever the number of applications (a publish can bill hundreds).
  const rows = await tx.paymentRequest.createManyAndReturn({
    data: billed.map(({ application, fee, free }) => ({
      fairId: fair.id,
      applicationId: application.id,
      producerId: application.producerId,
      ...fee,
      dueAt,
      status: free ? ('PAID' as const) : ('OPEN' as const),
      paidAt: free ? at : null,
    })),
  })
  const requestOf = new Map(rows.map((row) => [row.applicationId, row]))
  const freeIds = billed.filter((b) => b.free).map((b) => b.application.id)
  if (freeIds.length) await tx.allocation.updateMany({ where: { applicationId: { in: freeIds } }, data: { status: 'CONFIRMED' } })
  await writeAudits(
    tx,
    billed.map(({ application, fee }) => ({
      actorId: input.actorId,
      action: 'payment.request',
      entityType: 'PaymentRequest',
      entityId: requestOf.get(application.id)!.id,
      data: { applicationId: application.id, ...fee },
    })),
  )
  await enqueueEmails(
    tx,
    billed.flatMap(({ application, fee, free }) => {
      const request = requestOf.get(application.id)!
      const booths = application.allocations.map((a) => a.booth.code).join(', ')
      return application.producer.members.map((member): OutgoingEmail => {
        const common = { name: member.name, fairName: fairNameIn(fair, member.locale), amount: formatVnd(fee.amountVnd, member.locale), booths }
        return free
          ? { ...toMember(member), template: 'payment-confirmed', data: { ...common, url: `${appUrl()}${paymentPaths.producerReceipt(request.id)}` } }
          : { ...toMember(member), template: 'payment-requested', data: { ...common, dueOn: formatDate(dueAt), url: `${appUrl()}${paymentPaths.producerPayments}` } }
      })
    }),
  )
  return billed.map(({ application }) => requestOf.get(application.id)!)
}

const requestSelect = {
  ...feeFields,
  fair: { select: { slug: true, nameVi: true, nameEn: true, startsAt: true, endsAt: true, venue: true, organiser: { select: { legalName: true, bankAccount: true } } } },
  application: appliedBooths,
} satisfies Prisma.PaymentRequestSelect

/** The producer's own requests, newest first (a producer rarely has more than a few per year). */
export async function listOwnPaymentRequests(actor: Actor, page: { skip?: number; take?: number } = {}) {
  requirePermission(actor, 'read:producer-dashboard')
  if (!actor.producerId) return { total: 0, requests: [] }
  const where = { producerId: actor.producerId }
  const [total, requests] = await Promise.all([
    prisma.paymentRequest.count({ where }),
    prisma.paymentRequest.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.skip, take: page.take, select: requestSelect }),
  ])
  return { total, requests }
}

/** One of the producer's requests; another producer's id is "not found". */
export async function getOwnPaymentRequest(actor: Actor, id: string) {
  requirePermission(actor, 'read:producer-dashboard')
  const request = await prisma.paymentRequest.findFirst({
    where: { id, producerId: actor.producerId ?? '__none__' },
    select: { ...requestSelect, producerId: true, stripeCheckoutSessionId: true },
  })
  if (!request) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  return request
}

/** The producer's open fees for the dashboard (soonest due first), and how many fees exist at all. */
export async function listOpenFees(actor: Actor) {
  if (actor.role !== 'PRODUCER' || !actor.producerId) return { open: [], total: 0 }
  const [open, total] = await Promise.all([
    prisma.paymentRequest.findMany({
      where: { producerId: actor.producerId, status: 'OPEN', dueAt: { gt: now() } },
      orderBy: { dueAt: 'asc' },
      take: 5,
      select: { id: true, amountVnd: true, dueAt: true, fair: { select: { nameVi: true, nameEn: true } } },
    }),
    prisma.paymentRequest.count({ where: { producerId: actor.producerId } }),
  ])
  return { open, total }
}
