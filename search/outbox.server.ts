// Writers call this inside the same transaction as the change, so the search projection can
// never miss a committed change (and never sees one that rolled back).
import type { Prisma } from '~/generated/prisma/client'

type SearchEntity = 'PRODUCT' | 'PRODUCER'

export async function enqueueSearchUpdate(tx: Prisma.TransactionClient, entity: SearchEntity, ids: string | string[]) {
  const entityIds = Array.isArray(ids) ? ids : [ids]
  if (entityIds.length === 0) return
  await tx.searchOutbox.createMany({ data: entityIds.map((entityId) => ({ entity, entityId })) })
}
