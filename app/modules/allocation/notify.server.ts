// Emails to producers about their booths, written to the outbox inside the caller's transaction
// (a rolled-back publish or release sends nothing). Every member of the producer's account gets
// the mail in their language; a producer without accounts gets it at its contact address.
import type { Prisma } from '~/generated/prisma/client'
import { enqueueEmails, toMember, type OutgoingEmail } from '~/modules/mail/outbox.server'
import { compareStrings } from './adjacency'
import { allocationPaths } from './paths'
import { appUrl } from '~/utils/env.server'

/** The producer's page for its booth at a fair. */
export const producerBoothPath = (fairSlug: string) => allocationPaths.producerBooth(fairSlug)

/** Who is told, per producer: its members, or its contact address when it has no accounts. One query. */
async function recipientsOf(tx: Prisma.TransactionClient, producerIds: readonly string[]) {
  const producers = await tx.producer.findMany({
    where: { id: { in: [...new Set(producerIds)] } },
    select: { id: true, legalName: true, email: true, members: { select: { id: true, email: true, name: true, locale: true }, orderBy: { email: 'asc' } } },
  })
  return new Map(
    producers.map((producer) => [
      producer.id,
      producer.members.length > 0
        ? producer.members.map((m) => ({ ...toMember(m), name: m.name }))
        : producer.email
          ? [{ to: producer.email, toUserId: null, locale: 'vi' as const, name: producer.legalName }]
          : [],
    ]),
  )
}

export type BoothNotice =
  | { kind: 'allocated'; producerId: string; boothCodes: string[]; explanation: string }
  | { kind: 'waitlisted'; producerId: string; position: number }
  | { kind: 'changed'; producerId: string; boothCodes: string[] }

export async function notifyProducers(tx: Prisma.TransactionClient, fair: { id: string; slug: string; nameVi: string }, notices: readonly BoothNotice[]) {
  if (notices.length === 0) return
  const url = `${appUrl()}${producerBoothPath(fair.slug)}`
  const recipients = await recipientsOf(tx, notices.map((notice) => notice.producerId))
  const emails = notices.flatMap((notice) =>
    (recipients.get(notice.producerId) ?? []).map(({ name, ...to }): OutgoingEmail => {
      const codes = 'boothCodes' in notice ? [...notice.boothCodes].sort(compareStrings).join(', ') : ''
      if (notice.kind === 'allocated') return { ...to, template: 'booth-allocated', data: { name, fairName: fair.nameVi, boothCodes: codes, explanation: notice.explanation, url } }
      if (notice.kind === 'waitlisted') return { ...to, template: 'booth-waitlisted', data: { name, fairName: fair.nameVi, position: notice.position, url } }
      return { ...to, template: 'booth-changed', data: { name, fairName: fair.nameVi, boothCodes: codes, url } }
    }),
  )
  await enqueueEmails(tx, emails)
}
