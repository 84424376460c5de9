import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instanceArbitrary, makeApplication as app, makeBooth as booth } from './arbitraries'
import { allocate, compareApplicationPriority, evaluatePlan, greedyBaseline, validate } from './engine'
import { generateFair } from './generate'
import { buildModel, objectiveOf, suits } from './model'
import type { AllocationInput, AllocationOutput } from './types'

/** Every accepted application is placed, waitlisted or rejected — exactly once. */
function expectEveryApplicationAccountedFor(input: AllocationInput, out: AllocationOutput) {
  const seen = [...Object.keys(out.assignment), ...out.waitlist.map((w) => w.applicationId), ...out.rejected.map((r) => r.applicationId)]
  expect(seen.sort()).toEqual(input.applications.map((a) => a.id).sort())
  expect(out.waitlist.map((w) => w.position)).toEqual(out.waitlist.map((_, i) => i + 1))
}

const weightsArbitrary = fc.record({
  zonePreference: fc.integer({ min: 0, max: 30 }),
  groupTogether: fc.integer({ min: 0, max: 5 }),
  provinceCluster: fc.integer({ min: 0, max: 5 }),
  wishedNeighbour: fc.integer({ min: 0, max: 8 }),
  competitorApart: fc.integer({ min: 0, max: 8 }),
})

const mediumInstance = instanceArbitrary({ rows: { min: 1, max: 4 }, rowLength: { min: 2, max: 8 }, apps: { min: 5, max: 40 }, halls: 2 })
const budget = fc.constantFrom(0, 500, 5000)

describe('allocate — hard rules on random fairs', () => {
  it('never violates a hard rule and accounts for every application', () => {
    fc.assert(
      fc.property(mediumInstance, weightsArbitrary, budget, (base, weights, iterations) => {
        const input = { ...base, rules: { ...base.rules, weights, localSearchIterations: iterations } }
        const out = allocate(input)
        expect(validate(input, out)).toEqual([])
        expectEveryApplicationAccountedFor(input, out)
        // The waitlist is in admission priority order.
        const byId = new Map(input.applications.map((a) => [a.id, a]))
        const waiting = out.waitlist.map((w) => byId.get(w.applicationId)!)
        expect([...waiting].sort((x, y) => compareApplicationPriority(x, y))).toEqual(waiting)
        // Figures describe the plan returned.
        expect(out.figures.placedBooths).toBe(Object.values(out.assignment).flat().length)
        expect(out.figures.objective).toBeCloseTo(evaluatePlan(input, out.assignment).objective, 6)
      }),
      { numRuns: 150 },
    )
  })

  it('explains every placement, starting with the zone and the preference it met', () => {
    fc.assert(
      fc.property(mediumInstance, (input) => {
        const out = allocate({ ...input, rules: { ...input.rules, localSearchIterations: 500 } })
        expect(Object.keys(out.explanations).sort()).toEqual(Object.keys(out.assignment).sort())
        for (const [id, text] of Object.entries(out.explanations)) {
          const application = input.applications.find((a) => a.id === id)!
          expect(text).toMatch(/^(Khu [ABC]|Ngoài các khu)/)
          if (application.zonePreferences.length > 0) expect(text).toMatch(/nguyện vọng/)
          if (application.boothCount > 1) expect(text).toContain(`${application.boothCount} gian liền kề`)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('keeps locked placements exactly and plans validly around them', () => {
    fc.assert(
      fc.property(mediumInstance, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (input, mask) => {
        const first = allocate({ ...input, rules: { ...input.rules, localSearchIterations: 500 } })
        const locks = Object.entries(first.assignment)
          .filter((_, i) => mask[i])
          .map(([applicationId, boothIds]) => ({ applicationId, boothIds }))
        const relocked: AllocationInput = {
          ...input,
          locks,
          rules: { seed: (input.rules?.seed ?? 0) + 1, localSearchIterations: 2000, weights: { provinceCluster: 7 } },
        }
        const second = allocate(relocked)
        for (const lock of locks) expect([...second.assignment[lock.applicationId]].sort()).toEqual([...lock.boothIds].sort())
        expect(validate(relocked, second)).toEqual([])
        expectEveryApplicationAccountedFor(relocked, second)
        for (const lock of locks) expect(second.explanations[lock.applicationId]).toContain('giữ nguyên theo khoá')
      }),
      { numRuns: 80 },
    )
  })

  it('is deterministic: same input and seed give the same plan, whatever the listing order', () => {
    const permutation = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 })
    fc.assert(
      fc.property(mediumInstance, permutation, (input, keys) => {
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((item, i) => ({ item, key: keys[i % keys.length] + i * 1e-9 }))
            .sort((x, y) => x.key - y.key)
            .map(({ item }) => item)
        const rules = { ...input.rules, localSearchIterations: 3000 }
        const out = allocate({ ...input, rules })
        expect(allocate({ ...input, rules })).toEqual(out)
        expect(allocate({ ...input, rules, booths: shuffle(input.booths), applications: shuffle(input.applications) })).toEqual(out)
      }),
      { numRuns: 50 },
    )
  })

  it('gives different seeds the freedom to differ but the same hard guarantees', () => {
    const input = generateFair({ booths: 60, seed: 4 })
    const a = allocate({ ...input, rules: { seed: 1 } })
    const b = allocate({ ...input, rules: { seed: 2 } })
    expect(validate(input, a)).toEqual([])
    expect(validate(input, b)).toEqual([])
    expect(a.waitlist).toEqual(b.waitlist) // admission does not depend on the seed
  })
})

describe('allocate — edge cases', () => {
  it('handles an empty fair and a fair without booths', () => {
    const empty = allocate({ booths: [], applications: [] })
    expect(empty).toMatchObject({ assignment: {}, waitlist: [], rejected: [] })
    const noBooths = allocate({ booths: [], applications: [app('a')] })
    expect(noBooths.rejected).toEqual([{ applicationId: 'a', reason: 'Hội chợ không có loại gian TC' }])
  })

  it('uses a neighbour list given by the organiser instead of the geometry', () => {
    // A1 and A3 are 3 m apart, but the organiser declares them neighbours (a shared stand).
    const input: AllocationInput = {
      booths: [booth('A1', 0), booth('A3', 2)],
      applications: [app('pair', { boothCount: 2 })],
      adjacency: { 'b-A1': ['b-A3'] },
    }
    const out = allocate(input)
    expect(out.assignment).toEqual({ pair: ['b-A1', 'b-A3'] })
    expect(validate(input, out)).toEqual([])
    expect(validate({ ...input, adjacency: undefined }, out).map((v) => v.code)).toEqual(['NOT_CONNECTED'])
  })

  it('refuses inconsistent input with a clear error', () => {
    const booths = [booth('A1', 0)]
    expect(() => allocate({ booths: [...booths, ...booths], applications: [] })).toThrow('Gian A1 bị khai báo hai lần')
    expect(() =>
      allocate({ booths, applications: [app('a'), app('b')], locks: [{ applicationId: 'a', boothIds: ['b-A1'] }, { applicationId: 'b', boothIds: ['b-A1'] }] }),
    ).toThrow('Gian A1 bị khoá cho hai đơn')
    expect(() => allocate({ booths, applications: [], locks: [{ applicationId: 'ghost', boothIds: ['b-A1'] }] })).toThrow(/không tồn tại/)
  })
})

describe('allocate — cooperatives and priority', () => {
  const singlePool = fc
    .record({
      booths: fc.integer({ min: 3, max: 20 }),
      percent: fc.constantFrom(0, 10, 20, 35, 50),
      applicants: fc.array(
        fc.record({
          kind: fc.constantFrom('HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD', 'ENTERPRISE'),
          stars: fc.integer({ min: 3, max: 5 }),
          first: fc.boolean(),
          submitted: fc.integer({ min: 0, max: 100 }),
        }),
        { minLength: 4, maxLength: 40 },
      ),
    })
    .map(({ booths, percent, applicants }) => ({
      percent,
      input: {
        booths: Array.from({ length: booths }, (_, i) => booth(`A${i + 1}`, i % 10, Math.floor(i / 10))),
        applications: applicants.map((spec, i) =>
          app(`a${String(i).padStart(2, '0')}`, {
            producerType: spec.kind as 'HOUSEHOLD',
            maxStars: spec.stars,
            firstTimeExhibitor: spec.first,
            submittedAt: 1_760_000_000_000 + spec.submitted,
          }),
        ),
        rules: { cooperativeSharePercent: percent, localSearchIterations: 200 },
      } satisfies AllocationInput,
    }))

  it('honours the reserved share when enough cooperatives apply, and otherwise admits them all', () => {
    fc.assert(
      fc.property(singlePool, ({ percent, input }) => {
        const out = allocate(input)
        const isCoop = (id: string) => /COOPERATIVE/.test(input.applications.find((a) => a.id === id)!.producerType)
        const placed = Object.keys(out.assignment)
        const placedCoops = placed.filter(isCoop).length
        const needed = Math.ceil((percent * placed.length) / 100 - 1e-9)
        const applied = input.applications.filter((a) => isCoop(a.id)).length
        if (applied >= needed) expect(placedCoops).toBeGreaterThanOrEqual(needed)
        else expect(placedCoops).toBe(applied)
        expect(placed.length).toBe(Math.min(input.booths.length, input.applications.length))
      }),
      { numRuns: 200 },
    )
  })

  it('never lets a waitlisted producer outrank an admitted one of the same kind', () => {
    fc.assert(
      fc.property(singlePool, ({ input }) => {
        const out = allocate(input)
        const coop = (a: { producerType: string }) => /COOPERATIVE/.test(a.producerType)
        const placed = new Set(Object.keys(out.assignment))
        for (const kind of [true, false]) {
          const group = input.applications.filter((a) => coop(a) === kind).sort((x, y) => compareApplicationPriority(x, y))
          const firstWaiting = group.findIndex((a) => !placed.has(a.id))
          if (firstWaiting >= 0) expect(group.slice(firstWaiting).every((a) => !placed.has(a.id))).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})

/** Best objective over every placement of the admitted single-booth applications (types and needs respected). */
function bruteForceOptimum(input: AllocationInput, admittedIds: string[]): number {
  const model = buildModel(input)
  const admitted = admittedIds.map((id) => model.appIndex.get(id)!)
  const appBooths: (number[] | null)[] = new Array(model.apps.length).fill(null)
  const used = new Uint8Array(model.booths.length)
  let best = -Infinity
  const place = (i: number) => {
    if (i === admitted.length) {
      best = Math.max(best, objectiveOf(model, appBooths).total)
      return
    }
    const a = admitted[i]
    for (let b = 0; b < model.booths.length; b++) {
      if (used[b] || !suits(model, a, b)) continue
      used[b] = 1
      appBooths[a] = [b]
      place(i + 1)
      used[b] = 0
    }
    appBooths[a] = null
  }
  place(0)
  return best
}

describe('allocate — quality', () => {
  it('matches the brute-force optimum on small fairs (≤ 7 booths, ≤ 7 single-booth requests)', () => {
    const small = instanceArbitrary({
      rows: { min: 1, max: 2 },
      rowLength: { min: 3, max: 4 },
      apps: { min: 3, max: 7 },
      counts: [1],
      types: ['TC', 'TC', 'TC', 'CC'],
    }).filter((input) => input.booths.length <= 7)
    fc.assert(
      fc.property(small, weightsArbitrary, (base, weights) => {
        const input = { ...base, rules: { ...base.rules, weights } }
        const out = allocate(input)
        const optimum = bruteForceOptimum(input, Object.keys(out.assignment))
        expect(out.figures.objective).toBeCloseTo(optimum, 6)
      }),
      { numRuns: 250 },
    )
  })

  it('places wished neighbours together and competitors apart', () => {
    const input: AllocationInput = {
      booths: [booth('A1', 0), booth('A2', 1), booth('A3', 2)],
      applications: [
        app('x', { subgroupIds: ['s1'], wishedNeighbourProducerIds: ['producer-y'] }),
        app('y', { subgroupIds: ['s2'] }),
        app('z', { subgroupIds: ['s1'] }),
      ],
    }
    const out = allocate(input)
    expect(out.assignment.y).toEqual(['b-A2'])
    expect(out.explanations.x).toBe('Khu A; cạnh gian nhà sản xuất mong muốn; cạnh nhà sản xuất cùng tỉnh; cạnh gian cùng nhóm sản phẩm')
    expect(out.figures).toMatchObject({ competitorConflicts: 0, wishedNeighboursMet: 1, wishedNeighboursRequested: 1 })
  })

  it('beats the first-come greedy baseline on a generated 1,000-booth fair', () => {
    const input = generateFair({ booths: 1000, seed: 3 })
    const engine = allocate(input)
    const greedy = greedyBaseline(input)
    expect(validate(input, engine)).toEqual([])
    expect(validate(input, greedy)).toEqual([])
    expect(engine.figures.objective).toBeGreaterThan(greedy.figures.objective * 1.15)
    expect(engine.figures.firstChoiceRate).toBeGreaterThanOrEqual(greedy.figures.firstChoiceRate)
    expect(engine.figures.competitorConflicts).toBeLessThan(greedy.figures.competitorConflicts)
    expect(engine.figures.provincesClustered).toBeGreaterThan(greedy.figures.provincesClustered)
    expect(engine.figures.cooperativeShare).toBeGreaterThanOrEqual(0.2)
  })
})
