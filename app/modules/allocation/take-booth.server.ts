// Taking one booth for one application: the organiser's manual assignment (and any other
// single-booth placement). The database, not this code, guarantees a booth is never held twice:
// Allocation.boothId is unique, so of any number of concurrent attempts exactly one insert
// commits and the others fail with P2002, which is turned into a clear Vietnamese refusal.
import { Prisma, type PrismaClient } from '~/generated/prisma/client'
import { writeAudit } from '~/modules/audit/audit.server'
import { syncPaymentRequests, type FeeAdjustment } from '~/modules/payments/adjust.server'
import { createPaymentRequests } from '~/modules/payments/requests.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { notifyProducers } from './notify.server'

export type TakeBoothResult = { ok: true; allocationId: string; published: boolean; fees: FeeAdjustment[] } | { ok: false; message: string }

export const boothTakenMessage = (code: string) => `Gian ${code} vừa được xếp cho nhà sản xuất khác. Vui lòng chọn gian khác.`

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

class Refusal extends Error {}

/**
 * Gives `boothId` to `applicationId` in its own transaction. Before publication the row is a
 * draft; once the fair is ALLOCATED it is published at once, the application leaves the waiting
 * list, the producer is told and a payment request is created, all in the same transaction.
 */
export async function takeBooth(
  input: { fairId: string; boothId: string; applicationId: string; actorId: string | null },
  db: PrismaClient = prisma,
): Promise<TakeBoothResult> {
  let boothCode = ''
  let fees: FeeAdjustment[] = []
  try {
    return await db.$transaction(async (tx) => {
      // FOR SHARE: concurrent takes do not wait for each other, but a publish (FOR UPDATE) does.
      const [fair] = await tx.$queryRaw<{ id: string; slug: string; nameVi: string; status: string; maxBoothsPerProducer: number }[]>`
        SELECT id, slug, "nameVi", status::text AS status, "maxBoothsPerProducer" FROM "Fair" WHERE id = ${input.fairId} FOR SHARE`
      if (!fair) throw new Refusal('Không tìm thấy hội chợ')
      const booth = await tx.booth.findFirst({ where: { id: input.boothId, fairId: fair.id }, select: { code: true, boothTypeId: true, features: true } })
      if (!booth) throw new Refusal('Không tìm thấy gian hàng trong hội chợ này')
      boothCode = booth.code
      const application = await tx.boothApplication.findFirst({
        where: { id: input.applicationId, fairId: fair.id },
        select: { id: true, producerId: true, status: true, boothTypeId: true, boothCount: true, needs: true, _count: { select: { allocations: true } } },
      })
      if (!application) throw new Refusal('Không tìm thấy đơn đăng ký trong hội chợ này')
      if (application.status !== 'ACCEPTED' && application.status !== 'WAITLISTED') throw new Refusal('Chỉ xếp gian cho đơn đã được chấp nhận hoặc đang chờ')
      if (application.boothTypeId !== booth.boothTypeId) throw new Refusal(`Gian ${booth.code} không thuộc loại gian mà đơn đăng ký`)
      const missing = application.needs.filter((need) => (need === 'power' || need === 'cold') && !booth.features.includes(need))
      if (missing.length > 0) throw new Refusal(`Gian ${booth.code} không ${missing.includes('cold') ? 'có kho lạnh' : 'có điện'} như đơn yêu cầu`)
      if (application._count.allocations >= application.boothCount) throw new Refusal(`Đơn đã được xếp đủ ${application.boothCount} gian`)
      const held = await tx.allocation.count({ where: { fairId: fair.id, producerId: application.producerId } })
      if (held >= fair.maxBoothsPerProducer) throw new Refusal(`Nhà sản xuất đã giữ ${held} gian, tối đa ${fair.maxBoothsPerProducer}`)

      const published = fair.status === 'ALLOCATED'
      const explanation = 'Ban tổ chức xếp trực tiếp'
      const allocation = await tx.allocation.create({
        data: {
          fairId: fair.id,
          boothId: input.boothId,
          applicationId: application.id,
          producerId: application.producerId,
          explanation,
          publishedAt: published ? now() : null,
        },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: input.actorId,
        action: 'allocation.assign',
        entityType: 'Booth',
        entityId: input.boothId,
        data: { applicationId: application.id, boothCode: booth.code, published },
      })
      // A booth given by hand takes the application off the waiting list (it now takes part in the plan).
      if (application.status === 'WAITLISTED') {
        await tx.boothApplication.update({ where: { id: application.id }, data: { status: 'ACCEPTED', waitlistPosition: null } })
        await renumberWaitlist(tx, fair.id)
      }
      if (published) {
        const codes = (await tx.allocation.findMany({ where: { applicationId: application.id }, select: { booth: { select: { code: true } } } })).map((a) => a.booth.code)
        await notifyProducers(tx, fair, [{ kind: 'allocated', producerId: application.producerId, boothCodes: codes, explanation }])
        await createPaymentRequests(tx, { fairId: fair.id, applicationIds: [application.id], actorId: input.actorId })
        // An application that already had a fee (a second booth added by hand): the fee follows.
        fees = await syncPaymentRequests(tx, { fairId: fair.id, applicationIds: [application.id], actorId: input.actorId })
      }
      return { ok: true as const, allocationId: allocation.id, published, fees }
    }, { maxWait: 15_000, timeout: 15_000 })
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message }
    if (isUniqueViolation(error)) return { ok: false, message: boothTakenMessage(boothCode || 'này') }
    throw error
  }
}

/** Waiting positions 1…n in their current order (after someone left the list). */
export async function renumberWaitlist(tx: Prisma.TransactionClient, fairId: string) {
  const waiting = await tx.boothApplication.findMany({
    where: { fairId, status: 'WAITLISTED' },
    select: { id: true, waitlistPosition: true },
    orderBy: [{ waitlistPosition: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }, { id: 'asc' }],
  })
  await setWaitlistPositions(
    tx,
    waiting.flatMap((application, index) => (application.waitlistPosition === index + 1 ? [] : [{ id: application.id, position: index + 1 }])),
  )
}

/** Puts applications on the waiting list at the given positions, in one statement. */
export async function setWaitlistPositions(tx: Prisma.TransactionClient, entries: ReadonlyArray<{ id: string; position: number }>) {
  if (entries.length === 0) return
  await tx.$executeRaw`
    UPDATE "BoothApplication" AS a SET "status" = 'WAITLISTED', "waitlistPosition" = v.position, "updatedAt" = ${now()}
    FROM unnest(${entries.map((e) => e.id)}::text[], ${entries.map((e) => e.position)}::int[]) AS v(id, position)
    WHERE a."id" = v.id`
}
