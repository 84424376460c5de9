// Booth fees end to end on a real database, with the real `stripe` client talking HTTP to a local
// fake of Stripe (tests/fakes/stripe-server.ts) and webhooks signed as Stripe signs them, delivered
// to the route's action as real Requests.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startCheckout } from '~/modules/payments/checkout.server'
import { runPaymentJobs } from '~/modules/payments/jobs.server'
import { cancelPaymentRequest, markPaidByBankTransfer, paymentsCsv, paymentsReport, refundPayment } from '~/modules/payments/organiser.server'
import { createPaymentRequests, getOwnPaymentRequest, listOwnPaymentRequests } from '~/modules/payments/requests.server'
import { paymentsMode, resetStripeClient, stripeClient } from '~/modules/payments/stripe.server'
import { action as webhookAction } from '~/routes/webhooks+/stripe'
import { setNow } from '~/utils/clock.server'
import { startFakeStripe, type FakeStripe, type FakeStripeEvent } from '../fakes/stripe-server.ts'
import { prisma, resetDatabase } from '../helpers/db.ts'
import { createApplication } from '../factories/fairs.ts'
import { paymentsWorld } from '../helpers/payments-world.ts'

const SECRET = 'whsec_test_ocop_payments'
const DAY_MS = 24 * 3600 * 1000
let fake: FakeStripe

const post = (request: Request) => webhookAction({ request, params: {}, context: {} }) as Promise<Response>

function useStripe() {
  process.env.STRIPE_SECRET_KEY = 'sk_test_ocop_payments'
  process.env.STRIPE_WEBHOOK_SECRET = SECRET
  process.env.STRIPE_API_BASE = fake.url
  resetStripeClient()
}

function useBankTransfer() {
  delete process.env.STRIPE_SECRET_KEY
  delete process.env.STRIPE_WEBHOOK_SECRET
  delete process.env.STRIPE_API_BASE
  resetStripeClient()
}

beforeAll(async () => {
  fake = await startFakeStripe({ webhookSecret: SECRET, deliver: post })
})
afterAll(async () => {
  useBankTransfer()
  await fake.close()
})
beforeEach(async () => {
  await resetDatabase()
  fake.calls.length = 0
  useStripe()
})
afterEach(() => setNow(null))

/** Starts Checkout as the producer and "pays" on the fake hosted page, like the browser does. */
/** Opens a Checkout Session for the world's fee and returns its id (as in the Checkout URL). */
async function openCheckout(world: Awaited<ReturnType<typeof paymentsWorld>>) {
  const started = await startCheckout(world.mine.actor, world.request.id)
  if (!started.ok) throw new Error(`checkout refused: ${started.reason}`)
  return { started, sessionId: started.url.split('/').pop()! }
}

async function payThroughCheckout(world: Awaited<ReturnType<typeof paymentsWorld>>) {
  const { started, sessionId } = await openCheckout(world)
  const deliveriesBefore = fake.deliveries.length
  const response = await fetch(`${started.url}/pay`, { method: 'POST', redirect: 'manual' })
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(`http://localhost:3000/nha-san-xuat/thanh-toan/${world.request.id}?session_id=${sessionId}`)
  await expect.poll(() => fake.deliveries.length, { timeout: 5_000 }).toBe(deliveriesBefore + 1)
  return { sessionId, event: fake.deliveries.at(-1)!.event }
}

async function state(requestId: string) {
  const request = await prisma.paymentRequest.findUniqueOrThrow({ where: { id: requestId } })
  const allocations = await prisma.allocation.findMany({ where: { applicationId: request.applicationId }, select: { status: true } })
  return { request, allocations: allocations.map((a) => a.status) }
}

const count = {
  audits: (action: string, entityId?: string) => prisma.auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } }),
  mails: (template: string) => prisma.emailOutbox.count({ where: { template } }),
}

describe('payment requests', () => {
  it('are created once per application from its allocated booths, with the fair subsidy and due date', async () => {
    const at = new Date('2026-12-01T03:00:00Z')
    setNow(at)
    const world = await paymentsWorld()
    expect(world.request).toMatchObject({ grossVnd: 16_000_000, subsidyVnd: 8_000_000, amountVnd: 8_000_000, status: 'OPEN' })
    expect(world.request.dueAt.toISOString()).toBe(new Date(at.getTime() + 14 * DAY_MS).toISOString())
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'payment-requested', toEmail: world.mine.user.email } })
    expect(mail.textBody).toContain('8.000.000')
    expect(mail.textBody).toContain('A-02, A-03')

    // Publishing again (or concurrently) creates nothing new.
    const again = await Promise.all(
      [1, 2, 3].map(() => prisma.$transaction((tx) => createPaymentRequests(tx, { fairId: world.fair.id, applicationIds: [world.mine.application.id], actorId: null }))),
    )
    expect(again.flat()).toEqual([])
    expect(await prisma.paymentRequest.count({ where: { applicationId: world.mine.application.id } })).toBe(1)
  })

  it('are created once per application even when publishes race', async () => {
    const world = await paymentsWorld()
    await prisma.paymentRequest.deleteMany()
    const ids = [world.mine.application.id, world.other.application.id]
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => prisma.$transaction((tx) => createPaymentRequests(tx, { fairId: world.fair.id, applicationIds: i % 2 ? ids : [...ids].reverse(), actorId: null }))),
    )
    expect(results.flat()).toHaveLength(2)
    expect(await prisma.paymentRequest.groupBy({ by: ['applicationId'], _count: { _all: true } })).toHaveLength(2)
    expect(await prisma.paymentRequest.count()).toBe(2)
  })

  it('confirms a fully subsidised booth at once', async () => {
    const world = await paymentsWorld({ subsidyRule: { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 100 } })
    expect(world.request).toMatchObject({ amountVnd: 0, status: 'PAID' })
    expect((await state(world.request.id)).allocations).toEqual(['CONFIRMED', 'CONFIRMED'])
  })

  it('are visible to their producer only', async () => {
    const world = await paymentsWorld()
    const { requests } = await listOwnPaymentRequests(world.mine.actor)
    expect(requests.map((r) => r.id)).toEqual([world.request.id])
    await expect(getOwnPaymentRequest(world.other.actor, world.request.id)).rejects.toMatchObject({ status: 404 })
    await expect(startCheckout(world.other.actor, world.request.id)).rejects.toMatchObject({ status: 404 })
  })
})

describe('Stripe Checkout and webhooks', () => {
  it('happy path: a VND session with an idempotency key, the webhook confirms the booths', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await payThroughCheckout(world)
    const create = fake.calls.find((call) => call.path === '/v1/checkout/sessions')!
    expect(create.idempotencyKey).toMatch(new RegExp(`^checkout:${world.request.id}:`))
    expect(create.body).toMatchObject({ mode: 'payment', currency: 'vnd', client_reference_id: world.request.id })
    expect(create.body.line_items).toEqual([expect.objectContaining({ quantity: '1', price_data: expect.objectContaining({ currency: 'vnd', unit_amount: '8000000' }) })])

    const { request, allocations } = await state(world.request.id)
    expect(request).toMatchObject({ status: 'PAID', method: 'STRIPE', stripeCheckoutSessionId: sessionId })
    expect(request.stripePaymentIntentId).toMatch(/^pi_/)
    expect(allocations).toEqual(['CONFIRMED', 'CONFIRMED'])
    expect(fake.deliveries.at(-1)!.status).toBe(200)
    expect(await prisma.webhookEvent.count()).toBe(1)
    expect(await count.mails('payment-confirmed')).toBe(1)
    // The other producer's request is untouched.
    expect((await state(world.otherRequest.id)).request.status).toBe('OPEN')
  })

  it('reuses the open session when the producer clicks "Thanh toán" again', async () => {
    const world = await paymentsWorld()
    const first = await startCheckout(world.mine.actor, world.request.id)
    const second = await startCheckout(world.mine.actor, world.request.id)
    expect(first.ok && second.ok && first.url === second.url).toBe(true)
    expect(fake.calls.filter((call) => call.path === '/v1/checkout/sessions' && call.method === 'POST')).toHaveLength(1)
  })

  it('refuses a bad signature with 400 and changes nothing', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    fake.completeSession(sessionId)
    const event = fake.event('checkout.session.completed', fake.sessionObject(sessionId))

    expect((await post(fake.webhookRequest(event, 'whsec_someone_else'))).status).toBe(400)
    const tampered = fake.webhookRequest(event)
    const forged = new Request(tampered.url, { method: 'POST', headers: tampered.headers, body: JSON.stringify({ ...event, id: 'evt_forged' }) })
    expect((await post(forged)).status).toBe(400)
    const unsigned = new Request('http://localhost/webhooks/stripe', { method: 'POST', body: JSON.stringify(event) })
    expect((await post(unsigned)).status).toBe(400)
    const huge = JSON.stringify({ ...event, padding: 'x'.repeat(600 * 1024) })
    expect((await post(new Request('http://localhost/webhooks/stripe', { method: 'POST', headers: { 'Stripe-Signature': fake.sign(huge) }, body: huge }))).status).toBe(413)

    expect((await state(world.request.id)).request.status).toBe('OPEN')
    expect((await state(world.request.id)).allocations).toEqual(['ALLOCATED', 'ALLOCATED'])
    expect(await prisma.webhookEvent.count()).toBe(0)
    expect(await count.audits('payment.paid')).toBe(0)
  })

  it('processes the same event delivered twice once', async () => {
    const world = await paymentsWorld()
    const { event } = await payThroughCheckout(world)
    const again = await post(fake.webhookRequest(event))
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ received: true, outcome: 'duplicate' })
    expect(await count.audits('payment.paid', world.request.id)).toBe(1)
    expect(await count.mails('payment-confirmed')).toBe(1)
  })

  it('confirms once when the same event arrives 20 times concurrently', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    fake.completeSession(sessionId)
    const event = fake.event('checkout.session.completed', fake.sessionObject(sessionId))
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(fake.webhookRequest(event))))
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200))
    const outcomes = await Promise.all(responses.map(async (r) => ((await r.json()) as { outcome: string }).outcome))
    expect(outcomes.filter((o) => o === 'processed')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19)
    expect((await state(world.request.id)).request.status).toBe('PAID')
    expect(await prisma.webhookEvent.count()).toBe(1)
    expect(await count.audits('payment.paid', world.request.id)).toBe(1)
    expect(await count.mails('payment-confirmed')).toBe(1)
  })

  it('confirms once when different events for the same payment race (completed + async success)', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    fake.completeSession(sessionId)
    const events: FakeStripeEvent[] = Array.from({ length: 10 }, (_, i) =>
      fake.event(i % 2 ? 'checkout.session.async_payment_succeeded' : 'checkout.session.completed', fake.sessionObject(sessionId)),
    )
    const responses = await Promise.all(events.map((event) => post(fake.webhookRequest(event))))
    expect(responses.every((r) => r.status === 200)).toBe(true)
    expect(await prisma.webhookEvent.count()).toBe(10)
    expect(await count.audits('payment.paid', world.request.id)).toBe(1)
  })

  it('does not undo a payment when `expired` arrives after `completed`; `expired` alone leaves the request open', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await payThroughCheckout(world)
    const expiredEvent = fake.event('checkout.session.expired', { ...fake.sessionObject(sessionId), status: 'expired', payment_status: 'unpaid' })
    expect((await post(fake.webhookRequest(expiredEvent))).status).toBe(200)
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'PAID' }, allocations: ['CONFIRMED', 'CONFIRMED'] })

    // The other producer abandons Checkout: the session expires, the request stays payable.
    const other = await startCheckout(world.other.actor, world.otherRequest.id)
    if (!other.ok) throw new Error('no checkout')
    const otherSession = other.url.split('/').pop()!
    await post(fake.webhookRequest(fake.event('checkout.session.expired', { ...fake.sessionObject(otherSession), status: 'expired' })))
    expect((await state(world.otherRequest.id)).request).toMatchObject({ status: 'OPEN', stripeCheckoutSessionId: null })
    const retry = await startCheckout(world.other.actor, world.otherRequest.id)
    expect(retry.ok && retry.url !== other.url).toBe(true)
  })

  it('waits for an asynchronous payment, then confirms on success or reopens on failure', async () => {
    const world = await paymentsWorld()
    const mine = await startCheckout(world.mine.actor, world.request.id)
    const theirs = await startCheckout(world.other.actor, world.otherRequest.id)
    if (!mine.ok || !theirs.ok) throw new Error('no checkout')
    const [mineSession, theirSession] = [mine.url, theirs.url].map((url) => url.split('/').pop()!)
    for (const id of [mineSession, theirSession]) {
      fake.completeSession(id, 'processing')
      await post(fake.webhookRequest(fake.event('checkout.session.completed', fake.sessionObject(id))))
    }
    expect((await state(world.request.id)).request.status).toBe('OPEN')
    expect((await state(world.otherRequest.id)).request.status).toBe('OPEN')

    fake.completeSession(mineSession, 'paid')
    await post(fake.webhookRequest(fake.event('checkout.session.async_payment_succeeded', fake.sessionObject(mineSession))))
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'PAID' }, allocations: ['CONFIRMED', 'CONFIRMED'] })

    await post(fake.webhookRequest(fake.event('checkout.session.async_payment_failed', fake.sessionObject(theirSession))))
    expect(await state(world.otherRequest.id)).toMatchObject({ request: { status: 'OPEN', stripeCheckoutSessionId: null }, allocations: ['ALLOCATED'] })
    expect(await count.audits('payment.failed', world.otherRequest.id)).toBe(1)
  })

  it('refuses a session whose amount differs from the request', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    fake.completeSession(sessionId)
    await post(fake.webhookRequest(fake.event('checkout.session.completed', { ...fake.sessionObject(sessionId), amount_total: 1000 })))
    expect((await state(world.request.id)).request.status).toBe('OPEN')
    expect(await count.audits('payment.amount-mismatch', world.request.id)).toBe(1)
  })

  it('acknowledges and ignores unknown events', async () => {
    const world = await paymentsWorld()
    const response = await post(fake.webhookRequest(fake.event('customer.created', { id: 'cus_test_1', object: 'customer' })))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ received: true, outcome: 'ignored' })
    expect(await prisma.webhookEvent.count()).toBe(0)
    expect((await state(world.request.id)).request.status).toBe('OPEN')
  })
})

describe('refunds', () => {
  it('refunds part, then the rest through Stripe, with reasons and audit entries; charge.refunded never double-counts', async () => {
    const world = await paymentsWorld()
    await payThroughCheckout(world)
    const slug = world.fair.slug

    const partial = await refundPayment(world.organiserActor, slug, world.request.id, { amountVnd: 3_000_000, reason: 'Giảm một gian theo đề nghị của HTX' })
    expect(partial).toEqual({ ok: true, full: false })
    const refundCall = fake.calls.find((call) => call.path === '/v1/refunds')!
    expect(refundCall.body).toMatchObject({ amount: '3000000' })
    expect(refundCall.idempotencyKey).toBe(`refund:${world.request.id}:0:3000000`)
    expect((await state(world.request.id)).request).toMatchObject({ status: 'PAID', refundedVnd: 3_000_000 })

    // Stripe's charge.refunded (total refunded so far) arrives, twice: nothing is added.
    const charge = [...fake.charges.values()][0]
    const refundedEvent = fake.event('charge.refunded', { ...charge })
    await post(fake.webhookRequest(refundedEvent))
    await post(fake.webhookRequest(fake.event('charge.refunded', { ...charge })))
    expect((await state(world.request.id)).request.refundedVnd).toBe(3_000_000)

    expect(await refundPayment(world.organiserActor, slug, world.request.id, { amountVnd: 6_000_000, reason: 'Quá số đã nộp' })).toMatchObject({ ok: false, field: 'amountVnd' })
    const rest = await refundPayment(world.organiserActor, slug, world.request.id, { amountVnd: 5_000_000, reason: 'HTX rút khỏi hội chợ' })
    expect(rest).toEqual({ ok: true, full: true })
    const after = await state(world.request.id)
    expect(after.request).toMatchObject({ status: 'REFUNDED', refundedVnd: 8_000_000 })
    expect(after.allocations).toEqual([]) // the cancelled booths went back
    // A late, older charge.refunded does not lower the figure.
    await post(fake.webhookRequest(refundedEvent))
    expect((await state(world.request.id)).request).toMatchObject({ status: 'REFUNDED', refundedVnd: 8_000_000 })

    const refunds = await prisma.refund.findMany({ where: { paymentRequestId: world.request.id }, orderBy: { createdAt: 'asc' } })
    expect(refunds.map((r) => [r.amountVnd, r.reason, r.createdById])).toEqual([
      [3_000_000, 'Giảm một gian theo đề nghị của HTX', world.organiserActor.id],
      [5_000_000, 'HTX rút khỏi hội chợ', world.organiserActor.id],
    ])
    expect(refunds.every((r) => r.stripeRefundId?.startsWith('re_'))).toBe(true)
    expect(await count.audits('payment.refund', world.request.id)).toBe(2)
    expect(await count.audits('allocation.release')).toBe(1)
    expect(await count.mails('payment-refunded')).toBe(2)
  })

  it('marks a refund made in the Stripe dashboard from charge.refunded', async () => {
    const world = await paymentsWorld()
    await payThroughCheckout(world)
    const { request } = await state(world.request.id)
    await stripeClient().refunds.create({ payment_intent: request.stripePaymentIntentId!, amount: 8_000_000 })
    const charge = [...fake.charges.values()].find((c) => c.payment_intent === request.stripePaymentIntentId)!
    await post(fake.webhookRequest(fake.event('charge.refunded', { ...charge })))
    expect((await state(world.request.id)).request).toMatchObject({ status: 'REFUNDED', refundedVnd: 8_000_000 })
  })

  it('refuses refunds after the cutoff, and to another organiser', async () => {
    const world = await paymentsWorld({ refundCutoffAt: new Date(Date.now() + 2 * DAY_MS) })
    await payThroughCheckout(world)
    setNow(new Date(Date.now() + 3 * DAY_MS))
    expect(await refundPayment(world.organiserActor, world.fair.slug, world.request.id, { amountVnd: 1_000, reason: 'Thử' })).toMatchObject({ ok: false })
    expect(fake.calls.filter((call) => call.path === '/v1/refunds')).toHaveLength(0)
    const stranger = { ...world.organiserActor, id: 'someone', organiserId: 'another-organiser' }
    await expect(refundPayment(stranger, world.fair.slug, world.request.id, { amountVnd: 1_000, reason: 'Thử' })).rejects.toMatchObject({ status: 404 })
  })
})

describe('due dates', () => {
  it('reminds before the due date, then expires the request and releases its booths; a paid request is kept', async () => {
    const start = new Date()
    setNow(start)
    const world = await paymentsWorld()
    await payThroughCheckout(world) // mine is paid; the other producer's stays open

    setNow(new Date(start.getTime() + 10 * DAY_MS))
    expect(await runPaymentJobs()).toEqual({ reminded: [], expired: [] })
    setNow(new Date(start.getTime() + 12 * DAY_MS))
    expect(await runPaymentJobs()).toEqual({ reminded: [world.otherRequest.id], expired: [] })
    expect(await runPaymentJobs()).toEqual({ reminded: [], expired: [] }) // one reminder only
    expect(await count.mails('payment-reminder')).toBe(1)

    // First on the waiting list for a standard booth: gets the released one, with its own fee.
    const tc = await prisma.boothType.findFirstOrThrow({ where: { fairId: world.fair.id, code: 'TC' } })
    const waiting = await createApplication(prisma, { fairId: world.fair.id, boothTypeId: tc.id, status: 'WAITLISTED', application: { waitlistPosition: 1 } })

    setNow(new Date(start.getTime() + 14 * DAY_MS + 60_000))
    expect(await runPaymentJobs()).toEqual({ reminded: [], expired: [world.otherRequest.id] })
    const offered = await prisma.allocation.findMany({ where: { applicationId: waiting.id }, select: { booth: { select: { code: true } } } })
    expect(offered.map((a) => a.booth.code)).toEqual(['A-04'])
    expect(await prisma.paymentRequest.findFirstOrThrow({ where: { applicationId: waiting.id } })).toMatchObject({ status: 'OPEN', amountVnd: 4_000_000 })
    expect(await state(world.otherRequest.id)).toMatchObject({ request: { status: 'EXPIRED' }, allocations: [] })
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'PAID' }, allocations: ['CONFIRMED', 'CONFIRMED'] })
    const release = await prisma.auditLog.findFirstOrThrow({ where: { action: 'allocation.release' } })
    expect(release).toMatchObject({ entityId: world.other.application.id, reason: 'Quá hạn thanh toán phí gian hàng' })
    expect(release.data).toMatchObject({ boothIds: [world.booths.find((b) => b.code === 'A-04')!.id] })
    expect(await count.mails('payment-expired')).toBe(1)
    // Checkout is closed for an expired request.
    expect(await startCheckout(world.other.actor, world.otherRequest.id)).toEqual({ ok: false, reason: 'not-open' })
  })
})

describe('reminders for short deadlines', () => {
  it('does not remind on the day the fee was announced, but does the day after', async () => {
    const start = new Date()
    setNow(start)
    const world = await paymentsWorld()
    await prisma.paymentRequest.updateMany({ data: { dueAt: new Date(start.getTime() + 2 * DAY_MS) } })
    expect((await runPaymentJobs()).reminded).toEqual([])
    setNow(new Date(start.getTime() + DAY_MS + 60_000))
    expect((await runPaymentJobs()).reminded.sort()).toEqual([world.request.id, world.otherRequest.id].sort())
  })
})

describe('bank transfer (no Stripe keys)', () => {
  it('lets the organiser mark a request paid with a reference; confirmation, report and CSV work the same', async () => {
    useBankTransfer()
    expect(paymentsMode()).toBe('bank-transfer')
    const world = await paymentsWorld()
    expect(await startCheckout(world.mine.actor, world.request.id)).toEqual({ ok: false, reason: 'bank-transfer' })
    const webhook = await post(new Request('http://localhost/webhooks/stripe', { method: 'POST', body: '{}' }))
    expect(webhook.status).toBe(404)

    const stranger = { ...world.organiserActor, organiserId: 'another-organiser' }
    await expect(markPaidByBankTransfer(stranger, world.fair.slug, world.request.id, { reference: 'FT26333000001' })).rejects.toMatchObject({ status: 404 })
    expect(await markPaidByBankTransfer(world.organiserActor, world.fair.slug, world.request.id, { reference: 'FT26333000001' })).toEqual({ ok: true })
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'PAID', method: 'BANK_TRANSFER', bankReference: 'FT26333000001' }, allocations: ['CONFIRMED', 'CONFIRMED'] })
    expect(await markPaidByBankTransfer(world.organiserActor, world.fair.slug, world.request.id, { reference: 'FT26333000002' })).toMatchObject({ ok: false })
    expect(await markPaidByBankTransfer(world.organiserActor, world.fair.slug, world.otherRequest.id, { reference: 'FT26333000001' })).toMatchObject({ ok: false, field: 'reference' })
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: 'payment.paid' } })).toMatchObject({ actorId: world.organiserActor.id, entityId: world.request.id })

    const report = await paymentsReport(world.organiserActor, world.fair.slug)
    expect(report.totals).toEqual({ requests: 2, paidVnd: 8_000_000, outstandingVnd: 4_000_000, refundedVnd: 0, subsidyVnd: 12_000_000 })
    expect(report.byType.map((t) => [t.code, t.paidVnd, t.outstandingVnd])).toEqual([['TC', 8_000_000, 4_000_000]])

    // A bank-transfer refund is recorded (the organiser sends the money) and audited.
    expect(await refundPayment(world.organiserActor, world.fair.slug, world.request.id, { amountVnd: 2_000_000, reason: 'Bớt một bàn trưng bày' })).toEqual({ ok: true, full: false })
    const { csv } = await paymentsCsv(world.organiserActor, world.fair.slug)
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toContain('Phải nộp (đồng)')
    const paidLine = lines.find((line) => line.includes('Dừa Sáp'))!
    expect(paidLine).toContain('A-02 A-03,16000000,8000000,8000000,2000000,Đã thanh toán,Chuyển khoản,FT26333000001')
  })
})

describe('cancellation and late payments', () => {
  it('cancels an open fee: the Checkout session is closed, the booths released, the action audited', async () => {
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    expect(await cancelPaymentRequest(world.organiserActor, world.fair.slug, world.request.id, { reason: 'HTX xin rút trước khi nộp phí' })).toEqual({ ok: true })
    expect(fake.sessions.get(sessionId)!.status).toBe('expired')
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'CANCELLED' }, allocations: [] })
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: 'payment.cancel' } })).toMatchObject({ actorId: world.organiserActor.id, reason: 'HTX xin rút trước khi nộp phí' })
    expect(await cancelPaymentRequest(world.organiserActor, world.fair.slug, world.request.id, { reason: 'Lần hai' })).toMatchObject({ ok: false })
  })

  it('records money that arrives after the due date (booths already released) as paid late, for the organiser to refund', async () => {
    const start = new Date()
    setNow(start)
    const world = await paymentsWorld()
    const { sessionId } = await openCheckout(world)
    setNow(new Date(start.getTime() + 15 * DAY_MS))
    await runPaymentJobs()
    expect((await state(world.request.id)).request.status).toBe('EXPIRED')

    fake.completeSession(sessionId)
    await post(fake.webhookRequest(fake.event('checkout.session.completed', fake.sessionObject(sessionId))))
    expect(await state(world.request.id)).toMatchObject({ request: { status: 'PAID', method: 'STRIPE' }, allocations: [] })
    expect(await count.audits('payment.paid-late', world.request.id)).toBe(1)
    const report = await paymentsReport(world.organiserActor, world.fair.slug)
    expect(report.totals.paidVnd).toBe(8_000_000)
  })
})
