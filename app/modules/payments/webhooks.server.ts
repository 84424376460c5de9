// Stripe webhook events. Each event id is stored in the same transaction as its effect, so an
// event delivered twice (or twenty times at once) acts once: the second insert of the same id waits
// for the first transaction and then finds the row. Effects are written as state transitions that
// ignore late or out-of-order events (an `expired` after `completed` changes nothing).
import type { Prisma } from '~/generated/prisma/client'
import { writeAudit } from '~/modules/audit/audit.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { confirmPayment } from './confirm.server'
import type { Stripe } from './stripe.server'

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored'

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'charge.refunded',
])

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null))

function requestIdOf(session: Stripe.Checkout.Session) {
  return session.client_reference_id ?? session.metadata?.paymentRequestId ?? null
}

async function markPaidFromSession(tx: Prisma.TransactionClient, session: Stripe.Checkout.Session, eventId: string) {
  const requestId = requestIdOf(session)
  if (!requestId) return
  const request = await tx.paymentRequest.findUnique({ where: { id: requestId }, select: { amountVnd: true, status: true, stripePaymentIntentId: true } })
  if (!request) return
  const paymentIntentId = idOf(session.payment_intent)
  // The amount paid must be the amount asked, in đồng: anything else is recorded, not accepted.
  if (session.currency?.toLowerCase() !== 'vnd' || session.amount_total !== request.amountVnd) {
    await writeAudit(tx, {
      actorId: null,
      action: 'payment.amount-mismatch',
      entityType: 'PaymentRequest',
      entityId: requestId,
      data: { eventId, sessionId: session.id, currency: session.currency, amountTotal: session.amount_total, expected: request.amountVnd },
    })
    return
  }
  // Money taken after the due date or a cancellation is still recorded (audited as paid late, with no
  // booths left to confirm), so the organiser sees it in the report and can refund it.
  const result = await confirmPayment(tx, requestId, { method: 'STRIPE', checkoutSessionId: session.id, paymentIntentId, actorId: null }, { allowFrom: ['OPEN', 'EXPIRED', 'CANCELLED'] })
  if (result === 'already-paid' && paymentIntentId && request.stripePaymentIntentId && paymentIntentId !== request.stripePaymentIntentId) {
    // A second session of the same request was paid too: the organiser must refund one of them.
    await writeAudit(tx, { actorId: null, action: 'payment.duplicate-charge', entityType: 'PaymentRequest', entityId: requestId, data: { eventId, sessionId: session.id, paymentIntentId } })
  }
}

async function applyEvent(tx: Prisma.TransactionClient, event: Stripe.Event) {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object
      if (session.payment_status === 'paid' || session.payment_status === 'no_payment_required') {
        await markPaidFromSession(tx, session, event.id)
      } else {
        // Delayed methods (bank debits): paid later by async_payment_succeeded. Remember the session.
        const requestId = requestIdOf(session)
        if (requestId) {
          await tx.paymentRequest.updateMany({
            where: { id: requestId, status: 'OPEN' },
            data: { stripeCheckoutSessionId: session.id, stripePaymentIntentId: idOf(session.payment_intent) },
          })
        }
      }
      return
    }
    case 'checkout.session.async_payment_succeeded':
      await markPaidFromSession(tx, event.data.object, event.id)
      return
    case 'checkout.session.async_payment_failed': {
      const session = event.data.object
      const requestId = requestIdOf(session)
      if (!requestId) return
      // Still open: the producer may try again before the due date.
      const reopened = await tx.paymentRequest.updateMany({
        where: { id: requestId, status: 'OPEN', stripeCheckoutSessionId: session.id },
        data: { stripeCheckoutSessionId: null, stripePaymentIntentId: null },
      })
      if (reopened.count) await writeAudit(tx, { actorId: null, action: 'payment.failed', entityType: 'PaymentRequest', entityId: requestId, data: { eventId: event.id, sessionId: session.id } })
      return
    }
    case 'checkout.session.expired': {
      const session = event.data.object
      const requestId = requestIdOf(session)
      if (!requestId) return
      // Only forgets the session of a still-open request; never touches a paid one.
      await tx.paymentRequest.updateMany({ where: { id: requestId, status: 'OPEN', stripeCheckoutSessionId: session.id }, data: { stripeCheckoutSessionId: null } })
      return
    }
    case 'charge.refunded': {
      const charge = event.data.object
      const paymentIntentId = idOf(charge.payment_intent)
      if (!paymentIntentId) return
      const [request] = await tx.$queryRaw<Array<{ id: string; amountVnd: number; refundedVnd: number; status: string }>>`
        SELECT id, "amountVnd", "refundedVnd", status::text AS status FROM "PaymentRequest" WHERE "stripePaymentIntentId" = ${paymentIntentId} FOR UPDATE`
      if (!request) return
      // Stripe reports the charge's total refunded so far: taking the maximum makes duplicates and
      // out-of-order deliveries harmless.
      const refundedVnd = Math.min(request.amountVnd, Math.max(request.refundedVnd, charge.amount_refunded))
      if (refundedVnd === request.refundedVnd) return
      const full = refundedVnd >= request.amountVnd
      await tx.paymentRequest.update({
        where: { id: request.id },
        data: { refundedVnd, ...(full && request.status === 'PAID' ? { status: 'REFUNDED' } : {}) },
      })
      await writeAudit(tx, { actorId: null, action: 'payment.refunded', entityType: 'PaymentRequest', entityId: request.id, data: { eventId: event.id, refundedVnd, chargeId: charge.id } })
      return
    }
  }
}

export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  // Unknown types are acknowledged (Stripe stops retrying) and not stored.
  if (!HANDLED.has(event.type)) return 'ignored'
  return prisma.$transaction(
    async (tx) => {
      const stored = await tx.webhookEvent.createMany({ data: [{ id: event.id, type: event.type, processedAt: now() }], skipDuplicates: true })
      if (stored.count === 0) return 'duplicate' as const
      await applyEvent(tx, event)
      return 'processed' as const
    },
    // Twenty deliveries at once queue on the event row's lock: give them time rather than fail.
    { maxWait: 15_000, timeout: 20_000 },
  )
}
