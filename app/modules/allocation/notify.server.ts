// Emails to producers about their booths, written to the outbox inside the caller's transaction
// (a rolled-back publish or release sends nothing). Every member of the producer's account gets
// the mail in their language; a producer without accounts gets it at its contact address.
import type { Prisma } from '~/generated/prisma/client'
import { enqueueEmail } from '~/modules/mail/outbox.server'
import { compareStrings } from './adjacency'
import { allocationPaths } from './paths'

const appUrl = () => process.env.APP_URL ?? 'http://localhost:3000'

/** The producer's page for its booth at a fair. */
export const producerBoothPath = (fairSlug: string) => allocationPaths.producerBooth(fairSlug)

async function recipients(tx: Prisma.TransactionClient, producerId: string) {
  const producer = await tx.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { legalName: true, email: true, members: { select: { id: true, email: true, name: true, locale: true }, orderBy: { email: 'asc' } } },
  })
  if (producer.members.length > 0) return producer.members.map((m) => ({ to: m.email, toUserId: m.id, name: m.name, locale: m.locale }))
  return producer.email ? [{ to: producer.email, toUserId: null, name: producer.legalName, locale: 'vi' as const }] : []
}

export type BoothNotice =
  | { kind: 'allocated'; producerId: string; boothCodes: string[]; explanation: string }
  | { kind: 'waitlisted'; producerId: string; position: number }
  | { kind: 'changed'; producerId: string; boothCodes: string[] }

export async function notifyProducers(tx: Prisma.TransactionClient, fair: { id: string; slug: string; nameVi: string }, notices: readonly BoothNotice[]) {
  const url = `${appUrl()}${producerBoothPath(fair.slug)}`
  for (const notice of notices) {
    for (const r of await recipients(tx, notice.producerId)) {
      const base = { to: r.to, toUserId: r.toUserId, locale: r.locale }
      const codes = 'boothCodes' in notice ? [...notice.boothCodes].sort(compareStrings).join(', ') : ''
      if (notice.kind === 'allocated') {
        await enqueueEmail(tx, { ...base, template: 'booth-allocated', data: { name: r.name, fairName: fair.nameVi, boothCodes: codes, explanation: notice.explanation, url } })
      } else if (notice.kind === 'waitlisted') {
        await enqueueEmail(tx, { ...base, template: 'booth-waitlisted', data: { name: r.name, fairName: fair.nameVi, position: notice.position, url } })
      } else {
        await enqueueEmail(tx, { ...base, template: 'booth-changed', data: { name: r.name, fairName: fair.nameVi, boothCodes: codes, url } })
      }
    }
  }
}
