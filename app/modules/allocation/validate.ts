// Hard-rule check of a plan, whoever made it (the engine, the baseline, or an organiser moving
// booths by hand). Returns every violation with a Vietnamese message; an empty list means the
// plan is admissible.
import { needLabel } from './admission'
import { COLD, POWER, buildModel, connected, featureMask } from './model'
import type { AllocationInput, AllocationOutput, Violation } from './types'

export type PlanToValidate = Pick<AllocationOutput, 'assignment'> & Partial<Pick<AllocationOutput, 'waitlist' | 'rejected'>>

export function validate(input: AllocationInput, plan: PlanToValidate): Violation[] {
  // Locks are checked against the plan below; inconsistent locks must not stop the check.
  const model = buildModel({ ...input, locks: [] })
  const violations: Violation[] = []
  const holder = new Map<number, string>()
  const producerBooths = new Map<string, number>()
  const cap = model.rules.maxBoothsPerProducer

  for (const [applicationId, boothIds] of Object.entries(plan.assignment)) {
    const a = model.appIndex.get(applicationId)
    if (a === undefined) {
      violations.push({ code: 'UNKNOWN_APPLICATION', message: `Không có đơn đăng ký ${applicationId}`, applicationId })
      continue
    }
    const app = model.apps[a]
    const booths: number[] = []
    for (const boothId of new Set(boothIds)) {
      const b = model.boothIndex.get(boothId)
      if (b === undefined) {
        violations.push({ code: 'UNKNOWN_BOOTH', message: `Không có gian ${boothId}`, applicationId, boothIds: [boothId] })
        continue
      }
      booths.push(b)
      const code = model.booths[b].code
      const other = holder.get(b)
      if (other !== undefined) {
        violations.push({
          code: 'BOOTH_SHARED',
          message: `Gian ${code} được xếp cho hai nhà sản xuất (đơn ${other} và ${applicationId})`,
          applicationId,
          boothIds: [boothId],
        })
      } else {
        holder.set(b, applicationId)
      }
      if (model.booths[b].typeCode !== app.boothTypeCode) {
        violations.push({
          code: 'WRONG_BOOTH_TYPE',
          message: `Gian ${code} là loại ${model.booths[b].typeCode}, đơn đăng ký loại ${app.boothTypeCode}`,
          applicationId,
          boothIds: [boothId],
        })
      }
      const missing = featureMask(app.needs) & ~model.boothFeat[b] & (POWER | COLD)
      if (missing) {
        violations.push({
          code: 'NEED_UNMET',
          message: `Gian ${code} không ${needLabel(missing)}`,
          applicationId,
          boothIds: [boothId],
        })
      }
    }
    if (boothIds.length !== app.boothCount) {
      violations.push({
        code: 'WRONG_BOOTH_COUNT',
        message: `Đơn đăng ký ${app.boothCount} gian nhưng được xếp ${boothIds.length} gian`,
        applicationId,
        boothIds: [...boothIds],
      })
    }
    if (booths.length > 1 && !connected(model, booths)) {
      violations.push({
        code: 'NOT_CONNECTED',
        message: `Các gian ${booths.map((b) => model.booths[b].code).join(', ')} không liền kề nhau`,
        applicationId,
        boothIds: booths.map((b) => model.booths[b].id),
      })
    }
    producerBooths.set(app.producerId, (producerBooths.get(app.producerId) ?? 0) + boothIds.length)
  }

  for (const [producerId, count] of producerBooths) {
    if (count > cap) {
      violations.push({
        code: 'PRODUCER_CAP',
        message: `Nhà sản xuất ${producerId} được xếp ${count} gian, vượt mức tối đa ${cap}`,
      })
    }
  }

  for (const lock of input.locks ?? []) {
    const given = plan.assignment[lock.applicationId] ?? []
    const same = given.length === lock.boothIds.length && lock.boothIds.every((id) => given.includes(id))
    if (!same) {
      violations.push({
        code: 'LOCK_BROKEN',
        message: `Chỗ đã khoá của đơn ${lock.applicationId} bị thay đổi`,
        applicationId: lock.applicationId,
        boothIds: [...lock.boothIds],
      })
    }
  }

  if (plan.waitlist || plan.rejected) {
    const statuses = new Map<string, number>()
    const count = (id: string) => statuses.set(id, (statuses.get(id) ?? 0) + 1)
    Object.keys(plan.assignment).forEach(count)
    plan.waitlist?.forEach((entry) => count(entry.applicationId))
    plan.rejected?.forEach((entry) => count(entry.applicationId))
    for (const app of model.apps) {
      const n = statuses.get(app.id) ?? 0
      if (n === 0) {
        violations.push({
          code: 'MISSING_APPLICATION',
          message: `Đơn ${app.id} không được xếp gian, không ở danh sách chờ và không bị từ chối`,
          applicationId: app.id,
        })
      } else if (n > 1) {
        violations.push({ code: 'DOUBLE_STATUS', message: `Đơn ${app.id} xuất hiện ở nhiều trạng thái`, applicationId: app.id })
      }
    }
  }
  return violations
}
