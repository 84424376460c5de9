// Quotations are never edited: a change is a new revision (n + 1) that supersedes the active one,
// so an accepted quotation stays exactly as the buyer accepted it. Expiry follows the server
// clock: runQuotationExpiry() is called by the app's worker loop and by tests.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { now } from '~/utils/clock.server'
import { prisma, type PrismaClient } from '~/utils/db.server'
import { vietnamDateKey } from '~/utils/format'
import { partyWhere } from './inquiries.server'
import { notifyThread } from './notify.server'
import { tierOrderError, type InquiryStatus, type QuotationInput } from './schemas'
import { startPeriodicJob } from '~/utils/periodic-job.server'

type Fail = { ok: false; field?: string; message: string }

function notFound(): never {
  throw new Response('Không tìm thấy báo giá', { status: 404 })
}

/** The checks that need the server's "today"; the tier rules are also in the form schema. */
export function validateQuotation(input: Pick<QuotationInput, 'validUntil' | 'tiers'>, at: Date): Fail | null {
  if (input.tiers.length === 0) return { ok: false, field: 'tiers', message: 'Nhập ít nhất một bậc giá' }
  if (input.tiers.some((t) => !Number.isInteger(t.priceVnd) || t.priceVnd <= 0)) return { ok: false, field: 'tiers', message: 'Giá phải là số đồng nguyên dương' }
  if (input.tiers.some((t) => !Number.isInteger(t.minQuantity) || t.minQuantity <= 0)) return { ok: false, field: 'tiers', message: 'Số lượng phải lớn hơn 0' }
  const order = tierOrderError(input.tiers)
  if (order) return { ok: false, field: 'tiers', message: order }
  // validUntil is a calendar date; it must be after today in Vietnam.
  if (input.validUntil.toISOString().slice(0, 10) <= vietnamDateKey(at)) return { ok: false, field: 'validUntil', message: 'Hạn hiệu lực phải sau ngày hôm nay' }
  return null
}

export async function createQuotation(actor: Actor, inquiryId: string, input: QuotationInput): Promise<{ ok: true; id: string; revision: number } | Fail> {
  const scope = partyWhere(actor)
  if (!scope || actor.role !== 'PRODUCER') notFound()
  const at = now()
  const invalid = validateQuotation(input, at)
  if (invalid) return invalid
  return prisma.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({ where: { id: inquiryId, ...scope }, select: { id: true, status: true, producerId: true, buyerOrgId: true, firstResponseAt: true } })
    if (!inquiry) notFound()
    requirePermission(actor, 'quote:inquiry', inquiry, 404)
    if (inquiry.status === 'CLOSED') return { ok: false, message: 'Yêu cầu đã đóng' } as Fail
    const last = await tx.quotation.findFirst({ where: { inquiryId }, orderBy: { revision: 'desc' }, select: { revision: true } })
    const revision = (last?.revision ?? 0) + 1
    await tx.quotation.updateMany({ where: { inquiryId, status: 'ACTIVE' }, data: { status: 'SUPERSEDED' } })
    const quotation = await tx.quotation.create({
      data: {
        inquiryId,
        revision,
        createdById: actor.id,
        quantity: input.quantity,
        unit: input.unit,
        validUntil: input.validUntil,
        deliveryTerms: input.deliveryTerms,
        paymentTerms: input.paymentTerms,
        notes: input.notes || null,
        createdAt: at,
        tiers: { create: input.tiers.map((t) => ({ minQuantity: t.minQuantity, priceVnd: t.priceVnd })) },
      },
      select: { id: true },
    })
    await tx.inquiryMessage.create({ data: { inquiryId, authorId: actor.id, kind: 'QUOTATION', body: String(revision), createdAt: at } })
    await tx.inquiry.update({ where: { id: inquiryId }, data: { lastMessageAt: at, producerLastReadAt: at, firstResponseAt: inquiry.firstResponseAt ?? at } })
    if (inquiry.status !== 'QUOTED') {
      await tx.inquiry.update({ where: { id: inquiryId }, data: { status: 'QUOTED' } })
      await tx.inquiryMessage.create({ data: { inquiryId, authorId: actor.id, kind: 'STATUS_CHANGE', body: 'QUOTED', createdAt: at } })
    }
    await notifyThread(tx, { inquiryId, side: 'buyer', at })
    return { ok: true, id: quotation.id, revision } as const
  })
}

const DECISIONS = {
  accept: { quotation: 'ACCEPTED', inquiry: 'ACCEPTED' },
  decline: { quotation: 'DECLINED', inquiry: 'DECLINED' },
  // Asking for a revision reopens the conversation: the producer answers with revision n + 1.
  revise: { quotation: 'REVISION_REQUESTED', inquiry: 'ANSWERED' },
} as const

/** The buyer accepts, declines or asks for a revision of the active quotation of its own thread. */
export async function decideQuotation(actor: Actor, inquiryId: string, quotationId: string, decision: keyof typeof DECISIONS, note?: string): Promise<{ ok: true } | Fail> {
  const scope = partyWhere(actor)
  if (!scope || actor.role !== 'BUYER') notFound()
  const at = now()
  return prisma.$transaction(async (tx) => {
    const quotation = await tx.quotation.findFirst({
      where: { id: quotationId, inquiryId, inquiry: scope },
      select: { id: true, status: true, validUntil: true, inquiry: { select: { status: true, producerId: true, buyerOrgId: true } } },
    })
    if (!quotation) notFound()
    requirePermission(actor, 'decide:quotation', quotation.inquiry, 404)
    if (quotation.status !== 'ACTIVE') return { ok: false, message: 'Báo giá này không còn hiệu lực để quyết định' } as Fail
    if (quotation.validUntil.toISOString().slice(0, 10) < vietnamDateKey(at)) return { ok: false, message: 'Báo giá đã hết hạn' } as Fail
    const next = DECISIONS[decision]
    // Conditional update: two clicks (or two tabs) cannot both decide the same quotation.
    const claimed = await tx.quotation.updateMany({ where: { id: quotationId, status: 'ACTIVE' }, data: { status: next.quotation, decidedAt: at } })
    if (claimed.count !== 1) return { ok: false, message: 'Báo giá này không còn hiệu lực để quyết định' } as Fail
    if (note?.trim()) await tx.inquiryMessage.create({ data: { inquiryId, authorId: actor.id, body: note.trim(), createdAt: at } })
    if (quotation.inquiry.status !== next.inquiry) {
      await tx.inquiry.update({ where: { id: inquiryId }, data: { status: next.inquiry } })
      await tx.inquiryMessage.create({ data: { inquiryId, authorId: actor.id, kind: 'STATUS_CHANGE', body: next.inquiry, createdAt: at } })
    }
    await tx.inquiry.update({ where: { id: inquiryId }, data: { lastMessageAt: at, buyerLastReadAt: at } })
    await notifyThread(tx, { inquiryId, side: 'producer', at })
    return { ok: true } as const
  })
}

/**
 * Expires every active quotation whose validity date is before today (Vietnam) and moves its
 * quoted thread to EXPIRED, with a STATUS_CHANGE message and a notification to both sides.
 */
export async function runQuotationExpiry(client: PrismaClient = prisma) {
  const at = now()
  const today = new Date(`${vietnamDateKey(at)}T00:00:00Z`)
  const due = await client.quotation.findMany({ where: { status: 'ACTIVE', validUntil: { lt: today } }, select: { id: true, inquiryId: true }, take: 500 })
  let expired = 0
  for (const quotation of due) {
    await client.$transaction(async (tx) => {
      const claimed = await tx.quotation.updateMany({ where: { id: quotation.id, status: 'ACTIVE' }, data: { status: 'EXPIRED', decidedAt: at } })
      if (claimed.count !== 1) return
      expired++
      const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: quotation.inquiryId }, select: { status: true } })
      if (inquiry.status !== 'QUOTED') return
      const status: InquiryStatus = 'EXPIRED'
      await tx.inquiry.update({ where: { id: quotation.inquiryId }, data: { status, lastMessageAt: at } })
      await tx.inquiryMessage.create({ data: { inquiryId: quotation.inquiryId, authorId: null, kind: 'STATUS_CHANGE', body: status, createdAt: at } })
      await notifyThread(tx, { inquiryId: quotation.inquiryId, side: 'buyer', at })
      await notifyThread(tx, { inquiryId: quotation.inquiryId, side: 'producer', at })
    })
  }
  return { expired }
}

/** The periodic job of the app process (started next to the mail worker). */
export function startInquiryWorker(client: PrismaClient, options: { intervalMs?: number; log?: (line: string) => void } = {}) {
  const log = options.log ?? console.log
  return startPeriodicJob({
    name: 'Inquiry worker',
    intervalMs: options.intervalMs ?? 60_000,
    log,
    run: async () => {
      const { expired } = await runQuotationExpiry(client)
      if (expired) log(`Inquiries: ${expired} quotation(s) expired`)
    },
  })
}
