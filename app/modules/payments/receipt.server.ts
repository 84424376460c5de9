// The data of a printable receipt: organiser's legal details, producer's, fair, booths, amounts and
// the amount in Vietnamese words. Only a request that was paid has a receipt.
import type { Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { prisma } from '~/utils/db.server'
import { amountInVietnameseWords } from './amount-words'
import { getOrganiserFair } from './organiser.server'
import { feeFields } from './shared.server'

async function loadReceipt(where: Prisma.PaymentRequestWhereInput) {
  const request = await prisma.paymentRequest.findFirst({
    where: { ...where, paidAt: { not: null } },
    select: {
      ...feeFields,
      fair: {
        select: {
          nameVi: true,
          nameEn: true,
          venue: true,
          addressLine: true,
          startsAt: true,
          endsAt: true,
          organiser: { select: { legalName: true, taxCode: true, addressLine: true, phone: true, email: true, bankAccount: true } },
        },
      },
      producer: { select: { legalName: true, taxCode: true, representative: true, addressLine: true, phone: true, email: true, province: { select: { name: true } } } },
      application: {
        select: {
          boothType: { select: { code: true, nameVi: true, nameEn: true } },
          allocations: { orderBy: { booth: { code: 'asc' } }, select: { status: true, booth: { select: { code: true, boothType: { select: { nameVi: true, nameEn: true, priceVnd: true } } } } } },
        },
      },
      refunds: { orderBy: { createdAt: 'asc' }, select: { amountVnd: true, reason: true, createdAt: true } },
    },
  })
  if (!request) throw new Response('Không tìm thấy biên nhận', { status: 404 })
  return { ...request, amountInWords: amountInVietnameseWords(request.amountVnd) }
}

export function getProducerReceipt(actor: Actor, id: string) {
  requirePermission(actor, 'read:producer-dashboard')
  return loadReceipt({ id, producerId: actor.producerId ?? '__none__' })
}

export async function getOrganiserReceipt(actor: Actor, slug: string, id: string) {
  const fair = await getOrganiserFair(actor, slug)
  return loadReceipt({ id, fairId: fair.id })
}

export type Receipt = Awaited<ReturnType<typeof loadReceipt>>
