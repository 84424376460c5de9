// Who gets a booth when demand exceeds supply.
//
// Priority (documented for organisers): higher verified stars first; then cooperatives (HTX and
// tổ hợp tác); then first-time exhibitors; then earlier application; the application id breaks
// exact ties. Applications are admitted in that order while their booth type still has room,
// counting booth units per feature class (a cold booth can serve a producer without needs, not
// the reverse; Hall's condition over the four need classes decides). Locked placements are
// admitted first. Reserved share: while fewer than ⌈p% of admitted producers⌉ are cooperatives
// and a waitlisted cooperative could take the room of an admitted non-cooperative of the same
// booth type, the best-ranked such cooperative replaces the lowest-ranked such non-cooperative.
// Everyone else waits, in priority order, with the reason in Vietnamese.
import { compareStrings } from './adjacency'
import { COLD, POWER, poolName, type Model } from './model'
import { resolveRules, type ApplicationInput, type RulesInput } from './types'

export interface Admission {
  admitted: Uint8Array
  /** Admitted to honour the cooperatives' reserved share. */
  reserved: Uint8Array
  waitReason: (string | null)[]
  rejectReason: (string | null)[]
  /** Non-locked, non-rejected applications, best first. */
  order: number[]
  /** Booth types where someone had to wait for lack of room. */
  oversubscribed: Uint8Array
  reservedShareSwaps: number
}

/** The admission priority as a comparator (negative: `x` goes first). Exported for the waitlist UI. */
export function compareApplicationPriority(x: ApplicationInput, y: ApplicationInput, rules?: RulesInput): number {
  const coop = new Set(resolveRules(rules).cooperativeTypes)
  return (
    y.maxStars - x.maxStars ||
    Number(coop.has(y.producerType)) - Number(coop.has(x.producerType)) ||
    Number(y.firstTimeExhibitor) - Number(x.firstTimeExhibitor) ||
    x.submittedAt - y.submittedAt ||
    compareStrings(x.id, y.id)
  )
}

export function priorityComparator(model: Model): (a: number, b: number) => number {
  const { apps, appCoop } = model
  return (a, b) =>
    apps[b].maxStars - apps[a].maxStars ||
    appCoop[b] - appCoop[a] ||
    Number(apps[b].firstTimeExhibitor) - Number(apps[a].firstTimeExhibitor) ||
    apps[a].submittedAt - apps[b].submittedAt ||
    compareStrings(apps[a].id, apps[b].id)
}

export function needLabel(mask: number): string {
  if (mask === (POWER | COLD)) return 'có điện và kho lạnh'
  if (mask === POWER) return 'có điện'
  if (mask === COLD) return 'có kho lạnh'
  return ''
}

/** USABLE[T]: bit f set when booths of feature class f serve some need class in the set T. */
const USABLE: number[] = Array.from({ length: 16 }, (_, set) => {
  let usable = 0
  for (let f = 0; f < 4; f++) {
    for (let m = 0; m < 4; m++) if (set & (1 << m) && (m & ~f) === 0) usable |= 1 << f
  }
  return usable
})

/** Hall's condition for demand D[need class] against supply S[feature class] (4 classes each). */
export function unitsFit(demand: ArrayLike<number>, supply: ArrayLike<number>): boolean {
  for (let set = 1; set < 16; set++) {
    let need = 0
    for (let m = 0; m < 4; m++) if (set & (1 << m)) need += demand[m]
    if (need === 0) continue
    let have = 0
    const usable = USABLE[set]
    for (let f = 0; f < 4; f++) if (usable & (1 << f)) have += supply[f]
    if (need > have) return false
  }
  return true
}

const suitableCache = new WeakMap<Model, Int32Array>()

/** Booths of each type that satisfy each need class (index pool * 4 + need), locked ones included. */
function suitableCounts(model: Model): Int32Array {
  let counts = suitableCache.get(model)
  if (!counts) {
    counts = new Int32Array(model.pools.length * 4)
    for (let b = 0; b < model.booths.length; b++) {
      for (let need = 0; need < 4; need++) if ((need & ~model.boothFeat[b]) === 0) counts[model.boothPool[b] * 4 + need]++
    }
    suitableCache.set(model, counts)
  }
  return counts
}

/** Structural reasons a request can never be met by this plan, or null. */
export function rejectionReason(model: Model, a: number): string | null {
  const app = model.apps[a]
  const cap = model.rules.maxBoothsPerProducer
  const pool = model.appPool[a]
  if (pool < 0) return `Hội chợ không có loại gian ${app.boothTypeCode}`
  const k = app.boothCount
  if (!Number.isInteger(k) || k < 1) return `Số gian đăng ký không hợp lệ (${k})`
  if (k > cap) return `Đăng ký ${k} gian, vượt mức tối đa ${cap} gian mỗi nhà sản xuất`
  const need = model.appNeed[a]
  const suitable = suitableCounts(model)[pool * 4 + need]
  if (suitable < k) {
    const what = `gian loại ${poolName(model, pool)}${need ? ` ${needLabel(need)}` : ''}`
    return k === 1 ? `Hội chợ không có ${what}` : `Hội chợ không có đủ ${k} ${what}`
  }
  return null
}

export function admit(model: Model, blocked: ReadonlyMap<number, string> = new Map()): Admission {
  const na = model.apps.length
  const poolCount = model.pools.length
  const cap = model.rules.maxBoothsPerProducer
  const percent = model.rules.cooperativeSharePercent
  const admitted = new Uint8Array(na)
  const reserved = new Uint8Array(na)
  const waitReason: (string | null)[] = new Array(na).fill(null)
  const rejectReason: (string | null)[] = new Array(na).fill(null)
  const oversubscribed = new Uint8Array(poolCount)
  const supply = Array.from({ length: poolCount }, () => new Int32Array(4))
  const demand = Array.from({ length: poolCount }, () => new Int32Array(4))
  const producerBooths = new Int32Array(model.producers.length)
  const { appPool, appNeed, appK, appCoop, appProducer } = model

  for (let b = 0; b < model.booths.length; b++) {
    if (!model.lockedBooth[b]) supply[model.boothPool[b]][model.boothFeat[b]]++
  }
  let admittedCount = 0
  let coopCount = 0
  for (const [a, booths] of model.locks) {
    admitted[a] = 1
    admittedCount++
    coopCount += appCoop[a]
    producerBooths[appProducer[a]] += booths.length
  }

  const order: number[] = []
  for (let a = 0; a < na; a++) {
    if (admitted[a]) continue
    const reason = rejectionReason(model, a)
    if (reason) rejectReason[a] = reason
    else order.push(a)
  }
  order.sort(priorityComparator(model))

  const fitsWith = (a: number): boolean => {
    const d = demand[appPool[a]]
    d[appNeed[a]] += appK[a]
    const ok = unitsFit(d, supply[appPool[a]])
    d[appNeed[a]] -= appK[a]
    return ok
  }
  const take = (a: number) => {
    admitted[a] = 1
    waitReason[a] = null
    demand[appPool[a]][appNeed[a]] += appK[a]
    producerBooths[appProducer[a]] += appK[a]
    admittedCount++
    coopCount += appCoop[a]
  }
  const release = (a: number, reason: string) => {
    admitted[a] = 0
    waitReason[a] = reason
    demand[appPool[a]][appNeed[a]] -= appK[a]
    producerBooths[appProducer[a]] -= appK[a]
    admittedCount--
    coopCount -= appCoop[a]
  }
  const capacityReason = (a: number): string => {
    const pool = appPool[a]
    const free = supply[pool].reduce((sum, n) => sum + n, 0)
    const used = demand[pool].reduce((sum, n) => sum + n, 0)
    const name = poolName(model, pool)
    return used + appK[a] > free || appNeed[a] === 0 ? `Hết gian loại ${name}` : `Hết gian loại ${name} ${needLabel(appNeed[a])}`
  }
  /** Admits, in priority order, every waiting application that now fits. */
  const fill = () => {
    for (const a of order) {
      if (admitted[a] || blocked.has(a)) continue
      if (producerBooths[appProducer[a]] + appK[a] > cap) {
        waitReason[a] = `Nhà sản xuất đã được xếp ${producerBooths[appProducer[a]]} gian, tối đa ${cap}`
      } else if (fitsWith(a)) {
        take(a)
      } else if (waitReason[a] === null) {
        waitReason[a] = capacityReason(a)
      }
    }
  }

  for (const a of order) if (blocked.has(a)) waitReason[a] = blocked.get(a)!
  fill()

  // Reserved share for cooperatives.
  const target = (n: number) => Math.ceil((n * percent) / 100 - 1e-9)
  const hopeless = new Set<number>()
  let swaps = 0
  const byPoolWorstFirst: number[][] = Array.from({ length: poolCount }, () => [])
  for (let i = order.length - 1; i >= 0; i--) byPoolWorstFirst[appPool[order[i]]].push(order[i])
  while (coopCount < target(admittedCount)) {
    let swapped = false
    for (const w of order) {
      if (admitted[w] || !appCoop[w] || blocked.has(w) || hopeless.has(w)) continue
      if (producerBooths[appProducer[w]] + appK[w] > cap) continue
      const removal = findRemoval(w)
      if (!removal) {
        hopeless.add(w)
        continue
      }
      let changesDemand = removal.length !== 1
      for (const v of removal) {
        if (appK[v] !== appK[w] || appNeed[v] !== appNeed[w]) changesDemand = true
        release(v, `Nhường suất dành riêng cho hợp tác xã (${percent}%)`)
      }
      take(w)
      reserved[w] = 1
      swaps++
      if (changesDemand) fill()
      swapped = true
      break
    }
    if (!swapped) break
  }

  /** Lowest-ranked admitted non-cooperatives of w's booth type whose room lets w in. */
  function findRemoval(w: number): number[] | null {
    const pool = appPool[w]
    const d = demand[pool]
    const s = supply[pool]
    const candidates = byPoolWorstFirst[pool].filter((v) => admitted[v] && !appCoop[v])
    for (const v of candidates) {
      d[appNeed[v]] -= appK[v]
      d[appNeed[w]] += appK[w]
      const ok = unitsFit(d, s)
      d[appNeed[w]] -= appK[w]
      d[appNeed[v]] += appK[v]
      if (ok) return [v]
    }
    // A bigger request may need the room of several smaller ones.
    const removed: number[] = []
    let ok = false
    for (const v of candidates) {
      if (removed.length >= appK[w]) break
      removed.push(v)
      d[appNeed[v]] -= appK[v]
      d[appNeed[w]] += appK[w]
      ok = unitsFit(d, s)
      d[appNeed[w]] -= appK[w]
      if (ok) break
    }
    for (const v of removed) d[appNeed[v]] += appK[v]
    return ok && removed.length > 1 ? removed : null
  }

  for (const a of order) {
    if (!admitted[a] && waitReason[a] === null) waitReason[a] = capacityReason(a)
    if (!admitted[a] && !blocked.has(a)) oversubscribed[appPool[a]] = 1
  }
  return { admitted, reserved, waitReason, rejectReason, order, oversubscribed, reservedShareSwaps: swaps }
}
