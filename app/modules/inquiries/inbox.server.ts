// The producer's inbox and the buyer's sent list (filters, search, unanswered first, pages), their
// CSV exports, and the response figures: private median for the producer, public trust signals.
import type { Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { prisma } from '~/utils/db.server'
import { toCsv } from '~/utils/csv'
import { formatDateTime } from '~/utils/format'
import { partyWhere } from './inquiries.server'
import { INQUIRY_STATUSES, type InquiryStatus } from './schemas'

export const PAGE_SIZE = 20
export const TRUST_MIN_INQUIRIES = 5

export interface InboxFilters {
  status?: InquiryStatus
  productId?: string
  from?: Date
  to?: Date
  q?: string
  page?: number
}

export function parseInboxFilters(url: URL): InboxFilters {
  const p = url.searchParams
  const status = p.get('trang-thai')
  const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : undefined)
  const to = date(p.get('den'))
  return {
    status: INQUIRY_STATUSES.includes(status as InquiryStatus) ? (status as InquiryStatus) : undefined,
    productId: p.get('san-pham') || undefined,
    from: date(p.get('tu')),
    to: to ? new Date(to.getTime() + 24 * 3600 * 1000) : undefined,
    q: p.get('q')?.trim().slice(0, 100) || undefined,
    page: Math.max(1, Number.parseInt(p.get('trang') ?? '1', 10) || 1),
  }
}

function whereFor(scope: Prisma.InquiryWhereInput, filters: InboxFilters): Prisma.InquiryWhereInput {
  const q = filters.q
  return {
    ...scope,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.productId ? { productId: filters.productId } : {}),
    ...(filters.from || filters.to ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
    ...(q
      ? {
          OR: [
            { subject: { contains: q, mode: 'insensitive' } },
            { buyerOrg: { name: { contains: q, mode: 'insensitive' } } },
            { producer: { legalName: { contains: q, mode: 'insensitive' } } },
            { product: { nameVi: { contains: q, mode: 'insensitive' } } },
          ],
        }
      : {}),
  }
}

const listSelect = {
  id: true,
  subject: true,
  status: true,
  quantity: true,
  unit: true,
  createdAt: true,
  lastMessageAt: true,
  firstResponseAt: true,
  buyerLastReadAt: true,
  producerLastReadAt: true,
  rfqGroupId: true,
  product: { select: { id: true, nameVi: true } },
  producer: { select: { legalName: true, tradeName: true } },
  buyerOrg: { select: { name: true } },
} satisfies Prisma.InquirySelect

async function list(scope: Prisma.InquiryWhereInput, filters: InboxFilters, side: 'producer' | 'buyer') {
  const where = whereFor(scope, filters)
  const page = filters.page ?? 1
  // "Unanswered first": NEW threads sort before the rest, each group newest activity first. Prisma
  // cannot order by an expression, so the page is assembled from the two groups.
  const [total, newCount] = await Promise.all([prisma.inquiry.count({ where }), side === 'producer' ? prisma.inquiry.count({ where: { AND: [where, { status: 'NEW' }] } }) : 0])
  const skip = (page - 1) * PAGE_SIZE
  let rows
  if (side === 'producer') {
    const fromNew = skip < newCount ? await prisma.inquiry.findMany({ where: { AND: [where, { status: 'NEW' }] }, orderBy: [{ lastMessageAt: 'desc' }, { id: 'asc' }], skip, take: PAGE_SIZE, select: listSelect }) : []
    const restSkip = Math.max(0, skip - newCount)
    const restTake = PAGE_SIZE - fromNew.length
    const rest = restTake > 0 ? await prisma.inquiry.findMany({ where: { AND: [where, { status: { not: 'NEW' } }] }, orderBy: [{ lastMessageAt: 'desc' }, { id: 'asc' }], skip: restSkip, take: restTake, select: listSelect }) : []
    rows = [...fromNew, ...rest]
  } else {
    rows = await prisma.inquiry.findMany({ where, orderBy: [{ lastMessageAt: 'desc' }, { id: 'asc' }], skip, take: PAGE_SIZE, select: listSelect })
  }
  const readColumn = side === 'producer' ? 'producerLastReadAt' : 'buyerLastReadAt'
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      status: row.status,
      quantity: row.quantity,
      unit: row.unit,
      createdAt: row.createdAt,
      lastMessageAt: row.lastMessageAt,
      product: row.product,
      counterpart: side === 'producer' ? row.buyerOrg.name : (row.producer.tradeName ?? row.producer.legalName),
      rfq: Boolean(row.rfqGroupId),
      unread: !row[readColumn] || row.lastMessageAt > row[readColumn]!,
    })),
  }
}

export async function listProducerInbox(actor: Actor, filters: InboxFilters) {
  if (actor.role !== 'PRODUCER' || !actor.producerId) throw new Response('Không tìm thấy', { status: 404 })
  const producerId = actor.producerId
  const [result, products, stats] = await Promise.all([
    list({ producerId }, filters, 'producer'),
    prisma.product.findMany({ where: { producerId, inquiries: { some: {} } }, select: { id: true, nameVi: true }, orderBy: { nameVi: 'asc' } }),
    responseStats(producerId),
  ])
  return { ...result, products, stats }
}

export async function listBuyerSent(actor: Actor, filters: InboxFilters) {
  if (actor.role !== 'BUYER' || !actor.buyerOrgId) throw new Response('Không tìm thấy', { status: 404 })
  return list({ buyerOrgId: actor.buyerOrgId }, filters, 'buyer')
}

/** Response rate and median first-response time, from real threads. */
export async function responseStats(producerId: string) {
  const [row] = await prisma.$queryRaw<Array<{ total: number; answered: number; median: number | null }>>`
    SELECT count(*)::int AS total,
           count("firstResponseAt")::int AS answered,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("firstResponseAt" - "createdAt")))
             FILTER (WHERE "firstResponseAt" IS NOT NULL) AS median
    FROM "Inquiry" WHERE "producerId" = ${producerId}`
  const total = row?.total ?? 0
  const answered = row?.answered ?? 0
  return { total, answered, responseRate: total ? answered / total : null, medianResponseSeconds: row?.median === null || row?.median === undefined ? null : Number(row.median) }
}

/** The public trust signals: only once the producer has TRUST_MIN_INQUIRIES threads. */
export async function publicTrustSignals(producerId: string) {
  const stats = await responseStats(producerId)
  if (stats.total < TRUST_MIN_INQUIRIES) return null
  return { responseRate: stats.responseRate ?? 0, medianResponseSeconds: stats.medianResponseSeconds, total: stats.total }
}

const STATUS_VI: Record<InquiryStatus, string> = { NEW: 'Mới', ANSWERED: 'Đã trả lời', QUOTED: 'Đã báo giá', ACCEPTED: 'Đã chấp nhận', DECLINED: 'Đã từ chối', EXPIRED: 'Đã hết hạn', CLOSED: 'Đã đóng' }

/** Every thread of the actor's side matching the filters, as CSV (UTF-8 with BOM for Excel). */
export async function exportInquiriesCsv(actor: Actor, filters: InboxFilters) {
  const side = actor.role === 'PRODUCER' ? 'producer' : 'buyer'
  const scope = partyWhere(actor)
  if (!scope) throw new Response('Không tìm thấy', { status: 404 })
  const rows = await prisma.inquiry.findMany({
    where: whereFor(scope, { ...filters, page: undefined }),
    orderBy: { createdAt: 'desc' },
    take: 10_000,
    select: {
      ...listSelect,
      targetPriceVnd: true,
      quotations: { where: { status: { in: ['ACTIVE', 'ACCEPTED'] } }, orderBy: { revision: 'desc' }, take: 1, select: { revision: true, status: true, validUntil: true, tiers: { orderBy: { minQuantity: 'asc' }, take: 1, select: { priceVnd: true } } } },
    },
  })
  const header = ['Mã', 'Ngày gửi', 'Tiêu đề', side === 'producer' ? 'Người mua' : 'Nhà sản xuất', 'Sản phẩm', 'Số lượng', 'Đơn vị', 'Giá mục tiêu (đồng)', 'Trạng thái', 'Báo giá (lần)', 'Giá bậc đầu (đồng)', 'Hạn báo giá', 'Hoạt động gần nhất']
  const body = rows.map((row) => {
    const quotation = row.quotations[0]
    return [
      row.id,
      formatDateTime(row.createdAt),
      row.subject,
      side === 'producer' ? row.buyerOrg.name : (row.producer.tradeName ?? row.producer.legalName),
      row.product?.nameVi ?? '',
      row.quantity,
      row.unit,
      row.targetPriceVnd ?? '',
      STATUS_VI[row.status],
      quotation?.revision ?? '',
      quotation?.tiers[0]?.priceVnd ?? '',
      quotation ? quotation.validUntil.toISOString().slice(0, 10) : '',
      formatDateTime(row.lastMessageAt),
    ]
  })
  return toCsv(header, body)
}

/**
 * What the new-inquiry form is about: one product (its producer), or one or more producers chosen
 * from their pages or the search results. Only published products of verified producers count.
 */
export async function getInquiryTargets(input: { productSlug?: string | null; producerSlugs: string[] }) {
  const provinces = await prisma.administrativeUnit.findMany({ where: { level: 'PROVINCE', validTo: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } })
  if (input.productSlug) {
    const product = await prisma.product.findFirst({
      where: { slug: input.productSlug, status: 'PUBLISHED', producer: { status: 'VERIFIED' } },
      select: { id: true, slug: true, nameVi: true, unit: true, minOrderQuantity: true, producer: { select: { id: true, slug: true, legalName: true, tradeName: true } } },
    })
    if (!product) return null
    return { product, producers: [product.producer], provinces }
  }
  const slugs = [...new Set(input.producerSlugs)].slice(0, 10)
  if (!slugs.length) return null
  const producers = await prisma.producer.findMany({ where: { slug: { in: slugs }, status: 'VERIFIED' }, select: { id: true, slug: true, legalName: true, tradeName: true } })
  if (!producers.length) return null
  return { product: null, producers, provinces }
}
