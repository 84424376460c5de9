// Wholesale inquiries: one private thread per buyer organisation and producer. Every read is
// scoped by the actor's own organisation in the `where`, so another party's thread, message,
// attachment or quotation is simply "not found" (404), never a leak.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { hitRateLimit, type RateLimitRule } from '~/modules/accounts/rate-limit.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { notifyThread } from './notify.server'
import type { InquiryInput, InquiryStatus } from './schemas'

export const INQUIRY_DAILY_LIMIT: RateLimitRule = { limit: 20, windowSeconds: 24 * 60 * 60 }

export type Attachment = { path: string; name: string; mime: string }
type Fail = { ok: false; field?: string; message: string }

export { threadPath } from './paths'

/** The where-clause that makes an inquiry visible to the actor, or null when nothing is. */
export function partyWhere(actor: Actor): Prisma.InquiryWhereInput | null {
  if (actor.role === 'PRODUCER' && actor.producerId) return { producerId: actor.producerId }
  if (actor.role === 'BUYER' && actor.buyerOrgId) return { buyerOrgId: actor.buyerOrgId }
  return null
}

function sideOf(actor: Actor): 'producer' | 'buyer' {
  return actor.role === 'PRODUCER' ? 'producer' : 'buyer'
}

function notFound(): never {
  throw new Response('Không tìm thấy yêu cầu', { status: 404 })
}

/** Writes the STATUS_CHANGE message that makes a status change visible in the thread. */
async function changeStatus(tx: Prisma.TransactionClient, inquiryId: string, from: InquiryStatus, to: InquiryStatus, actorId: string | null, at: Date) {
  if (from === to) return
  await tx.inquiry.update({ where: { id: inquiryId }, data: { status: to } })
  await tx.inquiryMessage.create({ data: { inquiryId, authorId: actorId, kind: 'STATUS_CHANGE', body: to, createdAt: at } })
}

/**
 * Sends one inquiry to one producer, or the same request for quotation to several (at most 10),
 * each getting its own private thread sharing an rfqGroupId.
 */
export async function sendInquiry(actor: Actor, input: InquiryInput, attachment: Attachment | null): Promise<{ ok: true; ids: string[] } | Fail> {
  requirePermission(actor, 'send:inquiry')
  const buyerOrgId = actor.buyerOrgId!
  const producerIds = [...new Set(input.producerIds)]
  const at = now()
  if (input.wantedBy && input.wantedBy.getTime() < at.getTime() - 24 * 3600 * 1000) {
    return { ok: false, field: 'wantedBy', message: 'Ngày cần hàng phải từ hôm nay trở đi' }
  }
  const producers = await prisma.producer.findMany({
    where: { id: { in: producerIds }, status: 'VERIFIED' },
    select: { id: true, legalName: true, tradeName: true, blocks: { where: { buyerOrgId }, select: { id: true } } },
  })
  if (producers.length !== producerIds.length) return { ok: false, field: 'producerIds', message: 'Có nhà sản xuất không tồn tại hoặc chưa được xác minh' }
  const blocked = producers.filter((p) => p.blocks.length > 0)
  if (blocked.length) {
    return { ok: false, field: 'producerIds', message: `${blocked.map((p) => p.tradeName ?? p.legalName).join(', ')} không nhận yêu cầu từ tổ chức của bạn` }
  }
  let productId: string | null = null
  if (input.productId) {
    const product = await prisma.product.findFirst({ where: { id: input.productId, status: 'PUBLISHED', producerId: { in: producerIds } }, select: { id: true } })
    if (!product) return { ok: false, field: 'productId', message: 'Sản phẩm không còn được bán' }
    productId = product.id
  }
  // Every producer of a request for quotation counts as one inquiry.
  const limit = await hitRateLimit(`inquiry:buyer:${buyerOrgId}`, INQUIRY_DAILY_LIMIT, producerIds.length)
  if (!limit.allowed) {
    const hours = Math.ceil(limit.retryAfterSeconds / 3600)
    return {
      ok: false,
      message: `Tổ chức của bạn đã gửi tối đa ${INQUIRY_DAILY_LIMIT.limit} yêu cầu báo giá trong 24 giờ. Vui lòng thử lại sau khoảng ${hours} giờ.`,
    }
  }
  const rfqGroupId = producerIds.length > 1 ? randomUUID() : null
  const ids = await prisma.$transaction(async (tx) => {
    const created: string[] = []
    for (const producerId of producerIds) {
      const inquiry = await tx.inquiry.create({
        data: {
          buyerOrgId,
          producerId,
          // In a multi-producer request the product belongs to one producer only.
          productId: productId && producers.length === 1 ? productId : null,
          createdById: actor.id,
          rfqGroupId,
          subject: input.subject,
          quantity: input.quantity,
          unit: input.unit,
          targetPriceVnd: input.targetPriceVnd ?? null,
          deliveryProvinceId: input.deliveryProvinceId || null,
          wantedBy: input.wantedBy ?? null,
          requirements: input.requirements || null,
          lastMessageAt: at,
          buyerLastReadAt: at,
          createdAt: at,
          messages: {
            create: {
              authorId: actor.id,
              body: input.message,
              attachmentPath: attachment?.path ?? null,
              attachmentName: attachment?.name ?? null,
              attachmentMime: attachment?.mime ?? null,
              createdAt: at,
            },
          },
        },
        select: { id: true },
      })
      await notifyThread(tx, { inquiryId: inquiry.id, side: 'producer', at, isNew: true })
      created.push(inquiry.id)
    }
    return created
  })
  return { ok: true, ids }
}

const threadSelect = {
  id: true,
  subject: true,
  status: true,
  quantity: true,
  unit: true,
  targetPriceVnd: true,
  wantedBy: true,
  requirements: true,
  rfqGroupId: true,
  createdAt: true,
  lastMessageAt: true,
  buyerLastReadAt: true,
  producerLastReadAt: true,
  firstResponseAt: true,
  producerId: true,
  buyerOrgId: true,
  deliveryProvince: { select: { name: true } },
  product: { select: { id: true, slug: true, nameVi: true, minOrderQuantity: true, unit: true } },
  producer: { select: { slug: true, legalName: true, tradeName: true } },
  buyerOrg: { select: { name: true, phone: true, email: true } },
  createdBy: { select: { name: true, email: true, phone: true } },
  messages: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, body: true, createdAt: true, attachmentName: true, attachmentMime: true, authorId: true, author: { select: { name: true, role: true } } },
  },
  quotations: {
    orderBy: { revision: 'desc' },
    select: {
      id: true,
      revision: true,
      quantity: true,
      unit: true,
      validUntil: true,
      deliveryTerms: true,
      paymentTerms: true,
      notes: true,
      status: true,
      decidedAt: true,
      createdAt: true,
      tiers: { orderBy: { minQuantity: 'asc' }, select: { minQuantity: true, priceVnd: true } },
    },
  },
} satisfies Prisma.InquirySelect

/** One thread for one of its two parties (404 for everyone else); marks it read for the actor's side. */
export async function getThread(actor: Actor, id: string) {
  const scope = partyWhere(actor)
  if (!scope) notFound()
  const thread = await prisma.inquiry.findFirst({ where: { id, ...scope }, select: threadSelect })
  if (!thread) notFound()
  requirePermission(actor, 'read:inquiry', { producerId: thread.producerId, buyerOrgId: thread.buyerOrgId }, 404)
  const at = now()
  await prisma.inquiry.update({ where: { id }, data: sideOf(actor) === 'producer' ? { producerLastReadAt: at } : { buyerLastReadAt: at } })
  const blocked =
    sideOf(actor) === 'producer' ? Boolean(await prisma.buyerBlock.findUnique({ where: { producerId_buyerOrgId: { producerId: thread.producerId, buyerOrgId: thread.buyerOrgId } }, select: { id: true } })) : false
  // Contact details of the buyer go only to the producer the buyer wrote to (this thread's producer).
  const contact = sideOf(actor) === 'producer' ? { name: thread.createdBy.name, email: thread.createdBy.email, phone: thread.createdBy.phone ?? thread.buyerOrg.phone, orgEmail: thread.buyerOrg.email } : null
  const { createdBy: _createdBy, ...rest } = thread
  return { ...rest, buyerOrg: { name: thread.buyerOrg.name }, contact, blocked, side: sideOf(actor) }
}

/** Posts a message; the producer's first answer moves NEW → ANSWERED. */
export async function postMessage(actor: Actor, id: string, body: string, attachment: Attachment | null): Promise<{ ok: true } | Fail> {
  const scope = partyWhere(actor)
  if (!scope) notFound()
  const at = now()
  return prisma.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({ where: { id, ...scope }, select: { id: true, status: true, producerId: true, buyerOrgId: true, firstResponseAt: true } })
    if (!inquiry) notFound()
    requirePermission(actor, 'reply:inquiry', inquiry, 404)
    if (inquiry.status === 'CLOSED') return { ok: false, field: 'body', message: 'Yêu cầu đã đóng, không thể gửi thêm tin nhắn' } as Fail
    const side = sideOf(actor)
    if (side === 'buyer') {
      const block = await tx.buyerBlock.findUnique({ where: { producerId_buyerOrgId: { producerId: inquiry.producerId, buyerOrgId: inquiry.buyerOrgId } }, select: { id: true } })
      if (block) return { ok: false, field: 'body', message: 'Nhà sản xuất không nhận thêm tin nhắn từ tổ chức của bạn' } as Fail
    }
    await tx.inquiryMessage.create({
      data: { inquiryId: id, authorId: actor.id, body, attachmentPath: attachment?.path ?? null, attachmentName: attachment?.name ?? null, attachmentMime: attachment?.mime ?? null, createdAt: at },
    })
    await tx.inquiry.update({
      where: { id },
      data: {
        lastMessageAt: at,
        ...(side === 'producer' ? { producerLastReadAt: at, firstResponseAt: inquiry.firstResponseAt ?? at } : { buyerLastReadAt: at }),
      },
    })
    if (side === 'producer' && inquiry.status === 'NEW') await changeStatus(tx, id, 'NEW', 'ANSWERED', actor.id, at)
    await notifyThread(tx, { inquiryId: id, side: side === 'producer' ? 'buyer' : 'producer', at })
    return { ok: true } as const
  })
}

/** Either party closes an open thread. */
export async function closeInquiry(actor: Actor, id: string) {
  const scope = partyWhere(actor)
  if (!scope) notFound()
  const at = now()
  await prisma.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({ where: { id, ...scope }, select: { status: true } })
    if (!inquiry) notFound()
    if (inquiry.status === 'CLOSED' || inquiry.status === 'ACCEPTED') return
    await changeStatus(tx, id, inquiry.status, 'CLOSED', actor.id, at)
    await tx.inquiry.update({ where: { id }, data: { lastMessageAt: at, ...(sideOf(actor) === 'producer' ? { producerLastReadAt: at } : { buyerLastReadAt: at }) } })
    await tx.quotation.updateMany({ where: { inquiryId: id, status: 'ACTIVE' }, data: { status: 'SUPERSEDED' } })
    const side = sideOf(actor) === 'producer' ? 'buyer' : 'producer'
    await notifyThread(tx, { inquiryId: id, side, at })
  })
}

/** A message's attachment for one of the thread's two parties; 404 for anyone else. */
export async function getAttachment(actor: Actor, messageId: string) {
  const scope = partyWhere(actor)
  if (!scope) notFound()
  const message = await prisma.inquiryMessage.findFirst({
    where: { id: messageId, attachmentPath: { not: null }, inquiry: scope },
    select: { attachmentPath: true, attachmentName: true, attachmentMime: true, inquiry: { select: { producerId: true, buyerOrgId: true } } },
  })
  if (!message?.attachmentPath || !message.attachmentMime) notFound()
  requirePermission(actor, 'read:inquiry', message.inquiry, 404)
  return { path: message.attachmentPath, name: message.attachmentName ?? 'tep-dinh-kem', mime: message.attachmentMime }
}

/** Threads with something the actor's side has not read yet (the header badge). */
export async function countUnread(actor: Actor): Promise<number> {
  const scope = partyWhere(actor)
  if (!scope) return 0
  const column = sideOf(actor) === 'producer' ? 'producerLastReadAt' : 'buyerLastReadAt'
  const owner = sideOf(actor) === 'producer' ? 'producerId' : 'buyerOrgId'
  const ownerId = sideOf(actor) === 'producer' ? actor.producerId : actor.buyerOrgId
  // Column names come from the two literals above, never from input.
  const [row] = await prisma.$queryRawUnsafe<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM "Inquiry" WHERE "${owner}" = $1 AND ("${column}" IS NULL OR "lastMessageAt" > "${column}")`,
    ownerId,
  )
  return row?.count ?? 0
}

/** Producer: blocks (and optionally reports) the buyer organisation of one of its threads. */
export async function blockBuyer(actor: Actor, inquiryId: string, input: { reason?: string; report: boolean }) {
  if (actor.role !== 'PRODUCER' || !actor.producerId) notFound()
  const inquiry = await prisma.inquiry.findFirst({ where: { id: inquiryId, producerId: actor.producerId }, select: { buyerOrgId: true } })
  if (!inquiry) notFound()
  const at = now()
  await prisma.$transaction(async (tx) => {
    await tx.buyerBlock.upsert({
      where: { producerId_buyerOrgId: { producerId: actor.producerId!, buyerOrgId: inquiry.buyerOrgId } },
      create: { producerId: actor.producerId!, buyerOrgId: inquiry.buyerOrgId, reason: input.reason || null, reported: input.report, createdAt: at },
      update: { reason: input.reason || null, reported: input.report },
    })
    await writeAudit(tx, { actorId: actor.id, action: input.report ? 'buyer.report' : 'buyer.block', entityType: 'BuyerOrganisation', entityId: inquiry.buyerOrgId, reason: input.reason ?? null, data: { inquiryId } })
  })
}

export async function unblockBuyer(actor: Actor, inquiryId: string) {
  if (actor.role !== 'PRODUCER' || !actor.producerId) notFound()
  const inquiry = await prisma.inquiry.findFirst({ where: { id: inquiryId, producerId: actor.producerId }, select: { buyerOrgId: true } })
  if (!inquiry) notFound()
  await prisma.buyerBlock.deleteMany({ where: { producerId: actor.producerId, buyerOrgId: inquiry.buyerOrgId } })
}
