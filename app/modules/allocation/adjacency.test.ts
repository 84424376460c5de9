import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boothsAdjacent, deriveAdjacency, type BoothRect } from './adjacency'

const rect = (id: string, x: number, y: number, extra: Partial<BoothRect> = {}): BoothRect => ({
  id,
  hallId: 'h1',
  x,
  y,
  width: 3,
  depth: 3,
  ...extra,
})

describe('deriveAdjacency', () => {
  it('links booths sharing a wall, back to back or within the 0.5 m tolerance', () => {
    const booths = [
      rect('a', 0, 0),
      rect('b', 3, 0), // shares a wall with a
      rect('c', 6.4, 0), // 0.4 m from b
      rect('d', 10, 0), // 0.6 m from c: not a neighbour
      rect('e', 0, 3), // back to back with a
      rect('f', 4.5, 3), // partly behind b and c
    ]
    expect(deriveAdjacency(booths)).toEqual({
      a: ['b', 'e'],
      b: ['a', 'c', 'f'],
      c: ['b', 'f'],
      d: [],
      e: ['a'],
      f: ['b', 'c'],
    })
  })

  it('does not link booths touching only at a corner, across an aisle, or in different halls', () => {
    const booths = [rect('a', 0, 0), rect('corner', 3, 3), rect('across', 0, 6), rect('other-hall', 3, 0, { hallId: 'h2' })]
    expect(deriveAdjacency(booths)).toEqual({ a: [], corner: [], across: [], 'other-hall': [] })
  })

  it('honours a custom gap tolerance', () => {
    const booths = [rect('a', 0, 0), rect('b', 4, 0)]
    expect(deriveAdjacency(booths, { gapM: 0.5 }).a).toEqual([])
    expect(deriveAdjacency(booths, { gapM: 1 }).a).toEqual(['b'])
  })

  it('matches the pairwise definition on random plans and is symmetric', () => {
    const booth = fc.record({
      hallId: fc.constantFrom('h1', 'h2'),
      x: fc.integer({ min: 0, max: 40 }).map((v) => v / 2),
      y: fc.integer({ min: 0, max: 20 }).map((v) => v / 2),
      width: fc.constantFrom(2, 3, 6),
      depth: fc.constantFrom(2, 3),
    })
    fc.assert(
      fc.property(fc.array(booth, { maxLength: 40 }), fc.constantFrom(0, 0.5, 1), (specs, gapM) => {
        const booths = specs.map((spec, i) => ({ id: `b${String(i).padStart(2, '0')}`, ...spec }))
        const adjacency = deriveAdjacency(booths, { gapM })
        for (const a of booths) {
          const expected = booths.filter((b) => boothsAdjacent(a, b, gapM)).map((b) => b.id)
          expect(adjacency[a.id]).toEqual(expected)
          for (const b of adjacency[a.id]) expect(adjacency[b]).toContain(a.id)
        }
      }),
      { numRuns: 150 },
    )
  })
})
