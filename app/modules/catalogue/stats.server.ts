// The home page's live figures. Four queries in parallel, each aggregated in PostgreSQL: the cost
// does not grow with the number of rows the page shows.
import { ProducerType } from '~/generated/prisma/enums'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { vietnamDateKey } from '~/utils/format'

export const OCOP_STARS = [5, 4, 3] as const
export type OcopStars = (typeof OCOP_STARS)[number]

/** Fairs the public may see before they start (drafts are private, finished ones are over). */
const UPCOMING_FAIR_STATUSES = ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ALLOCATED'] as const

export interface UpcomingFair {
  slug: string
  nameVi: string
  nameEn: string | null
  venue: string
  provinceName: string | null
  startsAt: Date
  endsAt: Date
  applicationClosesAt: Date
  /** Decided here, with the server's clock, so server and browser render the same thing. */
  applicationsOpen: boolean
}

export interface HomeStats {
  /** Published products of verified producers, by the stars of their best valid certificate. */
  productsByStars: { stars: OcopStars; count: number }[]
  certifiedProducts: number
  /** Verified producers, every type listed (zero included) in a fixed order. */
  producersByType: { type: ProducerType; count: number }[]
  verifiedProducers: number
  /** Distinct current provinces of verified producers. */
  provinces: number
  upcomingFairCount: number
  upcomingFairs: UpcomingFair[]
}

export async function getHomeStats({ fairLimit = 3, at = now() }: { fairLimit?: number; at?: Date } = {}): Promise<HomeStats> {
  // A certificate counts through its expiry day in Vietnam (see certificate-rules.ts): compare the
  // DATE column with today's Vietnamese calendar date.
  const today = vietnamDateKey(at)
  const upcomingWhere = { status: { in: [...UPCOMING_FAIR_STATUSES] }, startsAt: { gt: at } }

  const [starRows, typeRows, provinceRows, fairCount, fairs] = await Promise.all([
    prisma.$queryRaw<{ stars: number; count: number }[]>`
      SELECT best.stars, count(*)::int AS count
      FROM (
        SELECT p.id, max(c.stars) AS stars
        FROM "Product" p
        JOIN "Producer" pr ON pr.id = p."producerId" AND pr.status = 'VERIFIED'
        JOIN "Certificate" c ON c."productId" = p.id AND c.status = 'VERIFIED' AND c."expiresAt" >= ${today}::date
        WHERE p.status = 'PUBLISHED'
        GROUP BY p.id
      ) best
      GROUP BY best.stars`,
    prisma.producer.groupBy({ by: ['type'], where: { status: 'VERIFIED' }, _count: { _all: true } }),
    prisma.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT "provinceId")::int AS count FROM "Producer" WHERE status = 'VERIFIED' AND "provinceId" IS NOT NULL`,
    prisma.fair.count({ where: upcomingWhere }),
    prisma.fair.findMany({
      where: upcomingWhere,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: fairLimit,
      select: {
        slug: true,
        nameVi: true,
        nameEn: true,
        venue: true,
        startsAt: true,
        endsAt: true,
        applicationClosesAt: true,
        status: true,
        province: { select: { name: true } },
      },
    }),
  ])

  const productsByStars = OCOP_STARS.map((stars) => ({
    stars,
    count: starRows.find((row) => Number(row.stars) === stars)?.count ?? 0,
  }))
  const producersByType = Object.values(ProducerType).map((type) => ({
    type,
    count: typeRows.find((row) => row.type === type)?._count._all ?? 0,
  }))

  return {
    productsByStars,
    certifiedProducts: productsByStars.reduce((sum, row) => sum + row.count, 0),
    producersByType,
    verifiedProducers: producersByType.reduce((sum, row) => sum + row.count, 0),
    provinces: provinceRows[0]?.count ?? 0,
    upcomingFairCount: fairCount,
    upcomingFairs: fairs.map(({ province, status, ...fair }) => ({
      ...fair,
      provinceName: province?.name ?? null,
      applicationsOpen: status === 'PUBLISHED' && fair.applicationClosesAt > at,
    })),
  }
}
