// The audit log: who did what to which record, when and why. Always written inside the same
// transaction as the change it records.
import type { Prisma } from '~/generated/prisma/client'

export function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; reason?: string | null; data?: Prisma.InputJsonValue; ipAddress?: string | null },
) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      data: entry.data,
      ipAddress: entry.ipAddress ?? null,
    },
  })
}
