// A second, smaller fair of the demo organiser whose allocation is already published and whose
// booth fees are under way, so the payment screens have something to show from the first start:
// fees paid by bank transfer and by Stripe, open ones due soon (one of them the demo producer's),
// one expired, one partly refunded. The placement comes from the real allocation engine (pure and
// fast) run on the seeded rows, so the explanations are the ones the organiser would see.
//
// Dates are laid out around the day the seed runs (not SEED_BASE_DATE): the demo producer's fee
// must be "due in a few days" whenever a newcomer seeds, or the payment jobs would expire it at
// once. Ids are stable and everything is written in one transaction, skipped when already there.
import type { Prisma, PrismaClient } from '../../app/generated/prisma/client.ts'
import { allocate } from '../../app/modules/allocation/engine.ts'
import type { AllocationInput, ApplicationInput, BoothInput, ProducerKind } from '../../app/modules/allocation/types.ts'
import { computeFee, parseSubsidyRule } from '../../app/modules/payments/subsidy.ts'
import { now } from '../../app/utils/clock.server.ts'
import { createRandom, intBetween, stableId } from './random.ts'

export const HISTORY_FAIR_SLUG = 'hoi-cho-ocop-can-tho-2026'
export const HISTORY_APPLICATIONS = 35
export const HISTORY_BOOTHS = 30

const DAY = 24 * 60 * 60 * 1000
const SUBSIDY_RULE = { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE', 'COOPERATIVE_GROUP'], percent: 50 } as const
const TYPES = [
  { code: 'TC', nameVi: 'Gian tiêu chuẩn 3 × 3 m', nameEn: 'Standard booth 3 × 3 m', priceVnd: 6_000_000, includes: ['Bàn', 'Ghế', 'Điện chiếu sáng'] },
  { code: 'GOC', nameVi: 'Gian góc 3 × 3 m', nameEn: 'Corner booth 3 × 3 m', priceVnd: 7_000_000, includes: ['Bàn', 'Ghế', 'Điện', 'Hai mặt thoáng'] },
  { code: 'LANH', nameVi: 'Gian có tủ mát 3 × 3 m', nameEn: 'Refrigerated booth 3 × 3 m', priceVnd: 8_500_000, includes: ['Bàn', 'Điện 3 pha', 'Tủ mát'] },
] as const
const ZONES = ['Trái cây và nông sản tươi', 'Thực phẩm chế biến', 'Thủ công và quà tặng']

export async function seedFairHistory(prisma: PrismaClient, links: { organiserId: string; demoProducerId: string; organiserUserId: string; today?: Date }) {
  const fairId = stableId('fair', HISTORY_FAIR_SLUG)
  // Already seeded (the fees are written last, in the same transaction as everything else).
  if ((await prisma.paymentRequest.count({ where: { fairId } })) > 0) return
  // The app's clock (OCOP_FAKE_NOW in demos and end-to-end runs), so "due in four days" holds there.
  const day = links.today ?? now()
  const today = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()))
  const at = (days: number, hours = 0) => new Date(today.getTime() + days * DAY + hours * 3600_000)
  const startsAt = at(12, 1)
  const publishedAt = at(-10, 2)

  // Applicants: the demo producer first, then 34 verified producers with a certificate valid
  // through the fair, chosen by a seeded shuffle of a stable order.
  const candidates = await prisma.producer.findMany({
    where: { status: 'VERIFIED', products: { some: { status: 'PUBLISHED', certificates: { some: { status: 'VERIFIED', expiresAt: { gte: startsAt } } } } } },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      type: true,
      provinceId: true,
      formerProvinceId: true,
      products: {
        where: { status: 'PUBLISHED' },
        orderBy: { id: 'asc' },
        take: 2,
        select: { id: true, groupId: true, subgroupId: true, certificates: { select: { stars: true, status: true, expiresAt: true } } },
      },
    },
  })
  const demo = candidates.find((p) => p.id === links.demoProducerId)
  if (!demo) return // the demo producer is always seeded eligible; without it there is no story to tell
  const random = createRandom(20261212)
  const others = candidates.filter((p) => p.id !== demo.id)
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[others[i], others[j]] = [others[j], others[i]]
  }
  const chosen = [demo, ...others.slice(0, HISTORY_APPLICATIONS - 1)]

  // One hall, three rows of ten booths; row ends are corners, three refrigerated booths in row 1.
  const hallId = stableId('hall', `${fairId}:Nhà triển lãm A`)
  const typeId = (code: string) => stableId('booth-type', `${fairId}:${code}`)
  const booths: Array<BoothInput & { boothTypeId: string }> = []
  ;[2, 5, 12].forEach((y, row) => {
    for (let col = 0; col < 10; col++) {
      const code = `C-${String(row * 10 + col + 1).padStart(2, '0')}`
      const corner = col === 0 || col === 9
      const cold = !corner && row === 0 && col >= 6
      const type = cold ? 'LANH' : corner ? 'GOC' : 'TC'
      booths.push({
        id: stableId('booth', `${fairId}:${code}`),
        code,
        hallId,
        typeCode: type,
        boothTypeId: typeId(type),
        zone: ZONES[row],
        x: 3 + col * 3,
        y,
        width: 3,
        depth: 3,
        features: [...(corner ? ['corner'] : []), 'power', ...(cold ? ['cold'] : [])],
      })
    }
  })

  // Demand a little above supply: 33 accepted for 30 booths (the engine puts the rest on the list).
  const applications = chosen.map((producer, index) => {
    const roll = random()
    const type = index === 0 ? 'TC' : index <= 4 ? 'LANH' : roll < 0.2 ? 'GOC' : 'TC'
    const status = index >= HISTORY_APPLICATIONS - 2 ? ('REJECTED' as const) : ('ACCEPTED' as const)
    const submittedAt = at(-70 + index, 3 + (index % 7))
    return {
      id: stableId('application', `${fairId}:${producer.id}`),
      producer,
      type,
      status,
      submittedAt,
      zonePreferences: index === 0 ? [ZONES[1], ZONES[0]] : [ZONES[intBetween(random, 0, 2)]],
      needs: type === 'LANH' ? ['power', 'cold'] : ['power'],
    }
  })
  const input: AllocationInput = {
    booths,
    applications: applications
      .filter((a) => a.status === 'ACCEPTED')
      .map(
        (a): ApplicationInput => ({
          id: a.id,
          producerId: a.producer.id,
          producerType: a.producer.type as ProducerKind,
          provinceId: a.producer.provinceId ?? a.producer.formerProvinceId ?? '__none__',
          productGroupIds: [...new Set(a.producer.products.map((p) => p.groupId))].sort(),
          subgroupIds: [...new Set(a.producer.products.flatMap((p) => (p.subgroupId ? [p.subgroupId] : [])))].sort(),
          maxStars: Math.max(0, ...a.producer.products.flatMap((p) => p.certificates.filter((c) => c.status === 'VERIFIED' && c.expiresAt >= startsAt).map((c) => c.stars))),
          firstTimeExhibitor: true,
          submittedAt: a.submittedAt.getTime(),
          boothTypeCode: a.type,
          boothCount: 1,
          zonePreferences: a.zonePreferences,
          wishedNeighbourProducerIds: [],
          needs: a.type === 'LANH' ? ['power', 'cold'] : ['power'],
        }),
      ),
    rules: { cooperativeSharePercent: 20, maxBoothsPerProducer: 2, seed: 1 },
    boothTypeNames: Object.fromEntries(TYPES.map((t) => [t.code, t.nameVi])),
  }
  const plan = allocate(input)
  const demoApplicationId = applications[0].id
  if (!plan.assignment[demoApplicationId]) throw new Error('fair-history seed: the demo producer was not placed')

  // Fees: ordered by booth code; the demo producer's is OPEN; one placement expired unpaid (its
  // booth went back to the plan), the others a mix of bank transfers, Stripe, open and a refund.
  const boothById = new Map(booths.map((b) => [b.id, b]))
  const price = new Map<string, number>(TYPES.map((t) => [t.code, t.priceVnd]))
  const placed = applications
    .filter((a) => plan.assignment[a.id])
    .map((a) => ({ ...a, booths: plan.assignment[a.id].map((id) => boothById.get(id)!).sort((x, y) => x.code.localeCompare(y.code)) }))
    .sort((x, y) => x.booths[0].code.localeCompare(y.booths[0].code))
  const rule = parseSubsidyRule(SUBSIDY_RULE)
  type Kind = 'OPEN' | 'BANK' | 'STRIPE' | 'EXPIRED' | 'REFUNDED'
  const others_ = placed.filter((a) => a.id !== demoApplicationId)
  const kindOf = (index: number): Kind => (index === 3 ? 'EXPIRED' : index === 5 ? 'REFUNDED' : index % 5 === 4 ? 'OPEN' : index % 2 === 0 ? 'BANK' : 'STRIPE')
  const plans = [{ app: placed.find((a) => a.id === demoApplicationId)!, kind: 'OPEN' as Kind }, ...others_.map((app, index) => ({ app, kind: kindOf(index) }))]

  const allocations: Prisma.AllocationCreateManyInput[] = []
  const requests: Prisma.PaymentRequestCreateManyInput[] = []
  const refunds: Prisma.RefundCreateManyInput[] = []
  // AuditLog ids are serial: these are written once, with the rest (the early return guards reruns).
  const audits: Prisma.AuditLogCreateManyInput[] = []
  for (const [n, { app, kind }] of plans.entries()) {
    const fee = computeFee(rule, { producer: app.producer, boothPrices: app.booths.map((b) => price.get(b.typeCode)!) })
    const requestId = stableId('payment-request', `${fairId}:${app.id}`)
    const paidAt = at(-9 + (n % 8), 9 + (n % 6))
    const paid = kind === 'BANK' || kind === 'STRIPE' || kind === 'REFUNDED'
    // The expired fee was announced earlier (a booth assigned by hand before publication).
    const createdAt = kind === 'EXPIRED' ? at(-20, 2) : publishedAt
    requests.push({
      id: requestId,
      fairId,
      applicationId: app.id,
      producerId: app.producer.id,
      ...fee,
      dueAt: kind === 'EXPIRED' ? at(-6, 17) : at(4, 17),
      status: kind === 'EXPIRED' ? ('EXPIRED' as const) : paid ? ('PAID' as const) : ('OPEN' as const),
      method: kind === 'BANK' ? ('BANK_TRANSFER' as const) : kind === 'STRIPE' || kind === 'REFUNDED' ? ('STRIPE' as const) : null,
      bankReference: kind === 'BANK' ? `FT26${String(330_000_000 + n * 7_919).slice(0, 9)}` : null,
      stripeCheckoutSessionId: kind === 'STRIPE' || kind === 'REFUNDED' ? `cs_demo_${requestId}` : null,
      stripePaymentIntentId: kind === 'STRIPE' || kind === 'REFUNDED' ? `pi_demo_${requestId}` : null,
      paidAt: paid ? paidAt : null,
      refundedVnd: kind === 'REFUNDED' ? Math.floor(fee.amountVnd / 2) : 0,
      createdAt,
    })
    if (kind === 'REFUNDED') {
      refunds.push({
        id: stableId('refund', requestId),
        paymentRequestId: requestId,
        amountVnd: Math.floor(fee.amountVnd / 2),
        reason: 'Chủ thể chỉ tham gia 2 trong 4 ngày do thu hoạch vụ chính — ban tổ chức đồng ý hoàn 50%',
        stripeRefundId: `re_demo_${requestId}`,
        createdById: links.organiserUserId,
        createdAt: at(-2, 8),
      })
      audits.push({ actorId: links.organiserUserId, action: 'payment.refund', entityType: 'PaymentRequest', entityId: requestId, reason: 'Hoàn 50% theo thỏa thuận', data: { amountVnd: Math.floor(fee.amountVnd / 2) }, createdAt: at(-2, 8) })
    }
    if (kind === 'EXPIRED') {
      audits.push({ actorId: null, action: 'payment.expire', entityType: 'PaymentRequest', entityId: requestId, reason: 'Quá hạn thanh toán', data: {}, createdAt: at(-6, 18) })
      continue // its booth was released: no Allocation row
    }
    for (const booth of app.booths) {
      allocations.push({
        id: stableId('allocation', `${fairId}:${booth.id}`),
        fairId,
        boothId: booth.id,
        applicationId: app.id,
        producerId: app.producer.id,
        status: paid ? ('CONFIRMED' as const) : ('ALLOCATED' as const),
        explanation: plan.explanations[app.id] ?? '',
        publishedAt,
      })
    }
  }
  const waitlisted = new Map(plan.waitlist.map((w) => [w.applicationId, w.position]))

  await prisma.$transaction(
    async (tx) => {
      await tx.fair.createMany({
        skipDuplicates: true,
        data: [
          {
            id: fairId,
            slug: HISTORY_FAIR_SLUG,
            organiserId: links.organiserId,
            nameVi: 'Hội chợ OCOP Cần Thơ 2026',
            nameEn: 'Cần Thơ OCOP Fair 2026',
            descriptionVi: 'Hội chợ cuối năm giới thiệu sản phẩm OCOP Cần Thơ, Sóc Trăng, Hậu Giang và các tỉnh lân cận: một nhà triển lãm 30 gian, phiên kết nối giao thương với siêu thị và bếp ăn tập thể.',
            venue: 'Nhà triển lãm Cái Răng',
            addressLine: 'Phường Cái Răng, thành phố Cần Thơ',
            provinceId: '92',
            startsAt,
            endsAt: at(15, 14),
            openingHours: '08:00–21:00',
            applicationOpensAt: at(-75),
            applicationClosesAt: at(-40),
            minStars: 3,
            verifiedOnly: true,
            maxBoothsPerProducer: 2,
            cooperativeTargetPercent: 20,
            subsidyRule: SUBSIDY_RULE,
            paymentDueDays: 14,
            refundCutoffAt: at(7, 17),
            status: 'ALLOCATED',
            createdById: links.organiserUserId,
          },
        ],
      })
      await tx.boothType.createMany({ skipDuplicates: true, data: TYPES.map((t) => ({ id: typeId(t.code), fairId, ...t, includes: [...t.includes], widthM: 3, depthM: 3 })) })
      await tx.hall.createMany({ skipDuplicates: true, data: [{ id: hallId, fairId, name: 'Nhà triển lãm A', widthM: 36, depthM: 18, gridM: 1, position: 0 }] })
      await tx.hallFeature.createMany({
        skipDuplicates: true,
        data: [
          { id: stableId('feature', `${hallId}:entrance`), hallId, kind: 'ENTRANCE' as const, label: 'Cửa chính', x: 15, y: 0, width: 6, depth: 1 },
          { id: stableId('feature', `${hallId}:aisle`), hallId, kind: 'AISLE' as const, label: 'Lối đi', x: 2, y: 8, width: 32, depth: 4 },
        ],
      })
      await tx.booth.createMany({ skipDuplicates: true, data: booths.map(({ typeCode: _type, ...b }) => ({ ...b, fairId, features: [...b.features] })) })
      await tx.boothApplication.createMany({
        skipDuplicates: true,
        data: applications.map((a) => ({
          id: a.id,
          fairId,
          producerId: a.producer.id,
          boothTypeId: typeId(a.type),
          boothCount: 1,
          zonePreferences: a.zonePreferences,
          needs: a.needs,
          status: waitlisted.has(a.id) ? ('WAITLISTED' as const) : a.status,
          waitlistPosition: waitlisted.get(a.id) ?? null,
          submittedAt: a.submittedAt,
          decidedAt: at(-35),
          decidedById: links.organiserUserId,
          decisionReason: a.status === 'REJECTED' ? 'Nhóm sản phẩm đã đủ gian trưng bày' : null,
        })),
      })
      await tx.applicationProduct.createMany({ skipDuplicates: true, data: applications.flatMap((a) => a.producer.products.map((p) => ({ applicationId: a.id, productId: p.id }))) })
      await tx.allocation.createMany({ skipDuplicates: true, data: allocations })
      await tx.paymentRequest.createMany({ skipDuplicates: true, data: requests })
      await tx.refund.createMany({ skipDuplicates: true, data: refunds })
      await tx.auditLog.createMany({
        skipDuplicates: true,
        data: [
          { actorId: links.organiserUserId, action: 'allocation.publish', entityType: 'Fair', entityId: fairId, data: { placed: placed.length, booths: allocations.length, waitlisted: waitlisted.size }, createdAt: publishedAt },
          ...audits,
        ],
      })
    },
    { timeout: 30_000 },
  )
}
