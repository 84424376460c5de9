// The inquiry routes called with real Requests and session cookies: a buyer sends a request with
// a PDF spec sheet through the form, the attachment is served to the two parties only, a file that
// is not what it claims is refused next to the field, a rate-limited buyer reads a clear message,
// the CSV exports hold only one's own threads, and the trust figures reach the producer page.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import { INQUIRY_DAILY_LIMIT } from '~/modules/inquiries/inquiries.server'
import { action as newInquiryAction } from '~/routes/nguoi-mua+/yeu-cau.moi'
import { loader as buyerThreadLoader, action as buyerThreadAction } from '~/routes/nguoi-mua+/yeu-cau.$id'
import { loader as producerThreadLoader } from '~/routes/nha-san-xuat+/hop-thu.$id'
import { loader as attachmentLoader } from '~/routes/tai-lieu+/dinh-kem.$id'
import { loader as producerCsvLoader } from '~/routes/nha-san-xuat+/hop-thu.xuat-csv'
import { loader as buyerCsvLoader } from '~/routes/nguoi-mua+/yeu-cau.xuat-csv'
import { prisma, resetDatabase } from '../helpers/db'
import { args, cookieOf, outcome as status, request } from '../helpers/routes'

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n')
let storage = ''
const previousStorage = process.env.STORAGE_DIR
beforeAll(async () => {
  storage = await mkdtemp(path.join(tmpdir(), 'ocop-inquiries-'))
  process.env.STORAGE_DIR = storage
})
afterAll(async () => {
  process.env.STORAGE_DIR = previousStorage
  await rm(storage, { recursive: true, force: true })
})
beforeEach(() => resetDatabase())



async function world() {
  await prisma.productCategory.create({ data: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  const makeProducer = async (slug: string, i: number) => {
    const producer = await prisma.producer.create({ data: { slug, legalName: `HTX ${slug}`, type: 'COOPERATIVE', status: 'VERIFIED', taxCode: String(1300000200 + i) } })
    const user = await prisma.user.create({ data: { email: `chu@${slug}.vn`, passwordHash: 'x', name: `Chủ ${slug}`, role: 'PRODUCER', producerId: producer.id } })
    const product = await prisma.product.create({ data: { producerId: producer.id, slug: `keo-${slug}`, nameVi: `Kẹo dừa ${slug}`, groupId: '1', unit: 'hộp', minOrderQuantity: 100, status: 'PUBLISHED', publishedAt: new Date() } })
    return { producer, product, cookie: cookieOf(await startSession(user.id, request('/'))) }
  }
  const makeBuyer = async (slug: string) => {
    const org = await prisma.buyerOrganisation.create({ data: { slug, name: `Công ty ${slug}`, type: 'DISTRIBUTOR' } })
    const user = await prisma.user.create({ data: { email: `mua@${slug}.vn`, passwordHash: 'x', name: `Người mua ${slug}`, phone: '0912000111', role: 'BUYER', buyerOrgId: org.id } })
    return { org, cookie: cookieOf(await startSession(user.id, request('/'))) }
  }
  return { mine: await makeProducer('cho-lach', 1), other: await makeProducer('mo-cay', 2), buyer: await makeBuyer('sai-gon'), otherBuyer: await makeBuyer('ha-noi') }
}

function inquiryForm(producerId: string, productId: string, file?: File) {
  const form = new FormData()
  form.set('producerIds[0]', producerId)
  form.set('productId', productId)
  form.set('subject', 'Báo giá kẹo dừa cho siêu thị')
  form.set('quantity', '500')
  form.set('unit', 'hộp')
  form.set('targetPriceVnd', '40.000')
  form.set('message', 'Nhờ báo giá giúp, quy cách đính kèm.')
  if (file) form.set('attachment', file)
  return form
}

describe('inquiry routes', () => {
  it('sends a request with a PDF through the form and serves the attachment to the two parties only', async () => {
    const { mine, other, buyer, otherBuyer } = await world()
    const response = (await newInquiryAction(args(request('/nguoi-mua/yeu-cau/moi', { cookie: buyer.cookie, body: inquiryForm(mine.producer.id, mine.product.id, new File([PDF], 'quy cách.pdf', { type: 'application/pdf' })) })))) as Response
    expect(response.status).toBe(303)
    const inquiry = await prisma.inquiry.findFirstOrThrow({ include: { messages: true } })
    expect(response.headers.get('Location')).toBe(`/nguoi-mua/yeu-cau/${inquiry.id}`)
    expect(inquiry).toMatchObject({ quantity: 500, targetPriceVnd: 40000, productId: mine.product.id, status: 'NEW' })
    const message = inquiry.messages[0]!
    expect(message.attachmentName).toBe('quy cách.pdf')

    for (const cookie of [buyer.cookie, mine.cookie]) {
      const file = await attachmentLoader(args(request(`/tai-lieu/dinh-kem/${message.id}`, { cookie }), { id: message.id }))
      expect(file.status).toBe(200)
      expect(file.headers.get('Content-Type')).toBe('application/pdf')
      expect(file.headers.get('Cache-Control')).toBe('private, no-store')
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF)
    }
    for (const cookie of [other.cookie, otherBuyer.cookie]) {
      expect(await status(() => attachmentLoader(args(request(`/tai-lieu/dinh-kem/${message.id}`, { cookie }), { id: message.id })))).toBe(404)
    }
    expect(await status(() => producerThreadLoader(args(request(`/nha-san-xuat/hop-thu/${inquiry.id}`, { cookie: other.cookie }), { id: inquiry.id })))).toBe(404)
    expect(await status(() => buyerThreadLoader(args(request(`/nguoi-mua/yeu-cau/${inquiry.id}`, { cookie: otherBuyer.cookie }), { id: inquiry.id })))).toBe(404)
    // A stranger cannot post into it either.
    const form = new FormData()
    form.set('intent', 'message')
    form.set('body', 'chen ngang')
    expect(await status(() => buyerThreadAction(args(request(`/nguoi-mua/yeu-cau/${inquiry.id}`, { cookie: otherBuyer.cookie, body: form }), { id: inquiry.id })))).toBe(404)

    // The producer's view has the buyer's phone; opening it marks the thread read.
    const view = await producerThreadLoader(args(request(`/nha-san-xuat/hop-thu/${inquiry.id}`, { cookie: mine.cookie }), { id: inquiry.id }))
    expect(view.thread.contact).toMatchObject({ phone: '0912000111', email: 'mua@sai-gon.vn' })
    expect((await prisma.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).producerLastReadAt).not.toBeNull()

    // CSV exports: one's own threads only.
    expect(await (await producerCsvLoader(args(request('/nha-san-xuat/hop-thu/xuat-csv', { cookie: mine.cookie })))).text()).toContain('Báo giá kẹo dừa cho siêu thị')
    expect(await (await producerCsvLoader(args(request('/nha-san-xuat/hop-thu/xuat-csv', { cookie: other.cookie })))).text()).not.toContain('Báo giá kẹo dừa cho siêu thị')
    expect(await (await buyerCsvLoader(args(request('/nguoi-mua/yeu-cau/xuat-csv', { cookie: otherBuyer.cookie })))).text()).not.toContain('Báo giá kẹo dừa cho siêu thị')
  })

  it('refuses a disguised file next to the field and shows the daily limit as a clear form error', async () => {
    const { mine, buyer } = await world()
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3])], 'bao-gia.pdf', { type: 'application/pdf' })
    const refused = (await newInquiryAction(args(request('/nguoi-mua/yeu-cau/moi', { cookie: buyer.cookie, body: inquiryForm(mine.producer.id, mine.product.id, exe) })))) as unknown as { data: { error: Record<string, string[]> }; init: { status: number } }
    expect(refused.init.status).toBe(400)
    expect(refused.data.error.attachment).toEqual(['Chỉ nhận tệp PDF, JPEG, PNG hoặc WebP'])
    expect(await prisma.inquiry.count()).toBe(0)

    await prisma.rateLimitBucket.create({ data: { key: `inquiry:buyer:${buyer.org.id}`, count: INQUIRY_DAILY_LIMIT.limit, windowStartsAt: new Date() } })
    const limited = (await newInquiryAction(args(request('/nguoi-mua/yeu-cau/moi', { cookie: buyer.cookie, body: inquiryForm(mine.producer.id, mine.product.id) })))) as unknown as { data: { error: Record<string, string[]> }; init: { status: number } }
    expect(limited.init.status).toBe(400)
    expect(limited.data.error['']?.[0]).toMatch(/^Tổ chức của bạn đã gửi tối đa 20 yêu cầu báo giá trong 24 giờ\. Vui lòng thử lại sau khoảng \d+ giờ\.$/)
    expect(await prisma.inquiry.count()).toBe(0)
  })
})
