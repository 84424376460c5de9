// The engine's indexed view of an input: booths and applications in a canonical order (so the
// plan does not depend on the order the caller listed them in), integer ids for zones, provinces,
// groups and producers, neighbour lists, and the objective's terms. Shared by the engine, the
// greedy baseline, validate() and the explanations.
import { adjacencyIndices, compareStrings } from './adjacency'
import {
  AllocationInputError,
  ZONE_RANK_SCORES,
  resolveRules,
  type AllocationInput,
  type AllocationRules,
  type ApplicationInput,
  type BoothInput,
  type ObjectiveBreakdown,
} from './types'

export const POWER = 1
export const COLD = 2
export const MAX_ZONE_PREFERENCES = ZONE_RANK_SCORES.length

export interface Model {
  input: AllocationInput
  rules: AllocationRules
  booths: BoothInput[]
  boothIndex: Map<string, number>
  /** Booth type ("pool") index of each booth. */
  boothPool: Int32Array
  /** Zone index or -1. */
  boothZone: Int32Array
  /** POWER | COLD bits. */
  boothFeat: Uint8Array
  adj: Int32Array[]
  zones: string[]
  /** Booth type codes, sorted. */
  pools: string[]
  apps: ApplicationInput[]
  appIndex: Map<string, number>
  /** Pool of the requested booth type, -1 when the plan has no booth of that type. */
  appPool: Int32Array
  appNeed: Uint8Array
  appK: Int32Array
  appProvince: Int32Array
  appProducer: Int32Array
  appGroups: Int32Array[]
  appSubgroups: Int32Array[]
  /** Wished producers, as producer indices (self-wishes dropped). */
  appWishes: Int32Array[]
  /** Zone index per preference rank (-1 for a label that names no zone of this plan). */
  appPrefs: Int32Array[]
  appCoop: Uint8Array
  producers: string[]
  provinces: string[]
  /** Locked application → its booth indices. */
  locks: Map<number, number[]>
  lockedBooth: Uint8Array
}

export function featureMask(values: readonly string[]): number {
  let mask = 0
  for (const value of values) {
    if (value === 'power') mask |= POWER
    else if (value === 'cold') mask |= COLD
  }
  return mask
}

function interner() {
  const index = new Map<string, number>()
  const values: string[] = []
  return {
    values,
    id(value: string): number {
      let found = index.get(value)
      if (found === undefined) {
        found = values.length
        index.set(value, found)
        values.push(value)
      }
      return found
    },
  }
}

export function buildModel(input: AllocationInput): Model {
  const rules = resolveRules(input.rules)
  const booths = [...input.booths].sort(
    (a, b) =>
      compareStrings(a.hallId, b.hallId) || a.y - b.y || a.x - b.x || compareStrings(a.code, b.code) || compareStrings(a.id, b.id),
  )
  const boothIndex = new Map<string, number>()
  booths.forEach((booth, index) => {
    if (boothIndex.has(booth.id)) throw new AllocationInputError(`Gian ${booth.code} bị khai báo hai lần`)
    boothIndex.set(booth.id, index)
  })

  const pools = [...new Set(booths.map((b) => b.typeCode))].sort(compareStrings)
  const poolIndex = new Map(pools.map((code, index) => [code, index]))
  const zones = [...new Set(booths.flatMap((b) => (b.zone === null ? [] : [b.zone])))].sort(compareStrings)
  const zoneIndex = new Map(zones.map((zone, index) => [zone, index]))

  const nb = booths.length
  const boothPool = new Int32Array(nb)
  const boothZone = new Int32Array(nb)
  const boothFeat = new Uint8Array(nb)
  booths.forEach((booth, i) => {
    boothPool[i] = poolIndex.get(booth.typeCode)!
    boothZone[i] = booth.zone === null ? -1 : zoneIndex.get(booth.zone)!
    boothFeat[i] = featureMask(booth.features)
  })

  let adj: Int32Array[]
  if (input.adjacency) {
    const lists: Set<number>[] = booths.map(() => new Set())
    for (const [id, neighbours] of Object.entries(input.adjacency)) {
      const i = boothIndex.get(id)
      if (i === undefined) continue
      for (const other of neighbours) {
        const j = boothIndex.get(other)
        if (j === undefined || j === i) continue
        lists[i].add(j)
        lists[j].add(i) // neighbourhood is symmetric even if the caller listed one direction
      }
    }
    adj = lists.map((set) => Int32Array.from([...set].sort((a, b) => a - b)))
  } else {
    adj = adjacencyIndices(booths, rules.adjacencyGapM)
  }

  const apps = [...input.applications].sort((a, b) => compareStrings(a.id, b.id))
  const appIndex = new Map<string, number>()
  apps.forEach((app, index) => {
    if (appIndex.has(app.id)) throw new AllocationInputError(`Đơn đăng ký ${app.id} bị khai báo hai lần`)
    appIndex.set(app.id, index)
  })
  const na = apps.length
  const provinces = interner()
  const producers = interner()
  const groups = interner()
  const subgroups = interner()
  for (const app of apps) producers.id(app.producerId)
  const coopTypes = new Set(rules.cooperativeTypes)

  const appPool = new Int32Array(na)
  const appNeed = new Uint8Array(na)
  const appK = new Int32Array(na)
  const appProvince = new Int32Array(na)
  const appProducer = new Int32Array(na)
  const appCoop = new Uint8Array(na)
  const appGroups: Int32Array[] = []
  const appSubgroups: Int32Array[] = []
  const appWishes: Int32Array[] = []
  const appPrefs: Int32Array[] = []
  apps.forEach((app, a) => {
    appPool[a] = poolIndex.get(app.boothTypeCode) ?? -1
    appNeed[a] = featureMask(app.needs)
    appK[a] = app.boothCount
    appProvince[a] = provinces.id(app.provinceId)
    appProducer[a] = producers.id(app.producerId)
    appCoop[a] = coopTypes.has(app.producerType) ? 1 : 0
    appGroups.push(Int32Array.from(new Set(app.productGroupIds.map(groups.id))))
    appSubgroups.push(Int32Array.from(new Set(app.subgroupIds.map(subgroups.id))))
    const wishes = new Set<number>()
    for (const producerId of app.wishedNeighbourProducerIds) {
      if (producerId !== app.producerId) wishes.add(producers.id(producerId))
    }
    appWishes.push(Int32Array.from(wishes))
    const prefs: number[] = []
    const seen = new Set<string>()
    for (const label of app.zonePreferences.slice(0, MAX_ZONE_PREFERENCES)) {
      // A repeated label keeps its best rank only.
      prefs.push(seen.has(label) ? -1 : (zoneIndex.get(label) ?? -1))
      seen.add(label)
    }
    appPrefs.push(Int32Array.from(prefs))
  })

  const locks = new Map<number, number[]>()
  const lockedBooth = new Uint8Array(nb)
  for (const lock of input.locks ?? []) {
    const a = appIndex.get(lock.applicationId)
    if (a === undefined) throw new AllocationInputError(`Khoá chỗ cho đơn không tồn tại: ${lock.applicationId}`)
    if (locks.has(a)) throw new AllocationInputError(`Đơn ${lock.applicationId} bị khoá hai lần`)
    const indices: number[] = []
    for (const boothId of lock.boothIds) {
      const b = boothIndex.get(boothId)
      if (b === undefined) throw new AllocationInputError(`Khoá chỗ vào gian không tồn tại: ${boothId}`)
      if (lockedBooth[b]) throw new AllocationInputError(`Gian ${booths[b].code} bị khoá cho hai đơn`)
      lockedBooth[b] = 1
      indices.push(b)
    }
    locks.set(a, indices.sort((x, y) => x - y))
  }

  return {
    input,
    rules,
    booths,
    boothIndex,
    boothPool,
    boothZone,
    boothFeat,
    adj,
    zones,
    pools,
    apps,
    appIndex,
    appPool,
    appNeed,
    appK,
    appProvince,
    appProducer,
    appGroups,
    appSubgroups,
    appWishes,
    appPrefs,
    appCoop,
    producers: producers.values,
    provinces: provinces.values,
    locks,
    lockedBooth,
  }
}

export function poolName(model: Model, pool: number): string {
  const code = model.pools[pool]
  return model.input.boothTypeNames?.[code] ?? code
}

/** 1-based rank of `zone` among the application's preferences, 0 when not preferred. */
export function zoneRank(model: Model, a: number, zone: number): number {
  if (zone < 0) return 0
  const prefs = model.appPrefs[a]
  for (let r = 0; r < prefs.length; r++) if (prefs[r] === zone) return r + 1
  return 0
}

export function zoneScore(model: Model, a: number, zone: number): number {
  const rank = zoneRank(model, a, zone)
  return rank === 0 ? 0 : ZONE_RANK_SCORES[rank - 1]
}

/** Weighted zone-preference score of an application on these booths (mean over its booths). */
export function unaryScore(model: Model, a: number, booths: ArrayLike<number>): number {
  if (booths.length === 0) return 0
  let sum = 0
  for (let i = 0; i < booths.length; i++) sum += zoneScore(model, a, model.boothZone[booths[i]])
  return (model.rules.weights.zonePreference * sum) / booths.length
}

function intersects(x: Int32Array, y: Int32Array): boolean {
  for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) if (x[i] === y[j]) return true
  return false
}

function includes(list: Int32Array, value: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true
  return false
}

export interface PairTerms {
  sameGroup: boolean
  sameProvince: boolean
  /** 0, 1 or 2 (both wished each other). */
  wishes: number
  competitors: boolean
}

export function pairTerms(model: Model, a: number, b: number): PairTerms {
  return {
    sameGroup: intersects(model.appGroups[a], model.appGroups[b]),
    sameProvince: model.appProvince[a] === model.appProvince[b],
    wishes:
      (includes(model.appWishes[a], model.appProducer[b]) ? 1 : 0) + (includes(model.appWishes[b], model.appProducer[a]) ? 1 : 0),
    competitors: intersects(model.appSubgroups[a], model.appSubgroups[b]),
  }
}

/** Objective contribution of two neighbouring producers (counted once per pair, however many walls they share). */
export function pairScore(model: Model, a: number, b: number): number {
  const w = model.rules.weights
  let score = 0
  if (model.appProvince[a] === model.appProvince[b]) score += w.provinceCluster
  if (intersects(model.appGroups[a], model.appGroups[b])) score += w.groupTogether
  if (intersects(model.appSubgroups[a], model.appSubgroups[b])) score -= w.competitorApart
  if (model.appWishes[a].length > 0 && includes(model.appWishes[a], model.appProducer[b])) score += w.wishedNeighbour
  if (model.appWishes[b].length > 0 && includes(model.appWishes[b], model.appProducer[a])) score += w.wishedNeighbour
  return score
}

/** Booth owner per booth (-1 free) from booth lists per application. */
export function ownersOf(model: Model, appBooths: readonly (readonly number[] | null)[]): Int32Array {
  const owner = new Int32Array(model.booths.length).fill(-1)
  appBooths.forEach((booths, a) => {
    if (booths) for (const b of booths) owner[b] = a
  })
  return owner
}

/** Distinct neighbouring producers of each placed application (pairs a < b). */
export function neighbourPairs(model: Model, owner: Int32Array): Array<[number, number]> {
  const seen = new Set<number>()
  const pairs: Array<[number, number]> = []
  const na = model.apps.length
  for (let b = 0; b < owner.length; b++) {
    const x = owner[b]
    if (x < 0) continue
    const neighbours = model.adj[b]
    for (let i = 0; i < neighbours.length; i++) {
      const y = owner[neighbours[i]]
      if (y < 0 || y === x) continue
      const lo = x < y ? x : y
      const hi = x < y ? y : x
      const key = lo * na + hi
      if (!seen.has(key)) {
        seen.add(key)
        pairs.push([lo, hi])
      }
    }
  }
  return pairs
}

export function objectiveOf(
  model: Model,
  appBooths: readonly (readonly number[] | null)[],
  owner = ownersOf(model, appBooths),
): { total: number; breakdown: ObjectiveBreakdown } {
  const w = model.rules.weights
  const breakdown: ObjectiveBreakdown = { zonePreference: 0, groupTogether: 0, provinceCluster: 0, wishedNeighbour: 0, competitorApart: 0 }
  appBooths.forEach((booths, a) => {
    if (booths && booths.length > 0) breakdown.zonePreference += unaryScore(model, a, booths)
  })
  for (const [a, b] of neighbourPairs(model, owner)) {
    const t = pairTerms(model, a, b)
    if (t.sameGroup) breakdown.groupTogether += w.groupTogether
    if (t.sameProvince) breakdown.provinceCluster += w.provinceCluster
    breakdown.wishedNeighbour += t.wishes * w.wishedNeighbour
    if (t.competitors) breakdown.competitorApart -= w.competitorApart
  }
  const total =
    breakdown.zonePreference + breakdown.groupTogether + breakdown.provinceCluster + breakdown.wishedNeighbour + breakdown.competitorApart
  return { total, breakdown }
}

/** True when the booths form one connected piece of the neighbour graph. */
export function connected(model: Model, booths: readonly number[]): boolean {
  if (booths.length <= 1) return true
  const inSet = new Set(booths)
  const reached = new Set([booths[0]])
  const stack = [booths[0]]
  while (stack.length > 0) {
    const b = stack.pop()!
    for (const c of model.adj[b]) {
      if (inSet.has(c) && !reached.has(c)) {
        reached.add(c)
        stack.push(c)
      }
    }
  }
  return reached.size === inSet.size
}

/** Whether booth b can hold application a: the requested type and every needed feature. */
export function suits(model: Model, a: number, b: number): boolean {
  return model.boothPool[b] === model.appPool[a] && (model.appNeed[a] & ~model.boothFeat[b]) === 0
}
