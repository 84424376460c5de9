// The booth-fee figures on the organiser's fair overview: paid, outstanding and refunded totals and
// how many paid fees no longer match their booths. The caller has already checked the fair is the
// organiser's own (the fairs module's getOrganiserFair). Same rules as the payments report.
import { prisma } from '~/utils/db.server'
import { paidDiscrepancies } from './adjust.server'

export async function fairFeeTotals(fairId: string) {
  const [all, paid, open, discrepancies] = await Promise.all([
    prisma.paymentRequest.aggregate({ where: { fairId }, _count: true, _sum: { refundedVnd: true } }),
    prisma.paymentRequest.aggregate({ where: { fairId, paidAt: { not: null } }, _sum: { amountVnd: true } }),
    prisma.paymentRequest.aggregate({ where: { fairId, status: 'OPEN' }, _count: true, _sum: { amountVnd: true } }),
    paidDiscrepancies(prisma, fairId),
  ])
  if (all._count === 0) return null
  return {
    requests: all._count,
    paidVnd: paid._sum.amountVnd ?? 0,
    outstandingVnd: open._sum.amountVnd ?? 0,
    openCount: open._count,
    refundedVnd: all._sum.refundedVnd ?? 0,
    discrepancies: discrepancies.size,
  }
}
