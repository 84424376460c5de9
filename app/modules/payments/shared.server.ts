// Small helpers shared by the payment modules (kept out of requests.server.ts, which other
// modules' tests replace with a wrapper).
import type { Prisma } from '~/generated/prisma/client'

export { appUrl } from '~/utils/env.server'

/** Members of a producer who receive notification emails. */
export const notifiedMembers = { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } as const

/** A fair's name in an email's language (English falls back to Vietnamese). */
export const fairNameIn = (fair: { nameVi: string; nameEn: string | null }, lang: 'vi' | 'en') => (lang === 'en' ? (fair.nameEn ?? fair.nameVi) : fair.nameVi)

/** What every view of a fee shows (organiser's report, producer's list, receipt): the amounts and how it was paid. */
export const feeFields = {
  id: true,
  status: true,
  method: true,
  grossVnd: true,
  subsidyVnd: true,
  amountVnd: true,
  refundedVnd: true,
  dueAt: true,
  paidAt: true,
  bankReference: true,
  stripePaymentIntentId: true,
  createdAt: true,
} satisfies Prisma.PaymentRequestSelect

/** The booth type applied for and the booths allocated, in code order. */
export const appliedBooths = {
  select: {
    boothType: { select: { id: true, code: true, nameVi: true, nameEn: true } },
    allocations: { orderBy: { booth: { code: 'asc' } }, select: { status: true, booth: { select: { code: true } } } },
  },
} satisfies Prisma.BoothApplicationDefaultArgs
