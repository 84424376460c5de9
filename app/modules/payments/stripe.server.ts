// The Stripe adapter: which payment mode the app runs in and the one configured client.
// STRIPE_API_BASE (tests, local development) points the real client at a local fake of the few
// endpoints we call; in production it is unset and the client talks to api.stripe.com.
import Stripe from 'stripe'

export type PaymentsMode = 'stripe' | 'bank-transfer'

// Read from process.env on each use (validated at boot by utils/env.server.ts), so a test can switch
// between the Stripe and the bank-transfer set-ups without reloading modules.
function stripeEnv() {
  return {
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY || undefined,
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET || undefined,
    STRIPE_API_BASE: process.env.STRIPE_API_BASE || undefined,
  }
}

export function paymentsMode(): PaymentsMode {
  const env = stripeEnv()
  return env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET ? 'stripe' : 'bank-transfer'
}

let cached: { key: string; base: string | undefined; client: Stripe } | undefined

export function stripeClient(): Stripe {
  const env = stripeEnv()
  if (!env.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set: the fair runs on bank transfer')
  if (cached && cached.key === env.STRIPE_SECRET_KEY && cached.base === env.STRIPE_API_BASE) return cached.client
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null
  const client = new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2, // safe: every POST we make carries an idempotency key
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? { host: base.hostname, port: base.port || (base.protocol === 'https:' ? 443 : 80), protocol: base.protocol === 'https:' ? 'https' : 'http' }
      : {}),
  })
  cached = { key: env.STRIPE_SECRET_KEY, base: env.STRIPE_API_BASE, client }
  return client
}

/** Verifies the signature over the raw body; throws Stripe's SignatureVerificationError otherwise. */
export function verifyWebhook(rawBody: string, signature: string): Stripe.Event {
  const secret = stripeEnv().STRIPE_WEBHOOK_SECRET
  if (!secret) throw new Error('STRIPE_WEBHOOK_SECRET is not set')
  return stripeClient().webhooks.constructEvent(rawBody, signature, secret)
}

/** Tests only: forget the client so a changed environment is read again. */
export function resetStripeClient() {
  cached = undefined
}

export type { Stripe }
