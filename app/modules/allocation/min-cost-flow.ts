// Min-cost flow, primal-dual: Dijkstra with Johnson potentials (binary heap) finds the shortest
// distances, then depth-first augmentations push along every shortest path before the next round.
// Costs must be non-negative on the edges added; integral costs keep the optimum exact.

export class MinCostFlow {
  private head: number[]
  private next: number[] = []
  private to: number[] = []
  private cap: number[] = []
  private cost: number[] = []
  private original: number[] = []

  constructor(readonly nodeCount: number) {
    this.head = new Array(nodeCount).fill(-1)
  }

  /** Adds u → v and returns the edge id (its residual twin is id ^ 1). */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    if (cost < 0) throw new Error('MinCostFlow: negative cost')
    const id = this.to.length
    this.push(u, v, capacity, cost)
    this.push(v, u, 0, -cost)
    return id
  }

  private push(u: number, v: number, capacity: number, cost: number) {
    this.to.push(v)
    this.cap.push(capacity)
    this.original.push(capacity)
    this.cost.push(cost)
    this.next.push(this.head[u])
    this.head[u] = this.to.length - 1
  }

  flowOn(edge: number): number {
    return this.original[edge] - this.cap[edge]
  }

  /** Sends as much flow as possible (up to `limit`) from s to t at minimum total cost. */
  run(s: number, t: number, limit = Infinity): { flow: number; cost: number } {
    const n = this.nodeCount
    const potential = new Float64Array(n)
    const dist = new Float64Array(n)
    const visited = new Uint8Array(n)
    let flow = 0
    let total = 0
    while (flow < limit) {
      dist.fill(Infinity)
      dist[s] = 0
      const heap = new Heap()
      heap.push(0, s)
      while (heap.size > 0) {
        const [d, u] = heap.pop()
        if (d > dist[u]) continue
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue
          const v = this.to[e]
          const nd = d + this.cost[e] + potential[u] - potential[v]
          if (nd < dist[v] - 1e-9) {
            dist[v] = nd
            heap.push(nd, v)
          }
        }
      }
      if (dist[t] === Infinity) break
      for (let v = 0; v < n; v++) if (dist[v] < Infinity) potential[v] += dist[v]
      // Primal-dual: push along every shortest path (reduced cost 0) before the next Dijkstra.
      for (;;) {
        visited.fill(0)
        const pushed = this.augment(s, t, limit - flow, potential, visited)
        if (pushed === 0) break
        flow += pushed
        total += pushed * (potential[t] - potential[s])
        if (flow >= limit) break
      }
    }
    return { flow, cost: total }
  }

  /** One augmenting path over reduced-cost-zero edges (depth-first), returns the amount pushed. */
  private augment(u: number, t: number, limit: number, potential: Float64Array, visited: Uint8Array): number {
    if (u === t) return limit
    visited[u] = 1
    for (let e = this.head[u]; e !== -1; e = this.next[e]) {
      const v = this.to[e]
      if (this.cap[e] <= 0 || visited[v] || this.cost[e] + potential[u] - potential[v] !== 0) continue
      const pushed = this.augment(v, t, Math.min(limit, this.cap[e]), potential, visited)
      if (pushed > 0) {
        this.cap[e] -= pushed
        this.cap[e ^ 1] += pushed
        return pushed
      }
    }
    return 0
  }
}

class Heap {
  private keys: number[] = []
  private values: number[] = []
  get size() {
    return this.keys.length
  }
  push(key: number, value: number) {
    const { keys, values } = this
    let i = keys.length
    keys.push(key)
    values.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent] <= key) break
      keys[i] = keys[parent]
      values[i] = values[parent]
      i = parent
    }
    keys[i] = key
    values[i] = value
  }
  pop(): [number, number] {
    const { keys, values } = this
    const top: [number, number] = [keys[0], values[0]]
    const lastKey = keys.pop()!
    const lastValue = values.pop()!
    const n = keys.length
    if (n > 0) {
      let i = 0
      for (;;) {
        let child = 2 * i + 1
        if (child >= n) break
        if (child + 1 < n && keys[child + 1] < keys[child]) child++
        if (keys[child] >= lastKey) break
        keys[i] = keys[child]
        values[i] = values[child]
        i = child
      }
      keys[i] = lastKey
      values[i] = lastValue
    }
    return top
  }
}
