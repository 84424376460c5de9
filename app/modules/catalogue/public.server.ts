// Public catalogue reads (no log-in): producer storefronts, OCOP group pages, sitemap entries.
import { showsStarBadge } from '~/modules/producers/certificate-rules'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'

export const PAGE_SIZE = 24

const cardSelect = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  unit: true,
  minOrderQuantity: true,
  // "From" means the lowest wholesale price (the largest tier), as the search cards show it.
  priceTiers: { select: { priceVnd: true, minQuantity: true }, orderBy: { priceVnd: 'asc' as const }, take: 1 },
  images: { where: { isCover: true }, select: { path: true }, take: 1 },
  certificates: { where: { status: 'VERIFIED' as const }, select: { stars: true, expiresAt: true, status: true }, orderBy: { stars: 'desc' as const } },
  producer: { select: { slug: true, legalName: true, tradeName: true, province: { select: { name: true } } } },
} as const

type CardRow = Awaited<ReturnType<typeof loadCards>>[number]

function loadCards(where: object, skip = 0, take = PAGE_SIZE) {
  return prisma.product.findMany({
    where: { status: 'PUBLISHED', producer: { status: 'VERIFIED' }, ...where },
    select: cardSelect,
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    skip,
    take,
  })
}

/** What a product card shows; stars only from a verified, unexpired certificate. */
export function toProductCard(row: CardRow, at = now()) {
  const badge = row.certificates.find((certificate) => showsStarBadge(certificate, at))
  return {
    id: row.id,
    slug: row.slug,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    unit: row.unit,
    minOrderQuantity: row.minOrderQuantity,
    fromPriceVnd: row.priceTiers[0]?.priceVnd ?? null,
    coverImage: row.images[0]?.path ?? null,
    stars: badge?.stars ?? null,
    producerName: row.producer.tradeName ?? row.producer.legalName,
    producerSlug: row.producer.slug,
    provinceName: row.producer.province?.name ?? null,
  }
}

export type ProductCard = ReturnType<typeof toProductCard>

export async function getProducerStorefront(slug: string) {
  const producer = await prisma.producer.findFirst({
    where: { slug, status: 'VERIFIED' },
    select: {
      id: true,
      slug: true,
      legalName: true,
      tradeName: true,
      type: true,
      story: true,
      logoPath: true,
      phone: true,
      website: true,
      addressLine: true,
      province: { select: { name: true } },
      formerProvince: { select: { name: true } },
      commune: { select: { name: true } },
      certificates: {
        where: { status: 'VERIFIED' },
        select: { id: true, stars: true, certificateNumber: true, expiresAt: true, status: true, product: { select: { nameVi: true, slug: true } } },
        orderBy: { stars: 'desc' },
      },
    },
  })
  if (!producer) return null
  const at = now()
  const rows = await loadCards({ producerId: producer.id }, 0, 200)
  return {
    ...producer,
    certificates: producer.certificates.filter((certificate) => showsStarBadge(certificate, at)),
    products: rows.map((row) => toProductCard(row, at)),
  }
}

export async function listProductGroups() {
  return prisma.productCategory.findMany({
    where: { level: 'GROUP', taxonomyVersion: '919/2022' },
    select: { id: true, slug: true, nameVi: true, nameEn: true },
    orderBy: { position: 'asc' },
  })
}

export async function getGroupPage(slug: string, page: number) {
  const group = await prisma.productCategory.findFirst({
    where: { slug, level: 'GROUP' },
    select: { id: true, slug: true, nameVi: true, nameEn: true, children: { select: { id: true, nameVi: true, nameEn: true } } },
  })
  if (!group) return null
  const where = { groupId: group.id }
  const [total, rows] = await Promise.all([
    prisma.product.count({ where: { status: 'PUBLISHED', producer: { status: 'VERIFIED' }, ...where } }),
    loadCards(where, (page - 1) * PAGE_SIZE),
  ])
  const at = now()
  return { group, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), products: rows.map((row) => toProductCard(row, at)) }
}

export async function sitemapEntries() {
  const [products, producers, groups] = await Promise.all([
    prisma.product.findMany({ where: { status: 'PUBLISHED', producer: { status: 'VERIFIED' } }, select: { slug: true, updatedAt: true } }),
    prisma.producer.findMany({ where: { status: 'VERIFIED' }, select: { slug: true, updatedAt: true } }),
    listProductGroups(),
  ])
  return { products, producers, groups }
}

/** /san-pham: the OCOP groups with how many products each lists, and the newest products. */
export async function getCatalogueIndex(page: number) {
  const listed = { status: 'PUBLISHED' as const, producer: { status: 'VERIFIED' as const } }
  const [groups, counts, total] = await Promise.all([
    listProductGroups(),
    prisma.product.groupBy({ by: ['groupId'], where: listed, _count: { _all: true } }),
    prisma.product.count({ where: listed }),
  ])
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await loadCards({}, (current - 1) * PAGE_SIZE)
  const at = now()
  return {
    groups: groups.map((group) => ({ ...group, productCount: counts.find((row) => row.groupId === group.id)?._count._all ?? 0 })),
    total,
    page: current,
    pageCount,
    products: rows.map((row) => toProductCard(row, at)),
  }
}

/**
 * Counts a view of a product page. Plain SQL so that `updatedAt` (the sitemap's lastmod) and the
 * search projection are left alone: a view changes nothing a buyer searches for.
 */
export async function recordProductView(productId: string) {
  await prisma.$executeRaw`UPDATE "Product" SET "viewCount" = "viewCount" + 1 WHERE id = ${productId}`
}
