// Releasing an application's booths (withdrawal, unpaid fee after the due date).
// NOTE: minimal version from the payments branch so its due-date job has something to call; the
// allocation branch owns this file and its version (which also offers the booths to the waitlist)
// replaces this one at merge. Keep the signature.
import type { Prisma } from '~/generated/prisma/client'
import { writeAudit } from '~/modules/audit/audit.server'

export async function releaseApplicationBooths(
  tx: Prisma.TransactionClient,
  input: { applicationId: string; reason: string; actorId: string | null },
): Promise<{ releasedBoothIds: string[] }> {
  const rows = await tx.allocation.findMany({ where: { applicationId: input.applicationId }, select: { id: true, boothId: true } })
  if (rows.length === 0) return { releasedBoothIds: [] }
  // Released booths are deleted (the unique boothId is the guarantee against double allocation);
  // the audit log keeps the history.
  await tx.allocation.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })
  const releasedBoothIds = rows.map((row) => row.boothId)
  await writeAudit(tx, {
    actorId: input.actorId,
    action: 'allocation.release',
    entityType: 'BoothApplication',
    entityId: input.applicationId,
    reason: input.reason,
    data: { boothIds: releasedBoothIds },
  })
  return { releasedBoothIds }
}
