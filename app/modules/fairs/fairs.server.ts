// Fairs: organisers create, edit and publish them; everyone reads published ones. Organiser
// queries carry the organiserId in the `where`, so another organiser's fair is simply not found.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { Prisma } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { canTransition, publishProblems, type FairStatusValue } from './status'
import { subsidyRuleFrom, type FairInput } from './schemas'

/** What every list of fairs shows of a fair (organiser's, producer's and the public list). */
export const fairListFields = {
  id: true,
  slug: true,
  nameVi: true,
  nameEn: true,
  status: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  applicationOpensAt: true,
  applicationClosesAt: true,
} satisfies Prisma.FairSelect

export const PUBLIC_STATUSES = ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ALLOCATED', 'FINISHED'] as const

const notFound = () => new Response('Không tìm thấy hội chợ', { status: 404 })

export function listReferenceData() {
  return Promise.all([
    prisma.administrativeUnit.findMany({ where: { level: 'PROVINCE', validTo: null }, select: { id: true, name: true, region: true }, orderBy: { name: 'asc' } }),
    prisma.productCategory.findMany({ where: { level: 'GROUP' }, select: { id: true, nameVi: true, nameEn: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
  ]).then(([provinces, groups]) => ({ provinces, groups }))
}

export function listOrganiserFairs(actor: Actor) {
  requirePermission(actor, 'create:fair')
  return prisma.fair.findMany({
    where: { organiserId: actor.organiserId! },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: {
      ...fairListFields,
      _count: { select: { booths: true, applications: { where: { status: { not: 'DRAFT' } } } } },
    },
  })
}

/** The organiser's own fair by slug, or a 404 (also for another organiser's fair). */
export async function getOrganiserFair(actor: Actor, slug: string) {
  requirePermission(actor, 'create:fair')
  const fair = await prisma.fair.findFirst({
    where: { slug, organiserId: actor.organiserId! },
    include: {
      boothTypes: { orderBy: { code: 'asc' } },
      province: { select: { name: true } },
      _count: { select: { booths: true, halls: true } },
    },
  })
  if (!fair) throw notFound()
  return fair
}

function fairData(input: FairInput) {
  const subsidy = subsidyRuleFrom(input)
  return {
    nameVi: input.nameVi,
    nameEn: input.nameEn ?? null,
    descriptionVi: input.descriptionVi,
    venue: input.venue,
    addressLine: input.addressLine,
    provinceId: input.provinceId ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    openingHours: input.openingHours ?? null,
    applicationOpensAt: input.applicationOpensAt,
    applicationClosesAt: input.applicationClosesAt,
    minStars: input.minStars,
    allowedGroupIds: input.allowedGroupIds,
    allowedProvinceIds: input.allowedProvinceIds,
    verifiedOnly: input.verifiedOnly,
    maxBoothsPerProducer: input.maxBoothsPerProducer,
    cooperativeTargetPercent: input.cooperativeTargetPercent,
    paymentDueDays: input.paymentDueDays,
    subsidyRule: subsidy ?? Prisma.DbNull,
  }
}

async function uniqueSlug(name: string) {
  const base = slugify(name).slice(0, 80) || 'hoi-cho'
  const taken = new Set((await prisma.fair.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((f) => f.slug))
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}

export async function createFair(actor: Actor, input: FairInput) {
  requirePermission(actor, 'create:fair')
  for (let attempt = 0; ; attempt++) {
    const slug = await uniqueSlug(input.nameVi)
    try {
      return await prisma.$transaction(async (tx) => {
        const fair = await tx.fair.create({
          data: { ...fairData(input), slug, organiserId: actor.organiserId!, createdById: actor.id, status: 'DRAFT' },
          select: { id: true, slug: true },
        })
        await writeAudit(tx, { actorId: actor.id, action: 'fair.create', entityType: 'Fair', entityId: fair.id })
        return fair
      })
    } catch (error) {
      // Two fairs with the same name created at once: take the next free slug.
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') continue
      throw error
    }
  }
}

export async function updateFair(actor: Actor, slug: string, input: FairInput) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'update:fair', { organiserId: fair.organiserId })
  if (fair.status === 'FINISHED') return { ok: false as const, message: 'Hội chợ đã kết thúc, không thể sửa' }
  await prisma.$transaction(async (tx) => {
    await tx.fair.update({ where: { id: fair.id }, data: fairData(input) })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.update', entityType: 'Fair', entityId: fair.id })
  })
  return { ok: true as const }
}

/** Publish, close or reopen applications, finish. ALLOCATED belongs to the allocation workflow. */
export async function changeFairStatus(actor: Actor, slug: string, to: FairStatusValue) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'update:fair', { organiserId: fair.organiserId })
  if (!canTransition(fair.status, to)) return { ok: false as const, problems: ['Không thể chuyển sang trạng thái này'] }
  if (to === 'PUBLISHED' && fair.status === 'DRAFT') {
    const problems = publishProblems({ ...fair, boothTypeCount: fair.boothTypes.length, boothCount: fair._count.booths })
    if (fair.applicationClosesAt < now()) problems.push('Hạn đăng ký đã qua: hãy lùi hạn đăng ký trước khi công bố')
    if (problems.length) return { ok: false as const, problems }
  }
  if (to === 'PUBLISHED' && fair.status === 'APPLICATIONS_CLOSED' && fair.applicationClosesAt < now()) {
    return { ok: false as const, problems: ['Hạn đăng ký đã qua: hãy lùi hạn đăng ký trước khi mở lại'] }
  }
  return prisma.$transaction(async (tx) => {
    // Compare-and-set on the status: two clicks at once change it once.
    const changed = await tx.fair.updateMany({ where: { id: fair.id, status: fair.status }, data: { status: to } })
    if (changed.count !== 1) return { ok: false as const, problems: ['Trạng thái hội chợ vừa được thay đổi, hãy tải lại trang'] }
    await writeAudit(tx, { actorId: actor.id, action: `fair.status.${to.toLowerCase()}`, entityType: 'Fair', entityId: fair.id, data: { from: fair.status, to } })
    return { ok: true as const }
  })
}

export function listPublicFairs(options: { take?: number; skip?: number } = {}) {
  return prisma.fair.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    take: options.take,
    skip: options.skip,
    select: {
      ...fairListFields,
      province: { select: { name: true } },
      organiser: { select: { legalName: true } },
      _count: { select: { booths: true } },
    },
  })
}

export function countPublicFairs() {
  return prisma.fair.count({ where: { status: { in: [...PUBLIC_STATUSES] } } })
}

/** A published fair; its own organiser may also preview it while it is a draft. */
export async function getPublicFair(slug: string, viewer?: { organiserId: string | null } | null) {
  const fair = await prisma.fair.findFirst({
    where: { slug, OR: [{ status: { in: [...PUBLIC_STATUSES] } }, ...(viewer?.organiserId ? [{ organiserId: viewer.organiserId }] : [])] },
    include: { boothTypes: { orderBy: { code: 'asc' } }, province: { select: { name: true } }, organiser: { select: { legalName: true, email: true, phone: true } } },
  })
  if (!fair) throw notFound()
  return fair
}

/** Halls with their features and booths, in the shape of the floor-plan component. */
export async function getPlan(fairId: string) {
  const [halls, boothTypes] = await Promise.all([
    prisma.hall.findMany({
      where: { fairId },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      include: {
        features: { orderBy: [{ y: 'asc' }, { x: 'asc' }] },
        booths: { orderBy: { code: 'asc' }, select: { id: true, code: true, x: true, y: true, width: true, depth: true, zone: true, features: true, boothTypeId: true, boothType: { select: { code: true, nameVi: true } } } },
      },
    }),
    prisma.boothType.findMany({ where: { fairId }, orderBy: { code: 'asc' } }),
  ])
  return { halls, boothTypes }
}
