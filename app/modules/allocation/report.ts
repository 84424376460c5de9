// What the organiser sees of a plan: the objective's figures and one short Vietnamese sentence
// per placement. Computed from the plan alone (plus admission notes), so a plan edited by hand
// gets the same figures and explanations as one made by the engine.
import { compareStrings } from './adjacency'
import { neighbourPairs, objectiveOf, ownersOf, pairTerms, zoneRank, type Model } from './model'
import type { AllocationDiagnostics, AllocationFigures, AllocationOutput, WaitlistEntry } from './types'

export interface AdmissionNotes {
  /** Per booth type: someone had to wait for lack of room, so priority decided. */
  oversubscribed?: ArrayLike<number>
  /** Per application: admitted to honour the cooperatives' reserved share. */
  reserved?: ArrayLike<number>
}

function neighbourLists(model: Model, owner: Int32Array): number[][] {
  const lists: number[][] = model.apps.map(() => [])
  for (const [a, b] of neighbourPairs(model, owner)) {
    lists[a].push(b)
    lists[b].push(a)
  }
  return lists
}

function zonePart(model: Model, a: number, booths: readonly number[]): string {
  const zones = [...new Set(booths.map((b) => model.boothZone[b]))]
  const hasPreferences = model.apps[a].zonePreferences.length > 0
  const describe = (zone: number) => {
    const label = zone < 0 ? 'Ngoài các khu' : model.zones[zone]
    if (!hasPreferences) return { label, rank: '' }
    const rank = zoneRank(model, a, zone)
    return { label, rank: rank > 0 ? `nguyện vọng ${rank}` : 'ngoài nguyện vọng' }
  }
  if (zones.length === 1) {
    const { label, rank } = describe(zones[0])
    return rank ? `${label} — ${rank}` : label
  }
  return zones
    .map((zone) => {
      const { label, rank } = describe(zone)
      return rank ? `${label} (${rank})` : label
    })
    .join(' + ')
}

function explainOne(model: Model, appBooths: readonly (readonly number[] | null)[], neighbours: number[], a: number, notes: AdmissionNotes): string {
  const app = model.apps[a]
  const booths = appBooths[a]!
  const parts = [zonePart(model, a, booths)]
  if (booths.length > 1) parts.push(`${booths.length} gian liền kề`)
  if (model.locks.has(a)) {
    parts.push('giữ nguyên theo khoá của ban tổ chức')
  } else if (notes.reserved?.[a]) {
    parts.push('suất dành riêng cho hợp tác xã')
  } else if (notes.oversubscribed?.[model.appPool[a]]) {
    const reasons: string[] = []
    if (app.maxStars >= 4) reasons.push(`ưu tiên ${app.maxStars}★`)
    if (model.appCoop[a]) reasons.push(app.producerType === 'COOPERATIVE_GROUP' ? 'ưu tiên tổ hợp tác' : 'ưu tiên HTX')
    if (app.firstTimeExhibitor) reasons.push('ưu tiên lần đầu tham gia')
    parts.push(...(reasons.length > 0 ? reasons : ['nộp đơn sớm']))
  }
  let wished = false
  let province = false
  let group = false
  let competitor = false
  for (const y of neighbours) {
    const terms = pairTerms(model, a, y)
    if (model.appWishes[a].includes(model.appProducer[y])) wished = true
    province ||= terms.sameProvince
    group ||= terms.sameGroup
    competitor ||= terms.competitors
  }
  if (wished) parts.push('cạnh gian nhà sản xuất mong muốn')
  if (province) parts.push('cạnh nhà sản xuất cùng tỉnh')
  if (competitor) parts.push('cạnh đối thủ cùng phân nhóm')
  else if (group) parts.push('cạnh gian cùng nhóm sản phẩm')
  return parts.join('; ')
}

/** Explanation per placed application. */
export function explanationsOf(
  model: Model,
  appBooths: readonly (readonly number[] | null)[],
  notes: AdmissionNotes = {},
  owner = ownersOf(model, appBooths),
): Map<number, string> {
  const neighbours = neighbourLists(model, owner)
  const result = new Map<number, string>()
  appBooths.forEach((booths, a) => {
    if (booths && booths.length > 0) result.set(a, explainOne(model, appBooths, neighbours[a], a, notes))
  })
  return result
}

export function figuresOf(
  model: Model,
  appBooths: readonly (readonly number[] | null)[],
  counts: { waitlisted: number; rejected: number },
  owner = ownersOf(model, appBooths),
): AllocationFigures {
  const { total, breakdown } = objectiveOf(model, appBooths, owner)
  const neighbours = neighbourLists(model, owner)
  let placedApplications = 0
  let placedBooths = 0
  let withPreferences = 0
  let firstChoice = 0
  let placedCooperatives = 0
  let competitorConflicts = 0
  let wishedMet = 0
  let wishedRequested = 0
  const placedByProducer = new Map<number, number[]>()
  const byProvince = new Map<number, number[]>()
  appBooths.forEach((booths, a) => {
    if (!booths || booths.length === 0) return
    placedApplications++
    placedBooths += booths.length
    placedCooperatives += model.appCoop[a]
    const list = placedByProducer.get(model.appProducer[a])
    if (list) list.push(a)
    else placedByProducer.set(model.appProducer[a], [a])
    const province = byProvince.get(model.appProvince[a])
    if (province) province.push(a)
    else byProvince.set(model.appProvince[a], [a])
    if (model.apps[a].zonePreferences.length > 0) {
      withPreferences++
      const first = model.appPrefs[a][0]
      if (first >= 0 && booths.every((b) => model.boothZone[b] === first)) firstChoice++
    }
  })
  appBooths.forEach((booths, a) => {
    if (!booths || booths.length === 0) return
    for (const y of neighbours[a]) if (y > a && pairTerms(model, a, y).competitors) competitorConflicts++
    for (const producer of model.appWishes[a]) {
      const others = placedByProducer.get(producer)
      if (!others) continue
      wishedRequested++
      if (others.some((y) => neighbours[a].includes(y))) wishedMet++
    }
  })
  let provincesClustered = 0
  let provincesWithSeveralProducers = 0
  let withCompatriots = 0
  let withCompatriotNeighbour = 0
  for (const apps of byProvince.values()) {
    if (apps.length < 2) continue
    provincesWithSeveralProducers++
    const next = apps.filter((a) => neighbours[a].some((y) => model.appProvince[y] === model.appProvince[a])).length
    withCompatriots += apps.length
    withCompatriotNeighbour += next
    if (2 * next >= apps.length) provincesClustered++
  }
  return {
    objective: round(total),
    breakdown: {
      zonePreference: round(breakdown.zonePreference),
      groupTogether: round(breakdown.groupTogether),
      provinceCluster: round(breakdown.provinceCluster),
      wishedNeighbour: round(breakdown.wishedNeighbour),
      competitorApart: round(breakdown.competitorApart),
    },
    placedApplications,
    placedBooths,
    totalBooths: model.booths.length,
    waitlisted: counts.waitlisted,
    rejected: counts.rejected,
    firstChoiceRate: withPreferences === 0 ? 0 : firstChoice / withPreferences,
    cooperativeShare: placedApplications === 0 ? 0 : placedCooperatives / placedApplications,
    placedCooperatives,
    provincesClustered,
    provincesWithSeveralProducers,
    provinceNeighbourRate: withCompatriots === 0 ? 0 : withCompatriotNeighbour / withCompatriots,
    competitorConflicts,
    wishedNeighboursMet: wishedMet,
    wishedNeighboursRequested: wishedRequested,
  }
}

/** Rounds away floating-point noise so equal plans print equal figures. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

export interface OutputParts {
  appBooths: readonly (readonly number[] | null)[]
  /** Waiting applications, best first, with reasons. */
  waitlist: Array<{ app: number; reason: string }>
  rejected: Array<{ app: number; reason: string }>
  notes: AdmissionNotes
  diagnostics: AllocationDiagnostics
}

export function buildOutput(model: Model, parts: OutputParts): AllocationOutput {
  const owner = ownersOf(model, parts.appBooths)
  const explanations = explanationsOf(model, parts.appBooths, parts.notes, owner)
  const assignment: Record<string, string[]> = {}
  const explanationById: Record<string, string> = {}
  parts.appBooths.forEach((booths, a) => {
    if (!booths || booths.length === 0) return
    const id = model.apps[a].id
    assignment[id] = booths
      .map((b) => model.booths[b])
      .sort((x, y) => compareStrings(x.code, y.code) || compareStrings(x.id, y.id))
      .map((booth) => booth.id)
    explanationById[id] = explanations.get(a)!
  })
  const waitlist: WaitlistEntry[] = parts.waitlist.map(({ app, reason }, i) => ({
    applicationId: model.apps[app].id,
    position: i + 1,
    reason,
  }))
  return {
    assignment,
    explanations: explanationById,
    waitlist,
    rejected: parts.rejected.map(({ app, reason }) => ({ applicationId: model.apps[app].id, reason })),
    figures: figuresOf(model, parts.appBooths, { waitlisted: waitlist.length, rejected: parts.rejected.length }, owner),
    diagnostics: parts.diagnostics,
  }
}
