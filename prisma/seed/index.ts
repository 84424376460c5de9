// Demo data for OCOP Connect: realistic and deterministic. Every row has an id derived from its
// natural key (stableId) and is inserted with createMany({ skipDuplicates }), so running the seed
// again inserts nothing: it is idempotent without read-then-write loops, and takes a few seconds.
// Proportions follow Bến Tre's 2024 report: 159 producers (86 household businesses, 39 enterprises,
// 31 cooperatives, 3 cooperative groups) with 316 OCOP products, mostly 3★, some 4★, a few 5★.
import type { PrismaClient } from '../../app/generated/prisma/client.ts'
import { hashPassword } from '../../app/modules/accounts/password.server.ts'
import { slugify } from '../../app/utils/slug.ts'
import { buildBuyerOrganisation, buildCertificate, buildProducer, buildProduct, buildUser } from '../../tests/factories/index.ts'
import { COMMUNES, FORMER_DISTRICTS, FORMER_PROVINCES, FORMER_UNITS_VALID_TO, MEKONG_DELTA, PROVINCES, REFORM_DATE } from './data/administrative-units.ts'
import { BEN_TRE_TEMPLATES, BUYERS, DELTA_TEMPLATES, PEOPLE, type ProductTemplate } from './data/catalogue.ts'
import { flattenTaxonomy, groupOf, TAXONOMY_VERSION } from './data/taxonomy.ts'
import { createRandom, intBetween, pick, stableId, type Random } from './random.ts'
import { seedInquiries } from './inquiries.ts'
import { seedFairHistory } from './fair-history.ts'

/** Demo data is laid out around this date, not "now", so counts never drift between machines. */
export const SEED_BASE_DATE = new Date('2026-11-01T00:00:00Z')
export const DEMO_PASSWORD = 'OcopDemo#2026'
export const DEMO_ACCOUNTS = [
  { role: 'PRODUCER', email: 'nhasanxuat@demo.ocop.vn', password: DEMO_PASSWORD, name: 'Trần Thị Lan' },
  { role: 'BUYER', email: 'nguoimua@demo.ocop.vn', password: DEMO_PASSWORD, name: 'Lê Minh Khoa' },
  { role: 'ORGANISER', email: 'bantochuc@demo.ocop.vn', password: DEMO_PASSWORD, name: 'Phạm Quốc Bảo' },
  { role: 'ADMIN', email: 'quantri@demo.ocop.vn', password: DEMO_PASSWORD, name: 'Quản trị OCOP Connect' },
] as const

export const BEN_TRE_MIX = { HOUSEHOLD: 86, ENTERPRISE: 39, COOPERATIVE: 31, COOPERATIVE_GROUP: 3 } as const
export const BEN_TRE_PRODUCTS = 316
const OTHER_PRODUCERS_PER_PROVINCE = 8
export const FAIR_SLUG = 'dien-dan-ket-noi-ocop-dbscl-2027'

export interface SeedSummary {
  units: number
  categories: number
  producers: number
  products: number
  certificates: number
  buyers: number
  booths: number
  users: number
}

type Log = (line: string) => void
const DAY = 24 * 60 * 60 * 1000
const utcDate = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
const addMonths = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()))
const roundTo = (value: number, step: number) => Math.round(value / step) * step

function communeId(commune: (typeof COMMUNES)[number]) {
  return commune.code ?? `${commune.provinceId}-${slugify(commune.name)}`
}

async function seedReference(prisma: PrismaClient) {
  const validTo = new Date(`${FORMER_UNITS_VALID_TO}T00:00:00Z`)
  const reform = new Date(`${REFORM_DATE}T00:00:00Z`)
  await prisma.administrativeUnit.createMany({
    skipDuplicates: true,
    data: PROVINCES.map((p) => ({ id: p.id, name: p.name, slug: p.slug, level: 'PROVINCE' as const, region: p.region, validFrom: reform })),
  })
  await prisma.administrativeUnit.createMany({
    skipDuplicates: true,
    data: FORMER_PROVINCES.map((p) => ({ id: p.id, name: p.name, slug: p.slug, level: 'PROVINCE' as const, region: p.region, successorId: p.successorId, validTo })),
  })
  await prisma.administrativeUnit.createMany({
    skipDuplicates: true,
    data: FORMER_DISTRICTS.map((d) => ({
      id: `${d.formerProvinceId}-D-${slugify(d.name)}`,
      name: `${d.kind[0].toUpperCase()}${d.kind.slice(1)} ${d.name}`,
      slug: `${d.formerProvinceId.toLowerCase()}-${slugify(d.name)}`,
      level: 'DISTRICT' as const,
      parentId: d.formerProvinceId,
      validTo,
    })),
  })
  await prisma.administrativeUnit.createMany({
    skipDuplicates: true,
    data: COMMUNES.map((c) => ({ id: communeId(c), name: c.name, slug: `${c.provinceId}-${slugify(c.name)}`, level: 'COMMUNE' as const, parentId: c.provinceId, validFrom: reform })),
  })
  const categories = flattenTaxonomy()
  await prisma.productCategory.createMany({
    skipDuplicates: true,
    data: categories.map((c) => ({ ...c, taxonomyVersion: TAXONOMY_VERSION })),
  })
}

interface PlannedProducer {
  id: string
  type: 'HOUSEHOLD' | 'ENTERPRISE' | 'COOPERATIVE' | 'COOPERATIVE_GROUP'
  commune: (typeof COMMUNES)[number]
  templates: ProductTemplate[]
  productCount: number
  fiveStarKeys: string[]
}

function shuffle<T>(random: Random, list: T[]): T[] {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

function producerName(type: PlannedProducer['type'], template: ProductTemplate, area: string, person: string, n: number) {
  const product = template.subgroupId.startsWith('6') ? 'Du lịch' : template.nameVi.split(' ').slice(0, 2).join(' ')
  switch (type) {
    case 'HOUSEHOLD':
      return `Cơ sở ${product} ${person}${n > 0 ? ` ${['Hai', 'Ba', 'Tư', 'Năm', 'Sáu'][n - 1] ?? n + 1}` : ''}`
    case 'ENTERPRISE':
      return `Công ty TNHH ${product} ${area} ${['Xanh', 'Việt', 'Phát', 'Thịnh', 'Hưng', 'An'][n % 6]}${n > 5 ? ` ${n}` : ''}`
    case 'COOPERATIVE':
      return `Hợp tác xã ${product} ${area}${n > 0 ? ` ${n + 1}` : ''}`
    case 'COOPERATIVE_GROUP':
      return `Tổ hợp tác ${product} ${area}${n > 0 ? ` ${n + 1}` : ''}`
  }
}

function planProducers(random: Random): PlannedProducer[] {
  const plans: PlannedProducer[] = []
  const benTreCommunes = COMMUNES.filter((c) => c.formerProvinceId === 'F83')
  const types = shuffle(
    random,
    Object.entries(BEN_TRE_MIX).flatMap(([type, count]) => Array.from({ length: count }, () => type as PlannedProducer['type'])),
  )
  // The demo producer account belongs to the first cooperative; 5★ products go to two companies.
  types.splice(types.indexOf('COOPERATIVE'), 1)
  types.unshift('COOPERATIVE')
  const total = types.length
  let remaining = BEN_TRE_PRODUCTS
  types.forEach((type, index) => {
    const commune = index === 0 ? benTreCommunes.find((c) => c.area === 'Mỏ Cày Bắc')! : pick(random, benTreCommunes)
    const local = BEN_TRE_TEMPLATES.filter((t) => t.areas?.includes(commune.area))
    const templates = shuffle(random, local.length ? [...local, ...BEN_TRE_TEMPLATES] : BEN_TRE_TEMPLATES)
    const producersLeft = total - index
    const count = Math.max(1, Math.min(3, Math.round(remaining / producersLeft + (random() - 0.5))))
    const productCount = producersLeft === 1 ? remaining : Math.min(count, remaining - (producersLeft - 1))
    remaining -= productCount
    plans.push({ id: '', type, commune, templates, productCount, fiveStarKeys: [] })
  })
  // Bến Tre's 5★: a fruit company in Chợ Lách's whole frozen durian, and coconut candies of one company.
  const enterprises = plans.filter((p) => p.type === 'ENTERPRISE')
  const durian = enterprises[0]
  durian.commune = benTreCommunes.find((c) => c.area === 'Chợ Lách')!
  durian.templates = [BEN_TRE_TEMPLATES.find((t) => t.key === 'sau-rieng-dong-lanh')!, BEN_TRE_TEMPLATES.find((t) => t.key === 'sau-rieng-ri6')!]
  durian.fiveStarKeys = ['sau-rieng-dong-lanh']
  const candy = enterprises[1]
  candy.commune = benTreCommunes.find((c) => c.area === 'Mỏ Cày')!
  candy.templates = ['keo-dua-sap', 'keo-dua-sau-rieng', 'keo-dua-sua'].map((key) => BEN_TRE_TEMPLATES.find((t) => t.key === key)!)
  candy.fiveStarKeys = ['keo-dua-sap', 'keo-dua-sau-rieng']
  const moved = 3 - candy.productCount
  candy.productCount = 3
  // Keep the total at 316 by taking the extra products from producers with more than one.
  for (let i = plans.length - 1, left = moved; left > 0 && i >= 0; i--) {
    if (plans[i] !== candy && plans[i].productCount > 1) {
      plans[i].productCount--
      left--
    }
  }
  durian.productCount = Math.max(durian.productCount, 1)

  // Producers from the other Mekong Delta provinces, a few of each type.
  const byFormer = new Map<string, typeof DELTA_TEMPLATES>()
  for (const template of DELTA_TEMPLATES) byFormer.set(template.formerProvinceId, [...(byFormer.get(template.formerProvinceId) ?? []), template])
  const otherTypes: PlannedProducer['type'][] = ['HOUSEHOLD', 'COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD', 'COOPERATIVE', 'HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE_GROUP']
  for (const [formerId, templates] of byFormer) {
    const communes = COMMUNES.filter((c) => c.formerProvinceId === formerId)
    if (communes.length === 0) continue
    const count = Math.max(2, Math.round((OTHER_PRODUCERS_PER_PROVINCE * templates.length) / 3))
    for (let i = 0; i < count; i++) {
      plans.push({ id: '', type: otherTypes[i % otherTypes.length], commune: pick(random, communes), templates: shuffle(random, templates), productCount: intBetween(random, 1, 2), fiveStarKeys: [] })
    }
  }
  return plans
}

function priceTiers(random: Random, template: ProductTemplate, moq: number) {
  const step = template.price[1] >= 100000 ? 1000 : 500
  const first = roundTo(template.price[0] + random() * (template.price[1] - template.price[0]), step)
  const tiers = [{ minQuantity: moq, priceVnd: first }]
  const count = intBetween(random, 1, 3)
  if (count >= 2) tiers.push({ minQuantity: moq * 5, priceVnd: roundTo(first * 0.94, step) })
  if (count >= 3) tiers.push({ minQuantity: moq * 20, priceVnd: roundTo(first * 0.88, step) })
  return tiers
}

function certificateFor(random: Random, stars: number, commune: (typeof COMMUNES)[number], formerProvinceName: string, currentProvinceName: string, n: number) {
  // Decisions spread over the 40 months before the base date: some expired, some expiring soon.
  const decisionDate = utcDate(new Date(SEED_BASE_DATE.getTime() - Math.floor(random() * 40 * 30.4) * DAY))
  const afterReform = decisionDate >= new Date('2025-07-06T00:00:00Z')
  let issuingLevel: 'DISTRICT' | 'PROVINCE' | 'CENTRAL'
  let issuingAuthority: string
  if (stars === 5) {
    issuingLevel = 'CENTRAL'
    issuingAuthority = decisionDate >= new Date('2025-03-01T00:00:00Z') ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn'
  } else if (stars === 3 && !afterReform) {
    issuingLevel = 'DISTRICT'
    issuingAuthority = `UBND ${FORMER_DISTRICTS.find((d) => d.name === commune.formerDistrict && d.formerProvinceId === commune.formerProvinceId)?.kind ?? 'huyện'} ${commune.formerDistrict}`
  } else {
    issuingLevel = 'PROVINCE'
    issuingAuthority = `UBND tỉnh ${decisionDate >= new Date(`${REFORM_DATE}T00:00:00Z`) ? currentProvinceName : formerProvinceName}`
  }
  const year = decisionDate.getUTCFullYear()
  return {
    stars,
    score: stars === 5 ? intBetween(random, 90, 96) : stars === 4 ? intBetween(random, 70, 86) : intBetween(random, 52, 68),
    certificateNumber: `${year}/OCOP-${String(n).padStart(4, '0')}`,
    decisionNumber: `${intBetween(random, 100, 3999)}/QĐ-${issuingLevel === 'CENTRAL' ? 'BNN' : 'UBND'}`,
    decisionDate,
    issuedAt: decisionDate,
    expiresAt: addMonths(decisionDate, 36),
    issuingLevel,
    issuingAuthority,
  }
}

async function seedCatalogue(prisma: PrismaClient, log: Log) {
  const random = createRandom(20261101)
  const provinces = new Map([...PROVINCES, ...FORMER_PROVINCES].map((p) => [p.id, p.name]))
  const plans = planProducers(random)
  const producers = []
  const products = []
  const tiers = []
  const certificates = []
  const usedSlugs = new Set<string>()
  const uniqueSlug = (base: string) => {
    let slug = base
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`
    usedSlugs.add(slug)
    return slug
  }
  const nameCounts = new Map<string, number>()
  let certificateNumber = 0

  for (const [index, plan] of plans.entries()) {
    const person = PEOPLE[index % PEOPLE.length]
    const lead = plan.templates[0]
    let legalName = producerName(plan.type, lead, plan.commune.area, person, 0)
    for (let n = 1; nameCounts.has(legalName); n++) legalName = producerName(plan.type, lead, plan.commune.area, person, n)
    nameCounts.set(legalName, 1)
    const pending = index > 0 && index % 53 === 0 // a few profiles still waiting for review
    const producer = buildProducer({
      legalName,
      slug: uniqueSlug(slugify(legalName)),
      type: plan.type,
      status: pending ? 'PENDING' : 'VERIFIED',
      verifiedAt: pending ? null : new Date(SEED_BASE_DATE.getTime() - intBetween(random, 30, 700) * DAY),
      taxCode: plan.type === 'HOUSEHOLD' ? null : String(1300100000 + index * 37).slice(0, 10),
      representative: person,
      contactName: person,
      phone: `0${pick(random, ['275', '277', '290', '292', '299', '294', '270'])}${String(3800000 + index * 131).slice(-7)}`,
      email: `lienhe${index + 1}@${slugify(plan.commune.area)}.ocop.vn`,
      provinceId: plan.commune.provinceId,
      communeId: communeId(plan.commune),
      formerProvinceId: plan.commune.formerProvinceId,
      addressLine: `Ấp ${intBetween(random, 1, 9)}, ${plan.commune.name}`,
      story: `${legalName} sản xuất ${lead.nameVi.toLowerCase()} tại ${plan.commune.area} (${provinces.get(plan.commune.formerProvinceId)} cũ). ${lead.description.split('\n')[0]}`,
      createdAt: new Date(SEED_BASE_DATE.getTime() - intBetween(random, 200, 900) * DAY),
    })
    producers.push(producer)

    for (let k = 0; k < plan.productCount; k++) {
      const template = plan.templates[k % plan.templates.length]
      const suffix = k < plan.templates.length ? plan.commune.area : `${plan.commune.area} loại ${k + 1}`
      const nameVi = template.nameVi.includes(plan.commune.area) && k < plan.templates.length ? template.nameVi : `${template.nameVi} ${suffix}`
      const moq = roundTo(intBetween(random, template.moq[0], template.moq[1]), template.moq[0] >= 50 ? 10 : 1) || template.moq[0]
      const statusRoll = random()
      const productStatus = producer.status !== 'VERIFIED' ? 'DRAFT' : statusRoll < 0.04 ? 'DRAFT' : statusRoll < 0.06 ? 'ARCHIVED' : 'PUBLISHED'
      const product = buildProduct({
        id: stableId('product', `${producer.id}:${k}`),
        producerId: producer.id,
        nameVi,
        nameEn: `${template.nameEn}, ${plan.commune.area}`,
        slug: uniqueSlug(slugify(nameVi)),
        groupId: groupOf(template.subgroupId),
        subgroupId: template.subgroupId,
        descriptionVi: template.description,
        unit: template.unit,
        packaging: template.packaging,
        minOrderQuantity: moq,
        monthlyCapacity: roundTo(intBetween(random, template.capacity[0], template.capacity[1]), 100),
        shelfLifeDays: template.shelfLifeDays,
        leadTimeDays: intBetween(random, 2, 14),
        samplesAvailable: random() < 0.55,
        standards: template.standards.filter(() => random() < 0.8) as never,
        exportMarkets: template.standards.includes('GLOBALGAP') ? ['Úc', 'Hàn Quốc'] : [],
        status: productStatus,
        publishedAt: productStatus === 'DRAFT' ? null : new Date(SEED_BASE_DATE.getTime() - intBetween(random, 5, 600) * DAY),
        archivedAt: productStatus === 'ARCHIVED' ? new Date(SEED_BASE_DATE.getTime() - intBetween(random, 1, 60) * DAY) : null,
        viewCount: intBetween(random, 0, 900),
      })
      products.push(product)
      for (const tier of priceTiers(random, template, moq)) tiers.push({ id: stableId('tier', `${product.id}:${tier.minQuantity}`), productId: product.id, ...tier })

      const roll = random()
      const stars = plan.fiveStarKeys.includes(template.key) ? 5 : roll < 0.74 ? 3 : 4
      const certificate = certificateFor(random, stars, plan.commune, provinces.get(plan.commune.formerProvinceId)!, provinces.get(plan.commune.provinceId)!, ++certificateNumber)
      const certificateStatus = producer.status !== 'VERIFIED' ? 'PENDING' : random() < 0.03 ? 'PENDING' : 'VERIFIED'
      certificates.push(buildCertificate({ producerId: producer.id, productId: product.id, ...certificate, status: certificateStatus, reviewedAt: certificateStatus === 'VERIFIED' ? certificate.decisionDate : null }))
    }
  }

  await prisma.producer.createMany({ data: producers, skipDuplicates: true })
  await prisma.product.createMany({ data: products, skipDuplicates: true })
  await prisma.priceTier.createMany({ data: tiers, skipDuplicates: true })
  await prisma.certificate.createMany({ data: certificates, skipDuplicates: true })
  log(`Seed: ${producers.length} producers, ${products.length} products, ${certificates.length} certificates`)
  return { demoProducerId: producers[0].id }
}

async function seedBuyersAndFair(prisma: PrismaClient) {
  const buyers = BUYERS.map((b, i) =>
    buildBuyerOrganisation({
      name: b.name,
      type: b.type,
      provinceId: b.provinceId,
      phone: `028${String(38000000 + i * 7171).slice(-8)}`,
      email: `muahang@${slugify(b.name).slice(0, 24)}.vn`,
      description: 'Tìm nguồn hàng OCOP ổn định, có truy xuất nguồn gốc, cho kênh phân phối toàn quốc.',
    }),
  )
  await prisma.buyerOrganisation.createMany({ data: buyers, skipDuplicates: true })

  const organiserId = stableId('organiser', 'so-cong-thuong-vinh-long')
  await prisma.organiser.createMany({
    skipDuplicates: true,
    data: [{ id: organiserId, slug: 'trung-tam-xuc-tien-vinh-long', legalName: 'Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh Vĩnh Long', taxCode: '1500123456', addressLine: 'Phường Thanh Đức, tỉnh Vĩnh Long', phone: '02703822222', email: 'xuctien@vinhlong.gov.vn', bankAccount: 'Vietcombank 0011000123456' }],
  })
  const fairId = stableId('fair', FAIR_SLUG)
  await prisma.fair.createMany({
    skipDuplicates: true,
    data: [
      {
        id: fairId,
        slug: FAIR_SLUG,
        organiserId,
        nameVi: 'Diễn đàn kết nối sản phẩm OCOP vùng Đồng bằng sông Cửu Long 2027',
        nameEn: 'Mekong Delta OCOP Product Connection Forum 2027',
        descriptionVi: 'Diễn đàn thường niên kết nối chủ thể OCOP 13 tỉnh, thành cũ vùng ĐBSCL với nhà phân phối, siêu thị và doanh nghiệp xuất khẩu: khu trưng bày theo chủ đề, hội thi sản phẩm, hội nghị và ký kết hợp tác.',
        venue: 'Trung tâm Hội nghị tỉnh Vĩnh Long',
        addressLine: 'Phường Long Châu, tỉnh Vĩnh Long',
        provinceId: '86',
        startsAt: new Date('2027-04-15T01:00:00Z'),
        endsAt: new Date('2027-04-18T14:00:00Z'),
        openingHours: '08:00–21:00',
        applicationOpensAt: new Date('2026-10-01T00:00:00Z'),
        applicationClosesAt: new Date('2027-02-28T16:59:59Z'),
        minStars: 3,
        allowedProvinceIds: PROVINCES.filter((p) => p.region === MEKONG_DELTA).map((p) => p.id),
        verifiedOnly: true,
        maxBoothsPerProducer: 2,
        cooperativeTargetPercent: 20,
        subsidyRule: { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE', 'COOPERATIVE_GROUP'], percent: 50 },
        paymentDueDays: 14,
        refundCutoffAt: new Date('2027-03-31T16:59:59Z'),
        status: 'PUBLISHED',
      },
    ],
  })
  const boothTypes = [
    { code: 'TC', nameVi: 'Gian tiêu chuẩn 3 × 3 m', nameEn: 'Standard booth 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 8_000_000, includes: ['Bàn', 'Ghế', 'Điện chiếu sáng'] },
    { code: 'GOC', nameVi: 'Gian góc 3 × 3 m', nameEn: 'Corner booth 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 9_500_000, includes: ['Bàn', 'Ghế', 'Điện', 'Hai mặt thoáng'] },
    { code: 'LANH', nameVi: 'Gian có tủ mát 3 × 3 m', nameEn: 'Refrigerated booth 3 × 3 m', widthM: 3, depthM: 3, priceVnd: 11_000_000, includes: ['Bàn', 'Điện 3 pha', 'Tủ mát'] },
  ]
  await prisma.boothType.createMany({ skipDuplicates: true, data: boothTypes.map((t) => ({ id: stableId('booth-type', `${fairId}:${t.code}`), fairId, ...t })) })
  const halls = [
    { name: 'Nhà A', zones: ['Trái cây', 'Khu 5 sao', 'Đặc sản dừa'] },
    { name: 'Nhà B', zones: ['Nước mắm và thủy sản', 'Thủ công mỹ nghệ', 'Sản phẩm mới'] },
  ]
  const booths: Array<Record<string, unknown> & { id: string }> = []
  for (const [h, hall] of halls.entries()) {
    const hallId = stableId('hall', `${fairId}:${hall.name}`)
    await prisma.hall.createMany({ skipDuplicates: true, data: [{ id: hallId, fairId, name: hall.name, widthM: 40, depthM: 30, gridM: 1, position: h }] })
    await prisma.hallFeature.createMany({
      skipDuplicates: true,
      data: [
        { id: stableId('feature', `${hallId}:entrance`), hallId, kind: 'ENTRANCE' as const, label: 'Cửa chính', x: 17, y: 0, width: 6, depth: 1 },
        { id: stableId('feature', `${hallId}:aisle1`), hallId, kind: 'AISLE' as const, label: 'Lối đi', x: 2, y: 8, width: 36, depth: 2 },
        { id: stableId('feature', `${hallId}:aisle2`), hallId, kind: 'AISLE' as const, label: 'Lối đi', x: 2, y: 18, width: 36, depth: 2 },
      ],
    })
    // Six rows of ten 3 × 3 m booths: rows face each other across the aisles; row ends are corners.
    const letter = h === 0 ? 'A' : 'B'
    const rowsY = [2, 5, 10, 13, 20, 23]
    rowsY.forEach((y, row) => {
      for (let col = 0; col < 10; col++) {
        const code = `${letter}-${String(row * 10 + col + 1).padStart(2, '0')}`
        const corner = col === 0 || col === 9
        const cold = !corner && row === 0 && col >= 6
        const type = cold ? 'LANH' : corner ? 'GOC' : 'TC'
        booths.push({
          id: stableId('booth', `${fairId}:${code}`),
          fairId,
          hallId,
          boothTypeId: stableId('booth-type', `${fairId}:${type}`),
          code,
          x: 5 + col * 3,
          y,
          width: 3,
          depth: 3,
          zone: hall.zones[Math.floor(row / 2)],
          features: [...(corner ? ['corner'] : []), 'power', ...(cold ? ['cold'] : [])],
        })
      }
    })
  }
  await prisma.booth.createMany({ skipDuplicates: true, data: booths as never })
  return { buyerOrgId: buyers[0].id, organiserId }
}

async function seedDemoAccounts(prisma: PrismaClient, links: { producerId: string; buyerOrgId: string; organiserId: string }) {
  const existing = await prisma.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })
  if (existing === DEMO_ACCOUNTS.length) return
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await prisma.user.createMany({
    skipDuplicates: true,
    data: DEMO_ACCOUNTS.map((account) =>
      buildUser({
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        memberRole: 'OWNER',
        emailVerifiedAt: SEED_BASE_DATE,
        producerId: account.role === 'PRODUCER' ? links.producerId : null,
        buyerOrgId: account.role === 'BUYER' ? links.buyerOrgId : null,
        organiserId: account.role === 'ORGANISER' ? links.organiserId : null,
      }),
    ),
  })
}

/**
 * About 150 booth applications to the demo fair from seed producers with a certificate valid
 * through the fair, so the review and allocation screens have data: mostly accepted, some
 * submitted, waitlisted or rejected, with zone wishes, a few wished neighbours and needs. Ids are
 * stable and rows inserted with skipDuplicates, so a second run adds nothing.
 */
export const DEMO_APPLICATIONS = 150
async function seedFairApplications(prisma: PrismaClient, demoProducerId: string) {
  const fairId = stableId('fair', FAIR_SLUG)
  const fairEnds = new Date('2027-04-19T00:00:00Z')
  const candidates = await prisma.producer.findMany({
    where: { id: { not: demoProducerId }, status: 'VERIFIED', products: { some: { status: 'PUBLISHED', certificates: { some: { status: 'VERIFIED', expiresAt: { gte: fairEnds } } } } } },
    orderBy: { id: 'asc' },
    select: { id: true, type: true, products: { where: { status: 'PUBLISHED', certificates: { some: { status: 'VERIFIED', expiresAt: { gte: fairEnds } } } }, orderBy: { id: 'asc' }, select: { id: true } } },
  })
  const random = createRandom(20270415)
  const chosen = shuffle(random, candidates).slice(0, DEMO_APPLICATIONS)
  const zones = ['Trái cây', 'Khu 5 sao', 'Đặc sản dừa', 'Nước mắm và thủy sản', 'Thủ công mỹ nghệ', 'Sản phẩm mới']
  const deciderId = stableId('user', 'bantochuc@demo.ocop.vn')
  let waitlist = 0
  const applications = chosen.map((producer, index) => {
    // 100 accepted, then submitted, waitlisted and rejected: about the 120 booths the plan holds.
    const status = index < 100 ? 'ACCEPTED' : index < 125 ? 'SUBMITTED' : index < 137 ? 'WAITLISTED' : 'REJECTED'
    const roll = random()
    const type = roll < 0.06 ? 'LANH' : roll < 0.22 ? 'GOC' : 'TC'
    const submittedAt = new Date(Date.UTC(2026, 9, 2) + Math.floor(random() * 29 * DAY))
    const decided = status !== 'SUBMITTED'
    return {
      id: stableId('application', `${fairId}:${producer.id}`),
      fairId,
      producerId: producer.id,
      boothTypeId: stableId('booth-type', `${fairId}:${type}`),
      boothCount: random() < 0.1 ? 2 : 1,
      zonePreferences: shuffle(random, zones).slice(0, intBetween(random, 1, 3)),
      wishedNeighbourIds: index > 0 && random() < 0.2 ? [chosen[intBetween(random, 0, index - 1)].id] : [],
      needs: [...(random() < 0.8 ? ['power'] : []), ...(type === 'LANH' || random() < 0.05 ? ['cold'] : []), ...(random() < 0.05 ? ['water'] : [])],
      notes: random() < 0.15 ? pick(random, ['Cần gần lối vào để dễ bốc dỡ hàng', 'Xin ở cạnh các hợp tác xã cùng tỉnh', 'Có mang theo máy ép nước mía, cần ổ điện riêng']) : null,
      status,
      submittedAt,
      decidedAt: decided ? new Date(submittedAt.getTime() + intBetween(random, 2, 20) * DAY) : null,
      decidedById: decided ? deciderId : null,
      decisionReason: status === 'REJECTED' ? pick(random, ['Nhóm sản phẩm đã đủ gian trưng bày', 'Hồ sơ thiếu thông tin nhãn mác, truy xuất nguồn gốc']) : null,
      waitlistPosition: status === 'WAITLISTED' ? ++waitlist : null,
    } as const
  })
  await prisma.boothApplication.createMany({ data: applications.map((a) => ({ ...a, zonePreferences: [...a.zonePreferences], needs: [...a.needs] })), skipDuplicates: true })
  const items = chosen.flatMap((producer, index) => producer.products.slice(0, 3).map((product) => ({ applicationId: applications[index].id, productId: product.id })))
  await prisma.applicationProduct.createMany({ data: items, skipDuplicates: true })
}

export async function seed(prisma: PrismaClient, options: { log?: Log } = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {})
  await seedReference(prisma)
  const { demoProducerId } = await seedCatalogue(prisma, log)
  const { buyerOrgId, organiserId } = await seedBuyersAndFair(prisma)
  await seedDemoAccounts(prisma, { producerId: demoProducerId, buyerOrgId, organiserId })
  await seedFairApplications(prisma, demoProducerId)
  await seedInquiries(prisma, {
    producerId: demoProducerId,
    buyerOrgId,
    producerUserId: stableId('user', 'nhasanxuat@demo.ocop.vn'),
    buyerUserId: stableId('user', 'nguoimua@demo.ocop.vn'),
    baseDate: SEED_BASE_DATE,
  })
  await seedFairHistory(prisma, { organiserId, demoProducerId, organiserUserId: stableId('user', 'bantochuc@demo.ocop.vn') })
  const [units, categories, producers, products, certificates, buyers, booths, users] = await Promise.all([
    prisma.administrativeUnit.count(),
    prisma.productCategory.count(),
    prisma.producer.count(),
    prisma.product.count(),
    prisma.certificate.count(),
    prisma.buyerOrganisation.count(),
    prisma.booth.count(),
    prisma.user.count(),
  ])
  return { units, categories, producers, products, certificates, buyers, booths, users }
}

/** Seeds only a database without producers (first start). Returns whether it seeded. */
export async function seedIfEmpty(prisma: PrismaClient, options: { log?: Log } = {}): Promise<boolean> {
  if ((await prisma.producer.count()) > 0) return false
  await seed(prisma, options)
  return true
}
