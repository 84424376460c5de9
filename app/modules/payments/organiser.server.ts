// The organiser's side of booth fees: the payments report (per booth type and per request), its
// CSV, marking a request paid by bank transfer, and refunds before the fair's refund cutoff.
// Every query goes through the organiser's own fair (organiserId in the where): another
// organiser's fair or request is "not found".
import type { Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { releaseApplicationBooths } from '~/modules/allocation/release.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { toCsv } from '~/utils/csv'
import { prisma } from '~/utils/db.server'
import { formatDate, formatDateTime, formatVnd } from '~/utils/format'
import { paidDiscrepancies } from './adjust.server'
import { confirmPayment } from './confirm.server'
import { paymentPaths } from './paths'
import { appliedBooths, appUrl, fairNameIn, feeFields, notifiedMembers } from './shared.server'
import { paymentsMode, stripeClient } from './stripe.server'

export type PaymentStatusValue = 'OPEN' | 'PAID' | 'EXPIRED' | 'CANCELLED' | 'REFUNDED'
export const PAYMENT_STATUSES: PaymentStatusValue[] = ['OPEN', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED']

export async function getOrganiserFair(actor: Actor, slug: string) {
  const fair = await prisma.fair.findFirst({
    where: { slug, organiserId: actor.organiserId ?? '__none__' },
    select: { id: true, slug: true, nameVi: true, nameEn: true, organiserId: true, refundCutoffAt: true, startsAt: true, paymentDueDays: true },
  })
  if (!fair) throw new Response('Không tìm thấy hội chợ', { status: 404 })
  requirePermission(actor, 'manage:payment', { organiserId: fair.organiserId }, 404)
  return fair
}

/** Refunds are allowed until the cutoff, or (without one) until the fair opens. */
export function refundDeadline(fair: { refundCutoffAt: Date | null; startsAt: Date }) {
  return fair.refundCutoffAt ?? fair.startsAt
}

const rowSelect = {
  ...feeFields,
  producer: { select: { legalName: true, taxCode: true, type: true } },
  application: appliedBooths,
} satisfies Prisma.PaymentRequestSelect

export interface BoothTypeTotals {
  code: string
  nameVi: string
  nameEn: string | null
  requests: number
  paidVnd: number
  outstandingVnd: number
  refundedVnd: number
  subsidyVnd: number
}

/** Per booth type (the type applied for) and overall: paid, outstanding, refunded, subsidy. */
export async function paymentsReport(actor: Actor, slug: string, filter: { status?: PaymentStatusValue | null; skip?: number; take?: number } = {}) {
  const fair = await getOrganiserFair(actor, slug)
  const where = { fairId: fair.id, ...(filter.status ? { status: filter.status } : {}) }
  // The totals, the page of rows and the live discrepancies are independent reads: run them together.
  const [all, count, rows, discrepancyMap] = await Promise.all([
    prisma.paymentRequest.findMany({
      where: { fairId: fair.id },
      select: { status: true, amountVnd: true, refundedVnd: true, subsidyVnd: true, paidAt: true, application: { select: { boothType: { select: { code: true, nameVi: true, nameEn: true } } } } },
    }),
    prisma.paymentRequest.count({ where }),
    prisma.paymentRequest.findMany({ where, orderBy: [{ producer: { legalName: 'asc' } }, { id: 'asc' }], skip: filter.skip, take: filter.take, select: rowSelect }),
    // Paid fees whose booths were changed by hand since: the difference the organiser must settle.
    paidDiscrepancies(prisma, fair.id),
  ])
  const byType = new Map<string, BoothTypeTotals>()
  const totals = { requests: 0, paidVnd: 0, outstandingVnd: 0, refundedVnd: 0, subsidyVnd: 0 }
  for (const row of all) {
    const type = row.application.boothType
    const entry = byType.get(type.code) ?? { ...type, requests: 0, paidVnd: 0, outstandingVnd: 0, refundedVnd: 0, subsidyVnd: 0 }
    const paid = row.paidAt ? row.amountVnd : 0
    const outstanding = row.status === 'OPEN' ? row.amountVnd : 0
    for (const target of [entry, totals]) {
      target.requests += 1
      target.paidVnd += paid
      target.outstandingVnd += outstanding
      target.refundedVnd += row.refundedVnd
      target.subsidyVnd += row.status === 'EXPIRED' || row.status === 'CANCELLED' ? 0 : row.subsidyVnd
    }
    byType.set(type.code, entry)
  }
  const discrepancies = Object.fromEntries(discrepancyMap)
  return {
    fair: { ...fair, refundDeadline: refundDeadline(fair) },
    byType: [...byType.values()].sort((a, b) => a.code.localeCompare(b.code)),
    totals,
    count,
    rows,
    discrepancies,
    mode: paymentsMode(),
  }
}

const STATUS_VI: Record<PaymentStatusValue, string> = { OPEN: 'Chưa thanh toán', PAID: 'Đã thanh toán', EXPIRED: 'Quá hạn', CANCELLED: 'Đã huỷ', REFUNDED: 'Đã hoàn tiền' }
const METHOD_VI = { STRIPE: 'Thẻ (Stripe)', BANK_TRANSFER: 'Chuyển khoản' } as const

/** Every request of the fair as CSV (amounts in whole đồng, dates dd/mm/yyyy in Vietnam time). */
export async function paymentsCsv(actor: Actor, slug: string) {
  const fair = await getOrganiserFair(actor, slug)
  const rows = await prisma.paymentRequest.findMany({ where: { fairId: fair.id }, orderBy: [{ producer: { legalName: 'asc' } }, { id: 'asc' }], select: rowSelect })
  const header = ['Mã yêu cầu', 'Chủ thể', 'Mã số thuế', 'Loại gian', 'Gian hàng', 'Thành tiền (đồng)', 'Hỗ trợ (đồng)', 'Phải nộp (đồng)', 'Đã hoàn (đồng)', 'Trạng thái', 'Hình thức', 'Số tham chiếu', 'Hạn nộp', 'Ngày thanh toán']
  const body = rows.map((row) => [
    row.id,
    row.producer.legalName,
    row.producer.taxCode ?? '',
    row.application.boothType.code,
    row.application.allocations.map((a) => a.booth.code).join(' '),
    row.grossVnd,
    row.subsidyVnd,
    row.amountVnd,
    row.refundedVnd,
    STATUS_VI[row.status],
    row.method ? METHOD_VI[row.method] : '',
    row.bankReference ?? row.stripePaymentIntentId ?? '',
    formatDate(row.dueAt),
    row.paidAt ? formatDateTime(row.paidAt) : '',
  ])
  return { fair, csv: toCsv(header, body) }
}

export async function getOrganiserPaymentRequest(actor: Actor, slug: string, id: string) {
  const fair = await getOrganiserFair(actor, slug)
  const request = await prisma.paymentRequest.findFirst({
    where: { id, fairId: fair.id },
    select: {
      ...rowSelect,
      refunds: { orderBy: { createdAt: 'asc' }, select: { id: true, amountVnd: true, reason: true, createdAt: true, createdBy: { select: { name: true } } } },
    },
  })
  if (!request) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  const deadline = refundDeadline(fair)
  return { fair, request, refundable: request.status === 'PAID' && request.amountVnd - request.refundedVnd > 0 && now() < deadline, refundDeadline: deadline }
}

export type MarkPaidResult = { ok: true } | { ok: false; field?: 'reference'; message: string }

export async function markPaidByBankTransfer(actor: Actor, slug: string, id: string, input: { reference: string }): Promise<MarkPaidResult> {
  const fair = await getOrganiserFair(actor, slug)
  const owned = await prisma.paymentRequest.findFirst({ where: { id, fairId: fair.id }, select: { id: true } })
  if (!owned) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  const duplicate = await prisma.paymentRequest.findFirst({ where: { fairId: fair.id, bankReference: input.reference, NOT: { id } }, select: { id: true } })
  if (duplicate) return { ok: false, field: 'reference', message: 'Số tham chiếu này đã được dùng cho một khoản thanh toán khác của hội chợ' }
  const result = await prisma.$transaction((tx) => confirmPayment(tx, id, { method: 'BANK_TRANSFER', bankReference: input.reference, actorId: actor.id }))
  if (result === 'confirmed') return { ok: true }
  if (result === 'already-paid') return { ok: false, message: 'Khoản này đã được thanh toán trước đó' }
  return { ok: false, message: 'Khoản này không còn chờ thanh toán (đã quá hạn hoặc đã huỷ)' }
}

export type RefundResult = { ok: true; full: boolean } | { ok: false; field?: 'amountVnd' | 'reason'; message: string }

/**
 * Refunds part or all of a paid request before the refund deadline. With Stripe the money goes
 * back through Stripe's refund API (idempotency key per request and amount refunded so far); with
 * bank transfer the organiser sends it and records it here. A full refund cancels the booth: the
 * application's booths are released to the waitlist.
 */
export async function refundPayment(actor: Actor, slug: string, id: string, input: { amountVnd: number; reason: string }): Promise<RefundResult> {
  const fair = await getOrganiserFair(actor, slug)
  const request = await prisma.paymentRequest.findFirst({
    where: { id, fairId: fair.id },
    select: { id: true, status: true, method: true, amountVnd: true, refundedVnd: true, stripePaymentIntentId: true, applicationId: true },
  })
  if (!request) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  if (now() >= refundDeadline(fair)) return { ok: false, message: `Đã quá hạn hoàn tiền (${formatDateTime(refundDeadline(fair))})` }
  if (request.status !== 'PAID') return { ok: false, message: 'Chỉ hoàn tiền được cho khoản đã thanh toán' }
  const remaining = request.amountVnd - request.refundedVnd
  if (input.amountVnd > remaining) return { ok: false, field: 'amountVnd', message: `Số tiền hoàn tối đa là ${formatVnd(remaining, 'vi')}` }

  let stripeRefundId: string | null = null
  if (request.method === 'STRIPE') {
    if (!request.stripePaymentIntentId || paymentsMode() !== 'stripe') return { ok: false, message: 'Không hoàn tiền qua Stripe được: thiếu cấu hình Stripe' }
    try {
      const refund = await stripeClient().refunds.create(
        { payment_intent: request.stripePaymentIntentId, amount: input.amountVnd, reason: 'requested_by_customer', metadata: { paymentRequestId: request.id } },
        { idempotencyKey: `refund:${request.id}:${request.refundedVnd}:${input.amountVnd}` },
      )
      if (refund.status === 'failed' || refund.status === 'canceled') return { ok: false, message: 'Stripe từ chối hoàn tiền. Hãy thử lại sau.' }
      stripeRefundId = refund.id
    } catch (error) {
      console.warn(`Stripe refund failed for ${request.id}: ${error instanceof Error ? error.message : String(error)}`)
      return { ok: false, message: 'Không kết nối được Stripe để hoàn tiền. Chưa có khoản nào được hoàn; hãy thử lại.' }
    }
  }

  return prisma.$transaction(async (tx) => {
    // Re-check under the row lock: two refunds at once must not exceed what was paid.
    const [locked] = await tx.$queryRaw<Array<{ refundedVnd: number; amountVnd: number; status: string }>>`
      SELECT "refundedVnd", "amountVnd", status::text AS status FROM "PaymentRequest" WHERE id = ${request.id} FOR UPDATE`
    if (stripeRefundId) {
      const known = await tx.refund.findUnique({ where: { stripeRefundId }, select: { id: true } })
      if (known) return { ok: true as const, full: locked.status === 'REFUNDED' }
    } else if (locked.status !== 'PAID' || input.amountVnd > locked.amountVnd - locked.refundedVnd) {
      return { ok: false as const, field: 'amountVnd' as const, message: 'Khoản này vừa được hoàn tiền bởi người khác; hãy tải lại trang' }
    }
    await tx.refund.create({ data: { paymentRequestId: request.id, amountVnd: input.amountVnd, reason: input.reason, stripeRefundId, createdById: actor.id } })
    const recorded = await tx.refund.aggregate({ where: { paymentRequestId: request.id }, _sum: { amountVnd: true } })
    // The charge.refunded webhook may have landed first: keep the larger figure, never add twice.
    const refundedVnd = Math.min(locked.amountVnd, Math.max(locked.refundedVnd, recorded._sum.amountVnd ?? 0))
    const full = refundedVnd >= locked.amountVnd
    await tx.paymentRequest.update({ where: { id: request.id }, data: { refundedVnd, ...(full ? { status: 'REFUNDED' } : {}) } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'payment.refund',
      entityType: 'PaymentRequest',
      entityId: request.id,
      reason: input.reason,
      data: { amountVnd: input.amountVnd, stripeRefundId, full },
    })
    if (full) await releaseApplicationBooths(tx, { applicationId: request.applicationId, reason: `Hoàn phí gian hàng: ${input.reason}`, actorId: actor.id })
    const members = await tx.producer.findFirstOrThrow({ where: { paymentRequests: { some: { id: request.id } } }, select: { members: notifiedMembers } })
    await enqueueEmails(
      tx,
      members.members.map((member) => ({
        ...toMember(member),
        template: 'payment-refunded',
        data: {
          name: member.name,
          fairName: fairNameIn(fair, member.locale),
          amount: formatVnd(input.amountVnd, member.locale),
          reason: input.reason,
          url: `${appUrl()}${paymentPaths.producerPayments}`,
        },
      })),
    )
    return { ok: true as const, full }
  })
}

export type CancelResult = { ok: true } | { ok: false; message: string }

/**
 * Cancels an unpaid fee (the producer withdrew, or the organiser takes the booth back): the request
 * becomes CANCELLED and its booths are released, in one transaction. A fee already paid is refunded
 * instead (refundPayment).
 */
export async function cancelPaymentRequest(actor: Actor, slug: string, id: string, input: { reason: string }): Promise<CancelResult> {
  const fair = await getOrganiserFair(actor, slug)
  const owned = await prisma.paymentRequest.findFirst({ where: { id, fairId: fair.id }, select: { id: true, applicationId: true, status: true, stripeCheckoutSessionId: true } })
  if (!owned) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  if (owned.status !== 'OPEN') return { ok: false, message: 'Chỉ huỷ được khoản đang chờ thanh toán' }
  if (owned.stripeCheckoutSessionId && paymentsMode() === 'stripe') {
    // Close the Checkout page first so the producer cannot pay a cancelled fee. If Stripe says the
    // session is no longer open, a payment may be landing: its webhook still records it (paid late).
    await stripeClient().checkout.sessions.expire(owned.stripeCheckoutSessionId).catch(() => undefined)
  }
  return prisma.$transaction(async (tx) => {
    const changed = await tx.paymentRequest.updateMany({ where: { id, status: 'OPEN' }, data: { status: 'CANCELLED', stripeCheckoutSessionId: null } })
    if (changed.count !== 1) return { ok: false as const, message: 'Chỉ huỷ được khoản đang chờ thanh toán' }
    await writeAudit(tx, { actorId: actor.id, action: 'payment.cancel', entityType: 'PaymentRequest', entityId: id, reason: input.reason })
    await releaseApplicationBooths(tx, { applicationId: owned.applicationId, reason: `Huỷ khoản phí gian hàng: ${input.reason}`, actorId: actor.id })
    return { ok: true as const }
  })
}
