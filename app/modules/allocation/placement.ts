// First placement of the admitted applications, booth type by booth type:
// 1. a min-cost flow over (zone, feature) booth classes with every request as booth units
//    (a k-booth request costs 1/k of its zone score per unit) tells each multi-booth request
//    which zone it should go to;
// 2. multi-booth requests (largest first, then by priority) take a connected set of free booths
//    in that zone — the set that wastes the fewest features others need and leaves the fewest
//    free booths cut off; failing that, in another preferred zone, then anywhere;
// 3. single-booth requests get an exact min-cost flow over the remaining booths, so the zone
//    part of the objective is optimal for them; within a zone producers are laid out along the
//    rows grouped by province and product group, subgroups interleaved, which gives the local
//    search a clustered start.
import { needLabel, priorityComparator, unitsFit, type Admission } from './admission'
import { compareStrings } from './adjacency'
import { MinCostFlow } from './min-cost-flow'
import { COLD, POWER, poolName, suits, zoneScore, type Model } from './model'
import { ZONE_RANK_SCORES } from './types'

export interface PlacementState {
  appBooths: (number[] | null)[]
  owner: Int32Array
}

export interface InitialPlacement extends PlacementState {
  /** Admitted applications that could not be placed, with the reason. */
  failures: Map<number, string>
}

const COST_SCALE = 1_000_000
/** Finite "unbounded" capacity, so flows stay exact integers. */
const UNBOUNDED = 1 << 30

function unitCost(rank: number, k: number): number {
  const score = rank === 0 ? 0 : ZONE_RANK_SCORES[rank - 1]
  return Math.round((COST_SCALE * (1 - score)) / k)
}

interface AppClass {
  need: number
  k: number
  prefs: Int32Array
  apps: number[]
}

interface FlowSlot {
  boothClass: number
  amount: number
  cost: number
}

/**
 * Min-cost assignment of booth units to applications by class. Booth class = zone × 4 + feature
 * mask (zone -1 maps to class 0..3). Returns, per application class, the booth classes it uses.
 */
function classFlow(model: Model, classes: AppClass[], boothClassCount: Int32Array): FlowSlot[][] {
  const zoneCount = model.zones.length + 1
  const classNodes = classes.length
  // Nodes: 0 source, 1 sink, app classes, (zone, need) hubs, booth classes.
  const hubBase = 2 + classNodes
  const hubCount = zoneCount * 4 + 4 // last four: "any zone" per need
  const boothBase = hubBase + hubCount
  const flow = new MinCostFlow(boothBase + boothClassCount.length)
  const hubUsed = new Uint8Array(hubCount)
  const classEdges: Array<Array<{ edge: number; hub: number; cost: number }>> = []
  classes.forEach((cls, c) => {
    flow.addEdge(0, 2 + c, cls.apps.length * cls.k, 0)
    const edges: Array<{ edge: number; hub: number; cost: number }> = []
    for (let r = 0; r < cls.prefs.length; r++) {
      const zone = cls.prefs[r]
      if (zone < 0) continue
      const hub = (zone + 1) * 4 + cls.need
      edges.push({ edge: flow.addEdge(2 + c, hubBase + hub, UNBOUNDED, unitCost(r + 1, cls.k)), hub, cost: unitCost(r + 1, cls.k) })
      hubUsed[hub] = 1
    }
    const anyHub = zoneCount * 4 + cls.need
    edges.push({ edge: flow.addEdge(2 + c, hubBase + anyHub, UNBOUNDED, unitCost(0, cls.k)), hub: anyHub, cost: unitCost(0, cls.k) })
    hubUsed[anyHub] = 1
    classEdges.push(edges)
  })
  const hubEdges: Array<Array<{ edge: number; boothClass: number }>> = Array.from({ length: hubCount }, () => [])
  for (let hub = 0; hub < hubCount; hub++) {
    if (!hubUsed[hub]) continue
    const need = hub % 4
    const zoneSlot = Math.floor(hub / 4) // zoneCount means "any"
    for (let bc = 0; bc < boothClassCount.length; bc++) {
      if (boothClassCount[bc] === 0) continue
      const f = bc % 4
      if ((need & ~f) !== 0) continue
      if (zoneSlot !== zoneCount && Math.floor(bc / 4) !== zoneSlot) continue
      hubEdges[hub].push({ edge: flow.addEdge(hubBase + hub, boothBase + bc, UNBOUNDED, 0), boothClass: bc })
    }
  }
  for (let bc = 0; bc < boothClassCount.length; bc++) {
    if (boothClassCount[bc] > 0) flow.addEdge(boothBase + bc, 1, boothClassCount[bc], 0)
  }
  flow.run(0, 1)

  // Decompose: any unit entering a hub may leave through any of its booth classes.
  const hubOut = hubEdges.map((edges) => edges.map((e) => ({ boothClass: e.boothClass, left: flow.flowOn(e.edge) })))
  const hubCursor = new Int32Array(hubCount)
  return classes.map((_, c) => {
    const slots: FlowSlot[] = []
    for (const { edge, hub, cost } of classEdges[c]) {
      let amount = flow.flowOn(edge)
      const outs = hubOut[hub]
      while (amount > 0) {
        const out = outs[hubCursor[hub]]
        const take = Math.min(amount, out.left)
        if (take > 0) slots.push({ boothClass: out.boothClass, amount: take, cost })
        out.left -= take
        amount -= take
        if (out.left === 0) hubCursor[hub]++
      }
    }
    return slots.sort((x, y) => x.cost - y.cost || x.boothClass - y.boothClass)
  })
}

function classKey(model: Model, a: number): string {
  return `${model.appNeed[a]}|${model.appK[a]}|${Array.from(model.appPrefs[a]).join(',')}`
}

function groupIntoClasses(model: Model, apps: number[]): AppClass[] {
  const byKey = new Map<string, AppClass>()
  for (const a of apps) {
    const key = classKey(model, a)
    let cls = byKey.get(key)
    if (!cls) {
      cls = { need: model.appNeed[a], k: model.appK[a], prefs: model.appPrefs[a], apps: [] }
      byKey.set(key, cls)
    }
    cls.apps.push(a)
  }
  return [...byKey.entries()].sort((x, y) => compareStrings(x[0], y[0])).map(([, cls]) => cls)
}

/** Order along a row: by province, then product group, with subgroups interleaved (competitors apart). */
export function clusterOrder(model: Model, apps: number[]): number[] {
  const first = (list: Int32Array) => (list.length > 0 ? list[0] : -1)
  const sorted = [...apps].sort(
    (a, b) =>
      model.appProvince[a] - model.appProvince[b] || first(model.appGroups[a]) - first(model.appGroups[b]) || a - b,
  )
  const result: number[] = []
  let start = 0
  while (start < sorted.length) {
    let end = start
    const province = model.appProvince[sorted[start]]
    const group = first(model.appGroups[sorted[start]])
    while (end < sorted.length && model.appProvince[sorted[end]] === province && first(model.appGroups[sorted[end]]) === group) end++
    const buckets = new Map<number, number[]>()
    for (let i = start; i < end; i++) {
      const key = first(model.appSubgroups[sorted[i]])
      const bucket = buckets.get(key)
      if (bucket) bucket.push(sorted[i])
      else buckets.set(key, [sorted[i]])
    }
    const lists = [...buckets.values()]
    for (let round = 0; result.length < end; round++) {
      for (const list of lists) if (round < list.length) result.push(list[round])
    }
    start = end
  }
  return result
}

function featureWaste(model: Model, a: number, b: number): number {
  const spare = model.boothFeat[b] & ~model.appNeed[a]
  return (spare & COLD ? 2 : 0) + (spare & POWER ? 1 : 0)
}

/**
 * Best connected set of `k` free booths for application a, restricted to one zone or not
 * (zone = -2). Greedy growth from every seed, always adding the candidate with the fewest free
 * neighbours (hugging walls and other stands); scored by wasted features, cut-off free booths
 * and, when unrestricted, the zone score.
 */
export function findBlock(model: Model, a: number, owner: Int32Array, candidates: readonly number[], zone: number): number[] | null {
  const k = model.appK[a]
  const pool = model.appPool[a]
  const free = (b: number) => owner[b] < 0 && !model.lockedBooth[b] && model.boothPool[b] === pool
  const usable = (b: number) => free(b) && suits(model, a, b) && (zone === -2 || model.boothZone[b] === zone)
  const freeDegree = (b: number, set: number[]) => {
    let degree = 0
    for (const c of model.adj[b]) if (free(c) && !set.includes(c)) degree++
    return degree
  }
  let best: number[] | null = null
  let bestScore = Infinity
  for (const seed of candidates) {
    if (!usable(seed)) continue
    const set = [seed]
    while (set.length < k) {
      let pick = -1
      let pickDegree = Infinity
      for (const s of set) {
        for (const c of model.adj[s]) {
          if (set.includes(c) || !usable(c)) continue
          const degree = freeDegree(c, set)
          if (degree < pickDegree || (degree === pickDegree && c < pick)) {
            pick = c
            pickDegree = degree
          }
        }
      }
      if (pick < 0) break
      set.push(pick)
    }
    if (set.length < k) continue
    let score = 0
    const boundary = new Set<number>()
    for (const b of set) {
      score += 8 * featureWaste(model, a, b)
      if (zone === -2) score -= 100 * zoneScore(model, a, model.boothZone[b])
      for (const c of model.adj[b]) if (free(c) && !set.includes(c)) boundary.add(c)
    }
    score += boundary.size
    if (score < bestScore) {
      bestScore = score
      best = set
      if (score === 0) break
    }
  }
  return best ? best.sort((x, y) => x - y) : null
}

export function initialPlacement(model: Model, admission: Admission): InitialPlacement {
  const na = model.apps.length
  const nb = model.booths.length
  const zoneCount = model.zones.length + 1
  const appBooths: (number[] | null)[] = new Array(na).fill(null)
  const owner = new Int32Array(nb).fill(-1)
  const failures = new Map<number, string>()
  const byPriority = priorityComparator(model)

  for (const [a, booths] of model.locks) {
    appBooths[a] = [...booths]
    for (const b of booths) owner[b] = a
  }

  const poolApps: number[][] = model.pools.map(() => [])
  for (let a = 0; a < na; a++) {
    if (admission.admitted[a] && !model.locks.has(a)) poolApps[model.appPool[a]].push(a)
  }
  const poolBooths: number[][] = model.pools.map(() => [])
  const zoneBooths = new Map<number, number[]>() // pool * zoneCount + zone + 1
  for (let b = 0; b < nb; b++) {
    if (model.lockedBooth[b]) continue
    poolBooths[model.boothPool[b]].push(b)
    const key = model.boothPool[b] * zoneCount + model.boothZone[b] + 1
    const list = zoneBooths.get(key)
    if (list) list.push(b)
    else zoneBooths.set(key, [b])
  }
  const freeClassCounts = (pool: number) => {
    const counts = new Int32Array(zoneCount * 4)
    for (const b of poolBooths[pool]) if (owner[b] < 0) counts[(model.boothZone[b] + 1) * 4 + model.boothFeat[b]]++
    return counts
  }

  model.pools.forEach((_, pool) => {
    const apps = poolApps[pool].sort(byPriority)
    if (apps.length === 0) return
    const blocks = apps.filter((a) => model.appK[a] > 1)
    const singles = apps.filter((a) => model.appK[a] === 1)

    if (blocks.length > 0) {
      // 1. Zones for the multi-booth requests from the relaxed flow.
      const classes = groupIntoClasses(model, apps)
      const slots = classFlow(model, classes, freeClassCounts(pool))
      const targetZone = new Map<number, number>()
      classes.forEach((cls, c) => {
        if (cls.k === 1) return
        const units = slots[c].map((slot) => ({ zone: Math.floor(slot.boothClass / 4) - 1, left: slot.amount }))
        let cursor = 0
        for (const a of cls.apps) {
          while (cursor < units.length && units[cursor].left === 0) cursor++
          if (cursor >= units.length) break
          targetZone.set(a, units[cursor].zone)
          let need = cls.k
          for (let i = cursor; i < units.length && need > 0; i++) {
            const take = Math.min(need, units[i].left)
            units[i].left -= take
            need -= take
          }
        }
      })
      // 2. Connected sets, largest requests first.
      const ordered = [...blocks].sort((x, y) => model.appK[y] - model.appK[x] || byPriority(x, y))
      for (const a of ordered) {
        const zones: number[] = []
        const target = targetZone.get(a)
        if (target !== undefined) zones.push(target)
        for (const z of model.appPrefs[a]) if (z >= 0 && !zones.includes(z)) zones.push(z)
        let set: number[] | null = null
        for (const z of zones) {
          set = findBlock(model, a, owner, zoneBooths.get(pool * zoneCount + z + 1) ?? [], z)
          if (set) break
        }
        set ??= findBlock(model, a, owner, poolBooths[pool], -2)
        if (!set) {
          const need = model.appNeed[a]
          failures.set(a, `Không còn ${model.appK[a]} gian liền kề loại ${poolName(model, pool)}${need ? ` ${needLabel(need)}` : ''}`)
          continue
        }
        appBooths[a] = set
        for (const b of set) owner[b] = a
      }
    }

    // 3. Single booths: exact min-cost flow on what is left.
    if (singles.length === 0) return
    const classes = groupIntoClasses(model, singles)
    const counts = freeClassCounts(pool)
    const slots = classFlow(model, classes, counts)
    const assigned: number[][] = Array.from({ length: counts.length }, () => [])
    classes.forEach((cls, c) => {
      let i = 0
      for (const slot of slots[c]) {
        for (let n = 0; n < slot.amount && i < cls.apps.length; n++) assigned[slot.boothClass].push(cls.apps[i++])
      }
      for (; i < cls.apps.length; i++) {
        const a = cls.apps[i]
        const need = model.appNeed[a]
        failures.set(a, `Hết gian loại ${poolName(model, pool)}${need ? ` ${needLabel(need)}` : ''}`)
      }
    })
    // Lay each zone out along its rows in cluster order, taking for every booth the first producer
    // (in that order) it suits whose removal keeps the rest placeable (Hall's condition on counts).
    const zoneApps: number[][] = Array.from({ length: zoneCount }, () => [])
    assigned.forEach((list, bc) => zoneApps[Math.floor(bc / 4)].push(...list))
    zoneApps.forEach((list, slot) => {
      if (list.length === 0) return
      const ordered = clusterOrder(model, list)
      const queues: number[][] = [[], [], [], []]
      for (const a of ordered) queues[model.appNeed[a]].push(a)
      const heads = new Int32Array(4)
      const rank = new Map(ordered.map((a, i) => [a, i]))
      const booths = (zoneBooths.get(pool * zoneCount + slot) ?? []).filter((b) => owner[b] < 0)
      const demand = new Int32Array(4)
      const supply = new Int32Array(4)
      for (const a of ordered) demand[model.appNeed[a]]++
      for (const b of booths) supply[model.boothFeat[b]]++
      for (const b of booths) {
        const f = model.boothFeat[b]
        supply[f]--
        let pick = -1
        for (let m = 0; m < 4; m++) {
          if ((m & ~f) !== 0 || heads[m] >= queues[m].length) continue
          const candidate = queues[m][heads[m]]
          if (pick >= 0 && rank.get(candidate)! > rank.get(pick)!) continue
          demand[m]--
          if (unitsFit(demand, supply)) pick = candidate
          demand[m]++
        }
        if (pick < 0) continue
        const m = model.appNeed[pick]
        demand[m]--
        heads[m]++
        appBooths[pick] = [b]
        owner[b] = pick
      }
    })
  })
  return { appBooths, owner, failures }
}
