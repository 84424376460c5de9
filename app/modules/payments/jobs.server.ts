// The due-date job, run every minute by the app's worker loop (scripts/lib/app-services.ts) and
// called directly by tests with the controllable clock: reminders a few days before the due date,
// and after it the request expires and its booths go back (to the waitlist, allocation module).
import { releaseApplicationBooths } from '~/modules/allocation/release.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { enqueueEmails, toMember } from '~/modules/mail/outbox.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { formatDate, formatVnd } from '~/utils/format'
import { paymentPaths } from './paths'
import { appUrl, fairNameIn, notifiedMembers } from './shared.server'
import { startPeriodicJob } from '~/utils/periodic-job.server'

const DAY_MS = 24 * 60 * 60 * 1000
/** Reminders go out this long before the due date. */
export const REMINDER_BEFORE_MS = 3 * DAY_MS

/** Expires every OPEN request whose due date has passed and releases its booths, one transaction each. */
export async function expireOverduePaymentRequests(at: Date = now()): Promise<{ expired: string[]; releasedBoothIds: string[] }> {
  const overdue = await prisma.paymentRequest.findMany({ where: { status: 'OPEN', dueAt: { lte: at } }, orderBy: { dueAt: 'asc' }, select: { id: true }, take: 500 })
  const expired: string[] = []
  const releasedBoothIds: string[] = []
  for (const { id } of overdue) {
    await prisma.$transaction(async (tx) => {
      // Conditional: a payment confirmed a moment ago wins over the expiry.
      const changed = await tx.paymentRequest.updateMany({ where: { id, status: 'OPEN', dueAt: { lte: at } }, data: { status: 'EXPIRED' } })
      if (changed.count !== 1) return
      const request = await tx.paymentRequest.findUniqueOrThrow({
        where: { id },
        select: {
          applicationId: true,
          dueAt: true,
          fair: { select: { nameVi: true, nameEn: true } },
          producer: { select: { members: notifiedMembers } },
          application: { select: { allocations: { orderBy: { booth: { code: 'asc' } }, select: { booth: { select: { code: true } } } } } },
        },
      })
      const booths = request.application.allocations.map((a) => a.booth.code).join(', ')
      await writeAudit(tx, { actorId: null, action: 'payment.expire', entityType: 'PaymentRequest', entityId: id, reason: 'Quá hạn thanh toán', data: { dueAt: request.dueAt.toISOString() } })
      const released = await releaseApplicationBooths(tx, { applicationId: request.applicationId, reason: 'Quá hạn thanh toán phí gian hàng', actorId: null })
      releasedBoothIds.push(...released.releasedBoothIds)
      await enqueueEmails(
        tx,
        request.producer.members.map((member) => ({
          ...toMember(member),
          template: 'payment-expired',
          data: { name: member.name, fairName: fairNameIn(request.fair, member.locale), booths: booths || '—', url: `${appUrl()}${paymentPaths.producerPayments}` },
        })),
      )
      expired.push(id)
    })
  }
  return { expired, releasedBoothIds }
}

/** One reminder per request, once it is due within REMINDER_BEFORE_MS. */
export async function sendPaymentReminders(at: Date = now()): Promise<{ reminded: string[] }> {
  const due = await prisma.paymentRequest.findMany({
    // A fee created less than a day ago was just announced by email: no reminder on top of it.
    where: { status: 'OPEN', remindedAt: null, dueAt: { gt: at, lte: new Date(at.getTime() + REMINDER_BEFORE_MS) }, createdAt: { lte: new Date(at.getTime() - DAY_MS) } },
    select: { id: true },
    take: 500,
  })
  const reminded: string[] = []
  for (const { id } of due) {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.paymentRequest.updateMany({ where: { id, status: 'OPEN', remindedAt: null }, data: { remindedAt: at } })
      if (claimed.count !== 1) return
      const request = await tx.paymentRequest.findUniqueOrThrow({
        where: { id },
        select: { amountVnd: true, dueAt: true, fair: { select: { nameVi: true, nameEn: true } }, producer: { select: { members: notifiedMembers } } },
      })
      await enqueueEmails(
        tx,
        request.producer.members.map((member) => ({
          ...toMember(member),
          template: 'payment-reminder',
          data: {
            name: member.name,
            fairName: fairNameIn(request.fair, member.locale),
            amount: formatVnd(request.amountVnd, member.locale),
            dueOn: formatDate(request.dueAt),
            url: `${appUrl()}${paymentPaths.producerPayments}`,
          },
        })),
      )
      reminded.push(id)
    })
  }
  return { reminded }
}

export async function runPaymentJobs(at: Date = now()) {
  const { reminded } = await sendPaymentReminders(at)
  const { expired } = await expireOverduePaymentRequests(at)
  return { reminded, expired }
}

/** The worker loop: every `intervalMs` (a minute by default). Returns a stop function. */
export function startPaymentJobs(options: { intervalMs?: number; log?: (line: string) => void } = {}) {
  const log = options.log ?? console.log
  return startPeriodicJob({
    name: 'Payments job',
    intervalMs: options.intervalMs ?? 60_000,
    log,
    run: async () => {
      const { reminded, expired } = await runPaymentJobs()
      if (reminded.length || expired.length) log(`Payments: ${reminded.length} reminder(s), ${expired.length} expired request(s)`)
    },
  })
}
