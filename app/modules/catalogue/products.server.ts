// Product listings. Every write is one transaction that also writes a search outbox row, so the
// search projection follows every committed change and never a rolled-back one.
import type { Prisma } from '~/generated/prisma/client'
import { requirePermission } from '~/modules/accounts/permissions.server'
import type { Actor } from '~/modules/accounts/permissions'
import { writeAudit, writeAudits } from '~/modules/audit/audit.server'
import { showsStarBadge } from '~/modules/producers/certificate-rules'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { enqueueSearchUpdate } from '../../../search/outbox.server'
import { copyStoredPhotos, removeStoredPhotos } from './images.server'
import type { ProductInput } from './schemas'

type Tx = Prisma.TransactionClient

/** A readable, unique slug: "keo-dua-sap-ben-tre", then "-2", "-3"… */
export async function uniqueProductSlug(tx: Tx, name: string, excludeId?: string) {
  const base = slugify(name).slice(0, 80).replace(/-+$/, '') || 'san-pham'
  const taken = await tx.product.findMany({
    where: { slug: { startsWith: base }, ...(excludeId ? { NOT: { id: excludeId } } : {}) },
    select: { slug: true },
  })
  const used = new Set(taken.map((row) => row.slug))
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

function productData(input: ProductInput) {
  return {
    nameVi: input.nameVi,
    nameEn: input.nameEn ?? null,
    groupId: input.groupId,
    subgroupId: input.subgroupId ?? null,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn ?? null,
    unit: input.unit,
    packaging: input.packaging ?? null,
    minOrderQuantity: input.minOrderQuantity,
    monthlyCapacity: input.monthlyCapacity ?? null,
    shelfLifeDays: input.shelfLifeDays ?? null,
    leadTimeDays: input.leadTimeDays ?? null,
    samplesAvailable: input.samplesAvailable,
    standards: input.standards,
    exportMarkets: input.exportMarkets,
  }
}

export async function createProduct(actor: Actor, input: ProductInput, tx?: Tx) {
  requirePermission(actor, 'create:product', { producerId: actor.producerId })
  const run = async (db: Tx) => {
    const product = await db.product.create({
      data: {
        ...productData(input),
        producerId: actor.producerId!,
        slug: await uniqueProductSlug(db, input.nameVi),
        priceTiers: { create: input.tiers.map((tier) => ({ minQuantity: tier.minQuantity, priceVnd: tier.priceVnd })) },
      },
      select: { id: true, slug: true },
    })
    await enqueueSearchUpdate(db, 'PRODUCT', product.id)
    await writeAudit(db, { actorId: actor.id, action: 'product.create', entityType: 'Product', entityId: product.id })
    return product
  }
  return tx ? run(tx) : prisma.$transaction(run)
}

/** Loads a product only if it belongs to the actor's producer: 404 otherwise, never a leak. */
export async function getOwnProduct(actor: Actor, id: string) {
  const product = await prisma.product.findFirst({
    where: { id, producerId: actor.producerId ?? '__none__' },
    include: { priceTiers: { orderBy: { minQuantity: 'asc' } }, images: { orderBy: { position: 'asc' } } },
  })
  if (!product) throw new Response('Không tìm thấy sản phẩm', { status: 404 })
  requirePermission(actor, 'update:product', { producerId: product.producerId })
  return product
}

export async function updateProduct(actor: Actor, id: string, input: ProductInput, tx?: Tx) {
  const existing = await getOwnProduct(actor, id)
  const run = async (tx: Tx) => {
    const slug = existing.nameVi === input.nameVi ? existing.slug : await uniqueProductSlug(tx, input.nameVi, id)
    await tx.priceTier.deleteMany({ where: { productId: id } })
    const product = await tx.product.update({
      where: { id },
      data: {
        ...productData(input),
        slug,
        priceTiers: { create: input.tiers.map((tier) => ({ minQuantity: tier.minQuantity, priceVnd: tier.priceVnd })) },
      },
      select: { id: true, slug: true },
    })
    await enqueueSearchUpdate(tx, 'PRODUCT', id)
    await writeAudit(tx, { actorId: actor.id, action: 'product.update', entityType: 'Product', entityId: id })
    return product
  }
  return tx ? run(tx) : prisma.$transaction(run)
}

export type StatusChangeResult = { ok: true; changed: number } | { ok: false; message: string }

/** Publishing needs a verified producer; archiving and back to draft do not. */
export async function setProductsStatus(
  actor: Actor,
  ids: string[],
  status: 'PUBLISHED' | 'ARCHIVED' | 'DRAFT',
  tx?: Tx,
): Promise<StatusChangeResult> {
  requirePermission(actor, 'update:product', { producerId: actor.producerId })
  if (status === 'PUBLISHED') {
    const producer = await prisma.producer.findUnique({ where: { id: actor.producerId! }, select: { status: true } })
    if (producer?.status !== 'VERIFIED') {
      return { ok: false, message: 'Hồ sơ nhà sản xuất cần được xác minh trước khi đăng bán sản phẩm' }
    }
  }
  const run = async (tx: Tx) => {
    const owned = await tx.product.findMany({ where: { id: { in: ids }, producerId: actor.producerId! }, select: { id: true, status: true } })
    const changing = owned.filter((product) => product.status !== status).map((product) => product.id)
    if (changing.length === 0) return { ok: true as const, changed: 0 }
    await tx.product.updateMany({
      where: { id: { in: changing } },
      data: {
        status,
        ...(status === 'PUBLISHED' ? { publishedAt: now(), archivedAt: null } : {}),
        ...(status === 'ARCHIVED' ? { archivedAt: now() } : {}),
      },
    })
    await enqueueSearchUpdate(tx, 'PRODUCT', changing)
    await writeAudits(tx, changing.map((id) => ({ actorId: actor.id, action: `product.${status.toLowerCase()}`, entityType: 'Product', entityId: id })))
    return { ok: true as const, changed: changing.length }
  }
  return tx ? run(tx) : prisma.$transaction(run)
}

export async function duplicateProduct(actor: Actor, id: string) {
  const source = await getOwnProduct(actor, id)
  // The copy gets its own files, so deleting one listing never breaks the other's photos.
  const photos = await copyStoredPhotos(source.images)
  const copied = photos.map((photo) => photo.path)
  return prisma.$transaction(async (tx) => {
    const nameVi = `${source.nameVi} (bản sao)`
    const copy = await tx.product.create({
      data: {
        producerId: source.producerId,
        slug: await uniqueProductSlug(tx, nameVi),
        nameVi,
        nameEn: source.nameEn,
        groupId: source.groupId,
        subgroupId: source.subgroupId,
        descriptionVi: source.descriptionVi,
        descriptionEn: source.descriptionEn,
        unit: source.unit,
        packaging: source.packaging,
        minOrderQuantity: source.minOrderQuantity,
        monthlyCapacity: source.monthlyCapacity,
        shelfLifeDays: source.shelfLifeDays,
        leadTimeDays: source.leadTimeDays,
        samplesAvailable: source.samplesAvailable,
        standards: source.standards,
        exportMarkets: source.exportMarkets,
        status: 'DRAFT',
        priceTiers: { create: source.priceTiers.map((tier) => ({ minQuantity: tier.minQuantity, priceVnd: tier.priceVnd })) },
        images: { create: photos },
      },
      select: { id: true },
    })
    await enqueueSearchUpdate(tx, 'PRODUCT', copy.id)
    await writeAudit(tx, { actorId: actor.id, action: 'product.duplicate', entityType: 'Product', entityId: copy.id, data: { from: id } })
    return copy
  }).catch(async (error: unknown) => {
    await removeStoredPhotos(copied)
    throw error
  })
}

export async function deleteProduct(actor: Actor, id: string) {
  const product = await getOwnProduct(actor, id)
  await prisma.$transaction(async (tx) => {
    await tx.product.delete({ where: { id } })
    await enqueueSearchUpdate(tx, 'PRODUCT', id)
    await writeAudit(tx, { actorId: actor.id, action: 'product.delete', entityType: 'Product', entityId: id })
  })
  // Files go only once the rows are gone for good (a rolled-back delete keeps its photos).
  await removeStoredPhotos(product.images.map((image) => image.path))
}

/** The public product page: published products only, with the badge decided by the clock. */
export async function getPublicProduct(slug: string) {
  const product = await prisma.product.findFirst({
    where: { slug, status: 'PUBLISHED', producer: { status: 'VERIFIED' } },
    include: {
      priceTiers: { orderBy: { minQuantity: 'asc' } },
      images: { orderBy: [{ isCover: 'desc' }, { position: 'asc' }] },
      group: { select: { id: true, slug: true, nameVi: true, nameEn: true } },
      subgroup: { select: { id: true, nameVi: true, nameEn: true } },
      certificates: {
        where: { status: 'VERIFIED' },
        orderBy: [{ stars: 'desc' }, { expiresAt: 'desc' }],
        select: { stars: true, certificateNumber: true, expiresAt: true, status: true, issuingAuthority: true },
      },
      producer: {
        select: {
          slug: true,
          legalName: true,
          tradeName: true,
          type: true,
          logoPath: true,
          province: { select: { name: true } },
          formerProvince: { select: { name: true } },
          commune: { select: { name: true } },
        },
      },
    },
  })
  if (!product) return null
  const at = now()
  const badge = product.certificates.find((certificate) => showsStarBadge(certificate, at)) ?? null
  return { ...product, badge }
}
