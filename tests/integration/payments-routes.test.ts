// The payment screens' loaders and actions with real Requests and session cookies: the producer's
// "Thanh toán" goes to the Checkout URL, the return page waits until the webhook, the organiser's
// forms answer with errors next to the fields, the CSV export, and the walls between accounts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resetStripeClient } from '~/modules/payments/stripe.server'
import { action as payAction, loader as feesLoader } from '~/routes/nha-san-xuat+/thanh-toan._index'
import { loader as resultLoader } from '~/routes/nha-san-xuat+/thanh-toan.$id._index'
import { loader as producerReceiptLoader } from '~/routes/nha-san-xuat+/thanh-toan.$id.bien-nhan'
import { action as organiserAction, loader as organiserLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug_.thanh-toan.$id._index'
import { loader as reportLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug_.thanh-toan._index'
import { loader as csvLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug_.thanh-toan.xuat-csv'
import { action as webhookAction } from '~/routes/webhooks+/stripe'
import { startFakeStripe, type FakeStripe } from '../fakes/stripe-server.ts'
import { prisma, resetDatabase } from '../helpers/db.ts'
import { args, formData as form, request as routeRequest, sessionCookie, unwrap } from '../helpers/routes.ts'
import { paymentsWorld } from '../helpers/payments-world.ts'

const SECRET = 'whsec_test_ocop_routes'
let fake: FakeStripe

beforeAll(async () => {
  fake = await startFakeStripe({ webhookSecret: SECRET, deliver: (request) => webhookAction({ request, params: {}, context: {} }) as Promise<Response> })
  process.env.STRIPE_SECRET_KEY = 'sk_test_ocop_routes'
  process.env.STRIPE_WEBHOOK_SECRET = SECRET
  process.env.STRIPE_API_BASE = fake.url
  resetStripeClient()
})
afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY
  delete process.env.STRIPE_WEBHOOK_SECRET
  delete process.env.STRIPE_API_BASE
  resetStripeClient()
  await fake.close()
})
beforeEach(() => resetDatabase())

// Every request from one client address, as behind the real server.
const request = (url: string, init: { body?: FormData; cookie?: string } = {}) => routeRequest(url, { ...init, ip: '198.51.100.7' })
const cookieFor = (userId: string) => sessionCookie(userId)

describe('producer screens', () => {
  it('"Thanh toán" redirects to the Checkout page; the return page waits until the webhook confirms', async () => {
    const world = await paymentsWorld()
    const cookie = await cookieFor(world.mine.user.id)
    const list = unwrap<Awaited<ReturnType<typeof feesLoader>>>(await feesLoader(args(request('/nha-san-xuat/thanh-toan', { cookie }))))
    expect(list.data.mode).toBe('stripe')
    expect(list.data.requests.map((r) => r.id)).toEqual([world.request.id])

    const redirect = (await payAction(args(request('/nha-san-xuat/thanh-toan?index', { cookie, body: form({ intent: 'pay', requestId: world.request.id }) })))) as Response
    expect(redirect.status).toBe(303)
    const checkoutUrl = redirect.headers.get('Location')!
    expect(checkoutUrl.startsWith(`${fake.url}/checkout/cs_test_`)).toBe(true)
    const sessionId = checkoutUrl.split('/').pop()!

    // Back from Stripe before the webhook: still open, the page is told to wait.
    const returnUrl = `/nha-san-xuat/thanh-toan/${world.request.id}?session_id=${sessionId}`
    const waiting = unwrap<Awaited<ReturnType<typeof resultLoader>>>(await resultLoader(args(request(returnUrl, { cookie }), { id: world.request.id })))
    expect(waiting.data).toMatchObject({ returning: true, payment: { status: 'OPEN' } })
    expect(waiting.data.payment).not.toHaveProperty('stripeCheckoutSessionId')
    await expect(producerReceiptLoader(args(request(`/nha-san-xuat/thanh-toan/${world.request.id}/bien-nhan`, { cookie }), { id: world.request.id }))).rejects.toMatchObject({ status: 404 })

    fake.completeSession(sessionId)
    await fake.deliver(fake.event('checkout.session.completed', fake.sessionObject(sessionId)))
    const confirmed = unwrap<Awaited<ReturnType<typeof resultLoader>>>(await resultLoader(args(request(returnUrl, { cookie }), { id: world.request.id })))
    expect(confirmed.data.payment.status).toBe('PAID')
    expect(confirmed.data.payment.application.allocations.map((a) => a.status)).toEqual(['CONFIRMED', 'CONFIRMED'])
    const receipt = unwrap<Awaited<ReturnType<typeof producerReceiptLoader>>>(
      await producerReceiptLoader(args(request(`/nha-san-xuat/thanh-toan/${world.request.id}/bien-nhan`, { cookie }), { id: world.request.id })),
    )
    expect(receipt.data.receipt).toMatchObject({ amountVnd: 8_000_000, amountInWords: 'Tám triệu đồng', fair: { organiser: { legalName: 'Sở Công Thương tỉnh Vĩnh Long', taxCode: '1500123456' } } })
  })

  it("keeps another producer's fee private (404) and refuses a paid or expired fee with a message", async () => {
    const world = await paymentsWorld()
    const theirs = await cookieFor(world.other.user.id)
    await expect(resultLoader(args(request(`/nha-san-xuat/thanh-toan/${world.request.id}`, { cookie: theirs }), { id: world.request.id }))).rejects.toMatchObject({ status: 404 })
    await expect(payAction(args(request('/nha-san-xuat/thanh-toan?index', { cookie: theirs, body: form({ intent: 'pay', requestId: world.request.id }) })))).rejects.toMatchObject({ status: 404 })
    await prisma.paymentRequest.update({ where: { id: world.otherRequest.id }, data: { status: 'EXPIRED' } })
    const refused = unwrap<{ error: string }>(await payAction(args(request('/nha-san-xuat/thanh-toan?index', { cookie: theirs, body: form({ intent: 'pay', requestId: world.otherRequest.id }) }))))
    expect(refused).toEqual({ status: 409, data: { requestId: world.otherRequest.id, error: 'not-open' } })
  })
})

describe('organiser screens', () => {
  it('answers invalid forms with errors next to the fields, keeps the typed input, and records a transfer', async () => {
    const world = await paymentsWorld()
    const cookie = await cookieFor(world.organiserActor.id)
    const params = { slug: world.fair.slug, id: world.request.id }
    const url = `/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan/${world.request.id}`

    const empty = unwrap<{ result: { error: Record<string, string[]> } }>(await organiserAction(args(request(url, { cookie, body: form({ intent: 'mark-paid', reference: ' ' }) }), params)))
    expect(empty.status).toBe(400)
    expect(empty.data.result.error.reference).toEqual(['Nhập số tham chiếu (mã giao dịch) của khoản chuyển khoản'])

    const refund = unwrap<{ result: { error: Record<string, string[]>; initialValue: Record<string, string> } }>(
      await organiserAction(args(request(url, { cookie, body: form({ intent: 'refund', amountVnd: 'ba triệu', reason: 'HTX rút lui' }) }), params)),
    )
    expect(refund.status).toBe(400)
    expect(refund.data.result.error.amountVnd).toEqual(['Số tiền hoàn phải là số đồng nguyên dương'])
    expect(refund.data.result.initialValue).toMatchObject({ amountVnd: 'ba triệu', reason: 'HTX rút lui' })

    const done = (await organiserAction(args(request(url, { cookie, body: form({ intent: 'mark-paid', reference: 'FT26333012345' }) }), params))) as Response
    expect(done.status).toBe(303)
    expect(done.headers.get('Location')).toBe(`${url}?thong-bao=da-ghi-nhan`)
    const again = unwrap<{ result: { error: Record<string, string[]> } }>(
      await organiserAction(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan/${world.otherRequest.id}`, { cookie, body: form({ intent: 'mark-paid', reference: 'FT26333012345' }) }), { ...params, id: world.otherRequest.id })),
    )
    expect(again.status).toBe(409)
    expect(again.data.result.error.reference).toEqual(['Số tham chiếu này đã được dùng cho một khoản thanh toán khác của hội chợ'])

    const detail = unwrap<Awaited<ReturnType<typeof organiserLoader>>>(await organiserLoader(args(request(`${url}?thong-bao=da-ghi-nhan`, { cookie }), params)))
    expect(detail.data).toMatchObject({ notice: 'da-ghi-nhan', refundable: true, payment: { status: 'PAID', bankReference: 'FT26333012345' } })

    const report = unwrap<Awaited<ReturnType<typeof reportLoader>>>(await reportLoader(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan?trang-thai=PAID`, { cookie }), { slug: world.fair.slug })))
    expect(report.data.totals).toMatchObject({ paidVnd: 8_000_000, outstandingVnd: 4_000_000 })
    expect(report.data.rows.map((r) => r.id)).toEqual([world.request.id])

    const csv = (await csvLoader(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan/xuat-csv`, { cookie }), { slug: world.fair.slug }))) as Response
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('Content-Disposition')).toMatch(/^attachment; filename="thanh-toan-/)
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(3)
  })

  it("does not show another organiser's fair, and not to producers", async () => {
    const world = await paymentsWorld()
    const producer = await cookieFor(world.mine.user.id)
    await expect(reportLoader(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan`, { cookie: producer }), { slug: world.fair.slug }))).rejects.toMatchObject({ status: 403 })
    const stranger = await prisma.user.create({
      data: { email: 'btc-khac@vi.du', passwordHash: 'x', name: 'Người khác', role: 'ORGANISER', organiser: { create: { slug: 'btc-khac', legalName: 'Sở Công Thương khác' } } },
    })
    const cookie = await cookieFor(stranger.id)
    await expect(reportLoader(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan`, { cookie }), { slug: world.fair.slug }))).rejects.toMatchObject({ status: 404 })
    await expect(
      organiserAction(args(request(`/ban-to-chuc/hoi-cho/${world.fair.slug}/thanh-toan/${world.request.id}`, { cookie, body: form({ intent: 'mark-paid', reference: 'FT1234' }) }), { slug: world.fair.slug, id: world.request.id })),
    ).rejects.toMatchObject({ status: 404 })
    expect((await prisma.paymentRequest.findUniqueOrThrow({ where: { id: world.request.id } })).status).toBe('OPEN')
  })
})
