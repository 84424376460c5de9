// Payment requests for allocated booths. MINIMAL VERSION kept on the `allocation` branch so that
// publishing and waitlist offers can call it: the `payments` branch's version (subsidies, Stripe,
// reminders) replaces this file when the branches are merged. Same signature, same transaction.
import type { Prisma } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * One OPEN request per application that holds booths and has no OPEN or PAID request yet:
 * gross = booth type price × booths held, no subsidy, due `fair.paymentDueDays` days from now.
 */
export async function createPaymentRequests(
  tx: Prisma.TransactionClient,
  input: { fairId: string; applicationIds: readonly string[]; actorId: string | null },
): Promise<{ created: string[] }> {
  if (input.applicationIds.length === 0) return { created: [] }
  const fair = await tx.fair.findUniqueOrThrow({ where: { id: input.fairId }, select: { paymentDueDays: true } })
  const applications = await tx.boothApplication.findMany({
    where: {
      id: { in: [...input.applicationIds] },
      fairId: input.fairId,
      paymentRequests: { none: { status: { in: ['OPEN', 'PAID'] } } },
    },
    select: { id: true, producerId: true, boothType: { select: { priceVnd: true } }, _count: { select: { allocations: true } } },
    orderBy: { id: 'asc' },
  })
  const dueAt = new Date(now().getTime() + fair.paymentDueDays * DAY_MS)
  const created: string[] = []
  for (const application of applications) {
    const booths = application._count.allocations
    if (booths === 0) continue
    const gross = application.boothType.priceVnd * booths
    const request = await tx.paymentRequest.create({
      data: {
        fairId: input.fairId,
        applicationId: application.id,
        producerId: application.producerId,
        grossVnd: gross,
        subsidyVnd: 0,
        amountVnd: gross,
        dueAt,
        status: 'OPEN',
      },
      select: { id: true },
    })
    created.push(request.id)
  }
  return { created }
}
