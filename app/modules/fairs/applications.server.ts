// Booth applications from the producer's side: see open fairs, learn why one is out of reach,
// apply (or keep a draft), edit and withdraw while the window is open. The database holds one
// application per producer and fair (unique fairId + producerId); every query carries producerId.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { Prisma } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { checkEligibility, validStars } from './eligibility'
import type { ApplicationInput } from './schemas'
import { fairListFields } from './fairs.server'

const EDITABLE = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'] as const

function requireProducer(actor: Actor) {
  requirePermission(actor, 'apply:fair')
  return actor.producerId!
}

export async function listFairsForProducer(actor: Actor) {
  const producerId = requireProducer(actor)
  const fairs = await prisma.fair.findMany({
    where: { status: { in: ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ALLOCATED'] } },
    orderBy: [{ applicationClosesAt: 'asc' }, { id: 'asc' }],
    select: {
      ...fairListFields,
      applications: { where: { producerId }, select: { id: true, status: true, updatedAt: true } },
    },
  })
  const at = now()
  return fairs.map(({ applications, ...fair }) => ({ ...fair, application: applications[0] ?? null, open: fair.status === 'PUBLISHED' && at >= fair.applicationOpensAt && at <= fair.applicationClosesAt }))
}

async function producerFacts(producerId: string) {
  return prisma.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: {
      id: true,
      legalName: true,
      status: true,
      provinceId: true,
      products: {
        where: { status: { not: 'ARCHIVED' } },
        orderBy: { nameVi: 'asc' },
        select: { id: true, nameVi: true, status: true, groupId: true, certificates: { select: { status: true, stars: true, expiresAt: true } } },
      },
    },
  })
}

async function fairFacts(slug: string) {
  const fair = await prisma.fair.findFirst({
    where: { slug, status: { not: 'DRAFT' } },
    include: { boothTypes: { orderBy: [{ priceVnd: 'asc' }, { code: 'asc' }] } },
  })
  if (!fair) throw new Response('Không tìm thấy hội chợ', { status: 404 })
  return fair
}

async function names(fair: { allowedProvinceIds: string[]; allowedGroupIds: string[] }) {
  const [provinces, groups] = await Promise.all([
    prisma.administrativeUnit.findMany({ where: { id: { in: fair.allowedProvinceIds } }, select: { id: true, name: true } }),
    prisma.productCategory.findMany({ where: { id: { in: fair.allowedGroupIds } }, select: { id: true, nameVi: true } }),
  ])
  return { provinces: Object.fromEntries(provinces.map((p) => [p.id, p.name])), groups: Object.fromEntries(groups.map((g) => [g.id, g.nameVi])) }
}

/** Everything the application page needs: the fair, eligibility, the producer's own application. */
export async function getApplyContext(actor: Actor, slug: string) {
  const producerId = requireProducer(actor)
  const fair = await fairFacts(slug)
  const [producer, application, zones, neighbours] = await Promise.all([
    producerFacts(producerId),
    prisma.boothApplication.findUnique({
      where: { fairId_producerId: { fairId: fair.id, producerId } },
      include: { products: { select: { productId: true } } },
    }),
    prisma.booth.findMany({ where: { fairId: fair.id, zone: { not: null } }, distinct: ['zone'], select: { zone: true }, orderBy: { zone: 'asc' } }),
    // Wished neighbours are chosen among producers who already applied to this fair.
    prisma.boothApplication.findMany({
      where: { fairId: fair.id, producerId: { not: producerId }, status: { in: ['SUBMITTED', 'ACCEPTED', 'WAITLISTED'] } },
      select: { producer: { select: { id: true, legalName: true } } },
      orderBy: { producer: { legalName: 'asc' } },
      take: 500,
    }),
  ])
  const at = now()
  const eligibility = checkEligibility(fair, producer, at, await names(fair))
  const products = producer.products.map((p) => ({ id: p.id, nameVi: p.nameVi, stars: validStars(p, at), exhibitable: eligibility.productIds.includes(p.id) }))
  return {
    fair,
    eligibility,
    products,
    zones: zones.map((z) => z.zone!).filter(Boolean),
    neighbours: neighbours.map((n) => n.producer),
    application: application ? { ...application, productIds: application.products.map((p) => p.productId) } : null,
  }
}

export type SaveResult = { ok: true; status: 'DRAFT' | 'SUBMITTED' } | { ok: false; field?: keyof ApplicationInput; errors: string[] }

/**
 * Saves the producer's application (creates it on the first save). The rules are checked again
 * here, at the moment of saving, with the server's clock: a page opened before the deadline and
 * sent after it is refused.
 */
export async function saveApplication(actor: Actor, slug: string, input: ApplicationInput): Promise<SaveResult> {
  const producerId = requireProducer(actor)
  const fair = await fairFacts(slug)
  const producer = await producerFacts(producerId)
  const at = now()
  const eligibility = checkEligibility(fair, producer, at, await names(fair))
  if (!eligibility.eligible) return { ok: false, errors: eligibility.reasons }
  if (!fair.boothTypes.some((t) => t.id === input.boothTypeId)) return { ok: false, field: 'boothTypeId', errors: ['Chọn loại gian của hội chợ này'] }
  if (input.boothCount > fair.maxBoothsPerProducer) return { ok: false, field: 'boothCount', errors: [`Mỗi nhà sản xuất được đăng ký tối đa ${fair.maxBoothsPerProducer} gian`] }
  const foreign = input.productIds.filter((id) => !eligibility.productIds.includes(id))
  if (foreign.length) return { ok: false, field: 'productIds', errors: ['Chỉ chọn sản phẩm của bạn, đã đăng bán và có chứng nhận OCOP còn hiệu lực đạt yêu cầu'] }
  const neighbourIds = input.wishedNeighbourIds.filter((id) => id !== producerId)

  const status = input.intent === 'draft' ? ('DRAFT' as const) : ('SUBMITTED' as const)
  const data = {
    boothTypeId: input.boothTypeId,
    boothCount: input.boothCount,
    zonePreferences: input.zonePreferences,
    wishedNeighbourIds: neighbourIds,
    needs: input.needs,
    notes: input.notes ?? null,
    status,
    submittedAt: status === 'SUBMITTED' ? at : null,
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.boothApplication.findUnique({ where: { fairId_producerId: { fairId: fair.id, producerId } }, select: { id: true, status: true, submittedAt: true } })
      let id: string
      if (existing) {
        if (!(EDITABLE as readonly string[]).includes(existing.status)) {
          return { ok: false as const, errors: ['Hồ sơ đã được ban tổ chức xét, không thể sửa'] }
        }
        // Editing a submitted application keeps its place (first submission time).
        const submittedAt = status === 'SUBMITTED' ? (existing.status === 'SUBMITTED' ? existing.submittedAt : at) : null
        const changed = await tx.boothApplication.updateMany({ where: { id: existing.id, producerId, status: existing.status }, data: { ...data, submittedAt } })
        if (changed.count !== 1) return { ok: false as const, errors: ['Hồ sơ vừa thay đổi, hãy tải lại trang'] }
        await tx.applicationProduct.deleteMany({ where: { applicationId: existing.id } })
        id = existing.id
      } else {
        id = (await tx.boothApplication.create({ data: { ...data, fairId: fair.id, producerId }, select: { id: true } })).id
      }
      await tx.applicationProduct.createMany({ data: input.productIds.map((productId) => ({ applicationId: id, productId })) })
      await writeAudit(tx, { actorId: actor.id, action: status === 'SUBMITTED' ? 'application.submit' : 'application.draft', entityType: 'BoothApplication', entityId: id })
      return { ok: true as const, status }
    })
  } catch (error) {
    // Two submissions at the same moment: the database keeps one, the other is told so.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, errors: ['Bạn đã có hồ sơ đăng ký cho hội chợ này. Hãy tải lại trang để xem và sửa hồ sơ.'] }
    }
    throw error
  }
}

export async function withdrawApplication(actor: Actor, slug: string) {
  const producerId = requireProducer(actor)
  const fair = await fairFacts(slug)
  const at = now()
  if (fair.status !== 'PUBLISHED' || at > fair.applicationClosesAt) return { ok: false as const, errors: ['Đã hết hạn đăng ký: liên hệ ban tổ chức để rút hồ sơ'] }
  return prisma.$transaction(async (tx) => {
    const application = await tx.boothApplication.findUnique({ where: { fairId_producerId: { fairId: fair.id, producerId } }, select: { id: true, status: true } })
    if (!application || application.status === 'WITHDRAWN') return { ok: false as const, errors: ['Không có hồ sơ để rút'] }
    if (await tx.allocation.count({ where: { applicationId: application.id } })) return { ok: false as const, errors: ['Hồ sơ đã được phân gian: liên hệ ban tổ chức'] }
    await tx.boothApplication.update({ where: { id: application.id }, data: { status: 'WITHDRAWN', waitlistPosition: null } })
    await writeAudit(tx, { actorId: actor.id, action: 'application.withdraw', entityType: 'BoothApplication', entityId: application.id, data: { from: application.status } })
    return { ok: true as const }
  })
}

/** One application by id, only if it is the actor's own (anything else is a 404). */
export async function getOwnApplication(actor: Actor, id: string) {
  const producerId = requireProducer(actor)
  const application = await prisma.boothApplication.findFirst({
    where: { id, producerId },
    include: { fair: { select: { slug: true, nameVi: true } }, boothType: { select: { code: true, nameVi: true } }, products: { include: { product: { select: { nameVi: true } } } } },
  })
  if (!application) throw new Response('Không tìm thấy hồ sơ', { status: 404 })
  return application
}
