// Test support for the allocation engine (imports fast-check; never import from app code):
// an arbitrary of small random fairs — rows of booths (some gaps wider than the neighbour
// tolerance), booth types, features, three zones, applications with every attribute the engine
// reads — and factories for hand-written cases.
import fc from 'fast-check'
import type { AllocationInput, ApplicationInput, BoothInput, BoothNeed, ProducerKind } from './types'

export interface InstanceShape {
  rows: { min: number; max: number }
  rowLength: { min: number; max: number }
  apps: { min: number; max: number }
  halls?: number
  /** Booth counts the applications may ask for. */
  counts?: number[]
  types?: string[]
  withNeeds?: boolean
}

const ZONES = ['Khu A', 'Khu B', 'Khu C']
const SUBGROUPS: Array<[string, string]> = [
  ['s1', 'g1'],
  ['s2', 'g1'],
  ['s3', 'g2'],
  ['s4', 'g3'],
]
const KINDS: ProducerKind[] = ['HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP']

export function instanceArbitrary(shape: InstanceShape): fc.Arbitrary<AllocationInput> {
  const types = shape.types ?? ['TC', 'CC']
  const withNeeds = shape.withNeeds ?? true
  const booth = fc.record({
    type: fc.constantFrom(...types),
    zone: fc.constantFrom<string | null>(...ZONES, ZONES[0], null),
    power: withNeeds ? fc.boolean() : fc.constant(false),
    cold: withNeeds ? fc.boolean() : fc.constant(false),
    gapBefore: fc.constantFrom(0, 0, 0, 0.3, 1.5),
  })
  // size 'max': lengths spread over the whole range instead of fast-check's bias towards short arrays.
  const rows = fc.array(fc.array(booth, { minLength: shape.rowLength.min, maxLength: shape.rowLength.max, size: 'max' }), {
    minLength: shape.rows.min,
    maxLength: shape.rows.max,
    size: 'max',
  })
  const app = fc.record({
    kind: fc.constantFrom(...KINDS),
    province: fc.constantFrom('p1', 'p2', 'p3'),
    subgroup: fc.integer({ min: 0, max: SUBGROUPS.length - 1 }),
    secondSubgroup: fc.option(fc.integer({ min: 0, max: SUBGROUPS.length - 1 }), { nil: undefined }),
    stars: fc.integer({ min: 3, max: 5 }),
    first: fc.boolean(),
    submitted: fc.integer({ min: 0, max: 50 }),
    type: fc.constantFrom(...types),
    count: fc.constantFrom(...(shape.counts ?? [1, 1, 1, 2, 3])),
    prefs: fc.shuffledSubarray([...ZONES, 'Khu không tồn tại'], { maxLength: 3 }),
    wishes: fc.array(fc.nat(), { maxLength: 2 }),
    power: withNeeds ? fc.constantFrom(false, false, true) : fc.constant(false),
    cold: withNeeds ? fc.constantFrom(false, false, false, true) : fc.constant(false),
  })
  const apps = fc.array(app, { minLength: shape.apps.min, maxLength: shape.apps.max, size: 'max' })
  return fc
    .record({ rows, apps, halls: fc.integer({ min: 1, max: shape.halls ?? 1 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
    .map(({ rows: rowSpecs, apps: appSpecs, halls, seed }) => {
      const booths: BoothInput[] = []
      rowSpecs.forEach((row, r) => {
        let x = 0
        row.forEach((spec, i) => {
          x += spec.gapBefore
          const features = [...(spec.power ? ['power'] : []), ...(spec.cold ? ['cold'] : []), ...(i === 0 ? ['corner'] : [])]
          const code = `${String.fromCharCode(65 + r)}${i + 1}`
          booths.push({
            id: `b-${code}`,
            code,
            hallId: `h${r % halls}`,
            typeCode: spec.type,
            zone: spec.zone,
            x,
            // Per hall: rows back to back in pairs (0.2 m apart, still neighbours), 1.5 m aisles between pairs.
            y: Math.floor(Math.floor(r / halls) / 2) * 7.7 + (Math.floor(r / halls) % 2) * 3.2,
            width: 3,
            depth: 3,
            features,
          })
          x += 3
        })
      })
      const applications: ApplicationInput[] = appSpecs.map((spec, i) => {
        const subgroups = [SUBGROUPS[spec.subgroup]]
        if (spec.secondSubgroup !== undefined && spec.secondSubgroup !== spec.subgroup) subgroups.push(SUBGROUPS[spec.secondSubgroup])
        const needs: BoothNeed[] = [...(spec.power ? (['power'] as const) : []), ...(spec.cold ? (['cold'] as const) : [])]
        return {
          id: `a${String(i).padStart(3, '0')}`,
          producerId: `p${String(i).padStart(3, '0')}`,
          producerType: spec.kind,
          provinceId: spec.province,
          productGroupIds: [...new Set(subgroups.map(([, g]) => g))],
          subgroupIds: subgroups.map(([s]) => s),
          maxStars: spec.stars,
          firstTimeExhibitor: spec.first,
          submittedAt: 1_760_000_000_000 + spec.submitted * 60_000,
          boothTypeCode: spec.type,
          boothCount: spec.count,
          zonePreferences: spec.prefs,
          wishedNeighbourProducerIds: spec.wishes.map((w) => `p${String(w % appSpecs.length).padStart(3, '0')}`),
          needs,
        }
      })
      return { booths, applications, rules: { seed } }
    })
}

/** A 3 × 3 m standard booth at column `column` of row `row` (rows 0/1 back to back, row 2 across an aisle). */
export function makeBooth(code: string, column: number, row = 0, extra: Partial<BoothInput> = {}): BoothInput {
  return {
    id: `b-${code}`,
    code,
    hallId: 'h1',
    typeCode: 'TC',
    zone: 'Khu A',
    x: column * 3,
    y: row * 3 + (row >= 2 ? 3 : 0),
    width: 3,
    depth: 3,
    features: [],
    ...extra,
  }
}

/** An application with neutral defaults (3★, household, one standard booth, same submission time). */
export function makeApplication(id: string, extra: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    id,
    producerId: `producer-${id}`,
    producerType: 'HOUSEHOLD',
    provinceId: 'vinh-long',
    productGroupIds: ['thuc-pham'],
    subgroupIds: [`sub-${id}`],
    maxStars: 3,
    firstTimeExhibitor: false,
    submittedAt: 1_760_000_000_000,
    boothTypeCode: 'TC',
    boothCount: 1,
    zonePreferences: [],
    wishedNeighbourProducerIds: [],
    needs: [],
    ...extra,
  }
}
