// Fairs, halls, booths and applications for tests (and anything else that needs a small fair).
// Defaults describe a realistic open fair: applications open now-ish, three booth types, one hall
// with rows of 3 × 3 m booths facing each other across an aisle.
import type { ApplicationStatus, Prisma, PrismaClient } from '../../app/generated/prisma/client.ts'
import { slugify } from '../../app/utils/slug.ts'
import { stableId } from '../../prisma/seed/random.ts'
import { createProducer, createProduct } from './index.ts'

let sequence = 0
const next = () => ++sequence

export const DEFAULT_BOOTH_TYPES = [
  { code: 'TC', nameVi: 'Gian tiêu chuẩn 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 8_000_000, includes: ['Bàn', 'Ghế', 'Điện'] },
  { code: 'GOC', nameVi: 'Gian góc 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 9_500_000, includes: ['Bàn', 'Ghế', 'Điện'] },
  { code: 'LANH', nameVi: 'Gian có tủ mát 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 11_000_000, includes: ['Bàn', 'Điện', 'Tủ mát'] },
] as const

export async function createOrganiser(prisma: PrismaClient, overrides: Partial<Prisma.OrganiserCreateManyInput> = {}) {
  const legalName = overrides.legalName ?? `Sở Công Thương số ${next()}`
  return prisma.organiser.create({
    data: {
      slug: slugify(legalName),
      taxCode: null,
      addressLine: 'Số 1 Đường 30/4, phường Long Châu, tỉnh Vĩnh Long',
      phone: '02703822001',
      email: `btc-${next()}@vi.du`,
      ...overrides,
      legalName,
      id: overrides.id ?? stableId('organiser', legalName),
    },
  })
}

export interface FairWithBoothsOptions {
  organiserId?: string
  fair?: Partial<Prisma.FairCreateManyInput>
  /** Booth rows in the hall; each row is `boothsPerRow` booths side by side. */
  rows?: number
  boothsPerRow?: number
  /** Zone label of each row (repeats the last one when there are more rows). */
  zones?: string[]
}

/**
 * A fair with the three default booth types and one hall "Nhà A" of booths A-01…: row ends are
 * corner booths (GOC), the right half of the first row is refrigerated (LANH), the rest standard.
 */
export async function createFairWithBooths(prisma: PrismaClient, options: FairWithBoothsOptions = {}) {
  const n = next()
  const organiserId = options.organiserId ?? (await createOrganiser(prisma)).id
  const nameVi = options.fair?.nameVi ?? `Hội chợ OCOP thử nghiệm số ${n}`
  const rows = options.rows ?? 2
  const perRow = options.boothsPerRow ?? 10
  const zones = options.zones ?? ['Trái cây', 'Đặc sản dừa']
  const day = 24 * 3600 * 1000
  const fairId = options.fair?.id ?? stableId('fair', nameVi)
  const fair = await prisma.fair.create({
    data: {
      slug: slugify(nameVi),
      organiserId,
      venue: 'Trung tâm Hội nghị tỉnh Vĩnh Long',
      addressLine: 'Phường Long Châu, tỉnh Vĩnh Long',
      startsAt: new Date(Date.now() + 120 * day),
      endsAt: new Date(Date.now() + 123 * day),
      applicationOpensAt: new Date(Date.now() - 30 * day),
      applicationClosesAt: new Date(Date.now() + 60 * day),
      status: 'PUBLISHED',
      ...options.fair,
      nameVi,
      id: fairId,
    },
  })
  const boothTypes = await Promise.all(
    DEFAULT_BOOTH_TYPES.map((type) =>
      prisma.boothType.create({ data: { ...type, includes: [...type.includes], id: stableId('booth-type', `${fairId}:${type.code}`), fairId } }),
    ),
  )
  const typeId = (code: string) => boothTypes.find((t) => t.code === code)!.id
  const hall = await prisma.hall.create({
    data: { id: stableId('hall', `${fairId}:Nhà A`), fairId, name: 'Nhà A', widthM: perRow * 3 + 10, depthM: rows * 3 + Math.ceil(rows / 2) * 3 + 4 },
  })
  const booths: Prisma.BoothCreateManyInput[] = []
  for (let row = 0; row < rows; row++) {
    // Pairs of rows back to back, a 3 m aisle between pairs.
    const y = 2 + row * 3 + Math.floor(row / 2) * 3
    for (let col = 0; col < perRow; col++) {
      const code = `A-${String(row * perRow + col + 1).padStart(2, '0')}`
      const corner = col === 0 || col === perRow - 1
      const cold = !corner && row === 0 && col >= perRow / 2
      booths.push({
        id: stableId('booth', `${fairId}:${code}`),
        fairId,
        hallId: hall.id,
        boothTypeId: typeId(cold ? 'LANH' : corner ? 'GOC' : 'TC'),
        code,
        x: 5 + col * 3,
        y,
        width: 3,
        depth: 3,
        zone: zones[Math.min(row, zones.length - 1)],
        features: [...(corner ? ['corner'] : []), 'power', ...(cold ? ['cold'] : [])],
      })
    }
  }
  await prisma.booth.createMany({ data: booths })
  const createdBooths = await prisma.booth.findMany({ where: { fairId }, orderBy: { code: 'asc' } })
  return { fair, organiserId, boothTypes, hall, booths: createdBooths }
}

export interface ApplicationOptions {
  fairId: string
  boothTypeId: string
  /** An existing producer; by default a new verified cooperative with one 3★ product. */
  producerId?: string
  productIds?: string[]
  status?: ApplicationStatus
  application?: Partial<Prisma.BoothApplicationCreateManyInput>
}

/** An application (ACCEPTED by default) with its products; creates a producer and product when not given. */
export async function createApplication(prisma: PrismaClient, options: ApplicationOptions) {
  const producerId = options.producerId ?? (await createProducer(prisma, { legalName: `Hợp tác xã Trái cây số ${next()}` })).id
  const productIds = options.productIds ?? [(await createProduct(prisma, { producerId })).id]
  const status = options.status ?? 'ACCEPTED'
  const submitted = status !== 'DRAFT'
  return prisma.boothApplication.create({
    data: {
      fairId: options.fairId,
      producerId,
      boothTypeId: options.boothTypeId,
      boothCount: 1,
      zonePreferences: [],
      wishedNeighbourIds: [],
      needs: [],
      status,
      submittedAt: submitted ? new Date() : null,
      decidedAt: ['ACCEPTED', 'REJECTED', 'WAITLISTED'].includes(status) ? new Date() : null,
      ...options.application,
      products: { create: productIds.map((productId) => ({ productId })) },
    },
    include: { products: true },
  })
}
