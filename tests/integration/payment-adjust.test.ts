// Hand edits after publication and booth fees: an OPEN fee follows the application's booths
// (same subsidy rule, same transaction, producer told); a PAID fee is never changed, only flagged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assignBooth, moveBooth } from '~/modules/allocation/workflow.server'
import { paymentsReport } from '~/modules/payments/organiser.server'
import { startSession } from '~/modules/accounts/auth.server'
import { fairFeeTotals } from '~/modules/payments/overview.server'
import { createPaymentRequests } from '~/modules/payments/requests.server'
import { loader as overviewLoader } from '~/routes/ban-to-chuc+/hoi-cho.$slug._index'
import { CLIENT_IP_HEADER } from '~/utils/client-ip.server'
import { setNow } from '~/utils/clock.server'
import { createApplicant, createWorld } from '../helpers/allocation-world'
import { prisma, resetDatabase } from '../helpers/db'

const NOW = new Date('2027-03-01T03:00:00Z')
beforeEach(async () => {
  await resetDatabase()
  setNow(NOW)
})
afterEach(() => setNow(null))

/**
 * A published fair: row 1 is A-01…A-06 (TC 8.000.000 đ except LANH 11.000.000 đ),
 * row 2 A-07…A-12 TC. Cooperatives get 50% off. `coop` holds A-01 (OPEN fee), `paid` holds A-05 (PAID).
 */
async function publishedWorld() {
  const world = await createWorld(prisma, { status: 'ALLOCATED', rows: [['TC', 'TC', 'TC', 'TC', 'LANH', 'LANH'], Array(6).fill('TC')] })
  await prisma.fair.update({ where: { id: world.fair.id }, data: { subsidyRule: { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 50 } } })
  const coop = await createApplicant(prisma, world, { name: 'Hợp tác xã Dừa Sáp Cầu Kè', type: 'COOPERATIVE', boothCount: 2 })
  const paid = await createApplicant(prisma, world, { name: 'Công ty Nem Lai Vung', type: 'ENTERPRISE', boothType: 'LANH' })
  const place = (applicationId: string, producerId: string, code: string) =>
    prisma.allocation.create({ data: { fairId: world.fair.id, boothId: world.booths[code].id, applicationId, producerId, publishedAt: NOW } })
  await place(coop.application.id, coop.producer.id, 'A-01')
  await place(paid.application.id, paid.producer.id, 'A-05')
  const requests = await prisma.$transaction((tx) =>
    createPaymentRequests(tx, { fairId: world.fair.id, applicationIds: [coop.application.id, paid.application.id], actorId: world.actor.id }),
  )
  const coopRequest = requests.find((r) => r.applicationId === coop.application.id)!
  const paidRequest = requests.find((r) => r.applicationId === paid.application.id)!
  await prisma.paymentRequest.update({ where: { id: paidRequest.id }, data: { status: 'PAID', method: 'BANK_TRANSFER', bankReference: 'VCB-001', paidAt: NOW } })
  await prisma.allocation.updateMany({ where: { applicationId: paid.application.id }, data: { status: 'CONFIRMED' } })
  return { world, coop, paid, coopRequest, paidRequest }
}

const request = (id: string) => prisma.paymentRequest.findUniqueOrThrow({ where: { id } })

describe('fees after a hand edit', () => {
  it('an OPEN fee follows a move to a dearer booth, with the subsidy rule, an audit entry and an email', async () => {
    const { world, coop, coopRequest } = await publishedWorld()
    expect(coopRequest).toMatchObject({ grossVnd: 8_000_000, subsidyVnd: 4_000_000, amountVnd: 4_000_000, status: 'OPEN' })

    const result = await moveBooth(world.actor, world.fair.slug, { boothId: world.booths['A-01'].id, targetBoothId: world.booths['A-06'].id })
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('Phí gian hàng của Hợp tác xã Dừa Sáp Cầu Kè đổi từ') })

    expect(await request(coopRequest.id)).toMatchObject({ grossVnd: 11_000_000, subsidyVnd: 5_500_000, amountVnd: 5_500_000, status: 'OPEN', dueAt: coopRequest.dueAt })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'payment.adjust', entityId: coopRequest.id } })
    expect(audit.data).toMatchObject({ from: { amountVnd: 4_000_000 }, to: { amountVnd: 5_500_000 }, boothCodes: ['A-06'] })
    const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'payment-adjusted', toEmail: coop.user!.email } })
    expect(mail.subject).toContain('5.500.000')
    expect(mail.textBody).toContain('4.000.000')

    // A swap of two booths of the same price changes neither fee.
    expect(await moveBooth(world.actor, world.fair.slug, { boothId: world.booths['A-06'].id, targetBoothId: world.booths['A-05'].id })).toMatchObject({ ok: true })
    expect(await prisma.auditLog.count({ where: { action: { in: ['payment.adjust', 'payment.discrepancy'] } } })).toBe(1)
  })

  it('a swap with a PAID booth: the open fee follows, the paid one is kept and flagged for the organiser', async () => {
    const { world, coopRequest, paidRequest } = await publishedWorld()
    const result = await moveBooth(world.actor, world.fair.slug, { boothId: world.booths['A-01'].id, targetBoothId: world.booths['A-05'].id })
    expect(result.ok).toBe(true)
    // The paid producer now holds a 8.000.000 đ booth but paid 11.000.000 đ: −3.000.000 đ to settle.
    expect(result.message).toContain('Công ty Nem Lai Vung: Đã thanh toán — chênh lệch -3.000.000')

    expect(await request(paidRequest.id)).toMatchObject({ grossVnd: 11_000_000, amountVnd: 11_000_000, status: 'PAID', bankReference: 'VCB-001' })
    expect(await request(coopRequest.id)).toMatchObject({ grossVnd: 11_000_000, amountVnd: 5_500_000, status: 'OPEN' })
    const flag = await prisma.auditLog.findFirstOrThrow({ where: { action: 'payment.discrepancy', entityId: paidRequest.id } })
    expect(flag.data).toMatchObject({ paidVnd: 11_000_000, owedVnd: 8_000_000, differenceVnd: -3_000_000 })
    expect(await prisma.emailOutbox.count({ where: { template: 'payment-adjusted' } })).toBe(1) // only the open fee's producer

    const report = await paymentsReport(world.actor, world.fair.slug)
    expect(report.discrepancies).toEqual({ [paidRequest.id]: -3_000_000 })
  })

  it('a second booth assigned by hand raises the open fee instead of leaving it at one booth', async () => {
    const { world, coopRequest } = await publishedWorld()
    const result = await assignBooth(world.actor, world.fair.slug, { applicationId: coopRequest.applicationId, boothId: world.booths['A-02'].id })
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('8.000.000') })
    expect(await request(coopRequest.id)).toMatchObject({ grossVnd: 16_000_000, subsidyVnd: 8_000_000, amountVnd: 8_000_000, status: 'OPEN' })
    expect(await prisma.paymentRequest.count({ where: { applicationId: coopRequest.applicationId } })).toBe(1)
  })

  it('the fee change commits with the move or not at all', async () => {
    const { world, coopRequest } = await publishedWorld()
    // A locked target refuses the move: no fee change either.
    await prisma.allocation.updateMany({ where: { boothId: world.booths['A-05'].id }, data: { locked: true } })
    const result = await moveBooth(world.actor, world.fair.slug, { boothId: world.booths['A-01'].id, targetBoothId: world.booths['A-05'].id })
    expect(result.ok).toBe(false)
    expect(await request(coopRequest.id)).toMatchObject({ amountVnd: 4_000_000 })
    expect(await prisma.auditLog.count({ where: { action: { in: ['payment.adjust', 'payment.discrepancy'] } } })).toBe(0)
  })
})

describe('fees on the organiser fair overview', () => {
  it('shows paid, outstanding and refunded totals and counts paid fees left with a difference', async () => {
    const { world, paidRequest } = await publishedWorld()
    expect(await fairFeeTotals(world.fair.id)).toEqual({ requests: 2, paidVnd: 11_000_000, outstandingVnd: 4_000_000, openCount: 1, refundedVnd: 0, discrepancies: 0 })
    await moveBooth(world.actor, world.fair.slug, { boothId: world.booths['A-01'].id, targetBoothId: world.booths['A-05'].id })
    expect(await fairFeeTotals(world.fair.id)).toMatchObject({ outstandingVnd: 5_500_000, discrepancies: 1 })
    // Refunding the 3.000.000 đ overpaid settles the difference.
    await prisma.paymentRequest.update({ where: { id: paidRequest.id }, data: { refundedVnd: 3_000_000 } })
    expect(await fairFeeTotals(world.fair.id)).toMatchObject({ refundedVnd: 3_000_000, discrepancies: 0 })

    const user = await prisma.user.findFirstOrThrow({ where: { organiserId: world.organiser.id } })
    const cookie = (await startSession(user.id, new Request('http://localhost:3000/', { headers: { [CLIENT_IP_HEADER]: '198.51.100.7' } }))).split(';')[0]
    const page = (await overviewLoader({
      request: new Request(`http://localhost:3000/ban-to-chuc/hoi-cho/${world.fair.slug}`, { headers: { Cookie: cookie, [CLIENT_IP_HEADER]: '198.51.100.7' } }),
      params: { slug: world.fair.slug },
      context: {},
    })) as { fees: unknown }
    expect(page.fees).toMatchObject({ paidVnd: 11_000_000, outstandingVnd: 5_500_000, openCount: 1 })
  })

  it('has no fee figures before any fee exists', async () => {
    const world = await createWorld(prisma)
    expect(await fairFeeTotals(world.fair.id)).toBeNull()
  })
})
