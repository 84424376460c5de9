// Booth neighbours from the plan geometry: two booths of the same hall are neighbours when their
// rectangles share a piece of edge (at least MIN_SHARED_EDGE_M long) with at most `gapM` metres
// between them. Touching only at a corner is not a neighbour; booths across an aisle are not either.

export interface BoothRect {
  id: string
  hallId: string
  x: number
  y: number
  width: number
  depth: number
}

export const DEFAULT_ADJACENCY_GAP_M = 0.5
/** Shorter contacts are slivers from rounding, not a shared wall. */
export const MIN_SHARED_EDGE_M = 0.1

export function boothsAdjacent(a: BoothRect, b: BoothRect, gapM = DEFAULT_ADJACENCY_GAP_M): boolean {
  if (a.hallId !== b.hallId || a.id === b.id) return false
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const overlapY = Math.min(a.y + a.depth, b.y + b.depth) - Math.max(a.y, b.y)
  // A negative overlap is the gap between the rectangles along that axis.
  return (overlapX >= MIN_SHARED_EDGE_M && -overlapY <= gapM) || (overlapY >= MIN_SHARED_EDGE_M && -overlapX <= gapM)
}

/**
 * Neighbour lists by position in `booths` (ascending). A sweep along x per hall: O(n log n + n·c)
 * where c is the number of booths overlapping one booth's x-range (a column of the hall).
 */
export function adjacencyIndices(booths: readonly BoothRect[], gapM = DEFAULT_ADJACENCY_GAP_M): Int32Array[] {
  const lists: number[][] = booths.map(() => [])
  const byHall = new Map<string, number[]>()
  booths.forEach((booth, index) => {
    const hall = byHall.get(booth.hallId)
    if (hall) hall.push(index)
    else byHall.set(booth.hallId, [index])
  })
  for (const indices of byHall.values()) {
    indices.sort((i, j) => booths[i].x - booths[j].x || i - j)
    for (let p = 0; p < indices.length; p++) {
      const a = booths[indices[p]]
      const reach = a.x + a.width + gapM
      for (let q = p + 1; q < indices.length; q++) {
        const b = booths[indices[q]]
        if (b.x > reach) break
        if (boothsAdjacent(a, b, gapM)) {
          lists[indices[p]].push(indices[q])
          lists[indices[q]].push(indices[p])
        }
      }
    }
  }
  return lists.map((list) => Int32Array.from(list.sort((i, j) => i - j)))
}

/** Neighbour ids by booth id (every booth present, lists sorted by id). */
export function deriveAdjacency(booths: readonly BoothRect[], options: { gapM?: number } = {}): Record<string, string[]> {
  const lists = adjacencyIndices(booths, options.gapM ?? DEFAULT_ADJACENCY_GAP_M)
  const result: Record<string, string[]> = {}
  booths.forEach((booth, index) => {
    result[booth.id] = Array.from(lists[index], (j) => booths[j].id).sort(compareStrings)
  })
  return result
}

/** Locale-independent ordering, so plans do not depend on the server's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
