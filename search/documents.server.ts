// The one place that maps database records to search documents, used by the outbox worker and
// by the reindex command alike.
import type { PrismaClient } from '~/generated/prisma/client'
import { isExpired, validUntil } from '~/modules/producers/certificate-rules'
import { toTelex } from './vietnamese'

const productSelect = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  descriptionVi: true,
  descriptionEn: true,
  unit: true,
  minOrderQuantity: true,
  monthlyCapacity: true,
  samplesAvailable: true,
  standards: true,
  status: true,
  publishedAt: true,
  group: { select: { id: true, nameVi: true, nameEn: true } },
  subgroup: { select: { id: true, nameVi: true, nameEn: true } },
  producer: {
    select: {
      id: true,
      slug: true,
      legalName: true,
      tradeName: true,
      type: true,
      status: true,
      province: { select: { id: true, name: true } },
      formerProvince: { select: { id: true, name: true } },
      commune: { select: { name: true } },
    },
  },
  priceTiers: { select: { minQuantity: true, priceVnd: true }, orderBy: { minQuantity: 'asc' as const } },
  images: { where: { isCover: true }, take: 1, select: { path: true } },
  certificates: {
    where: { status: 'VERIFIED' as const },
    select: { stars: true, expiresAt: true, certificateNumber: true },
    orderBy: [{ stars: 'desc' as const }, { expiresAt: 'desc' as const }],
  },
}

export type ProductDocument = {
  id: string
  slug: string
  nameVi: string
  nameEn: string | null
  nameTone: string
  descriptionVi: string
  descriptionEn: string | null
  groupId: string
  groupVi: string
  groupEn: string
  subgroupId: string | null
  subgroupVi: string | null
  producerId: string
  producerSlug: string
  producerName: string
  producerType: string
  provinceId: string | null
  provinceName: string | null
  formerProvinceName: string | null
  /** Current and former province names, so "Bến Tre" still finds products now in Vĩnh Long. */
  provinceNames: string[]
  /** Current and former province ids: the province facet filters on these. */
  provinceIds: string[]
  communeName: string | null
  stars: number
  certificateNumber: string
  /** Unix seconds; queries filter on it so an expired certificate drops out without a reindex. */
  certificateExpiresAt: number
  standards: string[]
  unit: string
  priceMin: number | null
  moq: number
  monthlyCapacity: number | null
  samplesAvailable: boolean
  publishedAt: number
  coverImage: string | null
}

type ProductRow = Awaited<ReturnType<typeof loadProductRows>>[number]

function loadProductRows(prisma: PrismaClient, where: { id?: { in: string[] }; status?: 'PUBLISHED' }, take?: number, cursor?: string) {
  return prisma.product.findMany({
    where,
    select: productSelect,
    orderBy: { id: 'asc' },
    take,
    ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
  })
}

/** A product is searchable when published by a verified producer with a verified, unexpired certificate. */
export function toProductDocument(row: ProductRow, at: Date): ProductDocument | null {
  if (row.status !== 'PUBLISHED' || row.producer.status !== 'VERIFIED') return null
  const certificate = row.certificates.find((c) => !isExpired(c.expiresAt, at))
  if (!certificate) return null
  const provinceNames = [row.producer.province?.name, row.producer.formerProvince?.name].filter(
    (name): name is string => Boolean(name),
  )
  return {
    id: row.id,
    slug: row.slug,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    nameTone: toTelex(row.nameVi),
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    groupId: row.group.id,
    groupVi: row.group.nameVi,
    groupEn: row.group.nameEn,
    subgroupId: row.subgroup?.id ?? null,
    subgroupVi: row.subgroup?.nameVi ?? null,
    producerId: row.producer.id,
    producerSlug: row.producer.slug,
    producerName: row.producer.tradeName ?? row.producer.legalName,
    producerType: row.producer.type,
    provinceId: row.producer.province?.id ?? null,
    provinceName: row.producer.province?.name ?? null,
    formerProvinceName: row.producer.formerProvince?.name ?? null,
    provinceNames,
    provinceIds: [row.producer.province?.id, row.producer.formerProvince?.id].filter((id): id is string => Boolean(id)),
    communeName: row.producer.commune?.name ?? null,
    stars: certificate.stars,
    certificateNumber: certificate.certificateNumber,
    certificateExpiresAt: Math.floor(validUntil(certificate.expiresAt).getTime() / 1000),
    standards: row.standards,
    unit: row.unit,
    priceMin: row.priceTiers.length ? Math.min(...row.priceTiers.map((tier) => tier.priceVnd)) : null,
    moq: row.minOrderQuantity,
    monthlyCapacity: row.monthlyCapacity,
    samplesAvailable: row.samplesAvailable,
    publishedAt: Math.floor((row.publishedAt ?? new Date(0)).getTime() / 1000),
    coverImage: row.images[0]?.path ?? null,
  }
}

/** Documents for the given ids; ids that are no longer searchable come back in `remove`. */
export async function productDocumentsFor(prisma: PrismaClient, ids: string[], at: Date) {
  const rows = await loadProductRows(prisma, { id: { in: ids } })
  const documents: ProductDocument[] = []
  const found = new Set<string>()
  for (const row of rows) {
    const document = toProductDocument(row, at)
    if (document) {
      documents.push(document)
      found.add(row.id)
    }
  }
  return { documents, remove: ids.filter((id) => !found.has(id)) }
}

/** Pages through every published product, yielding documents in batches. */
export async function* allProductDocuments(prisma: PrismaClient, at: Date, batchSize = 1000) {
  let cursor: string | undefined
  for (;;) {
    const rows = await loadProductRows(prisma, { status: 'PUBLISHED' }, batchSize, cursor)
    if (rows.length === 0) return
    cursor = rows[rows.length - 1].id
    yield rows.map((row) => toProductDocument(row, at)).filter((doc): doc is ProductDocument => doc !== null)
    if (rows.length < batchSize) return
  }
}

export function countPublishedProducts(prisma: PrismaClient) {
  return prisma.product.count({ where: { status: 'PUBLISHED' } })
}

// ───────────── Producers ─────────────

const PRODUCER_TYPE_LABELS: Record<string, string> = {
  HOUSEHOLD: 'Hộ kinh doanh cơ sở sản xuất household business',
  ENTERPRISE: 'Doanh nghiệp enterprise',
  COOPERATIVE: 'Hợp tác xã HTX cooperative',
  COOPERATIVE_GROUP: 'Tổ hợp tác cooperative group',
}

export type ProducerDocument = {
  id: string
  slug: string
  name: string
  tradeName: string | null
  type: string
  typeLabel: string
  provinceIds: string[]
  provinceNames: string[]
  communeName: string | null
  story: string
  productCount: number
  maxStars: number
  logoPath: string | null
}

/** Verified producers with at least one searchable product. */
export async function producerDocumentsFor(prisma: PrismaClient, ids: string[] | null, at: Date) {
  const rows = await prisma.producer.findMany({
    where: ids ? { id: { in: ids } } : { status: 'VERIFIED' },
    select: {
      id: true,
      slug: true,
      legalName: true,
      tradeName: true,
      type: true,
      status: true,
      story: true,
      logoPath: true,
      province: { select: { id: true, name: true } },
      formerProvince: { select: { id: true, name: true } },
      commune: { select: { name: true } },
      products: {
        where: { status: 'PUBLISHED' },
        select: { certificates: { where: { status: 'VERIFIED' }, select: { stars: true, expiresAt: true } } },
      },
    },
  })
  const documents: ProducerDocument[] = []
  for (const row of rows) {
    if (row.status !== 'VERIFIED') continue
    const validStars = row.products.map((p) => Math.max(0, ...p.certificates.filter((c) => !isExpired(c.expiresAt, at)).map((c) => c.stars)))
    const productCount = validStars.filter((stars) => stars > 0).length
    if (productCount === 0) continue
    documents.push({
      id: row.id,
      slug: row.slug,
      name: row.legalName,
      tradeName: row.tradeName,
      type: row.type,
      typeLabel: PRODUCER_TYPE_LABELS[row.type] ?? row.type,
      provinceIds: [row.province?.id, row.formerProvince?.id].filter((id): id is string => Boolean(id)),
      provinceNames: [row.province?.name, row.formerProvince?.name].filter((name): name is string => Boolean(name)),
      communeName: row.commune?.name ?? null,
      story: row.story ?? '',
      productCount,
      maxStars: Math.max(...validStars),
      logoPath: row.logoPath,
    })
  }
  const found = new Set(documents.map((d) => d.id))
  return { documents, remove: (ids ?? []).filter((id) => !found.has(id)) }
}
