// The organiser's allocation workflow for one fair, on top of the pure engine:
//   preview   run the engine; its plan is stored as DRAFT Allocation rows (publishedAt null), so
//             the plan survives reloads and hand edits are ordinary row changes. A re-run replaces
//             the unlocked draft rows and keeps locked placements, in one transaction.
//   edit      move a placement to a free booth or swap two; lock / unlock; assign a free booth by
//             hand; release. Explanations are recomputed; hard-rule violations are shown.
//   publish   one transaction: rows published, fair ALLOCATED, unplaced applications WAITLISTED
//             in the engine's priority order, producers emailed, payment requests created.
//             After publication an edit is effective at once and emails only those it affects.
// Every change locks the fair row (FOR UPDATE), so two organisers' actions on one fair queue up.
import type { Prisma } from '~/generated/prisma/client'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { discrepancyMessage, syncPaymentRequests, type FeeAdjustment } from '~/modules/payments/adjust.server'
import { createPaymentRequests } from '~/modules/payments/requests.server'
import { formatVnd } from '~/utils/format'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { compareStrings } from './adjacency'
import { compareApplicationPriority } from './admission'
import { allocate, evaluatePlan, explainPlan } from './engine'
import { loadAllocationInput } from './input.server'
import { notifyProducers, type BoothNotice } from './notify.server'
import { releaseApplicationBooths } from './release.server'
import { isUniqueViolation, renumberWaitlist, setWaitlistPositions, takeBooth } from './take-booth.server'
import { AllocationInputError, DEFAULT_WEIGHTS, type AllocationInput, type SoftGoalWeights, type WaitlistEntry } from './types'
import { validate } from './validate'

type Tx = Prisma.TransactionClient
export type WorkflowResult = { ok: true; message: string } | { ok: false; message: string }

/** Fair statuses in which a plan may be previewed and published. */
const PLANNABLE = ['PUBLISHED', 'APPLICATIONS_CLOSED'] as const
const EDITABLE = [...PLANNABLE, 'ALLOCATED'] as const
const SEED = 1

class Refusal extends Error {}

const fairSelect = {
  id: true,
  slug: true,
  nameVi: true,
  status: true,
  organiserId: true,
  cooperativeTargetPercent: true,
  maxBoothsPerProducer: true,
  paymentDueDays: true,
} as const

/** The organiser's own fair by slug; anyone else's is "not found". */
export async function getOrganiserFair(actor: Actor, slug: string) {
  const fair = await prisma.fair.findFirst({ where: { slug, organiserId: actor.organiserId ?? '__none__' }, select: fairSelect })
  if (!fair) throw new Response('Không tìm thấy hội chợ', { status: 404 })
  requirePermission(actor, 'allocate:booth', { organiserId: fair.organiserId })
  return fair
}

/** Fairs the organiser can allocate (for the /ban-to-chuc/phan-bo index). */
export function listAllocatableFairs(actor: Actor) {
  requirePermission(actor, 'allocate:booth', { organiserId: actor.organiserId })
  return prisma.fair.findMany({
    where: { organiserId: actor.organiserId ?? '__none__' },
    select: { id: true, slug: true, nameVi: true, status: true, startsAt: true, _count: { select: { booths: true, allocations: true, applications: { where: { status: 'ACCEPTED' } } } } },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
  })
}

async function lockFair(tx: Tx, fairId: string, allowed: readonly string[]) {
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Fair" WHERE id = ${fairId} FOR UPDATE`
  if (!row) throw new Refusal('Không tìm thấy hội chợ')
  if (!allowed.includes(row.status)) {
    throw new Refusal(row.status === 'ALLOCATED' ? 'Phân bổ đã được công bố: hãy chỉnh từng gian thay vì chạy lại.' : 'Hội chợ ở trạng thái này không thể phân bổ gian.')
  }
  return row.status
}

async function run(fn: (tx: Tx) => Promise<WorkflowResult>, timeout = 20_000): Promise<WorkflowResult> {
  try {
    return await prisma.$transaction(fn, { timeout, maxWait: 10_000 })
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message }
    if (error instanceof AllocationInputError) return { ok: false, message: error.message }
    if (isUniqueViolation(error)) return { ok: false, message: 'Gian vừa được xếp cho nhà sản xuất khác. Hãy tải lại sơ đồ và thử lại.' }
    throw error
  }
}

/** The current plan (every Allocation row of the fair) as the engine's assignment. */
async function currentAssignment(tx: Tx, fairId: string) {
  const rows = await tx.allocation.findMany({
    where: { fairId },
    select: { id: true, boothId: true, applicationId: true, producerId: true, explanation: true, locked: true, publishedAt: true, booth: { select: { code: true } } },
    orderBy: { booth: { code: 'asc' } },
  })
  const assignment: Record<string, string[]> = {}
  for (const row of rows) (assignment[row.applicationId] ??= []).push(row.boothId)
  return { rows, assignment }
}

/** Recomputes every placement's explanation after a hand edit (only changed rows are written). */
async function refreshExplanations(tx: Tx, fairId: string) {
  const input = await loadAllocationInput(tx, fairId)
  const { rows, assignment } = await currentAssignment(tx, fairId)
  const known = new Set(input.applications.map((a) => a.id))
  const explanations = explainPlan(input, Object.fromEntries(Object.entries(assignment).filter(([id]) => known.has(id))))
  const placed = [...new Set(rows.map((row) => row.applicationId))].filter((id) => explanations[id] !== undefined)
  await writeExplanations(tx, fairId, placed.map((id) => [id, explanations[id]!]))
}

/** Each application's explanation on all its booth rows, in one statement; unchanged rows are left alone. */
async function writeExplanations(tx: Tx, fairId: string, entries: ReadonlyArray<readonly [applicationId: string, text: string]>) {
  if (entries.length === 0) return
  await tx.$executeRaw`
    UPDATE "Allocation" AS a SET "explanation" = v.text, "updatedAt" = ${now()}
    FROM unnest(${entries.map(([id]) => id)}::text[], ${entries.map(([, text]) => text)}::text[]) AS v(id, text)
    WHERE a."fairId" = ${fairId} AND a."applicationId" = v.id AND a."explanation" IS DISTINCT FROM v.text`
}

/** Weights of the last preview (kept in its audit entry), or the defaults. */
async function lastRun(db: Tx | typeof prisma, fairId: string): Promise<{ weights: SoftGoalWeights; waitlist: WaitlistEntry[]; at: Date | null }> {
  const entry = await db.auditLog.findFirst({ where: { entityType: 'Fair', entityId: fairId, action: 'allocation.preview' }, orderBy: { id: 'desc' }, select: { data: true, createdAt: true } })
  const data = (entry?.data ?? {}) as { weights?: Partial<SoftGoalWeights>; waitlist?: WaitlistEntry[] }
  return { weights: { ...DEFAULT_WEIGHTS, ...data.weights }, waitlist: data.waitlist ?? [], at: entry?.createdAt ?? null }
}

// ───────────────────────────── preview / re-run ─────────────────────────────

export async function runPreview(actor: Actor, slug: string, weights: SoftGoalWeights): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  return run(async (tx) => {
    await lockFair(tx, fair.id, PLANNABLE)
    const input = await loadAllocationInput(tx, fair.id, { weights, seed: SEED })
    if (input.booths.length === 0) throw new Refusal('Hội chợ chưa có sơ đồ gian hàng.')
    if (input.applications.length === 0) throw new Refusal('Chưa có đơn đăng ký nào được chấp nhận.')
    const output = allocate(input)
    const keptBooths = (input.locks ?? []).flatMap((lock) => [...lock.boothIds])
    const lockedApps = new Set((input.locks ?? []).map((lock) => lock.applicationId))
    // Unlocked drafts (and locks of applications no longer accepted) give way to the new plan.
    await tx.allocation.deleteMany({ where: { fairId: fair.id, publishedAt: null, boothId: { notIn: keptBooths } } })
    const applications = new Map(input.applications.map((a) => [a.id, a]))
    const data = Object.entries(output.assignment)
      .filter(([applicationId]) => !lockedApps.has(applicationId))
      .flatMap(([applicationId, boothIds]) =>
        boothIds.map((boothId) => ({
          fairId: fair.id,
          boothId,
          applicationId,
          producerId: applications.get(applicationId)!.producerId,
          explanation: output.explanations[applicationId] ?? '',
        })),
      )
    await tx.allocation.createMany({ data })
    await writeExplanations(tx, fair.id, [...lockedApps].map((id) => [id, output.explanations[id] ?? '']))
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'allocation.preview',
      entityType: 'Fair',
      entityId: fair.id,
      data: {
        weights: { ...weights },
        seed: SEED,
        locks: lockedApps.size,
        figures: { ...output.figures, breakdown: { ...output.figures.breakdown } },
        waitlist: output.waitlist.map((w) => ({ ...w })),
        rejected: output.rejected.map((r) => ({ ...r })),
      } as Prisma.InputJsonValue,
    })
    const placed = output.figures.placedApplications
    return { ok: true, message: `Đã chạy phân bổ thử: ${placed} nhà sản xuất được xếp gian, ${output.waitlist.length + output.rejected.length} chờ.` }
  }, 60_000)
}

// ───────────────────────────── hand edits ─────────────────────────────

/** Moves the placement holding `boothId` to `targetBoothId`, or swaps the two placements. */
export async function moveBooth(actor: Actor, slug: string, input: { boothId: string; targetBoothId: string }): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  if (input.boothId === input.targetBoothId) return { ok: false, message: 'Chọn hai gian khác nhau.' }
  return run(async (tx) => {
    const status = await lockFair(tx, fair.id, EDITABLE)
    const booths = await tx.booth.findMany({ where: { fairId: fair.id, id: { in: [input.boothId, input.targetBoothId] } }, select: { id: true, code: true } })
    const code = new Map(booths.map((b) => [b.id, b.code]))
    if (!code.has(input.boothId) || !code.has(input.targetBoothId)) throw new Refusal('Không tìm thấy gian trong hội chợ này.')
    const rows = await tx.allocation.findMany({ where: { fairId: fair.id, boothId: { in: [input.boothId, input.targetBoothId] } } })
    const source = rows.find((r) => r.boothId === input.boothId)
    const target = rows.find((r) => r.boothId === input.targetBoothId)
    if (!source) throw new Refusal(`Gian ${code.get(input.boothId)} chưa được xếp cho ai.`)
    if (source.locked || target?.locked) throw new Refusal(`Gian ${code.get(source.locked ? input.boothId : input.targetBoothId)} đã khoá: mở khoá trước khi chuyển.`)
    if (target) {
      // A swap: both rows go and come back with exchanged booths (the unique booth is checked per statement).
      await tx.allocation.deleteMany({ where: { id: { in: [source.id, target.id] } } })
      const copy = (row: typeof source, boothId: string) => ({
        fairId: row.fairId,
        boothId,
        applicationId: row.applicationId,
        producerId: row.producerId,
        status: row.status,
        explanation: row.explanation,
        publishedAt: row.publishedAt,
        locked: false,
      })
      await tx.allocation.createMany({ data: [copy(source, input.targetBoothId), copy(target, input.boothId)] })
    } else {
      await tx.allocation.update({ where: { id: source.id }, data: { boothId: input.targetBoothId } })
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: target ? 'allocation.swap' : 'allocation.move',
      entityType: 'Fair',
      entityId: fair.id,
      data: { from: code.get(input.boothId)!, to: code.get(input.targetBoothId)!, applicationIds: rows.map((r) => r.applicationId) },
    })
    await refreshExplanations(tx, fair.id)
    let fees: FeeAdjustment[] = []
    if (status === 'ALLOCATED') {
      await notifyChanged(tx, fair, rows.map((r) => r.applicationId))
      // Booths of another type or price change the fee: an open one follows, a paid one is flagged.
      fees = await syncPaymentRequests(tx, { fairId: fair.id, applicationIds: rows.map((r) => r.applicationId), actorId: actor.id })
    }
    const from = code.get(input.boothId)!
    const to = code.get(input.targetBoothId)!
    const done = target ? `Đã đổi chỗ hai gian ${from} và ${to}.` : `Đã chuyển từ gian ${from} sang gian ${to}.`
    return { ok: true, message: [done, ...(await feeNotes(tx, fees))].join(' ') }
  })
}

/** One sentence per fee a hand edit changed (or could not change because it was paid). */
export async function feeNotes(db: Tx | typeof prisma, fees: readonly FeeAdjustment[]): Promise<string[]> {
  if (fees.length === 0) return []
  const apps = await db.boothApplication.findMany({
    where: { id: { in: fees.map((f) => f.applicationId) } },
    select: { id: true, producer: { select: { legalName: true, tradeName: true } } },
  })
  const name = new Map(apps.map((a) => [a.id, a.producer.tradeName ?? a.producer.legalName]))
  return fees.map((f) =>
    f.kind === 'adjusted'
      ? `Phí gian hàng của ${name.get(f.applicationId)} đổi từ ${formatVnd(f.fromVnd, 'vi')} thành ${formatVnd(f.toVnd, 'vi')}.`
      : `${name.get(f.applicationId)}: ${discrepancyMessage(f.differenceVnd)}.`,
  )
}

/** After publication: each affected producer learns its booths (only them, once each). */
async function notifyChanged(tx: Tx, fair: { id: string; slug: string; nameVi: string }, applicationIds: readonly string[]) {
  const applications = await tx.boothApplication.findMany({
    where: { id: { in: [...new Set(applicationIds)] } },
    orderBy: { id: 'asc' },
    select: { producerId: true, allocations: { select: { booth: { select: { code: true } } } } },
  })
  await notifyProducers(
    tx,
    fair,
    applications.map((application): BoothNotice => ({ kind: 'changed', producerId: application.producerId, boothCodes: application.allocations.map((a) => a.booth.code) })),
  )
}

export async function setLocked(actor: Actor, slug: string, applicationId: string, locked: boolean): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  return run(async (tx) => {
    await lockFair(tx, fair.id, EDITABLE)
    const updated = await tx.allocation.updateMany({ where: { fairId: fair.id, applicationId }, data: { locked } })
    if (updated.count === 0) throw new Refusal('Đơn này chưa được xếp gian.')
    await writeAudit(tx, { actorId: actor.id, action: locked ? 'allocation.lock' : 'allocation.unlock', entityType: 'BoothApplication', entityId: applicationId })
    await refreshExplanations(tx, fair.id)
    return { ok: true, message: locked ? 'Đã khoá chỗ: lần chạy lại sẽ giữ nguyên.' : 'Đã mở khoá chỗ.' }
  })
}

/** The organiser gives a free booth to an application (a waiting one after publication). */
export async function assignBooth(actor: Actor, slug: string, input: { applicationId: string; boothId: string }): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  if (!(EDITABLE as readonly string[]).includes(fair.status)) return { ok: false, message: 'Hội chợ ở trạng thái này không thể phân bổ gian.' }
  const result = await takeBooth({ fairId: fair.id, boothId: input.boothId, applicationId: input.applicationId, actorId: actor.id })
  if (!result.ok) return result
  // The new neighbours change other placements' explanations too.
  await run(async (tx) => {
    await refreshExplanations(tx, fair.id)
    return { ok: true, message: '' }
  })
  const done = result.published ? 'Đã xếp gian và báo cho nhà sản xuất.' : 'Đã xếp gian vào phương án nháp.'
  return { ok: true, message: [done, ...(await feeNotes(prisma, result.fees))].join(' ') }
}

/**
 * The organiser frees an application's booths. Before publication the placement simply leaves
 * the draft; after it, the booths are offered to the waiting list and the producer (told by
 * email) goes to the end of the list.
 */
export async function releaseByHand(actor: Actor, slug: string, input: { applicationId: string; reason: string }): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  return run(async (tx) => {
    const status = await lockFair(tx, fair.id, EDITABLE)
    const application = await tx.boothApplication.findFirst({ where: { id: input.applicationId, fairId: fair.id }, select: { id: true, producerId: true } })
    if (!application) throw new Refusal('Không tìm thấy đơn đăng ký trong hội chợ này.')
    const { releasedBoothIds } = await releaseApplicationBooths(tx, { applicationId: application.id, reason: input.reason, actorId: actor.id })
    if (releasedBoothIds.length === 0) throw new Refusal('Đơn này không giữ gian nào.')
    if (status === 'ALLOCATED') {
      const last = await tx.boothApplication.aggregate({ where: { fairId: fair.id, status: 'WAITLISTED' }, _max: { waitlistPosition: true } })
      await tx.boothApplication.update({ where: { id: application.id }, data: { status: 'WAITLISTED', waitlistPosition: (last._max.waitlistPosition ?? 0) + 1 } })
      await notifyProducers(tx, fair, [{ kind: 'changed', producerId: application.producerId, boothCodes: [] }])
    }
    await refreshExplanations(tx, fair.id)
    return { ok: true, message: `Đã trả ${releasedBoothIds.length} gian.` }
  })
}

// ───────────────────────────── publish ─────────────────────────────

export async function publishAllocation(actor: Actor, slug: string): Promise<WorkflowResult> {
  const fair = await getOrganiserFair(actor, slug)
  return run(async (tx) => {
    await lockFair(tx, fair.id, PLANNABLE)
    const input = await loadAllocationInput(tx, fair.id)
    const { rows, assignment } = await currentAssignment(tx, fair.id)
    if (rows.length === 0) throw new Refusal('Chưa có phương án: hãy chạy phân bổ thử trước khi công bố.')
    const violations = validate(input, { assignment })
    if (violations.length > 0) throw new Refusal(`Phương án còn ${violations.length} vi phạm quy tắc (${violations[0].message}). Hãy sửa trước khi công bố.`)

    const at = now()
    await tx.allocation.updateMany({ where: { fairId: fair.id, publishedAt: null }, data: { publishedAt: at } })
    await tx.fair.update({ where: { id: fair.id }, data: { status: 'ALLOCATED' } })

    // Everyone accepted but not placed waits, best priority first (the engine's own ordering).
    const rules = input.rules
    const waiting = input.applications.filter((a) => !assignment[a.id]).sort((x, y) => compareApplicationPriority(x, y, rules))
    await setWaitlistPositions(tx, waiting.map((application, index) => ({ id: application.id, position: index + 1 })))
    // Applications the organiser put on the waiting list at review (no position yet) come after.
    await renumberWaitlist(tx, fair.id)

    const notices: BoothNotice[] = []
    const byApplication = new Map<string, { producerId: string; codes: string[]; explanation: string }>()
    for (const row of rows) {
      const entry = byApplication.get(row.applicationId) ?? { producerId: row.producerId, codes: [], explanation: row.explanation }
      entry.codes.push(row.booth.code)
      byApplication.set(row.applicationId, entry)
    }
    for (const entry of byApplication.values()) notices.push({ kind: 'allocated', producerId: entry.producerId, boothCodes: entry.codes, explanation: entry.explanation })
    waiting.forEach((application, index) => notices.push({ kind: 'waitlisted', producerId: application.producerId, position: index + 1 }))
    await notifyProducers(tx, fair, notices)
    await createPaymentRequests(tx, { fairId: fair.id, applicationIds: [...byApplication.keys()], actorId: actor.id })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'allocation.publish',
      entityType: 'Fair',
      entityId: fair.id,
      data: { placed: byApplication.size, booths: rows.length, waitlisted: waiting.length },
    })
    return { ok: true, message: `Đã công bố phân bổ: ${byApplication.size} nhà sản xuất nhận gian, ${waiting.length} vào danh sách chờ.` }
  }, 60_000)
}

// ───────────────────────────── what the page shows ─────────────────────────────

/** The fair's halls (with aisles and the like) and its booths as the floor plan draws them. */
async function loadFloor(fairId: string) {
  const [halls, booths] = await Promise.all([
    prisma.hall.findMany({
      where: { fairId },
      select: { id: true, name: true, widthM: true, depthM: true, features: { select: { id: true, kind: true, label: true, x: true, y: true, width: true, depth: true } } },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    }),
    prisma.booth.findMany({
      where: { fairId },
      select: { id: true, code: true, hallId: true, x: true, y: true, width: true, depth: true, zone: true, features: true, boothType: { select: { code: true, nameVi: true } } },
      orderBy: { code: 'asc' },
    }),
  ])
  return {
    halls,
    booths: booths.map(({ boothType, ...booth }) => ({ ...booth, typeCode: boothType.code, typeName: boothType.nameVi })),
  }
}

export async function getAllocationPage(actor: Actor, slug: string) {
  const fair = await getOrganiserFair(actor, slug)
  const [input, { halls, booths }, rows, applications, last] = await Promise.all([
    loadAllocationInput(prisma, fair.id),
    loadFloor(fair.id),
    prisma.allocation.findMany({ where: { fairId: fair.id }, select: { boothId: true, applicationId: true, locked: true, publishedAt: true, explanation: true } }),
    prisma.boothApplication.findMany({
      where: { fairId: fair.id, OR: [{ status: { in: ['ACCEPTED', 'WAITLISTED'] } }, { allocations: { some: {} } }] },
      select: {
        id: true,
        status: true,
        boothCount: true,
        waitlistPosition: true,
        boothType: { select: { code: true, nameVi: true } },
        producer: { select: { legalName: true, tradeName: true, type: true, province: { select: { id: true, name: true } } } },
      },
    }),
    lastRun(prisma, fair.id),
  ])
  const assignment: Record<string, string[]> = {}
  for (const row of rows) (assignment[row.applicationId] ??= []).push(row.boothId)
  const scoringInput: AllocationInput = { ...input, rules: { ...input.rules, weights: last.weights } }
  const known = new Set(input.applications.map((a) => a.id))
  const figures = evaluatePlan(scoringInput, Object.fromEntries(Object.entries(assignment).filter(([id]) => known.has(id))))
  const violations = rows.length > 0 ? validate(input, { assignment }) : []

  const groupIds = [...new Set(input.applications.flatMap((a) => a.productGroupIds))]
  const groups = new Map(
    (await prisma.productCategory.findMany({ where: { id: { in: groupIds } }, select: { id: true, nameVi: true } })).map((g) => [g.id, g.nameVi]),
  )
  const engineApps = new Map(input.applications.map((a) => [a.id, a]))
  const appInfo = new Map(
    applications.map((a) => {
      const groupId = engineApps.get(a.id)?.productGroupIds[0] ?? null
      return [
        a.id,
        {
          applicationId: a.id,
          producerName: a.producer.tradeName ?? a.producer.legalName,
          producerType: a.producer.type,
          provinceId: a.producer.province?.id ?? null,
          provinceName: a.producer.province?.name ?? null,
          groupId,
          groupName: groupId ? (groups.get(groupId) ?? groupId) : null,
        },
      ]
    }),
  )
  const rowByBooth = new Map(rows.map((r) => [r.boothId, r]))
  const boothCode = new Map(booths.map((b) => [b.id, b.code]))
  const violationsByApp = new Map<string, string[]>()
  for (const v of violations) if (v.applicationId) violationsByApp.set(v.applicationId, [...(violationsByApp.get(v.applicationId) ?? []), v.message])

  const placements = Object.entries(assignment)
    .map(([applicationId, boothIds]) => {
      const first = rowByBooth.get(boothIds[0])!
      return {
        ...appInfo.get(applicationId)!,
        boothIds,
        boothCodes: boothIds.map((id) => boothCode.get(id)!).sort(compareStrings),
        explanation: first.explanation,
        locked: boothIds.some((id) => rowByBooth.get(id)!.locked),
        published: first.publishedAt !== null,
        violations: violationsByApp.get(applicationId) ?? [],
      }
    })
    .sort((a, b) => compareStrings(a.boothCodes[0], b.boothCodes[0]))

  const reasons = new Map(last.waitlist.map((w) => [w.applicationId, w.reason]))
  const unplaced = applications
    .filter((a) => !assignment[a.id])
    .map((a) => ({
      ...appInfo.get(a.id)!,
      status: a.status,
      boothTypeCode: a.boothType.code,
      boothTypeName: a.boothType.nameVi,
      boothCount: a.boothCount,
      waitlistPosition: a.waitlistPosition,
      reason: reasons.get(a.id) ?? null,
    }))
  const priority = (id: string) => engineApps.get(id)
  unplaced.sort((x, y) => {
    if (x.waitlistPosition !== null || y.waitlistPosition !== null) return (x.waitlistPosition ?? 1e9) - (y.waitlistPosition ?? 1e9)
    const a = priority(x.applicationId)
    const b = priority(y.applicationId)
    return a && b ? compareApplicationPriority(a, b, input.rules) : compareStrings(x.applicationId, y.applicationId)
  })

  return {
    fair: { slug: fair.slug, nameVi: fair.nameVi, status: fair.status, cooperativeTargetPercent: fair.cooperativeTargetPercent, maxBoothsPerProducer: fair.maxBoothsPerProducer },
    halls,
    booths: booths.map((b) => {
      const row = rowByBooth.get(b.id)
      return {
        ...b,
        holder: row ? { ...appInfo.get(row.applicationId)!, locked: row.locked, published: row.publishedAt !== null, explanation: row.explanation } : null,
      }
    }),
    placements,
    unplaced,
    figures,
    violations: violations.map((v) => ({ code: v.code, message: v.message, boothCodes: (v.boothIds ?? []).map((id) => boothCode.get(id) ?? id) })),
    weights: last.weights,
    lastRunAt: last.at,
    acceptedCount: input.applications.length,
    hasDraft: rows.some((r) => r.publishedAt === null),
  }
}

// ───────────────────────────── the producer's view ─────────────────────────────

/** A producer's booth(s) at a fair, with the plan; only published placements are shown. */
export async function getProducerBooth(actor: Actor, slug: string) {
  const producerId = actor.producerId
  requirePermission(actor, 'read:application', { producerId })
  const fair = await prisma.fair.findFirst({ where: { slug, status: { not: 'DRAFT' } }, select: { id: true, slug: true, nameVi: true, status: true, venue: true, startsAt: true, endsAt: true } })
  if (!fair) throw new Response('Không tìm thấy hội chợ', { status: 404 })
  const application = await prisma.boothApplication.findFirst({
    where: { fairId: fair.id, producerId: producerId! },
    select: {
      id: true,
      status: true,
      waitlistPosition: true,
      allocations: { where: { publishedAt: { not: null } }, select: { boothId: true, explanation: true, booth: { select: { code: true, zone: true, hallId: true } } } },
      paymentRequests: { select: { id: true, amountVnd: true, dueAt: true, status: true }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  })
  const { halls, booths } = await loadFloor(fair.id)
  const mine = (application?.allocations ?? []).sort((a, b) => compareStrings(a.booth.code, b.booth.code))
  return {
    fair,
    application: application ? { status: application.status, waitlistPosition: application.waitlistPosition, payment: application.paymentRequests[0] ?? null } : null,
    myBooths: mine.map((a) => ({ id: a.boothId, code: a.booth.code, zone: a.booth.zone, hallId: a.booth.hallId, explanation: a.explanation })),
    halls,
    booths,
  }
}
