// Floor-plan editing. Every change is checked against the whole plan of the fair (codes unique,
// inside the hall, no overlaps, aisles kept free) inside one transaction that first locks the
// fair's row, so two editors placing booths at once cannot create an overlap between them.
import type { z } from 'zod'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { writeAudit } from '~/modules/audit/audit.server'
import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { getOrganiserFair } from './fairs.server'
import { boothRow, csvToBooths, jsonToPlan, normaliseCode, validatePlan, type FloorPlan, type PlanBooth, type PlanFeature } from './floor-plan'
import type { BoothRowSchema, BoothSchema, BoothTypeSchema, FeatureSchema, HallSchema } from './schemas'
import { planEditable } from './status'

export type PlanResult = { ok: true; message?: string } | { ok: false; field?: string; errors: string[] }

type Tx = Prisma.TransactionClient

async function editableFair(actor: Actor, slug: string) {
  const fair = await getOrganiserFair(actor, slug)
  requirePermission(actor, 'update:fair', { organiserId: fair.organiserId })
  return fair
}

async function lockFair(tx: Tx, fairId: string) {
  await tx.$queryRaw`SELECT id FROM "Fair" WHERE id = ${fairId} FOR UPDATE`
}

/** The stored plan as plain data, with the ids needed to map changes back. */
async function loadPlan(tx: Tx, fairId: string) {
  // One connection per transaction: queries run one after the other.
  const halls = await tx.hall.findMany({ where: { fairId }, orderBy: [{ position: 'asc' }, { name: 'asc' }] })
  const features = await tx.hallFeature.findMany({ where: { hall: { fairId } }, include: { hall: { select: { name: true } } }, orderBy: [{ y: 'asc' }, { x: 'asc' }, { id: 'asc' }] })
  const booths = await tx.booth.findMany({ where: { fairId }, include: { hall: { select: { name: true } }, boothType: { select: { code: true } }, allocation: { select: { id: true } } }, orderBy: { code: 'asc' } })
  const types = await tx.boothType.findMany({ where: { fairId } })
  const plan: FloorPlan = {
    halls: halls.map((h) => ({ name: h.name, widthM: h.widthM, depthM: h.depthM, gridM: h.gridM })),
    features: features.map((f) => ({ hall: f.hall.name, kind: f.kind, label: f.label, x: f.x, y: f.y, width: f.width, depth: f.depth })),
    booths: booths.map((b) => ({ code: b.code, hall: b.hall.name, type: b.boothType.code, x: b.x, y: b.y, width: b.width, depth: b.depth, zone: b.zone, features: b.features })),
  }
  return { plan, halls, features, booths, types }
}

function check(plan: FloorPlan, types: Array<{ code: string }>): string[] {
  return [...new Set(validatePlan(plan, { boothTypes: types.map((t) => t.code) }).map((issue) => issue.message))].slice(0, 12)
}

function guardEditable(status: Parameters<typeof planEditable>[0]): PlanResult | null {
  return planEditable(status) ? null : { ok: false, errors: ['Gian hàng đã được phân bổ: không thể sửa sơ đồ'] }
}

type StoredPlan = Awaited<ReturnType<typeof loadPlan>>

/** A change checked against the plan as it is now, under the fair's row lock (see the top). */
async function editPlan(
  actor: Actor,
  slug: string,
  change: (tx: Tx, fair: { id: string }, current: StoredPlan) => Promise<PlanResult>,
  options?: { timeout: number },
): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const blocked = guardEditable(fair.status)
  if (blocked) return blocked
  return prisma.$transaction(async (tx) => {
    await lockFair(tx, fair.id)
    return change(tx, fair, await loadPlan(tx, fair.id))
  }, options)
}

export async function saveBoothType(actor: Actor, slug: string, input: z.infer<typeof BoothTypeSchema>): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const duplicate = await prisma.boothType.findFirst({ where: { fairId: fair.id, code: input.code, ...(input.id ? { id: { not: input.id } } : {}) }, select: { id: true } })
  if (duplicate) return { ok: false, field: 'code', errors: ['Mã loại gian này đã có'] }
  const data = { code: input.code, nameVi: input.nameVi, widthM: input.widthM, depthM: input.depthM, priceVnd: input.priceVnd, includes: input.includes.filter(Boolean) }
  await prisma.$transaction(async (tx) => {
    if (input.id) {
      const changed = await tx.boothType.updateMany({ where: { id: input.id, fairId: fair.id }, data })
      if (changed.count !== 1) throw new Response('Không tìm thấy loại gian', { status: 404 })
    } else await tx.boothType.create({ data: { ...data, fairId: fair.id } })
    await writeAudit(tx, { actorId: actor.id, action: input.id ? 'fair.booth-type.update' : 'fair.booth-type.create', entityType: 'Fair', entityId: fair.id, data: { code: input.code } })
  })
  return { ok: true, message: 'Đã lưu loại gian' }
}

export async function deleteBoothType(actor: Actor, slug: string, id: string): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const type = await prisma.boothType.findFirst({ where: { id, fairId: fair.id }, include: { _count: { select: { booths: true, applications: true } } } })
  if (!type) throw new Response('Không tìm thấy loại gian', { status: 404 })
  if (type._count.booths || type._count.applications) return { ok: false, errors: [`Loại gian ${type.code} đang được dùng bởi ${type._count.booths} gian và ${type._count.applications} hồ sơ`] }
  await prisma.$transaction(async (tx) => {
    await tx.boothType.delete({ where: { id } })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.booth-type.delete', entityType: 'Fair', entityId: fair.id, data: { code: type.code } })
  })
  return { ok: true, message: 'Đã xoá loại gian' }
}

export function saveHall(actor: Actor, slug: string, input: z.infer<typeof HallSchema>) {
  return editPlan(actor, slug, async (tx, fair, current) => {
    const existing = input.id ? current.halls.find((h) => h.id === input.id) : undefined
    if (input.id && !existing) throw new Response('Không tìm thấy nhà', { status: 404 })
    if (current.halls.some((h) => h.name === input.name && h.id !== input.id)) return { ok: false, field: 'name', errors: ['Tên nhà này đã có'] }
    const hall = { name: input.name, widthM: input.widthM, depthM: input.depthM, gridM: input.gridM }
    const rename = (name: string) => (existing && name === existing.name ? input.name : name)
    const plan: FloorPlan = {
      halls: existing ? current.plan.halls.map((h) => (h.name === existing.name ? hall : h)) : [...current.plan.halls, hall],
      features: current.plan.features.map((f) => ({ ...f, hall: rename(f.hall) })),
      booths: current.plan.booths.map((b) => ({ ...b, hall: rename(b.hall) })),
    }
    const errors = check(plan, current.types)
    if (errors.length) return { ok: false as const, errors }
    if (existing) await tx.hall.update({ where: { id: existing.id }, data: hall })
    else await tx.hall.create({ data: { ...hall, fairId: fair.id, position: current.halls.length } })
    await writeAudit(tx, { actorId: actor.id, action: existing ? 'fair.hall.update' : 'fair.hall.create', entityType: 'Fair', entityId: fair.id, data: { name: input.name } })
    return { ok: true as const, message: 'Đã lưu nhà' }
  })
}

export async function deleteHall(actor: Actor, slug: string, hallId: string): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const blocked = guardEditable(fair.status)
  if (blocked) return blocked
  const hall = await prisma.hall.findFirst({ where: { id: hallId, fairId: fair.id }, include: { _count: { select: { booths: true } } } })
  if (!hall) throw new Response('Không tìm thấy nhà', { status: 404 })
  if (await prisma.allocation.count({ where: { booth: { hallId } } })) return { ok: false, errors: ['Nhà có gian đã phân bổ, không thể xoá'] }
  await prisma.$transaction(async (tx) => {
    await tx.hall.delete({ where: { id: hallId } })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.hall.delete', entityType: 'Fair', entityId: fair.id, data: { name: hall.name, booths: hall._count.booths } })
  })
  return { ok: true, message: `Đã xoá ${hall.name} và ${hall._count.booths} gian` }
}

function addBooths(actor: Actor, slug: string, hallId: string, boothTypeId: string, make: (hallName: string, typeCode: string) => PlanBooth[], replaceId?: string) {
  return editPlan(actor, slug, async (tx, fair, current) => {
    const hall = current.halls.find((h) => h.id === hallId)
    const type = current.types.find((t) => t.id === boothTypeId)
    if (!hall) return { ok: false as const, field: 'hallId', errors: ['Chọn nhà'] }
    if (!type) return { ok: false as const, field: 'boothTypeId', errors: ['Chọn loại gian'] }
    const replaced = replaceId ? current.booths.find((b) => b.id === replaceId) : undefined
    if (replaceId && !replaced) throw new Response('Không tìm thấy gian', { status: 404 })
    const added = make(hall.name, type.code).map((b) => ({ ...b, code: normaliseCode(b.code) }))
    const plan: FloorPlan = { ...current.plan, booths: [...current.plan.booths.filter((b) => b.code !== replaced?.code), ...added] }
    const errors = check(plan, current.types)
    if (errors.length) return { ok: false as const, errors }
    if (replaced) {
      const [booth] = added
      await tx.booth.update({ where: { id: replaced.id }, data: { hallId, boothTypeId, code: booth.code, x: booth.x, y: booth.y, width: booth.width, depth: booth.depth, zone: booth.zone, features: booth.features } })
    } else {
      await tx.booth.createMany({ data: added.map((b) => ({ fairId: fair.id, hallId, boothTypeId, code: b.code, x: b.x, y: b.y, width: b.width, depth: b.depth, zone: b.zone, features: b.features })) })
    }
    await writeAudit(tx, { actorId: actor.id, action: replaced ? 'fair.booth.update' : 'fair.booth.create', entityType: 'Fair', entityId: fair.id, data: { codes: added.map((b) => b.code) } })
    return { ok: true as const, message: added.length === 1 ? `Đã lưu gian ${added[0].code}` : `Đã thêm ${added.length} gian ${added[0].code} … ${added[added.length - 1].code}` }
  })
}

export function saveBooth(actor: Actor, slug: string, input: z.infer<typeof BoothSchema>) {
  return addBooths(
    actor,
    slug,
    input.hallId,
    input.boothTypeId,
    (hall, type) => [{ code: input.code, hall, type, x: input.x, y: input.y, width: input.width, depth: input.depth, zone: input.zone ?? null, features: input.features }],
    input.id,
  )
}

export function addBoothRow(actor: Actor, slug: string, input: z.infer<typeof BoothRowSchema>) {
  return addBooths(actor, slug, input.hallId, input.boothTypeId, (hall, type) =>
    boothRow({ ...input, hall, type, zone: input.zone ?? null }),
  )
}

export async function deleteBooth(actor: Actor, slug: string, boothId: string): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const blocked = guardEditable(fair.status)
  if (blocked) return blocked
  const booth = await prisma.booth.findFirst({ where: { id: boothId, fairId: fair.id }, include: { allocation: { select: { id: true } } } })
  if (!booth) throw new Response('Không tìm thấy gian', { status: 404 })
  if (booth.allocation) return { ok: false, errors: [`Gian ${booth.code} đã được phân bổ, không thể xoá`] }
  await prisma.$transaction(async (tx) => {
    await tx.booth.delete({ where: { id: boothId } })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.booth.delete', entityType: 'Fair', entityId: fair.id, data: { code: booth.code } })
  })
  return { ok: true, message: `Đã xoá gian ${booth.code}` }
}

export function addFeature(actor: Actor, slug: string, input: z.infer<typeof FeatureSchema>) {
  return editPlan(actor, slug, async (tx, fair, current) => {
    const hall = current.halls.find((h) => h.id === input.hallId)
    if (!hall) return { ok: false as const, field: 'hallId', errors: ['Chọn nhà'] }
    const feature: PlanFeature = { hall: hall.name, kind: input.kind, label: input.label ?? null, x: input.x, y: input.y, width: input.width, depth: input.depth }
    const errors = check({ ...current.plan, features: [...current.plan.features, feature] }, current.types)
    if (errors.length) return { ok: false as const, errors }
    await tx.hallFeature.create({ data: { hallId: hall.id, kind: input.kind, label: feature.label, x: input.x, y: input.y, width: input.width, depth: input.depth } })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.feature.create', entityType: 'Fair', entityId: fair.id, data: { kind: input.kind, hall: hall.name } })
    return { ok: true as const, message: 'Đã thêm vào sơ đồ' }
  })
}

export async function deleteFeature(actor: Actor, slug: string, featureId: string): Promise<PlanResult> {
  const fair = await editableFair(actor, slug)
  const feature = await prisma.hallFeature.findFirst({ where: { id: featureId, hall: { fairId: fair.id } } })
  if (!feature) throw new Response('Không tìm thấy', { status: 404 })
  await prisma.$transaction(async (tx) => {
    await tx.hallFeature.delete({ where: { id: featureId } })
    await writeAudit(tx, { actorId: actor.id, action: 'fair.feature.delete', entityType: 'Fair', entityId: fair.id, data: { kind: feature.kind } })
  })
  return { ok: true, message: 'Đã xoá' }
}

export async function exportPlan(actor: Actor, slug: string): Promise<FloorPlan> {
  const fair = await getOrganiserFair(actor, slug)
  return prisma.$transaction(async (tx) => (await loadPlan(tx, fair.id)).plan)
}

/**
 * Replaces the booths (CSV: halls stay) or the whole plan (JSON: halls, aisles and booths) after
 * validating the result. Refused once any booth is allocated: an import would move exhibitors.
 */
export function importPlan(actor: Actor, slug: string, format: 'csv' | 'json', text: string) {
  return editPlan(
    actor,
    slug,
    async (tx, fair, current) => {
      if (current.booths.some((b) => b.allocation)) return { ok: false, errors: ['Đã có gian được phân bổ: không thể nhập đè sơ đồ'] }
      let plan: FloorPlan
      if (format === 'csv') {
        const parsed = csvToBooths(text)
        if (!parsed.ok) return { ok: false as const, errors: parsed.errors }
        plan = { ...current.plan, booths: parsed.value.map((b) => ({ ...b, code: normaliseCode(b.code) })) }
      } else {
        const parsed = jsonToPlan(text)
        if (!parsed.ok) return { ok: false as const, errors: parsed.errors }
        plan = { ...parsed.value, booths: parsed.value.booths.map((b) => ({ ...b, code: normaliseCode(b.code) })) }
      }
      const errors = check(plan, current.types)
      if (errors.length) return { ok: false as const, errors }
      await tx.booth.deleteMany({ where: { fairId: fair.id } })
      let halls = current.halls
      if (format === 'json') {
        await tx.hall.deleteMany({ where: { fairId: fair.id } })
        halls = await Promise.all(plan.halls.map((h, position) => tx.hall.create({ data: { fairId: fair.id, name: h.name, widthM: h.widthM, depthM: h.depthM, gridM: h.gridM, position } })))
        const hallIds = new Map(halls.map((h) => [h.name, h.id]))
        await tx.hallFeature.createMany({ data: plan.features.map((f) => ({ hallId: hallIds.get(f.hall)!, kind: f.kind, label: f.label, x: f.x, y: f.y, width: f.width, depth: f.depth })) })
      }
      const hallIds = new Map(halls.map((h) => [h.name, h.id]))
      const typeIds = new Map(current.types.map((t) => [t.code, t.id]))
      await tx.booth.createMany({
        data: plan.booths.map((b) => ({ fairId: fair.id, hallId: hallIds.get(b.hall)!, boothTypeId: typeIds.get(b.type)!, code: b.code, x: b.x, y: b.y, width: b.width, depth: b.depth, zone: b.zone, features: b.features })),
      })
      await writeAudit(tx, { actorId: actor.id, action: 'fair.plan.import', entityType: 'Fair', entityId: fair.id, data: { format, booths: plan.booths.length, halls: plan.halls.length } })
      return { ok: true as const, message: `Đã nhập ${plan.booths.length} gian` }
    },
    { timeout: 20_000 },
  )
}
