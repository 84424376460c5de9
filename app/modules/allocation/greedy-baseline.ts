// The naive plan the engine is measured against: first come, first served. Applications in
// order of submission take the first free booth of their type (and needs) in plan order, in
// their first-choice zone when it has one, otherwise anywhere; multi-booth requests take the
// first connected run found the same way. Locks and the producer cap are respected, so the
// baseline is a valid plan; it has no priority rules and no cooperative share.
import { compareStrings } from './adjacency'
import { rejectionReason } from './admission'
import { buildModel, poolName, suits, type Model } from './model'
import { buildOutput } from './report'
import type { AllocationInput, AllocationOutput } from './types'

function firstRun(model: Model, a: number, owner: Int32Array, zone: number): number[] | null {
  const usable = (b: number) =>
    owner[b] < 0 && !model.lockedBooth[b] && suits(model, a, b) && (zone < 0 || model.boothZone[b] === zone)
  const k = model.appK[a]
  for (let seed = 0; seed < model.booths.length; seed++) {
    if (!usable(seed)) continue
    const set = [seed]
    while (set.length < k) {
      let next = -1
      for (const s of set) for (const c of model.adj[s]) if (!set.includes(c) && usable(c) && (next < 0 || c < next)) next = c
      if (next < 0) break
      set.push(next)
    }
    if (set.length === k) return set.sort((x, y) => x - y)
  }
  return null
}

export function greedyBaseline(input: AllocationInput): AllocationOutput {
  const model = buildModel(input)
  const na = model.apps.length
  const owner = new Int32Array(model.booths.length).fill(-1)
  const appBooths: (number[] | null)[] = new Array(na).fill(null)
  const producerBooths = new Int32Array(model.producers.length)
  for (const [a, booths] of model.locks) {
    appBooths[a] = [...booths]
    for (const b of booths) owner[b] = a
    producerBooths[model.appProducer[a]] += booths.length
  }
  const rejected: Array<{ app: number; reason: string }> = []
  const waitlist: Array<{ app: number; reason: string }> = []
  const order: number[] = []
  for (let a = 0; a < na; a++) {
    if (model.locks.has(a)) continue
    const reason = rejectionReason(model, a)
    if (reason) rejected.push({ app: a, reason })
    else order.push(a)
  }
  order.sort((x, y) => model.apps[x].submittedAt - model.apps[y].submittedAt || compareStrings(model.apps[x].id, model.apps[y].id))
  const cap = model.rules.maxBoothsPerProducer
  for (const a of order) {
    if (producerBooths[model.appProducer[a]] + model.appK[a] > cap) {
      waitlist.push({ app: a, reason: `Nhà sản xuất đã được xếp ${producerBooths[model.appProducer[a]]} gian, tối đa ${cap}` })
      continue
    }
    const first = model.appPrefs[a][0] ?? -1
    const set = (first >= 0 ? firstRun(model, a, owner, first) : null) ?? firstRun(model, a, owner, -1)
    if (!set) {
      waitlist.push({ app: a, reason: `Hết gian loại ${poolName(model, model.appPool[a])}` })
      continue
    }
    appBooths[a] = set
    for (const b of set) owner[b] = a
    producerBooths[model.appProducer[a]] += set.length
  }
  return buildOutput(model, {
    appBooths,
    waitlist,
    rejected,
    notes: {},
    diagnostics: {
      method: 'greedy-baseline',
      seed: model.rules.seed,
      admissionRounds: 1,
      reservedShareSwaps: 0,
      localSearchIterations: 0,
      localSearchAccepted: 0,
      objectiveAfterAssignment: 0,
      objectiveAfterLocalSearch: 0,
    },
  })
}
