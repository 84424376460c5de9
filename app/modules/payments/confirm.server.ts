// Confirming a payment: the request becomes PAID and the application's booths CONFIRMED in the
// caller's transaction (the webhook's, with its WebhookEvent insert, or the organiser's bank-transfer
// action). A conditional update makes a second confirmation of the same request a no-op.
import type { Prisma } from '~/generated/prisma/client'
import { writeAudit } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { formatVnd } from '~/utils/format'
import { paymentPaths } from './paths'
import { appUrl, fairNameIn, notifiedMembers } from './shared.server'

export type ConfirmResult = 'confirmed' | 'already-paid' | 'not-found' | 'not-payable'

export async function confirmPayment(
  tx: Prisma.TransactionClient,
  requestId: string,
  payment:
    | { method: 'STRIPE'; checkoutSessionId: string; paymentIntentId: string | null; actorId: null }
    | { method: 'BANK_TRANSFER'; bankReference: string; actorId: string },
  options: { allowFrom?: Array<'OPEN' | 'EXPIRED' | 'CANCELLED'> } = {},
): Promise<ConfirmResult> {
  const allowFrom = options.allowFrom ?? ['OPEN']
  const request = await tx.paymentRequest.findUnique({ where: { id: requestId }, select: { id: true, status: true, applicationId: true } })
  if (!request) return 'not-found'
  const updated = await tx.paymentRequest.updateMany({
    where: { id: requestId, status: { in: allowFrom } },
    data:
      payment.method === 'STRIPE'
        ? { status: 'PAID', method: 'STRIPE', paidAt: now(), stripeCheckoutSessionId: payment.checkoutSessionId, stripePaymentIntentId: payment.paymentIntentId }
        : { status: 'PAID', method: 'BANK_TRANSFER', paidAt: now(), bankReference: payment.bankReference },
  })
  if (updated.count !== 1) {
    // Re-read under the row lock the update took: another transaction may have just paid it.
    const current = await tx.paymentRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })
    return current.status === 'PAID' || current.status === 'REFUNDED' ? 'already-paid' : 'not-payable'
  }
  const confirmed = await tx.allocation.updateMany({ where: { applicationId: request.applicationId }, data: { status: 'CONFIRMED' } })
  await writeAudit(tx, {
    actorId: payment.actorId,
    action: request.status === 'OPEN' ? 'payment.paid' : 'payment.paid-late',
    entityType: 'PaymentRequest',
    entityId: requestId,
    data:
      payment.method === 'STRIPE'
        ? { method: 'STRIPE', checkoutSessionId: payment.checkoutSessionId, paymentIntentId: payment.paymentIntentId, confirmedBooths: confirmed.count, previousStatus: request.status }
        : { method: 'BANK_TRANSFER', bankReference: payment.bankReference, confirmedBooths: confirmed.count, previousStatus: request.status },
  })
  const details = await tx.paymentRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      amountVnd: true,
      fair: { select: { nameVi: true, nameEn: true } },
      producer: { select: { members: notifiedMembers } },
      application: { select: { allocations: { orderBy: { booth: { code: 'asc' } }, select: { booth: { select: { code: true } } } } } },
    },
  })
  const booths = details.application.allocations.map((a) => a.booth.code).join(', ') || '—'
  await enqueueEmails(
    tx,
    details.producer.members.map((member) => ({
      ...toMember(member),
      template: 'payment-confirmed',
      data: {
        name: member.name,
        fairName: fairNameIn(details.fair, member.locale),
        amount: formatVnd(details.amountVnd, member.locale),
        booths,
        url: `${appUrl()}${paymentPaths.producerReceipt(requestId)}`,
      },
    })),
  )
  return 'confirmed'
}
