// The audit log: who did what to which record, when and why. Always written inside the same
// transaction as the change it records.
import type { Prisma } from '~/generated/prisma/client'

type AuditEntry = { actorId: string | null; action: string; entityType: string; entityId: string; reason?: string | null; data?: Prisma.InputJsonValue; ipAddress?: string | null }

const auditRow = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  reason: entry.reason ?? null,
  data: entry.data,
  ipAddress: entry.ipAddress ?? null,
})

export function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditLog.create({ data: auditRow(entry) })
}

/** Several entries (one change applied to many records) in one insert. */
export async function writeAudits(tx: Prisma.TransactionClient, entries: readonly AuditEntry[]) {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(auditRow) })
}
