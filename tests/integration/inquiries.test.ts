// Inquiries on a real database: privacy by id, quotation rules, expiry with a pinned clock,
// multi-producer requests, the daily limit, blocking and batched notifications.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '~/modules/accounts/permissions'
import { blockBuyer, countUnread, getAttachment, getThread, INQUIRY_DAILY_LIMIT, postMessage, sendInquiry } from '~/modules/inquiries/inquiries.server'
import { exportInquiriesCsv, listProducerInbox, publicTrustSignals } from '~/modules/inquiries/inbox.server'
import { createQuotation, decideQuotation, runQuotationExpiry, validateQuotation } from '~/modules/inquiries/quotations.server'
import { QuotationFormSchema } from '~/modules/inquiries/schemas'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'

const T0 = new Date('2026-11-29T03:00:00Z')

async function status(res: Promise<unknown>) {
  try {
    await res
    return 'ok'
  } catch (error) {
    if (error instanceof Response) return error.status
    throw error
  }
}

async function world() {
  await prisma.productCategory.create({ data: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  const producers: Array<{ id: string; product: { id: string }; actor: Actor }> = []
  for (const [i, slug] of ['cho-lach', 'mo-cay', 'giong-trom'].entries()) {
    const producer = await prisma.producer.create({ data: { slug, legalName: `HTX ${slug}`, type: 'COOPERATIVE', status: 'VERIFIED', taxCode: String(1300000100 + i) } })
    const user = await prisma.user.create({ data: { email: `chu@${slug}.vn`, passwordHash: 'x', name: `Chủ ${slug}`, role: 'PRODUCER', producerId: producer.id } })
    const product = await prisma.product.create({
      data: { producerId: producer.id, slug: `keo-dua-${slug}`, nameVi: 'Kẹo dừa sáp', groupId: '1', unit: 'hộp', minOrderQuantity: 100, status: 'PUBLISHED', publishedAt: T0 },
    })
    producers.push({ id: producer.id, product, actor: { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null } })
  }
  const buyers: Array<{ id: string; actor: Actor }> = []
  for (const [i, name] of ['Công ty Phân phối Sài Gòn', 'Siêu thị Hà Nội'].entries()) {
    const org = await prisma.buyerOrganisation.create({ data: { slug: `buyer-${i}`, name, type: 'DISTRIBUTOR', phone: '0909000111' } })
    const user = await prisma.user.create({ data: { email: `mua${i}@vi.du`, passwordHash: 'x', name: `Người mua ${i}`, phone: '0912345678', role: 'BUYER', buyerOrgId: org.id } })
    buyers.push({ id: org.id, actor: { id: user.id, role: 'BUYER', producerId: null, buyerOrgId: org.id, organiserId: null } })
  }
  return { producers, buyers }
}

const inquiryInput = (producerIds: string[], productId?: string) => ({
  productId,
  producerIds,
  subject: 'Báo giá kẹo dừa 500 hộp',
  quantity: 500,
  unit: 'hộp',
  message: 'Chào anh chị, cho em xin báo giá sỉ.',
})

const quote = (overrides: Partial<{ validUntil: Date; tiers: Array<{ minQuantity: number; priceVnd: number }> }> = {}) => ({
  quantity: 500,
  unit: 'hộp',
  validUntil: new Date('2026-12-15T00:00:00Z'),
  deliveryTerms: 'Giao tại kho TP.HCM trong 7 ngày',
  paymentTerms: 'Chuyển khoản 30% đặt cọc',
  tiers: [
    { minQuantity: 100, priceVnd: 42000 },
    { minQuantity: 500, priceVnd: 39000 },
  ],
  ...overrides,
})

beforeEach(async () => {
  await resetDatabase()
  setNow(T0)
})
afterEach(() => setNow(null))

describe('inquiries', () => {
  it('keeps a thread, its attachment and its quotation private to the two parties', async () => {
    const { producers, buyers } = await world()
    const [mine, other] = producers
    const sent = await sendInquiry(buyers[0]!.actor, inquiryInput([mine!.id], mine!.product.id), { path: 'attachments/' + 'a'.repeat(32) + '.pdf', name: 'quy-cach.pdf', mime: 'application/pdf' })
    if (!sent.ok) throw new Error(sent.message)
    const id = sent.ids[0]!
    const message = await prisma.inquiryMessage.findFirstOrThrow({ where: { inquiryId: id } })
    const quotation = await createQuotation(mine!.actor, id, quote())
    if (!quotation.ok) throw new Error(quotation.message)

    // The two parties see it; the producer sees the buyer's contact details, the buyer does not need them.
    const asProducer = await getThread(mine!.actor, id)
    expect(asProducer.contact).toMatchObject({ email: 'mua0@vi.du', phone: '0912345678' })
    expect((await getThread(buyers[0]!.actor, id)).contact).toBeNull()
    expect((await getAttachment(buyers[0]!.actor, message.id)).name).toBe('quy-cach.pdf')

    // Everyone else: 404 by id, whatever they ask for.
    for (const stranger of [other!.actor, buyers[1]!.actor]) {
      expect(await status(getThread(stranger, id))).toBe(404)
      expect(await status(getAttachment(stranger, message.id))).toBe(404)
      expect(await status(postMessage(stranger, id, 'xin chào', null))).toBe(404)
    }
    expect(await status(createQuotation(other!.actor, id, quote()))).toBe(404)
    expect(await status(decideQuotation(buyers[1]!.actor, id, quotation.id, 'accept'))).toBe(404)
    expect(await status(decideQuotation(buyers[0]!.actor, 'x', quotation.id, 'accept'))).toBe(404)
    const admin: Actor = { id: 'admin', role: 'ADMIN', producerId: null, buyerOrgId: null, organiserId: null }
    expect(await status(getThread(admin, id))).toBe(404)
    // Another producer's inbox and CSV do not contain it.
    expect((await listProducerInbox(other!.actor, {})).items).toEqual([])
    expect(await exportInquiriesCsv(other!.actor, {})).not.toContain(id)
    expect(await exportInquiriesCsv(mine!.actor, {})).toContain(id)
  })

  it('validates quotations: tiers ascending, prices positive, validity in the future', async () => {
    const base = { intent: 'quote', quantity: '500', unit: 'hộp', validUntil: '2026-12-15', deliveryTerms: 'Giao tại kho', paymentTerms: 'Chuyển khoản' }
    const bad = QuotationFormSchema.safeParse({ ...base, tiers: [{ minQuantity: '500', priceVnd: '40000' }, { minQuantity: '100', priceVnd: '42000' }] })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => i.message)).toContain('Số lượng tối thiểu của các bậc giá phải tăng dần')
    expect(QuotationFormSchema.safeParse({ ...base, tiers: [{ minQuantity: '100', priceVnd: '0' }] }).success).toBe(false)
    expect(QuotationFormSchema.safeParse({ ...base, tiers: [] }).success).toBe(false)
    const good = QuotationFormSchema.safeParse({ ...base, tiers: [{ minQuantity: '100', priceVnd: '42.000' }, {}, { minQuantity: '', priceVnd: '' }, { minQuantity: '500', priceVnd: '39000' }] })
    expect(good.success && good.data.tiers).toEqual([
      { minQuantity: 100, priceVnd: 42000 },
      { minQuantity: 500, priceVnd: 39000 },
    ])

    expect(validateQuotation(quote({ validUntil: new Date('2026-11-29T00:00:00Z') }), T0)).toMatchObject({ field: 'validUntil' })
    expect(validateQuotation(quote({ tiers: [{ minQuantity: 100, priceVnd: -5 }] }), T0)).toMatchObject({ field: 'tiers' })
    expect(validateQuotation(quote({ tiers: [{ minQuantity: 100, priceVnd: 1 }, { minQuantity: 100, priceVnd: 1 }] }), T0)).toMatchObject({ field: 'tiers' })
    expect(validateQuotation(quote(), T0)).toBeNull()

    const { producers, buyers } = await world()
    const sent = await sendInquiry(buyers[0]!.actor, inquiryInput([producers[0]!.id]), null)
    if (!sent.ok) throw new Error(sent.message)
    expect(await createQuotation(producers[0]!.actor, sent.ids[0]!, quote({ validUntil: new Date('2026-11-01T00:00:00Z') }))).toMatchObject({ ok: false, field: 'validUntil' })
    expect(await prisma.quotation.count()).toBe(0)
  })

  it('runs the thread through its statuses; an accepted quotation is frozen and a later edit is revision 2', async () => {
    const { producers, buyers } = await world()
    const [producer] = producers
    const buyer = buyers[0]!.actor
    const sent = await sendInquiry(buyer, inquiryInput([producer!.id], producer!.product.id), null)
    if (!sent.ok) throw new Error(sent.message)
    const id = sent.ids[0]!
    expect(await countUnread(producer!.actor)).toBe(1)
    setNow(new Date(T0.getTime() + 2 * 3600_000))
    expect(await postMessage(producer!.actor, id, 'Dạ bên em gửi báo giá ngay', null)).toEqual({ ok: true })
    expect(await countUnread(producer!.actor)).toBe(0)
    expect(await countUnread(buyer)).toBe(1)
    const q1 = await createQuotation(producer!.actor, id, quote())
    if (!q1.ok) throw new Error(q1.message)
    expect(await decideQuotation(buyer, id, q1.id, 'accept')).toEqual({ ok: true })
    expect(await decideQuotation(buyer, id, q1.id, 'decline')).toMatchObject({ ok: false })
    const q2 = await createQuotation(producer!.actor, id, quote({ tiers: [{ minQuantity: 100, priceVnd: 41000 }] }))
    expect(q2).toMatchObject({ ok: true, revision: 2 })

    const thread = await getThread(buyer, id)
    const accepted = thread.quotations.find((q) => q.revision === 1)!
    expect(accepted.status).toBe('ACCEPTED')
    expect(accepted.tiers).toEqual([
      { minQuantity: 100, priceVnd: 42000 },
      { minQuantity: 500, priceVnd: 39000 },
    ])
    expect(thread.messages.filter((m) => m.kind === 'STATUS_CHANGE').map((m) => m.body)).toEqual(['ANSWERED', 'QUOTED', 'ACCEPTED', 'QUOTED'])
    const inquiry = await prisma.inquiry.findUniqueOrThrow({ where: { id } })
    expect(inquiry.firstResponseAt?.getTime()).toBe(T0.getTime() + 2 * 3600_000)
  })

  it('expires an unanswered quotation once its validity date has passed (controllable clock)', async () => {
    const { producers, buyers } = await world()
    const sent = await sendInquiry(buyers[0]!.actor, inquiryInput([producers[0]!.id]), null)
    if (!sent.ok) throw new Error(sent.message)
    const id = sent.ids[0]!
    const q = await createQuotation(producers[0]!.actor, id, quote({ validUntil: new Date('2026-12-01T00:00:00Z') }))
    if (!q.ok) throw new Error(q.message)

    setNow(new Date('2026-12-01T16:00:00Z')) // 23:00 on 01/12 in Vietnam: still valid
    expect(await runQuotationExpiry()).toEqual({ expired: 0 })
    setNow(new Date('2026-12-01T17:30:00Z')) // 00:30 on 02/12 in Vietnam
    expect(await runQuotationExpiry()).toEqual({ expired: 1 })
    expect(await runQuotationExpiry()).toEqual({ expired: 0 })
    expect((await prisma.quotation.findUniqueOrThrow({ where: { id: q.id } })).status).toBe('EXPIRED')
    expect((await prisma.inquiry.findUniqueOrThrow({ where: { id } })).status).toBe('EXPIRED')
    expect(await prisma.inquiryMessage.count({ where: { inquiryId: id, kind: 'STATUS_CHANGE', body: 'EXPIRED', authorId: null } })).toBe(1)
    expect(await decideQuotation(buyers[0]!.actor, id, q.id, 'accept')).toMatchObject({ ok: false })
  })

  it('sends one request for quotation to several producers as separate private threads', async () => {
    const { producers, buyers } = await world()
    const sent = await sendInquiry(buyers[0]!.actor, inquiryInput(producers.map((p) => p.id)), null)
    if (!sent.ok) throw new Error(sent.message)
    expect(sent.ids).toHaveLength(3)
    const rows = await prisma.inquiry.findMany({ where: { id: { in: sent.ids } } })
    expect(new Set(rows.map((r) => r.producerId))).toEqual(new Set(producers.map((p) => p.id)))
    expect(new Set(rows.map((r) => r.rfqGroupId)).size).toBe(1)
    expect(rows[0]!.rfqGroupId).toBeTruthy()
    // Each producer sees its own thread and only that one.
    for (const producer of producers) {
      const inbox = await listProducerInbox(producer.actor, {})
      expect(inbox.items).toHaveLength(1)
      const own = rows.find((r) => r.producerId === producer.id)!
      expect(inbox.items[0]!.id).toBe(own.id)
      for (const foreign of rows.filter((r) => r.producerId !== producer.id)) expect(await status(getThread(producer.actor, foreign.id))).toBe(404)
    }
    expect(await sendInquiry(buyers[0]!.actor, inquiryInput(Array.from({ length: 3 }, () => producers[0]!.id)), null)).toMatchObject({ ok: true, ids: [expect.any(String)] })
  })

  it('stops a buyer at the daily limit with a clear message, and again when a producer blocks it', async () => {
    const { producers, buyers } = await world()
    const buyer = buyers[0]!.actor
    for (let i = 0; i < INQUIRY_DAILY_LIMIT.limit; i++) expect((await sendInquiry(buyer, inquiryInput([producers[i % 3]!.id]), null)).ok).toBe(true)
    const refused = await sendInquiry(buyer, inquiryInput([producers[0]!.id]), null)
    expect(refused).toMatchObject({ ok: false })
    expect(!refused.ok && refused.message).toMatch(/tối đa 20 yêu cầu báo giá trong 24 giờ/)
    // Another buyer is not affected; the next day the first one may send again.
    expect((await sendInquiry(buyers[1]!.actor, inquiryInput([producers[0]!.id]), null)).ok).toBe(true)
    setNow(new Date(T0.getTime() + 25 * 3600_000))
    const next = await sendInquiry(buyer, inquiryInput([producers[0]!.id]), null)
    expect(next.ok).toBe(true)

    await blockBuyer(producers[0]!.actor, (next as { ids: string[] }).ids[0]!, { reason: 'Gửi tin rác', report: true })
    const blocked = await sendInquiry(buyer, inquiryInput([producers[0]!.id]), null)
    expect(blocked).toMatchObject({ ok: false, field: 'producerIds' })
    expect(await postMessage(buyer, (next as { ids: string[] }).ids[0]!, 'alo', null)).toMatchObject({ ok: false })
    expect((await sendInquiry(buyer, inquiryInput([producers[1]!.id]), null)).ok).toBe(true)
    expect(await prisma.auditLog.count({ where: { action: 'buyer.report' } })).toBe(1)
  })

  it('batches notification emails: a busy thread does not send ten emails a minute, and preferences are honoured', async () => {
    const { producers, buyers } = await world()
    const buyer = buyers[0]!.actor
    const sent = await sendInquiry(buyer, inquiryInput([producers[0]!.id]), null)
    if (!sent.ok) throw new Error(sent.message)
    const id = sent.ids[0]!
    for (let i = 0; i < 10; i++) {
      setNow(new Date(T0.getTime() + (i + 1) * 5000))
      await postMessage(buyer, id, `Tin nhắn số ${i + 1}`, null)
    }
    const mails = await prisma.emailOutbox.findMany({ where: { toEmail: 'chu@cho-lach.vn' }, orderBy: { createdAt: 'asc' } })
    expect(mails).toHaveLength(2)
    expect(mails[0]!.subject).toBe('Yêu cầu báo giá mới: Báo giá kẹo dừa 500 hộp')
    expect(mails[0]!.availableAt.getTime()).toBe(T0.getTime())
    expect(mails[1]!.subject).toBe('10 cập nhật trong yêu cầu "Báo giá kẹo dừa 500 hộp"')
    expect(mails[1]!.textBody).toContain('Tin nhắn số 10')
    expect(mails[1]!.availableAt.getTime()).toBe(T0.getTime() + 5 * 60_000)

    // After the window, the next message starts a new email; a user who turned emails off gets none.
    await prisma.user.update({ where: { email: 'mua0@vi.du' }, data: { emailNotifications: false } })
    setNow(new Date(T0.getTime() + 20 * 60_000))
    await postMessage(producers[0]!.actor, id, 'Dạ vâng', null)
    await postMessage(buyer, id, 'Cảm ơn', null)
    expect(await prisma.emailOutbox.count({ where: { toEmail: 'chu@cho-lach.vn' } })).toBe(3)
    expect(await prisma.emailOutbox.count({ where: { toEmail: 'mua0@vi.du' } })).toBe(0)
  })

  it('lists the inbox unanswered first, with status, product, date and text filters and the median response time', async () => {
    const { producers, buyers } = await world()
    const producer = producers[0]!
    const other = await prisma.product.create({ data: { producerId: producer.id, slug: 'banh-phong', nameVi: 'Bánh phồng sữa', groupId: '1', unit: 'gói', status: 'PUBLISHED', publishedAt: T0 } })
    const send = async (subject: string, productId: string | undefined, at: Date) => {
      setNow(at)
      const sent = await sendInquiry(buyers[0]!.actor, { ...inquiryInput([producer.id], productId), subject }, null)
      if (!sent.ok) throw new Error(sent.message)
      return sent.ids[0]!
    }
    const old = await send('Đơn cũ đã trả lời', producer.product.id, T0)
    const answeredLater = await send('Đơn bánh phồng', other.id, new Date(T0.getTime() + 24 * 3600_000))
    const fresh = await send('Đơn mới chưa trả lời', producer.product.id, new Date(T0.getTime() + 48 * 3600_000))
    setNow(new Date(T0.getTime() + 50 * 3600_000))
    await postMessage(producer.actor, old, 'Dạ', null) // 50 h after
    setNow(new Date(T0.getTime() + 50 * 3600_000 + 60_000))
    await postMessage(producer.actor, answeredLater, 'Dạ', null) // 26 h 1 min after

    const inbox = await listProducerInbox(producer.actor, {})
    // NEW first even though the answered threads have newer activity.
    expect(inbox.items.map((i) => i.subject)).toEqual(['Đơn mới chưa trả lời', 'Đơn bánh phồng', 'Đơn cũ đã trả lời'])
    expect(inbox.stats).toMatchObject({ total: 3, answered: 2, medianResponseSeconds: 38 * 3600 + 30 })
    expect(inbox.products.map((p) => p.nameVi).sort()).toEqual(['Bánh phồng sữa', 'Kẹo dừa sáp'])
    expect((await listProducerInbox(producer.actor, { status: 'ANSWERED' })).items.map((i) => i.id).sort()).toEqual([old, answeredLater].sort())
    expect((await listProducerInbox(producer.actor, { productId: other.id })).items.map((i) => i.id)).toEqual([answeredLater])
    expect((await listProducerInbox(producer.actor, { from: new Date(T0.getTime() + 40 * 3600_000) })).items.map((i) => i.id)).toEqual([fresh])
    expect((await listProducerInbox(producer.actor, { q: 'bánh PHỒNG' })).items.map((i) => i.id)).toEqual([answeredLater])
    expect((await listProducerInbox(producer.actor, { q: 'Sài Gòn' })).total).toBe(3)
  })

  it('shows public trust signals only from five inquiries', async () => {
    const { producers, buyers } = await world()
    const producer = producers[0]!
    for (let i = 0; i < 4; i++) await sendInquiry(buyers[0]!.actor, inquiryInput([producer.id]), null)
    expect(await publicTrustSignals(producer.id)).toBeNull()
    const last = await sendInquiry(buyers[1]!.actor, inquiryInput([producer.id]), null)
    setNow(new Date(T0.getTime() + 3600_000))
    await postMessage(producer.actor, (last as { ids: string[] }).ids[0]!, 'Dạ có', null)
    expect(await publicTrustSignals(producer.id)).toEqual({ responseRate: 0.2, medianResponseSeconds: 3600, total: 5 })
  })
})
