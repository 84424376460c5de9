// Starting a Stripe Checkout for one of the producer's requests. The redirect back from Stripe
// proves nothing: only the signed webhook (webhooks.server.ts) marks the request paid.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { paymentPaths } from './paths'
import { appUrl } from './shared.server'
import { paymentsMode, stripeClient, type Stripe } from './stripe.server'

const MINUTE_MS = 60 * 1000

export type CheckoutResult = { ok: true; url: string } | { ok: false; reason: 'not-open' | 'overdue' | 'bank-transfer' | 'stripe-unavailable' }

export async function startCheckout(actor: Actor, requestId: string): Promise<CheckoutResult> {
  requirePermission(actor, 'pay:booth', { producerId: actor.producerId })
  const request = await prisma.paymentRequest.findFirst({
    where: { id: requestId, producerId: actor.producerId ?? '__none__' },
    select: {
      id: true,
      status: true,
      amountVnd: true,
      dueAt: true,
      stripeCheckoutSessionId: true,
      updatedAt: true,
      fair: { select: { nameVi: true } },
      application: { select: { allocations: { orderBy: { booth: { code: 'asc' } }, select: { booth: { select: { code: true } } } } } },
    },
  })
  if (!request) throw new Response('Không tìm thấy yêu cầu thanh toán', { status: 404 })
  if (request.status !== 'OPEN') return { ok: false, reason: 'not-open' }
  const at = now()
  if (request.dueAt <= at) return { ok: false, reason: 'overdue' }
  if (paymentsMode() !== 'stripe') return { ok: false, reason: 'bank-transfer' }

  const stripe = stripeClient()
  try {
    // A session still open (the producer came back, or clicked twice) is reused: two live sessions
    // for one request could both be paid.
    if (request.stripeCheckoutSessionId) {
      const previous = await stripe.checkout.sessions.retrieve(request.stripeCheckoutSessionId)
      if (previous.status === 'open' && previous.url && previous.amount_total === request.amountVnd) return { ok: true, url: previous.url }
    }
    // Stripe accepts 30 minutes to 24 hours; never much past the due date. Rounded to 10 minutes so
    // a double click sends identical parameters under the same idempotency key.
    const wanted = Math.min(at.getTime() + 24 * 60 * MINUTE_MS - 10 * MINUTE_MS, Math.max(request.dueAt.getTime(), at.getTime() + 40 * MINUTE_MS))
    const expiresAt = Math.floor(wanted / (10 * MINUTE_MS)) * 10 * 60
    const booths = request.application.allocations.map((a) => a.booth.code).join(', ')
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: 'payment',
      currency: 'vnd', // zero-decimal: unit_amount is whole đồng
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: 'vnd',
            unit_amount: request.amountVnd,
            product_data: { name: `Phí gian hàng — ${request.fair.nameVi}`, ...(booths ? { description: `Gian hàng ${booths}` } : {}) },
          },
        },
      ],
      client_reference_id: request.id,
      metadata: { paymentRequestId: request.id },
      payment_intent_data: { metadata: { paymentRequestId: request.id } },
      success_url: `${appUrl()}${paymentPaths.producerPayment(request.id)}?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${appUrl()}${paymentPaths.producerPayments}?thong-bao=da-huy`,
      expires_at: expiresAt,
      locale: 'vi',
    }
    const session = await stripe.checkout.sessions.create(params, {
      // Changes after each session (its id, or the time the last one was forgotten), so a retry after
      // an expired session gets a new one while a double click gets the same.
      idempotencyKey: `checkout:${request.id}:${request.stripeCheckoutSessionId ?? request.updatedAt.getTime()}:${request.amountVnd}:${expiresAt}`,
    })
    await prisma.paymentRequest.updateMany({ where: { id: request.id, status: 'OPEN' }, data: { stripeCheckoutSessionId: session.id } })
    if (!session.url) return { ok: false, reason: 'stripe-unavailable' }
    return { ok: true, url: session.url }
  } catch (error) {
    if (error instanceof Response) throw error
    console.warn(`Stripe Checkout could not start for ${request.id}: ${error instanceof Error ? error.message : String(error)}`)
    return { ok: false, reason: 'stripe-unavailable' }
  }
}
