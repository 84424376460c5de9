// Input and output shapes of the booth allocation engine (pure data, JSON-friendly), and the
// default organiser rules. See engine.ts for the method.

export type ProducerKind = 'HOUSEHOLD' | 'ENTERPRISE' | 'COOPERATIVE' | 'COOPERATIVE_GROUP'
export type BoothNeed = 'power' | 'cold'

export interface BoothInput {
  id: string
  code: string
  hallId: string
  typeCode: string
  /** Zone label as shown to people, e.g. "Khu Trái cây"; null when the booth is in no zone. */
  zone: string | null
  /** Position and size in metres, top-left corner on the hall plan. */
  x: number
  y: number
  width: number
  depth: number
  /** 'corner' | 'power' | 'cold' (others are kept but ignored). */
  features: readonly string[]
}

export interface ApplicationInput {
  id: string
  producerId: string
  producerType: ProducerKind
  provinceId: string
  productGroupIds: readonly string[]
  subgroupIds: readonly string[]
  /** Highest verified OCOP stars of the products shown (3–5). */
  maxStars: number
  firstTimeExhibitor: boolean
  /** Epoch milliseconds. */
  submittedAt: number
  boothTypeCode: string
  boothCount: number
  /** Zone labels, most wanted first; at most the first three count. */
  zonePreferences: readonly string[]
  wishedNeighbourProducerIds: readonly string[]
  needs: readonly BoothNeed[]
}

export interface SoftGoalWeights {
  /** Per admitted producer: 1 for the 1st-choice zone, 0.6 for the 2nd, 0.3 for the 3rd (averaged over its booths). */
  zonePreference: number
  /** Per pair of neighbouring producers sharing a product group. */
  groupTogether: number
  /** Per pair of neighbouring producers from the same province. */
  provinceCluster: number
  /** Per producer whose wished neighbour is next to it (a mutual wish counts twice). */
  wishedNeighbour: number
  /** Penalty per pair of neighbouring producers sharing a product subgroup (direct competitors). */
  competitorApart: number
}

export interface AllocationRules {
  /** Reserved share of admitted producers for cooperatives, in percent. */
  cooperativeSharePercent: number
  /** Producer types that count as cooperatives for the reserved share and the "ưu tiên HTX" priority. */
  cooperativeTypes: readonly ProducerKind[]
  maxBoothsPerProducer: number
  weights: SoftGoalWeights
  /** Seed of the local search's pseudo-random generator: same input and seed, same plan. */
  seed: number
  /** Booths of one hall whose facing edges are at most this far apart (metres) are neighbours. */
  adjacencyGapM: number
  /** Local-search move budget; by default it scales with the number of movable booths. */
  localSearchIterations?: number
}

export interface RulesInput extends Partial<Omit<AllocationRules, 'weights'>> {
  weights?: Partial<SoftGoalWeights>
}

export interface LockedPlacement {
  applicationId: string
  boothIds: readonly string[]
}

export interface AllocationInput {
  booths: readonly BoothInput[]
  /** Accepted applications only. */
  applications: readonly ApplicationInput[]
  rules?: RulesInput
  /** Placements the organiser fixed by hand; kept exactly as given. */
  locks?: readonly LockedPlacement[]
  /** Booth type names for messages ("Hết gian loại Tiêu chuẩn"); the code is used when missing. */
  boothTypeNames?: Readonly<Record<string, string>>
  /** Neighbour lists by booth id; derived from the plan geometry when missing. */
  adjacency?: Readonly<Record<string, readonly string[]>>
}

export interface WaitlistEntry {
  applicationId: string
  /** 1 = offered the first suitable booth that is released. */
  position: number
  reason: string
}

export interface RejectedApplication {
  applicationId: string
  reason: string
}

export interface ObjectiveBreakdown {
  zonePreference: number
  groupTogether: number
  provinceCluster: number
  wishedNeighbour: number
  /** Negative or zero: the penalty already applied. */
  competitorApart: number
}

export interface AllocationFigures {
  /** Weighted sum of the soft goals (higher is better); the quantity the engine maximises. */
  objective: number
  breakdown: ObjectiveBreakdown
  placedApplications: number
  placedBooths: number
  totalBooths: number
  waitlisted: number
  rejected: number
  /** Share of placed producers with zone preferences that got their 1st choice for all booths (0–1). */
  firstChoiceRate: number
  /** Cooperatives among placed producers (0–1). */
  cooperativeShare: number
  placedCooperatives: number
  /** Provinces with at least two placed producers, most of whom (≥ 50%) have a same-province neighbour. */
  provincesClustered: number
  provincesWithSeveralProducers: number
  /** Share of placed producers (of provinces with several) who have a same-province neighbour (0–1). */
  provinceNeighbourRate: number
  /** Neighbouring pairs of producers that share a product subgroup. */
  competitorConflicts: number
  wishedNeighboursMet: number
  wishedNeighboursRequested: number
}

export interface AllocationDiagnostics {
  method: 'engine' | 'greedy-baseline'
  seed: number
  /** Rounds of admission → placement (a multi-booth request without a connected set is waitlisted and admission re-runs). */
  admissionRounds: number
  /** Producers admitted in place of a non-cooperative to honour the reserved share. */
  reservedShareSwaps: number
  localSearchIterations: number
  localSearchAccepted: number
  /** Objective after the min-cost placement and after the local search. */
  objectiveAfterAssignment: number
  objectiveAfterLocalSearch: number
}

export interface AllocationOutput {
  /** applicationId → booth ids (sorted by booth code). */
  assignment: Record<string, string[]>
  /** applicationId → short Vietnamese explanation of the placement. */
  explanations: Record<string, string>
  waitlist: WaitlistEntry[]
  /** Requests that no booth of this plan can satisfy (unknown type, too many booths, missing features). */
  rejected: RejectedApplication[]
  figures: AllocationFigures
  diagnostics: AllocationDiagnostics
}

export type ViolationCode =
  | 'UNKNOWN_APPLICATION'
  | 'UNKNOWN_BOOTH'
  | 'BOOTH_SHARED'
  | 'WRONG_BOOTH_TYPE'
  | 'WRONG_BOOTH_COUNT'
  | 'NEED_UNMET'
  | 'NOT_CONNECTED'
  | 'PRODUCER_CAP'
  | 'LOCK_BROKEN'
  | 'DOUBLE_STATUS'
  | 'MISSING_APPLICATION'

export interface Violation {
  code: ViolationCode
  message: string
  applicationId?: string
  boothIds?: string[]
}

/** Zone preference dominates (1st → 2nd choice costs 8), neighbour terms refine within zones. */
export const DEFAULT_WEIGHTS: SoftGoalWeights = {
  zonePreference: 20,
  groupTogether: 1,
  provinceCluster: 2,
  wishedNeighbour: 4,
  competitorApart: 4,
}

export const DEFAULT_RULES: AllocationRules = {
  cooperativeSharePercent: 20,
  cooperativeTypes: ['COOPERATIVE', 'COOPERATIVE_GROUP'],
  maxBoothsPerProducer: 2,
  weights: DEFAULT_WEIGHTS,
  seed: 1,
  adjacencyGapM: 0.5,
}

/** Score of a booth in the producer's 1st, 2nd and 3rd preferred zone; any other zone scores 0. */
export const ZONE_RANK_SCORES = [1, 0.6, 0.3] as const

export function resolveRules(rules: RulesInput | undefined): AllocationRules {
  return {
    ...DEFAULT_RULES,
    ...rules,
    weights: { ...DEFAULT_WEIGHTS, ...rules?.weights },
  }
}

/** Thrown for inputs the engine cannot interpret (duplicate ids, locks on unknown booths...). */
export class AllocationInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AllocationInputError'
  }
}
