import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MinCostFlow } from './min-cost-flow'

/** Cheapest way to give each worker one job (jobs ≥ workers), by trying every assignment. */
function bruteForce(costs: number[][], jobs: number): number {
  let best = Infinity
  const used = new Array(jobs).fill(false)
  const go = (worker: number, total: number) => {
    if (worker === costs.length) {
      best = Math.min(best, total)
      return
    }
    for (let j = 0; j < jobs; j++) {
      if (used[j]) continue
      used[j] = true
      go(worker + 1, total + costs[worker][j])
      used[j] = false
    }
  }
  go(0, 0)
  return best
}

describe('MinCostFlow', () => {
  it('finds the cheapest assignment on a small example', () => {
    // Workers 0, 1 and jobs 0, 1: crossing is cheaper (1 + 2) than straight (4 + 5).
    const flow = new MinCostFlow(6)
    flow.addEdge(0, 2, 1, 0)
    flow.addEdge(0, 3, 1, 0)
    const straight = [flow.addEdge(2, 4, 1, 4), flow.addEdge(3, 5, 1, 5)]
    const crossed = [flow.addEdge(2, 5, 1, 1), flow.addEdge(3, 4, 1, 2)]
    flow.addEdge(4, 1, 1, 0)
    flow.addEdge(5, 1, 1, 0)
    expect(flow.run(0, 1)).toEqual({ flow: 2, cost: 3 })
    expect(straight.map((e) => flow.flowOn(e))).toEqual([0, 0])
    expect(crossed.map((e) => flow.flowOn(e))).toEqual([1, 1])
  })

  it('matches brute force on random assignment problems', () => {
    const problem = fc
      .record({ workers: fc.integer({ min: 1, max: 5 }), extraJobs: fc.integer({ min: 0, max: 2 }) })
      .chain(({ workers, extraJobs }) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: workers + extraJobs, maxLength: workers + extraJobs }), {
          minLength: workers,
          maxLength: workers,
        }),
      )
    fc.assert(
      fc.property(problem, (costs) => {
        const workers = costs.length
        const jobs = costs[0].length
        const flow = new MinCostFlow(2 + workers + jobs)
        for (let w = 0; w < workers; w++) {
          flow.addEdge(0, 2 + w, 1, 0)
          for (let j = 0; j < jobs; j++) flow.addEdge(2 + w, 2 + workers + j, 1, costs[w][j])
        }
        for (let j = 0; j < jobs; j++) flow.addEdge(2 + workers + j, 1, 1, 0)
        const result = flow.run(0, 1)
        expect(result.flow).toBe(workers)
        expect(result.cost).toBe(bruteForce(costs, jobs))
      }),
      { numRuns: 200 },
    )
  })

  it('stops at the flow limit and rejects negative costs', () => {
    const flow = new MinCostFlow(2)
    flow.addEdge(0, 1, 10, 3)
    expect(flow.run(0, 1, 4)).toEqual({ flow: 4, cost: 12 })
    expect(() => new MinCostFlow(2).addEdge(0, 1, 1, -1)).toThrow(/negative/)
  })
})
