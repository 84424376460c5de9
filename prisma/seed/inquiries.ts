// Demo inquiry threads between the demo buyer (nguoimua@) and the demo producer (nhasanxuat@):
// one in each typical state, so the inbox, the sent list, quotations and the public response
// figures (five threads) have something to show. Deterministic ids; createMany skips duplicates.
import type { PrismaClient } from '../../app/generated/prisma/client.ts'
import { stableId } from './random.ts'

const HOUR = 3600_000

interface Script {
  key: string
  subject: string
  quantity: number
  status: 'NEW' | 'ANSWERED' | 'QUOTED' | 'ACCEPTED' | 'CLOSED'
  daysAgo: number
  responseHours: number | null
  buyerMessage: string
  producerMessage?: string
  quotation?: { status: 'ACTIVE' | 'ACCEPTED'; tiers: Array<[number, number]>; validUntil: string }
}

const SCRIPTS: Script[] = [
  {
    key: 'chuoi-cua-hang',
    subject: 'Báo giá sỉ cho chuỗi 40 cửa hàng tiện lợi',
    quantity: 2000,
    status: 'ACCEPTED',
    daysAgo: 20,
    responseHours: 3,
    buyerMessage: 'Chào hợp tác xã, bên em cần hàng cho 40 cửa hàng ở TP.HCM, giao 2 đợt mỗi tháng. Nhờ anh chị báo giá theo số lượng.',
    producerMessage: 'Dạ chào anh chị, hợp tác xã gửi báo giá bên dưới, giá đã gồm bao bì hộp giấy.',
    quotation: { status: 'ACCEPTED', tiers: [[500, 43000], [1000, 41000], [2000, 39000]], validUntil: '2026-12-31' },
  },
  {
    key: 'qua-tet',
    subject: 'Hàng quà Tết 2027 cho doanh nghiệp',
    quantity: 800,
    status: 'QUOTED',
    daysAgo: 9,
    responseHours: 5,
    buyerMessage: 'Công ty cần 800 phần quà Tết, có in logo trên hộp. Hạn giao trước 15/01/2027.',
    producerMessage: 'Dạ in logo được, thêm 5 ngày sản xuất. Báo giá kèm theo.',
    quotation: { status: 'ACTIVE', tiers: [[300, 52000], [800, 49000]], validUntil: '2027-06-30' },
  },
  {
    key: 'mau-thu',
    subject: 'Xin hàng mẫu trước khi đặt',
    quantity: 50,
    status: 'ANSWERED',
    daysAgo: 6,
    responseHours: 26,
    buyerMessage: 'Hợp tác xã có gửi hàng mẫu ra TP.HCM được không? Bên em chịu phí vận chuyển.',
    producerMessage: 'Dạ được, hợp tác xã gửi 2 hộp mẫu qua bưu điện trong tuần này.',
  },
  {
    key: 'xuat-khau',
    subject: 'Hỏi chứng nhận cho đơn xuất khẩu',
    quantity: 5000,
    status: 'CLOSED',
    daysAgo: 30,
    responseHours: 2,
    buyerMessage: 'Đơn hàng đi Hàn Quốc cần chứng nhận HACCP. Hợp tác xã đã có chưa?',
    producerMessage: 'Dạ hiện hợp tác xã mới có ISO 22000, chưa có HACCP ạ.',
  },
  {
    key: 'sieu-thi-mini',
    subject: 'Nhập hàng cho siêu thị mini',
    quantity: 300,
    status: 'NEW',
    daysAgo: 1,
    responseHours: null,
    buyerMessage: 'Bên em muốn nhập thử 300 hộp cho 3 siêu thị mini ở Thủ Đức. Nhờ báo giá giúp.',
  },
]

export async function seedInquiries(prisma: PrismaClient, links: { producerId: string; buyerOrgId: string; producerUserId: string; buyerUserId: string; baseDate: Date }) {
  const products = await prisma.product.findMany({ where: { producerId: links.producerId, status: 'PUBLISHED' }, orderBy: { slug: 'asc' }, take: SCRIPTS.length, select: { id: true, unit: true } })
  if (!products.length) return
  const inquiries = []
  const messages: Array<{ id: string; inquiryId: string; authorId: string | null; kind: 'MESSAGE' | 'STATUS_CHANGE' | 'QUOTATION'; body: string; createdAt: Date }> = []
  const quotations = []
  const tiers = []
  for (const [index, script] of SCRIPTS.entries()) {
    const id = stableId('inquiry', `demo:${script.key}`)
    const product = products[index % products.length]!
    const createdAt = new Date(links.baseDate.getTime() - script.daysAgo * 24 * HOUR)
    const answeredAt = script.responseHours !== null ? new Date(createdAt.getTime() + script.responseHours * HOUR) : null
    const thread: Array<{ authorId: string | null; kind: 'MESSAGE' | 'STATUS_CHANGE' | 'QUOTATION'; body: string; at: Date }> = [{ authorId: links.buyerUserId, kind: 'MESSAGE', body: script.buyerMessage, at: createdAt }]
    if (answeredAt && script.producerMessage) {
      thread.push({ authorId: links.producerUserId, kind: 'MESSAGE', body: script.producerMessage, at: answeredAt })
      thread.push({ authorId: links.producerUserId, kind: 'STATUS_CHANGE', body: 'ANSWERED', at: answeredAt })
    }
    if (script.quotation && answeredAt) {
      const quotedAt = new Date(answeredAt.getTime() + 60_000)
      const quotationId = stableId('quotation', `${id}:1`)
      const decidedAt = script.quotation.status === 'ACCEPTED' ? new Date(quotedAt.getTime() + 20 * HOUR) : null
      quotations.push({
        id: quotationId,
        inquiryId: id,
        revision: 1,
        createdById: links.producerUserId,
        quantity: script.quantity,
        unit: product.unit,
        validUntil: new Date(`${script.quotation.validUntil}T00:00:00Z`),
        deliveryTerms: 'Giao tại kho bên mua ở TP.HCM, 7 ngày sau khi đặt cọc',
        paymentTerms: 'Đặt cọc 30%, thanh toán phần còn lại trong 15 ngày sau khi nhận hàng',
        status: script.quotation.status,
        decidedAt,
        createdAt: quotedAt,
      })
      for (const [minQuantity, priceVnd] of script.quotation.tiers) tiers.push({ id: stableId('quotation-tier', `${quotationId}:${minQuantity}`), quotationId, minQuantity, priceVnd })
      thread.push({ authorId: links.producerUserId, kind: 'QUOTATION', body: '1', at: quotedAt })
      thread.push({ authorId: links.producerUserId, kind: 'STATUS_CHANGE', body: 'QUOTED', at: quotedAt })
      if (decidedAt) thread.push({ authorId: links.buyerUserId, kind: 'STATUS_CHANGE', body: 'ACCEPTED', at: decidedAt })
    }
    if (script.status === 'CLOSED' && answeredAt) thread.push({ authorId: links.buyerUserId, kind: 'STATUS_CHANGE', body: 'CLOSED', at: new Date(answeredAt.getTime() + 24 * HOUR) })
    const lastMessageAt = thread[thread.length - 1]!.at
    inquiries.push({
      id,
      buyerOrgId: links.buyerOrgId,
      producerId: links.producerId,
      productId: product.id,
      createdById: links.buyerUserId,
      subject: script.subject,
      quantity: script.quantity,
      unit: product.unit,
      deliveryProvinceId: '79',
      status: script.status,
      firstResponseAt: answeredAt,
      lastMessageAt,
      buyerLastReadAt: lastMessageAt,
      // The newest request stays unread for the producer, so the inbox badge has something to show.
      producerLastReadAt: script.status === 'NEW' ? null : lastMessageAt,
      createdAt,
    })
    thread.forEach((message, i) => messages.push({ id: stableId('inquiry-message', `${id}:${i}`), inquiryId: id, authorId: message.authorId, kind: message.kind, body: message.body, createdAt: message.at }))
  }
  await prisma.inquiry.createMany({ data: inquiries, skipDuplicates: true })
  await prisma.inquiryMessage.createMany({ data: messages, skipDuplicates: true })
  await prisma.quotation.createMany({ data: quotations, skipDuplicates: true })
  await prisma.quotationTier.createMany({ data: tiers, skipDuplicates: true })
}
