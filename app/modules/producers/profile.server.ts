// Producer onboarding: a profile saved as a draft until complete, then submitted for review.
import { requirePermission } from '~/modules/accounts/permissions.server'
import type { Actor } from '~/modules/accounts/permissions'
import { writeAudit } from '~/modules/audit/audit.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { enqueueSearchUpdate } from '../../../search/outbox.server'
import { missingProfileFields, type ProducerProfileDraft } from './schemas'

export async function getOwnProducerProfile(actor: Actor) {
  requirePermission(actor, 'read:producer-dashboard')
  if (!actor.producerId) return null
  return prisma.producer.findUnique({
    where: { id: actor.producerId },
    select: {
      id: true,
      slug: true,
      legalName: true,
      tradeName: true,
      type: true,
      taxCode: true,
      representative: true,
      contactName: true,
      phone: true,
      email: true,
      provinceId: true,
      communeId: true,
      addressLine: true,
      story: true,
      logoPath: true,
      status: true,
      verifiedAt: true,
    },
  })
}

/** Current provinces and their communes for the address pickers (post-2025 units only). */
export async function listCurrentProvinces() {
  return prisma.administrativeUnit.findMany({
    where: { level: 'PROVINCE', validTo: null },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
}

export async function listCommunes(provinceId: string) {
  return prisma.administrativeUnit.findMany({
    where: { level: 'COMMUNE', parentId: provinceId, validTo: null },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
}

async function uniqueProducerSlug(name: string, excludeId?: string) {
  const base = slugify(name) || 'nha-san-xuat'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const taken = await prisma.producer.findUnique({ where: { slug }, select: { id: true } })
    if (!taken || taken.id === excludeId) return slug
  }
}

/**
 * Saves what the producer typed. `submit` asks for review and is refused while required fields
 * are missing; a plain save keeps the profile as a draft.
 */
export async function saveProducerProfile(actor: Actor, draft: ProducerProfileDraft, options: { submit: boolean; logoPath?: string }) {
  requirePermission(actor, 'update:producer-profile', actor.producerId ? { producerId: actor.producerId } : {})
  const missing = missingProfileFields(draft)
  if (options.submit && missing.length) return { ok: false as const, missing }
  if (draft.communeId && draft.provinceId) {
    const commune = await prisma.administrativeUnit.findFirst({
      where: { id: draft.communeId, parentId: draft.provinceId, level: 'COMMUNE' },
      select: { id: true },
    })
    if (!commune) return { ok: false as const, fieldErrors: { communeId: ['Xã/phường không thuộc tỉnh đã chọn'] } }
  }
  if (draft.taxCode) {
    const other = await prisma.producer.findFirst({
      where: { taxCode: draft.taxCode, NOT: { id: actor.producerId ?? '__none__' } },
      select: { id: true },
    })
    if (other) return { ok: false as const, fieldErrors: { taxCode: ['Mã số thuế này đã được đăng ký'] } }
  }

  return prisma.$transaction(async (tx) => {
    const data = {
      legalName: draft.legalName ?? '',
      tradeName: draft.tradeName ?? null,
      type: draft.type ?? 'HOUSEHOLD',
      taxCode: draft.taxCode ?? null,
      representative: draft.representative ?? null,
      contactName: draft.contactName ?? null,
      phone: draft.phone ?? null,
      email: draft.email ?? null,
      provinceId: draft.provinceId ?? null,
      communeId: draft.communeId ?? null,
      addressLine: draft.addressLine ?? null,
      story: draft.story ?? null,
      // A new logo replaces the old one; saving without a file keeps the current logo.
      ...(options.logoPath ? { logoPath: options.logoPath } : {}),
    }
    let producerId = actor.producerId
    if (!producerId) {
      const created = await tx.producer.create({
        data: { ...data, slug: await uniqueProducerSlug(data.legalName || actor.id), status: 'DRAFT' },
        select: { id: true },
      })
      producerId = created.id
      await tx.user.update({ where: { id: actor.id }, data: { producerId, memberRole: 'OWNER' } })
    } else {
      const current = await tx.producer.findUniqueOrThrow({ where: { id: producerId }, select: { status: true } })
      const status = options.submit && (current.status === 'DRAFT' || current.status === 'REJECTED') ? 'PENDING' : current.status
      await tx.producer.update({ where: { id: producerId }, data: { ...data, status } })
      await enqueueSearchUpdate(tx, 'PRODUCER', producerId)
    }
    if (options.submit) {
      await tx.producer.updateMany({ where: { id: producerId, status: { in: ['DRAFT', 'REJECTED'] } }, data: { status: 'PENDING' } })
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: options.submit ? 'producer.profile.submit' : 'producer.profile.save',
      entityType: 'Producer',
      entityId: producerId,
    })
    return { ok: true as const, producerId, missing }
  })
}
