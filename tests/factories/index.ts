// One way to build records, shared by the demo seed (prisma/seed) and the tests. `build*` returns
// plain create-input objects (the seed inserts them in bulk with createMany); `create*` inserts one.
// Defaults are valid and realistic; pass overrides for what a test cares about.
import type { Prisma, PrismaClient } from '../../app/generated/prisma/client.ts'
import { slugify } from '../../app/utils/slug.ts'
import { stableId } from '../../prisma/seed/random.ts'

let sequence = 0
const next = () => ++sequence

type Producer = Prisma.ProducerCreateManyInput
type Product = Prisma.ProductCreateManyInput
type Certificate = Prisma.CertificateCreateManyInput
type User = Prisma.UserCreateManyInput
type BuyerOrganisation = Prisma.BuyerOrganisationCreateManyInput

export function buildProducer(overrides: Partial<Producer> = {}): Producer & { id: string } {
  const n = next()
  const legalName = overrides.legalName ?? `Hợp tác xã Dừa Xanh số ${n}`
  return {
    slug: slugify(legalName),
    legalName,
    type: 'COOPERATIVE',
    status: 'VERIFIED',
    verifiedAt: new Date('2026-01-15T00:00:00Z'),
    phone: `0275${String(3000000 + n).slice(-7)}`,
    ...overrides,
    id: overrides.id ?? stableId('producer', legalName),
  }
}

export function buildProduct(overrides: Partial<Product> & Pick<Product, 'producerId'>): Product & { id: string } {
  const nameVi = overrides.nameVi ?? `Kẹo dừa sáp mẻ ${next()}`
  return {
    slug: slugify(nameVi),
    nameVi,
    groupId: '1',
    unit: 'hộp',
    minOrderQuantity: 20,
    status: 'PUBLISHED',
    publishedAt: new Date('2026-02-01T00:00:00Z'),
    ...overrides,
    id: overrides.id ?? stableId('product', `${overrides.producerId}:${nameVi}`),
  }
}

export function buildCertificate(overrides: Partial<Certificate> & Pick<Certificate, 'producerId'>): Certificate {
  const number = overrides.certificateNumber ?? `OCOP-${String(next()).padStart(5, '0')}`
  const decisionDate = (overrides.decisionDate as Date | undefined) ?? new Date('2025-09-10T00:00:00Z')
  const expires = new Date(decisionDate)
  expires.setUTCMonth(expires.getUTCMonth() + 36)
  return {
    id: stableId('certificate', `${overrides.issuingAuthority ?? 'UBND tỉnh Vĩnh Long'}:${number}`),
    stars: 3,
    certificateNumber: number,
    decisionNumber: `${next()}/QĐ-UBND`,
    decisionDate,
    issuingLevel: 'PROVINCE',
    issuingAuthority: 'UBND tỉnh Vĩnh Long',
    issuedAt: decisionDate,
    expiresAt: expires,
    status: 'VERIFIED',
    ...overrides,
  }
}

export function buildUser(overrides: Partial<User> & Pick<User, 'passwordHash'>): User {
  const email = overrides.email ?? `nguoi-dung-${next()}@vi.du`
  return { id: stableId('user', email), email, name: 'Nguyễn Văn An', role: 'BUYER', ...overrides }
}

export function buildBuyerOrganisation(overrides: Partial<BuyerOrganisation> = {}): BuyerOrganisation & { id: string } {
  const name = overrides.name ?? `Công ty Phân phối số ${next()}`
  return { slug: slugify(name), name, type: 'DISTRIBUTOR', ...overrides, id: overrides.id ?? stableId('buyer', name) }
}

export async function createProducer(prisma: PrismaClient, overrides: Partial<Producer> = {}) {
  return prisma.producer.create({ data: buildProducer(overrides) })
}

/** A product with one price tier and, unless `certificate: null`, a verified certificate. */
export async function createProduct(
  prisma: PrismaClient,
  overrides: Partial<Product> & Pick<Product, 'producerId'>,
  options: { priceVnd?: number; certificate?: Partial<Certificate> | null } = {},
) {
  const data = buildProduct(overrides)
  const product = await prisma.product.create({
    data: { ...data, priceTiers: { create: [{ minQuantity: data.minOrderQuantity ?? 1, priceVnd: options.priceVnd ?? 45000 }] } } as never,
  })
  if (options.certificate !== null) {
    await prisma.certificate.create({ data: buildCertificate({ producerId: data.producerId, productId: product.id, ...options.certificate }) })
  }
  return product
}

export async function createUser(prisma: PrismaClient, overrides: Partial<User> = {}) {
  return prisma.user.create({ data: buildUser({ passwordHash: 'not-a-real-hash', ...overrides }) })
}

export async function createBuyerOrganisation(prisma: PrismaClient, overrides: Partial<BuyerOrganisation> = {}) {
  return prisma.buyerOrganisation.create({ data: buildBuyerOrganisation(overrides) })
}
