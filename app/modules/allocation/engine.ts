/**
 * Booth allocation engine — pure and deterministic (no I/O, no clock, no Math.random): the same
 * input and seed give the same plan, whatever order booths and applications are listed in.
 *
 * INPUT (`AllocationInput`, see types.ts)
 *   booths        id, code, hall, type code, zone label, rectangle in metres, features
 *                 ('corner' | 'power' | 'cold'). Neighbours come from the geometry
 *                 (`deriveAdjacency`: same hall, a shared piece of edge, gap ≤ 0.5 m) unless given.
 *   applications  accepted ones: producer, type (HOUSEHOLD | ENTERPRISE | COOPERATIVE |
 *                 COOPERATIVE_GROUP), province, product groups and subgroups, verified stars,
 *                 first-time flag, submission time (epoch ms), booth type and count, up to three
 *                 ranked zones, wished neighbours (producer ids), needs ('power' | 'cold').
 *   rules         cooperativeSharePercent (20), cooperativeTypes (HTX and tổ hợp tác),
 *                 maxBoothsPerProducer (2), weights of the soft goals, seed, adjacency gap.
 *   locks         applicationId → booth ids, kept exactly as given.
 *
 * OUTPUT (`AllocationOutput`)
 *   assignment (applicationId → booth ids), explanations ("Khu Trái cây — nguyện vọng 1; ưu tiên
 *   HTX; cạnh gian nhà sản xuất mong muốn"), an ordered waitlist with reasons ("Hết gian loại Tiêu
 *   chuẩn"), rejected requests no booth can satisfy, the objective's figures, and diagnostics.
 *   `validate(input, plan)` lists hard-rule violations of any plan (also one edited by hand);
 *   `explainPlan` and `evaluatePlan` recompute explanations and figures for an edited plan.
 *
 * HARD RULES (never broken by the engine)
 *   a booth holds at most one producer; booth type, count and needs match the request (a 'cold'
 *   need gets a booth with 'cold', 'power' one with 'power'); a multi-booth request gets a
 *   connected set of neighbouring booths; at most maxBoothsPerProducer booths per producer;
 *   locks are kept. When demand exceeds supply, admission follows the priority in admission.ts:
 *   stars, cooperative status with the reserved share, first-time exhibitors, submission time.
 *
 * OBJECTIVE (maximised; weights from the organiser)
 *     Σ_producers  w_zone · mean over its booths of (1 | 0.6 | 0.3 | 0 for 1st | 2nd | 3rd | other zone)
 *   + Σ_neighbouring producer pairs ( w_group·[share a product group] + w_province·[same province]
 *                                   + w_wish·(number of the two who wished the other)
 *                                   − w_competitor·[share a product subgroup] )
 *   A pair counts once however many walls the two share.
 *
 * METHOD
 *   1. Admission by priority with the reserved share (admission.ts): booth units per type and
 *      feature class, Hall's condition for the needs.
 *   2. Placement (placement.ts): min-cost flow over (zone × feature) booth classes — exact for the
 *      zone term of single-booth requests, a relaxation that picks zones for multi-booth ones —
 *      then connected sets for multi-booth requests. A multi-booth request that finds no connected
 *      set is waitlisted and admission re-runs without it (a few rounds at most).
 *   3. Local search (local-search.ts): seeded simulated annealing over rule-preserving moves (move,
 *      swap, shift a stand, relocate a stand displacing singles) aimed at related producers, scored
 *      incrementally, best plan kept; small fairs get four reheated rounds, small booth types a
 *      final exhaustive descent. The budget is a move count, never a clock, so runs repeat exactly.
 *   Quality: on random fairs of ≤ 7 booths with single-booth requests the plan equals the brute-
 *   force optimum (engine.test.ts); on generated fairs it beats the first-come baseline
 *   (bench/allocation.ts).
 *   Complexity: adjacency O(n log n + n·c); admission O(m log m); flows on class graphs whose size
 *   depends on zones × distinct preference lists, not on n; multi-booth sets O(b·z·k·d); annealing
 *   O(iterations · k · d) with iterations bounded (150 per movable booth, 20k–1M by default).
 */
import { admit } from './admission'
import { buildModel, objectiveOf, type Model } from './model'
import { localSearch } from './local-search'
import { initialPlacement } from './placement'
import { buildOutput, explanationsOf, figuresOf, type AdmissionNotes } from './report'
import type { AllocationFigures, AllocationInput, AllocationOutput } from './types'

export { deriveAdjacency } from './adjacency'
export { compareApplicationPriority } from './admission'
export { greedyBaseline } from './greedy-baseline'
export { validate } from './validate'
export * from './types'

/** A multi-booth request that found no connected set is dropped and admission re-run, at most this often. */
const MAX_ADMISSION_ROUNDS = 6

/** Local-search budget: 150 moves per movable booth, at least 20k (small fairs), at most 1M. */
export function defaultIterations(movableBooths: number): number {
  return Math.min(1_000_000, Math.max(20_000, 150 * movableBooths))
}

export function allocate(input: AllocationInput): AllocationOutput {
  const model = buildModel(input)
  const blocked = new Map<number, string>()
  let admission = admit(model, blocked)
  let placement = initialPlacement(model, admission)
  let rounds = 1
  while (placement.failures.size > 0 && rounds < MAX_ADMISSION_ROUNDS) {
    for (const [a, reason] of placement.failures) blocked.set(a, reason)
    admission = admit(model, blocked)
    placement = initialPlacement(model, admission)
    rounds++
  }

  const afterAssignment = objectiveOf(model, placement.appBooths, placement.owner).total
  let movableBooths = 0
  placement.appBooths.forEach((booths, a) => {
    if (booths && !model.locks.has(a)) movableBooths += booths.length
  })
  const stats = localSearch(model, placement, {
    iterations: model.rules.localSearchIterations ?? defaultIterations(movableBooths),
    seed: model.rules.seed,
  })
  const afterSearch = objectiveOf(model, placement.appBooths, placement.owner).total

  const waitlist: Array<{ app: number; reason: string }> = []
  for (const a of admission.order) {
    if (placement.appBooths[a]) continue
    waitlist.push({ app: a, reason: placement.failures.get(a) ?? admission.waitReason[a] ?? 'Hết gian phù hợp' })
  }
  const rejected: Array<{ app: number; reason: string }> = []
  admission.rejectReason.forEach((reason, a) => {
    if (reason) rejected.push({ app: a, reason })
  })
  return buildOutput(model, {
    appBooths: placement.appBooths,
    waitlist,
    rejected,
    notes: { oversubscribed: admission.oversubscribed, reserved: admission.reserved },
    diagnostics: {
      method: 'engine',
      seed: model.rules.seed,
      admissionRounds: rounds,
      reservedShareSwaps: admission.reservedShareSwaps,
      localSearchIterations: stats.iterations,
      localSearchAccepted: stats.accepted,
      objectiveAfterAssignment: Math.round(afterAssignment * 1e6) / 1e6,
      objectiveAfterLocalSearch: Math.round(afterSearch * 1e6) / 1e6,
    },
  })
}

function appBoothsOf(model: Model, assignment: Readonly<Record<string, readonly string[]>>): (number[] | null)[] {
  const appBooths: (number[] | null)[] = new Array(model.apps.length).fill(null)
  for (const [applicationId, boothIds] of Object.entries(assignment)) {
    const a = model.appIndex.get(applicationId)
    if (a === undefined) continue
    const booths = boothIds.map((id) => model.boothIndex.get(id)).filter((b): b is number => b !== undefined)
    if (booths.length > 0) appBooths[a] = booths
  }
  return appBooths
}

/** Oversubscription per booth type as the input shows it (for explanations of hand-edited plans). */
function notesFromInput(model: Model): AdmissionNotes {
  return { oversubscribed: admit(model).oversubscribed }
}

/** Explanations for a plan edited by hand (the organiser moved or swapped booths). */
export function explainPlan(input: AllocationInput, assignment: Readonly<Record<string, readonly string[]>>): Record<string, string> {
  const model = buildModel(input)
  const explanations = explanationsOf(model, appBoothsOf(model, assignment), notesFromInput(model))
  const result: Record<string, string> = {}
  for (const [a, text] of explanations) result[model.apps[a].id] = text
  return result
}

/** The objective's figures for any plan (booth ids that do not exist are ignored). */
export function evaluatePlan(input: AllocationInput, assignment: Readonly<Record<string, readonly string[]>>): AllocationFigures {
  const model = buildModel(input)
  const appBooths = appBoothsOf(model, assignment)
  const placed = new Set(appBooths.flatMap((booths, a) => (booths ? [a] : [])))
  return figuresOf(model, appBooths, { waitlisted: model.apps.length - placed.size, rejected: 0 })
}
