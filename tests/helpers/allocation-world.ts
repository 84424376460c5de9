// A small fair for the allocation tests, built with Prisma directly: one organiser, one hall with
// two rows of booths (a row's booths share walls; the rows face each other across an aisle, so
// they are not neighbours), producers with products and certificates, and their applications.
import type { Actor } from '~/modules/accounts/permissions'
import type { PrismaClient } from '~/generated/prisma/client'
import { createProducer, createProduct } from '../factories'
import { createReferenceData } from '../factories/reference'

let counter = 0

export interface WorldOptions {
  slug?: string
  /** Booth type code per booth of row 1 then row 2 (default: six TC per row). */
  rows?: string[][]
  status?: 'PUBLISHED' | 'APPLICATIONS_CLOSED' | 'ALLOCATED'
  startsAt?: Date
}

export async function createWorld(prisma: PrismaClient, options: WorldOptions = {}) {
  await createReferenceData(prisma)
  const n = ++counter
  const organiser = await prisma.organiser.create({ data: { slug: `btc-${n}-${Date.now()}`, legalName: `Trung tâm Xúc tiến ${n}` } })
  const organiserUser = await prisma.user.create({
    data: { email: `btc${n}-${Date.now()}@vi.du`, passwordHash: 'x', name: 'Ban tổ chức', role: 'ORGANISER', organiserId: organiser.id },
  })
  const actor: Actor = { id: organiserUser.id, role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: organiser.id, memberRole: 'OWNER' }
  const slug = options.slug ?? `hoi-cho-${n}-${Date.now()}`
  const fair = await prisma.fair.create({
    data: {
      slug,
      organiserId: organiser.id,
      nameVi: `Hội chợ OCOP thử nghiệm ${n}`,
      venue: 'Trung tâm Hội nghị',
      addressLine: 'Vĩnh Long',
      startsAt: options.startsAt ?? new Date('2027-04-15T01:00:00Z'),
      endsAt: new Date((options.startsAt ?? new Date('2027-04-15T01:00:00Z')).getTime() + 3 * 86_400_000),
      applicationOpensAt: new Date('2026-10-01T00:00:00Z'),
      applicationClosesAt: new Date('2027-02-28T00:00:00Z'),
      maxBoothsPerProducer: 2,
      cooperativeTargetPercent: 20,
      paymentDueDays: 14,
      status: options.status ?? 'APPLICATIONS_CLOSED',
    },
  })
  const types = {
    TC: await prisma.boothType.create({ data: { fairId: fair.id, code: 'TC', nameVi: 'Gian tiêu chuẩn', widthM: 3, depthM: 3, priceVnd: 8_000_000 } }),
    LANH: await prisma.boothType.create({ data: { fairId: fair.id, code: 'LANH', nameVi: 'Gian có tủ mát', widthM: 3, depthM: 3, priceVnd: 11_000_000 } }),
  }
  const hall = await prisma.hall.create({ data: { fairId: fair.id, name: 'Nhà A', widthM: 30, depthM: 12 } })
  const rows = options.rows ?? [Array(6).fill('TC'), Array(6).fill('TC')]
  const booths: Record<string, { id: string; code: string }> = {}
  let index = 0
  for (const [r, row] of rows.entries()) {
    for (const [c, type] of row.entries()) {
      const code = `A-${String(++index).padStart(2, '0')}`
      const booth = await prisma.booth.create({
        data: {
          fairId: fair.id,
          hallId: hall.id,
          boothTypeId: types[type as 'TC' | 'LANH'].id,
          code,
          x: c * 3,
          y: r * 6,
          width: 3,
          depth: 3,
          zone: r === 0 ? 'Trái cây' : 'Đặc sản dừa',
          features: ['power', ...(type === 'LANH' ? ['cold'] : [])],
        },
      })
      booths[code] = { id: booth.id, code }
    }
  }
  return { organiser, actor, fair, types, hall, booths }
}

export interface ApplicantOptions {
  name?: string
  type?: 'HOUSEHOLD' | 'ENTERPRISE' | 'COOPERATIVE' | 'COOPERATIVE_GROUP'
  provinceId?: string
  stars?: number
  certificateStatus?: 'VERIFIED' | 'PENDING'
  groupId?: string
  subgroupId?: string | null
  boothType?: 'TC' | 'LANH'
  boothCount?: number
  zonePreferences?: string[]
  needs?: string[]
  submittedAt?: Date
  status?: 'ACCEPTED' | 'WAITLISTED' | 'SUBMITTED'
  waitlistPosition?: number | null
  withUser?: boolean
}

/** A producer with one certified product, a member account, and an application to the fair. */
export async function createApplicant(prisma: PrismaClient, world: Awaited<ReturnType<typeof createWorld>>, options: ApplicantOptions = {}) {
  const n = ++counter
  const name = options.name ?? `Hợp tác xã thử nghiệm ${n}`
  const producer = await createProducer(prisma, { legalName: name, type: options.type ?? 'HOUSEHOLD', provinceId: options.provinceId ?? '86', email: `lienhe${n}@nsx.vi.du` })
  const user =
    options.withUser === false
      ? null
      : await prisma.user.create({ data: { email: `nsx${n}-${Date.now()}@vi.du`, passwordHash: 'x', name: `Chủ cơ sở ${n}`, role: 'PRODUCER', producerId: producer.id } })
  const product = await createProduct(
    prisma,
    { producerId: producer.id, nameVi: `Sản phẩm ${n}`, groupId: options.groupId ?? '1', subgroupId: options.subgroupId === undefined ? '1.1.1' : options.subgroupId },
    {
      // Decided 1 Jun 2025, so valid until 1 Jun 2028 (the tests check expiry on that date).
      certificate: { stars: options.stars ?? 3, status: options.certificateStatus ?? 'VERIFIED', decisionDate: new Date('2025-06-01T00:00:00Z'), issuedAt: new Date('2025-06-01T00:00:00Z'), expiresAt: new Date('2028-06-01T00:00:00Z') },
    },
  )
  const application = await prisma.boothApplication.create({
    data: {
      fairId: world.fair.id,
      producerId: producer.id,
      boothTypeId: world.types[options.boothType ?? 'TC'].id,
      boothCount: options.boothCount ?? 1,
      zonePreferences: options.zonePreferences ?? [],
      needs: options.needs ?? [],
      status: options.status ?? 'ACCEPTED',
      submittedAt: options.submittedAt ?? new Date(Date.UTC(2026, 10, 1, 0, n)),
      waitlistPosition: options.waitlistPosition ?? null,
      products: { create: [{ productId: product.id }] },
    },
  })
  const actor: Actor | null = user ? { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' } : null
  return { producer, user, product, application, actor }
}
