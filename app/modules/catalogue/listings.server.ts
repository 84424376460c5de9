// The producer's side of the catalogue: the listings table, the editor's data and its save, which
// writes the listing, its photos and (when asked) its publication in one transaction.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import type { ProductEditorDefaults, TaxonomyGroup } from './editor-schema'
import { PHOTO_ERROR_MESSAGES, processProductPhoto, removeStoredPhotos } from './images.server'
import { summariseCertificates } from './listing-status'
import { MAX_PHOTOS } from './photo-limits'
import { createProduct, getOwnProduct, setProductsStatus, updateProduct } from './products.server'
import type { ProductInput } from './schemas'

export const LISTINGS_PAGE_SIZE = 20
export const TAXONOMY_VERSION = '919/2022'
export const PUBLISH_NEEDS_VERIFICATION = 'Hồ sơ nhà sản xuất cần được xác minh trước khi đăng bán sản phẩm'

export async function getProducerStatus(actor: Actor) {
  if (!actor.producerId) return null
  const producer = await prisma.producer.findUnique({ where: { id: actor.producerId }, select: { status: true, slug: true } })
  return producer
}

/** One page of the producer's own listings, newest change first, with what the table shows. */
export async function listOwnProducts(actor: Actor, page: number) {
  requirePermission(actor, 'update:product', { producerId: actor.producerId })
  const where = { producerId: actor.producerId! }
  const [total, counts, producer] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.groupBy({ by: ['status'], where, _count: { _all: true } }),
    getProducerStatus(actor),
  ])
  const pageCount = Math.max(1, Math.ceil(total / LISTINGS_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await prisma.product.findMany({
    where,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    skip: (current - 1) * LISTINGS_PAGE_SIZE,
    take: LISTINGS_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      nameVi: true,
      status: true,
      viewCount: true,
      updatedAt: true,
      images: { where: { isCover: true }, select: { path: true }, take: 1 },
      certificates: { select: { status: true, expiresAt: true, stars: true } },
      _count: { select: { inquiries: true } },
    },
  })
  const at = now()
  return {
    total,
    page: current,
    pageCount,
    byStatus: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<'DRAFT' | 'PUBLISHED' | 'ARCHIVED', number>>,
    producerVerified: producer?.status === 'VERIFIED',
    products: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      nameVi: row.nameVi,
      status: row.status,
      viewCount: row.viewCount,
      inquiryCount: row._count.inquiries,
      updatedAt: row.updatedAt,
      coverImage: row.images[0]?.path ?? null,
      certificate: summariseCertificates(row.certificates, at),
    })),
  }
}

/** The classification (919/2022) as a tree: groups, their categories and subgroups. */
export async function loadTaxonomy(): Promise<TaxonomyGroup[]> {
  const rows = await prisma.productCategory.findMany({
    where: { taxonomyVersion: TAXONOMY_VERSION },
    select: { id: true, slug: true, level: true, nameVi: true, nameEn: true, parentId: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  })
  const node = (row: (typeof rows)[number]) => ({ id: row.id, nameVi: row.nameVi, nameEn: row.nameEn })
  return rows
    .filter((row) => row.level === 'GROUP')
    .map((group) => ({
      ...node(group),
      slug: group.slug,
      categories: rows
        .filter((row) => row.level === 'CATEGORY' && row.parentId === group.id)
        .map((category) => ({
          ...node(category),
          subgroups: rows.filter((row) => row.level === 'SUBGROUP' && row.parentId === category.id).map(node),
        })),
    }))
}

export type SaveListingResult =
  | { ok: true; id: string; slug: string; published: boolean }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> }

/**
 * Creates (no id) or updates a listing with its photos. `photos.keep` lists the saved photos to
 * keep, in order (ids of other products' photos are ignored); `photos.added` are new uploads,
 * appended after them. The cover is `photos.cover` if kept, else the first photo.
 */
export async function saveListing(
  actor: Actor,
  options: { id?: string; input: ProductInput; photos: { keep: string[]; cover?: string | null; added: File[] }; publish?: boolean },
): Promise<SaveListingResult> {
  requirePermission(actor, options.id ? 'update:product' : 'create:product', { producerId: actor.producerId })
  const existing = options.id ? await getOwnProduct(actor, options.id) : null
  if (options.publish) {
    const producer = await getProducerStatus(actor)
    if (producer?.status !== 'VERIFIED') return { ok: false, formError: PUBLISH_NEEDS_VERIFICATION }
  }

  const saved = new Map((existing?.images ?? []).map((image) => [image.id, image]))
  const keep = [...new Set(options.photos.keep)].filter((id) => saved.has(id))
  if (keep.length + options.photos.added.length > MAX_PHOTOS) {
    return { ok: false, fieldErrors: { newPhotos: [`Mỗi sản phẩm có tối đa ${MAX_PHOTOS} ảnh`] } }
  }

  // Photos are re-encoded before the transaction opens: sharp takes a while, a transaction should not.
  const stored: Array<{ path: string; width: number; height: number }> = []
  const photoErrors: string[] = []
  for (const file of options.photos.added) {
    const result = await processProductPhoto(file)
    if (result.ok) stored.push(result)
    else photoErrors.push(`“${file.name}”: ${PHOTO_ERROR_MESSAGES[result.error]}`)
  }
  if (photoErrors.length) {
    await removeStoredPhotos(stored.map((photo) => photo.path))
    return { ok: false, fieldErrors: { newPhotos: photoErrors } }
  }

  const removed = (existing?.images ?? []).filter((image) => !keep.includes(image.id))
  const coverIndex = Math.max(0, options.photos.cover ? keep.indexOf(options.photos.cover) : -1)
  let result: { id: string; slug: string; published: boolean } | { refused: string }
  try {
    result = await prisma.$transaction(async (tx) => {
      const product = existing ? await updateProduct(actor, existing.id, options.input, tx) : await createProduct(actor, options.input, tx)
      if (removed.length) await tx.productImage.deleteMany({ where: { productId: product.id, id: { in: removed.map((image) => image.id) } } })
      for (const [position, id] of keep.entries()) {
        await tx.productImage.update({ where: { id }, data: { position, isCover: position === coverIndex } })
      }
      if (stored.length) {
        await tx.productImage.createMany({
          data: stored.map((photo, index) => ({
            productId: product.id,
            path: photo.path,
            width: photo.width,
            height: photo.height,
            position: keep.length + index,
            isCover: keep.length + index === coverIndex,
          })),
        })
      }
      if (options.publish) {
        const status = await setProductsStatus(actor, [product.id], 'PUBLISHED', tx)
        if (!status.ok) throw new PublishRefused(status.message)
      }
      const published = (await tx.product.findUniqueOrThrow({ where: { id: product.id }, select: { status: true } })).status === 'PUBLISHED'
      return { ...product, published }
    })
  } catch (error) {
    await removeStoredPhotos(stored.map((photo) => photo.path))
    if (error instanceof PublishRefused) return { ok: false, formError: error.message }
    throw error
  }
  await removeStoredPhotos(removed.map((image) => image.path))
  return { ok: true, ...result }
}

class PublishRefused extends Error {}

/** The editor's starting values for a saved listing (the same shape the form submits). */
export function editorDefaults(product: Awaited<ReturnType<typeof getOwnProduct>>): ProductEditorDefaults {
  return {
    nameVi: product.nameVi,
    nameEn: product.nameEn ?? '',
    groupId: product.groupId,
    subgroupId: product.subgroupId ?? '',
    descriptionVi: product.descriptionVi,
    descriptionEn: product.descriptionEn ?? '',
    unit: product.unit,
    packaging: product.packaging ?? '',
    minOrderQuantity: String(product.minOrderQuantity),
    monthlyCapacity: product.monthlyCapacity === null ? '' : String(product.monthlyCapacity),
    shelfLifeDays: product.shelfLifeDays === null ? '' : String(product.shelfLifeDays),
    leadTimeDays: product.leadTimeDays === null ? '' : String(product.leadTimeDays),
    samplesAvailable: product.samplesAvailable ? 'on' : '',
    standards: product.standards,
    exportMarkets: product.exportMarkets.join(', '),
    tiers: product.priceTiers.map((tier) => ({ minQuantity: String(tier.minQuantity), priceVnd: String(tier.priceVnd) })),
    photos: product.images.map((image) => ({ id: image.id })),
    cover: product.images.find((image) => image.isCover)?.id ?? product.images[0]?.id ?? '',
  }
}

/** The editor page of a saved listing: the owner's product (404 for anyone else) and its photos. */
export async function getListingForEditor(actor: Actor, id: string) {
  const product = await getOwnProduct(actor, id)
  const certificates = await prisma.certificate.findMany({
    where: { productId: product.id, producerId: actor.producerId! },
    select: { status: true, expiresAt: true, stars: true },
  })
  return {
    id: product.id,
    slug: product.slug,
    nameVi: product.nameVi,
    status: product.status,
    /** Changes on every save, so the page can start a fresh form after one. */
    version: product.updatedAt.toISOString(),
    images: product.images.map((image) => ({ id: image.id, path: image.path, width: image.width, height: image.height })),
    certificate: summariseCertificates(certificates, now()),
    defaults: editorDefaults(product),
  }
}
