// POST /webhooks/stripe: Stripe's events. The signature is checked over the raw body (read with
// request.text(): scripts/server.ts mounts no body parser and exempts this path from the
// same-origin check, the signature being its protection). 400 for a bad signature, 200 for every
// verified event, including duplicates and types we do not handle; 500 lets Stripe retry.
import type { ActionFunctionArgs } from '@remix-run/node'
import { paymentsMode, verifyWebhook } from '~/modules/payments/stripe.server'
import { handleStripeEvent } from '~/modules/payments/webhooks.server'

/** Stripe's events are a few kilobytes. */
const MAX_BODY_BYTES = 512 * 1024

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } })

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') return json({ error: 'Method not allowed' }, 405)
  if (paymentsMode() !== 'stripe') return json({ error: 'Stripe is not configured' }, 404)
  // Anyone may post here (the path skips the same-origin check): refuse oversized bodies unread.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return json({ error: 'Payload too large' }, 413)
  const rawBody = await request.text()
  if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) return json({ error: 'Payload too large' }, 413)
  const signature = request.headers.get('stripe-signature')
  let event
  try {
    if (!signature) throw new Error('No Stripe-Signature header')
    event = verifyWebhook(rawBody, signature)
  } catch {
    return json({ error: 'Invalid signature' }, 400)
  }
  const outcome = await handleStripeEvent(event)
  return json({ received: true, outcome })
}

export function loader() {
  return json({ error: 'Method not allowed' }, 405)
}
