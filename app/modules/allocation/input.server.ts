// Turns a fair's rows into the pure engine's input: booths (adjacency is derived from their
// geometry by the engine), ACCEPTED applications with what the priority and soft goals need
// (producer type, province, product groups/subgroups, best verified stars, first-time exhibitor,
// submission time) and the organiser's rules from the Fair plus the weights chosen in the UI.
import type { Prisma, PrismaClient } from '~/generated/prisma/client'
import { showsStarBadge } from '~/modules/producers/certificate-rules'
import { now } from '~/utils/clock.server'
import type { AllocationInput, ApplicationInput, BoothInput, BoothNeed, LockedPlacement, ProducerKind, SoftGoalWeights } from './types'

type Db = PrismaClient | Prisma.TransactionClient

const NEEDS: readonly BoothNeed[] = ['power', 'cold']
/** Province key for a producer without one, so the engine still gets a string. */
const NO_PROVINCE = '__none__'

export interface InputOptions {
  weights?: Partial<SoftGoalWeights>
  seed?: number
  /** Allocation rows to keep as locks (default: the fair's locked rows). */
  includeLocks?: boolean
}

export async function loadBooths(db: Db, fairId: string): Promise<BoothInput[]> {
  const booths = await db.booth.findMany({
    where: { fairId },
    select: { id: true, code: true, hallId: true, x: true, y: true, width: true, depth: true, zone: true, features: true, boothType: { select: { code: true } } },
    orderBy: { code: 'asc' },
  })
  return booths.map((b) => ({
    id: b.id,
    code: b.code,
    hallId: b.hallId,
    typeCode: b.boothType.code,
    zone: b.zone,
    x: b.x,
    y: b.y,
    width: b.width,
    depth: b.depth,
    features: b.features,
  }))
}

/** ACCEPTED applications of the fair in the engine's shape (everything derived at `at`). */
export async function loadApplications(db: Db, fairId: string, at: Date = now()): Promise<ApplicationInput[]> {
  const fair = await db.fair.findUniqueOrThrow({ where: { id: fairId }, select: { startsAt: true } })
  const applications = await db.boothApplication.findMany({
    where: { fairId, status: 'ACCEPTED' },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      producerId: true,
      boothCount: true,
      zonePreferences: true,
      wishedNeighbourIds: true,
      needs: true,
      submittedAt: true,
      createdAt: true,
      boothType: { select: { code: true } },
      producer: { select: { type: true, provinceId: true, formerProvinceId: true } },
      products: {
        select: {
          product: {
            select: { groupId: true, subgroupId: true, certificates: { select: { stars: true, status: true, expiresAt: true } } },
          },
        },
      },
    },
  })
  const producerIds = [...new Set(applications.map((a) => a.producerId))]
  // First-time exhibitor: no booth (allocation) at any fair that started before this one.
  const veterans = new Set(
    (
      await db.allocation.findMany({
        where: { producerId: { in: producerIds }, fairId: { not: fairId }, fair: { startsAt: { lt: fair.startsAt } } },
        select: { producerId: true },
        distinct: ['producerId'],
      })
    ).map((a) => a.producerId),
  )
  // Applications without chosen products fall back to the producer's published catalogue.
  const withoutProducts = applications.filter((a) => a.products.length === 0).map((a) => a.producerId)
  const catalogue = withoutProducts.length
    ? await db.product.findMany({
        where: { producerId: { in: withoutProducts }, status: 'PUBLISHED' },
        select: { producerId: true, groupId: true, subgroupId: true, certificates: { select: { stars: true, status: true, expiresAt: true } } },
      })
    : []

  return applications.map((app) => {
    const products = app.products.length > 0 ? app.products.map((p) => p.product) : catalogue.filter((p) => p.producerId === app.producerId)
    let maxStars = 0
    for (const product of products) {
      for (const certificate of product.certificates) {
        if (showsStarBadge(certificate, at)) maxStars = Math.max(maxStars, certificate.stars)
      }
    }
    return {
      id: app.id,
      producerId: app.producerId,
      producerType: app.producer.type as ProducerKind,
      provinceId: app.producer.provinceId ?? app.producer.formerProvinceId ?? NO_PROVINCE,
      productGroupIds: [...new Set(products.map((p) => p.groupId))].sort(),
      subgroupIds: [...new Set(products.flatMap((p) => (p.subgroupId ? [p.subgroupId] : [])))].sort(),
      maxStars,
      firstTimeExhibitor: !veterans.has(app.producerId),
      submittedAt: (app.submittedAt ?? app.createdAt).getTime(),
      boothTypeCode: app.boothType.code,
      boothCount: app.boothCount,
      zonePreferences: app.zonePreferences,
      wishedNeighbourProducerIds: app.wishedNeighbourIds,
      needs: NEEDS.filter((need) => app.needs.includes(need)),
    }
  })
}

/** Locked placements: every application with a locked Allocation row keeps its locked booths. */
export async function loadLocks(db: Db, fairId: string, applicationIds: ReadonlySet<string>): Promise<LockedPlacement[]> {
  const rows = await db.allocation.findMany({ where: { fairId, locked: true }, select: { applicationId: true, boothId: true }, orderBy: { boothId: 'asc' } })
  const byApplication = new Map<string, string[]>()
  for (const row of rows) {
    if (!applicationIds.has(row.applicationId)) continue
    byApplication.set(row.applicationId, [...(byApplication.get(row.applicationId) ?? []), row.boothId])
  }
  return [...byApplication].map(([applicationId, boothIds]) => ({ applicationId, boothIds }))
}

/** The complete engine input for a fair. */
export async function loadAllocationInput(db: Db, fairId: string, options: InputOptions = {}): Promise<AllocationInput> {
  const fair = await db.fair.findUniqueOrThrow({
    where: { id: fairId },
    select: { cooperativeTargetPercent: true, maxBoothsPerProducer: true, boothTypes: { select: { code: true, nameVi: true } } },
  })
  // One after the other: inside a transaction there is one connection to share.
  const booths = await loadBooths(db, fairId)
  const applications = await loadApplications(db, fairId)
  const locks = options.includeLocks === false ? [] : await loadLocks(db, fairId, new Set(applications.map((a) => a.id)))
  return {
    booths,
    applications,
    locks,
    rules: {
      cooperativeSharePercent: fair.cooperativeTargetPercent,
      maxBoothsPerProducer: fair.maxBoothsPerProducer,
      weights: options.weights,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
    boothTypeNames: Object.fromEntries(fair.boothTypes.map((t) => [t.code, t.nameVi])),
  }
}
