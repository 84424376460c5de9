// What the producer's own screens read: the dashboard summary, the certificate list with the
// status a person sees (valid, expiring, expired…), and the products a certificate may cover.
// Everything is scoped to the actor's own producer.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { certificateDisplayStatus, daysUntilExpiry, showsStarBadge, type CertificateDisplayStatus } from './certificate-rules'
import { listCertificates } from './certificates.server'
import { getOwnProducerProfile } from './profile.server'
import { missingProfileFields } from './schemas'

export type NextStep = 'complete-profile' | 'submit-profile' | 'wait-review' | 'fix-profile' | 'add-product' | 'add-certificate' | 'fix-certificate' | 'renew-certificate'

export async function listOwnCertificates(actor: Actor) {
  requirePermission(actor, 'read:producer-dashboard')
  if (!actor.producerId) return []
  const at = now()
  const rows = await listCertificates(actor, actor.producerId)
  return rows.map((certificate) => ({
    ...certificate,
    display: certificateDisplayStatus(certificate, at),
    badge: showsStarBadge(certificate, at),
    daysLeft: daysUntilExpiry(certificate.expiresAt, at),
  }))
}

export async function getProducerDashboard(actor: Actor) {
  // Three independent reads: side by side, not one after the other.
  const [profile, certificates, products] = await Promise.all([
    getOwnProducerProfile(actor),
    listOwnCertificates(actor),
    actor.producerId ? prisma.product.groupBy({ by: ['status'], where: { producerId: actor.producerId }, _count: { _all: true } }) : [],
  ])
  const productCount = products.reduce((sum, row) => sum + row._count._all, 0)
  const counts: Record<CertificateDisplayStatus, number> = {
    valid: 0, expiring: 0, expired: 0, pending: 0, rejected: 0, reevaluation: 0, superseded: 0, revoked: 0,
  }
  for (const certificate of certificates) counts[certificate.display] += 1
  const missing = missingProfileFields(profile ?? {})

  const steps: NextStep[] = []
  if (!profile || missing.length) steps.push('complete-profile')
  else if (profile.status === 'DRAFT') steps.push('submit-profile')
  else if (profile.status === 'REJECTED') steps.push('fix-profile')
  else if (profile.status === 'PENDING') steps.push('wait-review')
  if (profile && productCount === 0) steps.push('add-product')
  if (profile && productCount > 0 && certificates.length === 0) steps.push('add-certificate')
  if (counts.rejected) steps.push('fix-certificate')
  if (counts.expiring || counts.expired) steps.push('renew-certificate')

  return {
    profile: profile ? { legalName: profile.legalName, status: profile.status, verifiedAt: profile.verifiedAt, logoPath: profile.logoPath } : null,
    missing,
    productCount,
    counts,
    // The soonest expiries first: what needs attention.
    expiringSoon: certificates
      .filter((certificate) => certificate.display === 'expiring')
      .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime())
      .slice(0, 3),
    steps,
  }
}

/** Products a certificate may be recorded for: the producer's own, any status. */
export async function listCertificateProducts(actor: Actor) {
  requirePermission(actor, 'read:producer-dashboard')
  if (!actor.producerId) return []
  return prisma.product.findMany({
    where: { producerId: actor.producerId, status: { not: 'ARCHIVED' } },
    orderBy: { nameVi: 'asc' },
    select: { id: true, nameVi: true },
  })
}
