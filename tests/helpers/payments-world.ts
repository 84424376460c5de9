// A small fair with allocated booths and an OPEN payment request, for the payments tests. Built on
// the shared fair factories; the Allocation rows are written directly (the allocation workflow is
// another module's business).
import type { Actor } from '~/modules/accounts/permissions'
import { createPaymentRequests } from '~/modules/payments/requests.server'
import { createFairWithBooths, createApplication, createOrganiser } from '../factories/fairs.ts'
import { createProducer, createUser } from '../factories/index.ts'
import { createReferenceData } from '../factories/reference.ts'
import { prisma } from './db.ts'

const DAY_MS = 24 * 3600 * 1000

export async function paymentsWorld(options: { subsidyRule?: object | null; refundCutoffAt?: Date | null; boothCodes?: string[] } = {}) {
  await createReferenceData(prisma)
  const organiser = await createOrganiser(prisma, { legalName: 'Sở Công Thương tỉnh Vĩnh Long', taxCode: '1500123456', bankAccount: 'Vietcombank 0071000123456' })
  const { fair, boothTypes, booths } = await createFairWithBooths(prisma, {
    organiserId: organiser.id,
    fair: {
      nameVi: 'Diễn đàn kết nối OCOP thử nghiệm',
      status: 'ALLOCATED',
      paymentDueDays: 14,
      subsidyRule: (options.subsidyRule === undefined ? { kind: 'percentByProducerType', producerTypes: ['COOPERATIVE'], percent: 50 } : options.subsidyRule) as never,
      refundCutoffAt: options.refundCutoffAt === undefined ? new Date(Date.now() + 60 * DAY_MS) : options.refundCutoffAt,
    },
  })
  const organiserUser = await createUser(prisma, { email: 'btc@vinhlong.vi.du', role: 'ORGANISER', organiserId: organiser.id, name: 'Trần Thị Bình' })
  const organiserActor: Actor = { id: organiserUser.id, role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: organiser.id, memberRole: 'OWNER' }

  const makeProducer = async (legalName: string, email: string, codes: string[]) => {
    const producer = await createProducer(prisma, { legalName, type: 'COOPERATIVE', taxCode: String(1300000000 + legalName.length * 7919) })
    const user = await createUser(prisma, { email, role: 'PRODUCER', producerId: producer.id, name: 'Lê Văn Cường', memberRole: 'OWNER' })
    const tc = boothTypes.find((t) => t.code === 'TC')!
    const application = await createApplication(prisma, { fairId: fair.id, boothTypeId: tc.id, producerId: producer.id, application: { boothCount: codes.length } })
    for (const code of codes) {
      const booth = booths.find((b) => b.code === code)!
      await prisma.allocation.create({ data: { fairId: fair.id, boothId: booth.id, applicationId: application.id, producerId: producer.id, publishedAt: new Date() } })
    }
    const actor: Actor = { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
    return { producer, user, application, actor }
  }
  // are standard booths (8.000.000 đ each).
  const mine = await makeProducer('Hợp tác xã Dừa Sáp Cầu Kè', 'htx@cauke.vi.du', options.boothCodes ?? ['A-02', 'A-03'])
  const other = await makeProducer('Hợp tác xã Bưởi Da Xanh Chợ Lách', 'htx@cholach.vi.du', ['A-04'])
  const [request, otherRequest] = await prisma.$transaction((tx) =>
    createPaymentRequests(tx, { fairId: fair.id, applicationIds: [mine.application.id, other.application.id], actorId: organiserActor.id }),
  ).then((rows) => [rows.find((r) => r.applicationId === mine.application.id)!, rows.find((r) => r.applicationId === other.application.id)!])
  return { fair, organiser, organiserActor, mine, other, request, otherRequest, booths }
}
