// A local fake of the few Stripe endpoints OCOP Connect calls, for Vitest and Playwright: the real
// `stripe` client is pointed at it (STRIPE_API_BASE), so the app's HTTP requests, idempotency keys
// and error handling are exercised at the HTTP boundary. It also serves a stand-in for Stripe's
// hosted Checkout page: "Pay" completes the session, redirects the browser to success_url and sends
// the app a `checkout.session.completed` webhook signed with stripe.webhooks.generateTestHeaderString.
//
//   POST /v1/checkout/sessions          create (form-encoded, Idempotency-Key honoured)
//   GET  /v1/checkout/sessions/:id      retrieve
//   POST /v1/checkout/sessions/:id/expire
//   POST /v1/refunds                    create (payment_intent + amount); may send charge.refunded
//   GET  /checkout/:id                  the fake hosted page; POST /checkout/:id/pay, /checkout/:id/cancel
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'

type Json = Record<string, unknown>

export interface FakeSession {
  id: string
  object: 'checkout.session'
  mode: string
  status: 'open' | 'complete' | 'expired'
  payment_status: 'unpaid' | 'paid' | 'no_payment_required'
  amount_total: number
  currency: string
  client_reference_id: string | null
  metadata: Record<string, string>
  payment_intent: string | null
  success_url: string
  cancel_url: string | null
  expires_at: number
  created: number
  url: string | null
  livemode: false
  line_items_input: unknown
}

export interface FakeCharge {
  id: string
  object: 'charge'
  amount: number
  amount_refunded: number
  refunded: boolean
  currency: string
  payment_intent: string
  status: 'succeeded'
}

export interface FakeStripeEvent {
  id: string
  object: 'event'
  api_version: string
  created: number
  livemode: false
  pending_webhooks: number
  request: { id: null; idempotency_key: null }
  type: string
  data: { object: Json }
}

export interface FakeStripeOptions {
  webhookSecret: string
  /** Where webhooks go (the app's /webhooks/stripe). */
  webhookUrl?: string
  /** Instead of HTTP: hand the signed request to this function (Vitest calls the route's action). */
  deliver?: (request: Request) => Promise<Response>
  /** Delay before the webhook after "Pay", so the return page is seen waiting. */
  webhookDelayMs?: number
  /** Send charge.refunded after each refund (Stripe does). */
  refundWebhooks?: boolean
  port?: number
  host?: string
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`
const seconds = () => Math.floor(Date.now() / 1000)

/** Parses Stripe's form encoding (`a[b][0][c]=1`) into nested objects and arrays. */
export function parseStripeForm(body: string): Json {
  const root: Json = {}
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.replace(/\]/g, '').split('[')
    let node: Record<string, unknown> = root
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] = value
      else {
        const nextIsIndex = /^\d+$/.test(path[i + 1])
        node[key] ??= nextIsIndex ? [] : {}
        node = node[key] as Record<string, unknown>
      }
    })
  }
  return root
}

function html(title: string, body: string) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1e293b}button{font-size:1rem;padding:.6rem 1.2rem;border-radius:.5rem;border:0;background:#635bff;color:#fff;cursor:pointer}form{display:inline}.muted{color:#64748b}</style></head><body>${body}</body></html>`
}


export async function startFakeStripe(options: FakeStripeOptions) {
  const signer = new Stripe('sk_test_fake_signer')
  const sessions = new Map<string, FakeSession>()
  const charges = new Map<string, FakeCharge>() // by payment intent
  const refunds = new Map<string, Json>()
  const idempotent = new Map<string, { status: number; body: Json }>()
  const calls: Array<{ method: string; path: string; idempotencyKey: string | null; body: Json }> = []
  const deliveries: Array<{ event: FakeStripeEvent; status: number }> = []
  let webhookUrl = options.webhookUrl ?? null
  let baseUrl = ''

  function event(type: string, object: Json): FakeStripeEvent {
    return {
      id: id('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: seconds(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: structuredClone(object) },
    }
  }

  /** The payload and a valid Stripe-Signature header for it (or one signed with another secret). */
  function sign(payload: string, secret = options.webhookSecret) {
    return signer.webhooks.generateTestHeaderString({ payload, secret })
  }

  function webhookRequest(evt: FakeStripeEvent, secret?: string) {
    const payload = JSON.stringify(evt)
    return new Request(webhookUrl ?? 'http://127.0.0.1/webhooks/stripe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Stripe-Signature': sign(payload, secret), 'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
      body: payload,
    })
  }

  /** Delivers one event as Stripe would; retries a few times while the app is unreachable. */
  async function deliver(evt: FakeStripeEvent): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = options.deliver ? await options.deliver(webhookRequest(evt)) : await fetch(webhookRequest(evt))
        deliveries.push({ event: evt, status: response.status })
        return response.status
      } catch (error) {
        if (attempt >= 4) throw error
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)))
      }
    }
  }

  /** What "Pay" does: the session completes (paid, or unpaid for a delayed method). */
  function completeSession(sessionId: string, outcome: 'paid' | 'processing' = 'paid') {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`No session ${sessionId}`)
    session.status = 'complete'
    session.payment_intent ??= id('pi')
    session.payment_status = outcome === 'paid' ? 'paid' : 'unpaid'
    if (outcome === 'paid') chargeFor(session)
    return session
  }

  function chargeFor(session: FakeSession) {
    const pi = session.payment_intent!
    const existing = charges.get(pi)
    if (existing) return existing
    const charge: FakeCharge = { id: id('ch'), object: 'charge', amount: session.amount_total, amount_refunded: 0, refunded: false, currency: session.currency, payment_intent: pi, status: 'succeeded' }
    charges.set(pi, charge)
    return charge
  }

  function createSession(params: Json): FakeSession {
    const items = (params.line_items as Array<{ quantity?: string; price_data?: { currency?: string; unit_amount?: string } }>) ?? []
    const amount = items.reduce((sum, item) => sum + Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1), 0)
    const sid = id('cs')
    const session: FakeSession = {
      id: sid,
      object: 'checkout.session',
      mode: String(params.mode ?? 'payment'),
      status: 'open',
      payment_status: 'unpaid',
      amount_total: amount,
      currency: String(params.currency ?? items[0]?.price_data?.currency ?? 'usd'),
      client_reference_id: (params.client_reference_id as string | undefined) ?? null,
      metadata: (params.metadata as Record<string, string>) ?? {},
      payment_intent: null,
      success_url: String(params.success_url),
      cancel_url: (params.cancel_url as string | undefined) ?? null,
      expires_at: Number(params.expires_at ?? seconds() + 24 * 3600),
      created: seconds(),
      url: `${baseUrl}/checkout/${sid}`,
      livemode: false,
      line_items_input: items,
    }
    sessions.set(sid, session)
    return session
  }

  const publicSession = (session: FakeSession) => {
    const { line_items_input: _items, ...rest } = session
    return rest
  }

  function apiError(res: http.ServerResponse, status: number, message: string, type = 'invalid_request_error') {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { type, message } }))
  }

  async function readBody(req: http.IncomingMessage) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', baseUrl)
      const text = await readBody(req)
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end()
      // ── the hosted page (browser) ──
      const page = url.pathname.match(/^\/checkout\/([\w]+)(?:\/(pay|cancel))?$/)
      if (page) {
        const session = sessions.get(page[1])
        if (!session) return void res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('Không tìm thấy', '<h1>Không tìm thấy phiên thanh toán</h1>'))
        if (req.method === 'GET' && !page[2]) {
          const amount = new Intl.NumberFormat('vi-VN').format(session.amount_total)
          const body =
            session.status === 'open'
              ? `<p class="muted">Trang thanh toán thử — thay cho trang Stripe Checkout</p><h1>Thanh toán ${amount} ₫</h1>
<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>
<form method="post" action="/checkout/${session.id}/cancel"><button type="submit" style="background:#e2e8f0;color:#1e293b">Cancel</button></form>`
              : `<h1>Phiên thanh toán đã ${session.status === 'complete' ? 'hoàn tất' : 'hết hạn'}</h1>`
          return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('Stripe Checkout (fake)', body))
        }
        if (req.method === 'POST' && page[2] === 'pay') {
          if (session.status !== 'open') return void res.writeHead(409, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('Đã xử lý', '<h1>Phiên này đã được xử lý</h1>'))
          completeSession(session.id)
          const completed = event('checkout.session.completed', publicSession(session))
          // The browser is redirected first; the webhook follows (as with Stripe, either may win).
          setTimeout(() => void deliver(completed).catch((error) => console.error(`[fake-stripe] webhook failed: ${error}`)), options.webhookDelayMs ?? 0)
          return void res.writeHead(303, { Location: session.success_url.replace('{CHECKOUT_SESSION_ID}', session.id) }).end()
        }
        if (req.method === 'POST' && page[2] === 'cancel') {
          return void res.writeHead(303, { Location: session.cancel_url ?? '/' }).end()
        }
      }
      // ── the API (the stripe client) ──
      if (!url.pathname.startsWith('/v1/')) return apiError(res, 404, `Unrecognized request URL (${req.method}: ${url.pathname})`)
      if (!/^Bearer sk_/.test(req.headers.authorization ?? '')) return apiError(res, 401, 'Invalid API Key provided', 'authentication_error')
      const params = req.method === 'POST' ? parseStripeForm(text) : Object.fromEntries(url.searchParams)
      const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null
      calls.push({ method: req.method ?? 'GET', path: url.pathname, idempotencyKey, body: params })
      const cacheKey = idempotencyKey ? `${url.pathname} ${idempotencyKey}` : null
      if (req.method === 'POST' && cacheKey && idempotent.has(cacheKey)) {
        const stored = idempotent.get(cacheKey)!
        return void res.writeHead(stored.status, { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' }).end(JSON.stringify(stored.body))
      }
      const reply = (status: number, body: Json) => {
        if (req.method === 'POST' && cacheKey) idempotent.set(cacheKey, { status, body })
        res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': id('req') }).end(JSON.stringify(body))
      }
      if (req.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
        if (!params.success_url) return apiError(res, 400, 'Missing required param: success_url.')
        return reply(200, publicSession(createSession(params)))
      }
      const retrieve = url.pathname.match(/^\/v1\/checkout\/sessions\/([\w]+)$/)
      if (req.method === 'GET' && retrieve) {
        const session = sessions.get(retrieve[1])
        if (!session) return apiError(res, 404, `No such checkout.session: '${retrieve[1]}'`)
        return reply(200, publicSession(session))
      }
      const expire = url.pathname.match(/^\/v1\/checkout\/sessions\/([\w]+)\/expire$/)
      if (req.method === 'POST' && expire) {
        const session = sessions.get(expire[1])
        if (!session) return apiError(res, 404, `No such checkout.session: '${expire[1]}'`)
        if (session.status !== 'open') return apiError(res, 400, `Only Checkout Sessions with a status of 'open' can be expired.`)
        session.status = 'expired'
        return reply(200, publicSession(session))
      }
      if (req.method === 'POST' && url.pathname === '/v1/refunds') {
        const charge = charges.get(String(params.payment_intent ?? ''))
        if (!charge) return apiError(res, 400, `No such payment_intent: '${params.payment_intent}'`)
        const amount = params.amount === undefined ? charge.amount - charge.amount_refunded : Number(params.amount)
        if (!(amount > 0) || amount > charge.amount - charge.amount_refunded) return apiError(res, 400, 'Refund amount is greater than unrefunded amount on charge')
        charge.amount_refunded += amount
        charge.refunded = charge.amount_refunded >= charge.amount
        const refund = { id: id('re'), object: 'refund', amount, currency: charge.currency, charge: charge.id, payment_intent: charge.payment_intent, status: 'succeeded', reason: params.reason ?? null, metadata: params.metadata ?? {}, created: seconds() }
        refunds.set(refund.id, refund)
        reply(200, refund)
        if (options.refundWebhooks) {
          const refunded = event('charge.refunded', { ...charge })
          setTimeout(() => void deliver(refunded).catch((error) => console.error(`[fake-stripe] webhook failed: ${error}`)), 0)
        }
        return
      }
      return apiError(res, 404, `Unrecognized request URL (${req.method}: ${url.pathname})`)
    } catch (error) {
      apiError(res, 500, error instanceof Error ? error.message : String(error), 'api_error')
    }
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${address.port}`

  return {
    url: baseUrl,
    port: address.port,
    sessions,
    charges,
    refunds,
    calls,
    deliveries,
    setWebhookUrl(url: string) {
      webhookUrl = url
    },
    event,
    sign,
    webhookRequest,
    deliver,
    completeSession,
    chargeFor,
    /** The session as an event object (what Stripe puts in data.object). */
    sessionObject(sessionId: string) {
      const session = sessions.get(sessionId)
      if (!session) throw new Error(`No session ${sessionId}`)
      return publicSession(session) as unknown as Json
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>
