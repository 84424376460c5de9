// Seeded simulated annealing over moves that keep every hard rule: a producer moves to a free
// suitable booth or swaps with another single-booth producer (or with one booth of a neighbouring
// multi-booth stand, which shifts if it stays connected); a multi-booth producer swaps its whole
// set with another of the same size, or takes a new connected set and the single-booth
// producers it displaces move into the booths it leaves. Targets are drawn near related
// producers (wished neighbours, same province, same product group), in preferred zones, or
// anywhere in the booth type. Each move is scored incrementally (only the moved producers and
// their neighbours), the best plan seen is kept, and small booth types get a final exhaustive
// descent (single moves and swaps, two-booth sets, swaps of equal stands). Locked placements
// never move.
import { connected, pairScore, suits, unaryScore, type Model } from './model'
import type { PlacementState } from './placement'
import { createRng } from './prng'

export interface LocalSearchOptions {
  iterations: number
  seed: number
}

export interface LocalSearchStats {
  iterations: number
  accepted: number
}

/** Booth types with at most this many booths get the exhaustive descent after annealing. */
const POLISH_LIMIT = 160
const POLISH_PASSES = 25
/** Fairs with at most this many movable producers get several annealing rounds. */
const SMALL_FAIR = 60

type Move = [apps: number[], booths: number[][]]

export function localSearch(model: Model, state: PlacementState, options: LocalSearchOptions): LocalSearchStats {
  const { appBooths, owner } = state
  const { adj, appK, appPool, boothPool, boothZone, lockedBooth } = model
  const na = model.apps.length
  const weights = model.rules.weights
  const maxWeight = Math.max(
    weights.zonePreference,
    weights.groupTogether,
    weights.provinceCluster,
    weights.wishedNeighbour,
    weights.competitorApart,
  )
  const movable: number[] = []
  const isMovable = new Uint8Array(na)
  for (let a = 0; a < na; a++) {
    if (appBooths[a] && !model.locks.has(a)) {
      movable.push(a)
      isMovable[a] = 1
    }
  }
  if (movable.length === 0 || maxWeight <= 0) return { iterations: 0, accepted: 0 }
  const rng = createRng(options.seed)

  const zoneSlots = model.zones.length + 1
  // Candidate booths by booth type, zone and need class (only booths that satisfy the needs).
  const poolBooths: number[][] = Array.from({ length: model.pools.length * 4 }, () => [])
  const zoneBooths: number[][] = Array.from({ length: model.pools.length * zoneSlots * 4 }, () => [])
  for (let b = 0; b < model.booths.length; b++) {
    if (lockedBooth[b]) continue
    for (let need = 0; need < 4; need++) {
      if ((need & ~model.boothFeat[b]) !== 0) continue
      poolBooths[boothPool[b] * 4 + need].push(b)
      zoneBooths[(boothPool[b] * zoneSlots + boothZone[b] + 1) * 4 + need].push(b)
    }
  }
  const zoneList = (a: number, zone: number) => zoneBooths[(appPool[a] * zoneSlots + zone + 1) * 4 + model.appNeed[a]]
  const poolList = (a: number) => poolBooths[appPool[a] * 4 + model.appNeed[a]]

  // Related producers, to aim moves at the pair terms.
  const provinceApps = new Map<number, number[]>()
  const groupApps = new Map<number, number[]>()
  const producerApps = new Map<number, number[]>()
  const push = (map: Map<number, number[]>, key: number, a: number) => {
    const list = map.get(key)
    if (list) list.push(a)
    else map.set(key, [a])
  }
  // Keyed by booth type too: a producer can only move next to booths of its own type.
  const poolKey = (a: number, key: number) => key * model.pools.length + appPool[a]
  for (let a = 0; a < na; a++) {
    if (!appBooths[a]) continue
    push(provinceApps, poolKey(a, model.appProvince[a]), a)
    for (const g of model.appGroups[a]) push(groupApps, poolKey(a, g), a)
    push(producerApps, model.appProducer[a], a)
  }
  const wished: number[][] = Array.from({ length: na }, () => [])
  for (let a = 0; a < na; a++) {
    if (!appBooths[a]) continue
    for (const p of model.appWishes[a]) {
      for (const y of producerApps.get(p) ?? []) {
        wished[a].push(y)
        wished[y].push(a)
      }
    }
  }
  const partnerKey = (a: number) => appK[a] * model.pools.length + appPool[a]
  const partners = new Map<number, number[]>()
  for (const a of movable) if (appK[a] > 1) push(partners, partnerKey(a), a)

  const seen = new Int32Array(na)
  let stamp = 0
  /** Zone terms of `apps` plus every pair term touching them, each pair once. */
  const localScore = (apps: number[]): number => {
    let score = 0
    for (let i = 0; i < apps.length; i++) {
      const x = apps[i]
      const booths = appBooths[x]!
      score += unaryScore(model, x, booths)
      stamp++
      for (const b of booths) {
        const neighbours = adj[b]
        for (let n = 0; n < neighbours.length; n++) {
          const y = owner[neighbours[n]]
          if (y < 0 || y === x || seen[y] === stamp) continue
          seen[y] = stamp
          let counted = false
          for (let j = 0; j < i; j++) if (apps[j] === y) counted = true
          if (!counted) score += pairScore(model, x, y)
        }
      }
    }
    return score
  }
  const apply = (apps: number[], booths: number[][]) => {
    for (const x of apps) for (const b of appBooths[x]!) if (owner[b] === x) owner[b] = -1
    apps.forEach((x, i) => {
      appBooths[x] = booths[i]
      for (const b of booths[i]) owner[b] = x
    })
  }

  const singleMove = (a: number, t: number): Move | null => {
    const from = appBooths[a]![0]
    if (t === from || lockedBooth[t] || !suits(model, a, t)) return null
    const y = owner[t]
    if (y < 0) return [[a], [[t]]]
    if (!isMovable[y] || !suits(model, y, from)) return null
    if (appK[y] === 1) return [[a, y], [[t], [from]]]
    // Next to a multi-booth stand: the stand shifts by one booth if it stays connected.
    const shifted = appBooths[y]!.map((b) => (b === t ? from : b)).sort((p, q) => p - q)
    if (!connected(model, shifted)) return null
    return [
      [a, y],
      [[t], shifted],
    ]
  }
  const blockSwap = (a: number): Move | null => {
    const list = partners.get(partnerKey(a))!
    const y = list[rng.int(list.length)]
    if (y === a) return null
    const mine = appBooths[a]!
    const theirs = appBooths[y]!
    if (!theirs.every((b) => suits(model, a, b)) || !mine.every((b) => suits(model, y, b))) return null
    return [
      [a, y],
      [theirs, mine],
    ]
  }
  /** Can booth c be part of a's new set: suitable, and free, a's own or held by a movable single. */
  const blockUsable = (a: number, c: number) => {
    if (lockedBooth[c] || !suits(model, a, c)) return false
    const y = owner[c]
    return y < 0 || y === a || (appK[y] === 1 && isMovable[y] === 1)
  }
  /** a takes the connected `set`; the singles it displaces move into the booths it leaves. */
  const blockMoveTo = (a: number, set: number[]): Move | null => {
    set.sort((x, y) => x - y)
    const current = appBooths[a]!
    if (set.every((b, i) => b === current[i])) return null
    const vacated = current.filter((b) => !set.includes(b))
    const displaced = set.map((b) => owner[b]).filter((y) => y >= 0 && y !== a)
    const places = matchSingles(model, displaced, vacated)
    if (!places) return null
    return [
      [a, ...displaced],
      [set, ...places.map((b) => [b])],
    ]
  }
  /** A connected set grown at random from t. */
  const blockMove = (a: number, t: number): Move | null => {
    if (!blockUsable(a, t)) return null
    const set = [t]
    const candidates: number[] = []
    while (set.length < appK[a]) {
      candidates.length = 0
      for (const s of set) for (const c of adj[s]) if (!set.includes(c) && !candidates.includes(c) && blockUsable(a, c)) candidates.push(c)
      if (candidates.length === 0) return null
      set.push(candidates[rng.int(candidates.length)])
    }
    return blockMoveTo(a, set)
  }

  const provinceOf: number[][] = []
  const groupsOf: number[][][] = []
  for (let a = 0; a < na; a++) {
    provinceOf.push(appBooths[a] ? provinceApps.get(poolKey(a, model.appProvince[a]))! : [])
    groupsOf.push(appBooths[a] ? Array.from(model.appGroups[a], (g) => groupApps.get(poolKey(a, g))!) : [])
  }
  /** A related producer (wished neighbour, same province or same group; by weight), or -1. */
  const pickRelated = (a: number): number => {
    const wishes = wished[a]
    const province = provinceOf[a]
    const groups = groupsOf[a]
    const group = groups.length > 0 ? groups[rng.int(groups.length)] : province
    const w1 = wishes.length > 0 ? weights.wishedNeighbour : 0
    const w2 = province.length > 1 ? weights.provinceCluster : 0
    const w3 = groups.length > 0 && group.length > 1 ? weights.groupTogether : 0
    const total = w1 + w2 + w3
    if (total <= 0) return -1
    const r = rng.next() * total
    if (r < w1) return wishes[rng.int(wishes.length)]
    if (r < w1 + w2) return province[rng.int(province.length)]
    return group[rng.int(group.length)]
  }
  const pickTarget = (a: number): number => {
    const pool = appPool[a]
    const r = rng.next()
    if (r < 0.4) {
      const y = pickRelated(a)
      if (y >= 0 && y !== a) {
        const booths = appBooths[y]!
        const neighbours = adj[booths[rng.int(booths.length)]]
        if (neighbours.length > 0) {
          const t = neighbours[rng.int(neighbours.length)]
          if (boothPool[t] === pool && !lockedBooth[t]) return t
        }
      }
    }
    if (r < 0.6) {
      const here = zoneList(a, boothZone[appBooths[a]![0]])
      if (here.length > 0) return here[rng.int(here.length)]
    }
    if (r < 0.8) {
      const prefs = model.appPrefs[a]
      if (prefs.length > 0) {
        const zone = prefs[rng.int(prefs.length)]
        const list = zone >= 0 ? zoneList(a, zone) : []
        if (list.length > 0) return list[rng.int(list.length)]
      }
    }
    const list = poolList(a)
    return list[rng.int(list.length)]
  }

  const propose = (): Move | null => {
    const a = movable[rng.int(movable.length)]
    if (appK[a] === 1) return singleMove(a, pickTarget(a))
    if (rng.next() < 0.3 && partners.get(partnerKey(a))!.length > 1) return blockSwap(a)
    return blockMove(a, pickTarget(a))
  }
  // Annealing. The neighbour terms are what the search is for (the flow already placed zones
  // optimally), so the start temperature is half the largest neighbour weight (a move losing one
  // such term is accepted with probability ~0.14 at first) and cools geometrically by 1000×.
  // Small fairs split the budget into four rounds, each reheating (to the full weight) from the
  // best plan so far: their landscapes are rugged and the budget is cheap.
  const iterations = Math.max(0, Math.floor(options.iterations))
  const rounds = movable.length <= SMALL_FAIR ? 4 : 1
  const perRound = Math.floor(iterations / rounds)
  const pairWeight = Math.max(weights.groupTogether, weights.provinceCluster, weights.wishedNeighbour, weights.competitorApart)
  const startTemperature = pairWeight > 0 ? (rounds > 1 ? 1 : 0.5) * pairWeight : 0.1 * maxWeight
  const cooling = Math.pow(1 / 1000, 1 / Math.max(1, perRound))
  let current = 0
  let best = 0
  let atBest = true
  const bestOwner = Int32Array.from(owner)
  let accepted = 0
  for (let round = 0; round < rounds; round++) {
    let temperature = startTemperature
    for (let i = 0; i < perRound; i++, temperature *= cooling) {
      const move = propose()
      if (!move) continue
      const [apps, booths] = move
      const old = apps.map((x) => appBooths[x]!)
      const before = localScore(apps)
      apply(apps, booths)
      const delta = localScore(apps) - before
      if (delta >= -1e-12 || rng.next() < Math.exp(delta / temperature)) {
        if (delta < -1e-12 && atBest) {
          apply(apps, old)
          bestOwner.set(owner)
          apply(apps, booths)
          atBest = false
        }
        current += delta
        if (current > best + 1e-9) {
          best = current
          atBest = true
        }
        accepted++
      } else {
        apply(apps, old)
      }
    }
    if (!atBest) {
      owner.set(bestOwner)
      for (const a of movable) appBooths[a] = []
      for (let b = 0; b < owner.length; b++) if (owner[b] >= 0 && isMovable[owner[b]]) appBooths[owner[b]]!.push(b)
      current = best
      atBest = true
    }
  }

  // Exhaustive descent on small booth types: every single move and swap, every two-booth set and
  // every swap of equal stands, until none improves.
  const improves = (move: Move | null): boolean => {
    if (!move) return false
    const [apps, booths] = move
    const old = apps.map((x) => appBooths[x]!)
    const before = localScore(apps)
    apply(apps, booths)
    if (localScore(apps) - before > 1e-9) {
      accepted++
      return true
    }
    apply(apps, old)
    return false
  }
  for (let pass = 0; pass < POLISH_PASSES; pass++) {
    let improved = false
    for (const a of movable) {
      if (poolList(a).length > POLISH_LIMIT) continue
      if (appK[a] === 1) {
        for (const t of poolList(a)) if (improves(singleMove(a, t))) improved = true
      } else {
        for (const y of partners.get(partnerKey(a))!) {
          if (y === a) continue
          const mine = appBooths[a]!
          const theirs = appBooths[y]!
          if (theirs.every((b) => suits(model, a, b)) && mine.every((b) => suits(model, y, b)) && improves([[a, y], [theirs, mine]])) {
            improved = true
          }
        }
        if (appK[a] !== 2) continue
        for (const t of poolList(a)) {
          if (!blockUsable(a, t)) continue
          for (const c of adj[t]) if (c > t && blockUsable(a, c) && improves(blockMoveTo(a, [t, c]))) improved = true
        }
      }
    }
    if (!improved) break
  }
  return { iterations: perRound * rounds, accepted }
}

/** Puts each displaced single-booth producer into one of the vacated booths it suits (augmenting paths). */
function matchSingles(model: Model, displaced: number[], vacated: number[]): number[] | null {
  if (displaced.length === 0) return []
  const holder = new Array<number>(vacated.length).fill(-1)
  const tryPlace = (d: number, visited: boolean[]): boolean => {
    for (let v = 0; v < vacated.length; v++) {
      if (visited[v] || !suits(model, displaced[d], vacated[v])) continue
      visited[v] = true
      if (holder[v] < 0 || tryPlace(holder[v], visited)) {
        holder[v] = d
        return true
      }
    }
    return false
  }
  for (let d = 0; d < displaced.length; d++) if (!tryPlace(d, new Array(vacated.length).fill(false))) return null
  const places = new Array<number>(displaced.length)
  holder.forEach((d, v) => {
    if (d >= 0) places[d] = vacated[v]
  })
  return places
}
