// Floor plans as plain data: validation (codes unique, booths inside their hall, no overlaps with
// each other or with aisles/entrances), rows of booths, and the CSV / JSON exchange formats.
// Pure and client-safe: the editor previews problems with the same code the server enforces.
import { parseCsv, toCsv } from '~/utils/csv'

export const FEATURE_KINDS = ['AISLE', 'ENTRANCE', 'EXIT', 'STAGE', 'PILLAR'] as const
export type FeatureKind = (typeof FEATURE_KINDS)[number]
export const BOOTH_FEATURES = ['corner', 'power', 'cold', 'water'] as const

export interface PlanHall {
  name: string
  widthM: number
  depthM: number
  gridM: number
}

export interface PlanFeature {
  hall: string
  kind: FeatureKind
  label: string | null
  x: number
  y: number
  width: number
  depth: number
}

export interface PlanBooth {
  code: string
  hall: string
  type: string
  x: number
  y: number
  width: number
  depth: number
  zone: string | null
  features: string[]
}

export interface FloorPlan {
  halls: PlanHall[]
  features: PlanFeature[]
  booths: PlanBooth[]
}

export interface PlanIssue {
  code?: string
  message: string
}

/** Floating-point slack: 0.1 m steps add up to 2.9999999 rather than 3. */
const EPS = 1e-6

export const normaliseCode = (code: string) => code.trim().toUpperCase()

interface Rect {
  x: number
  y: number
  width: number
  depth: number
}

/** Touching edges are fine (booths in a row share walls); only a positive shared area overlaps. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.depth - EPS && b.y < a.y + a.depth - EPS
}

const FEATURE_NAMES: Record<FeatureKind, string> = { AISLE: 'lối đi', ENTRANCE: 'lối vào', EXIT: 'lối ra', STAGE: 'sân khấu', PILLAR: 'cột' }

export function validatePlan(plan: FloorPlan, options: { boothTypes?: string[] } = {}): PlanIssue[] {
  const issues: PlanIssue[] = []
  const halls = new Map(plan.halls.map((h) => [h.name, h]))
  const hallNames = new Set<string>()
  for (const hall of plan.halls) {
    if (hallNames.has(hall.name)) issues.push({ message: `Tên nhà "${hall.name}" bị trùng` })
    hallNames.add(hall.name)
    if (!(hall.widthM > 0 && hall.depthM > 0)) issues.push({ message: `Nhà "${hall.name}" cần chiều rộng và chiều sâu lớn hơn 0` })
  }

  const seen = new Map<string, string>()
  for (const booth of plan.booths) {
    const key = normaliseCode(booth.code)
    if (!key) issues.push({ message: 'Có gian hàng chưa có mã' })
    else if (seen.has(key)) issues.push({ code: booth.code, message: `Mã gian ${booth.code} bị trùng` })
    else seen.set(key, booth.code)
    if (!(booth.width > 0 && booth.depth > 0)) issues.push({ code: booth.code, message: `Gian ${booth.code} cần kích thước lớn hơn 0` })
    if (options.boothTypes && !options.boothTypes.includes(booth.type)) issues.push({ code: booth.code, message: `Gian ${booth.code}: không có loại gian "${booth.type}"` })
    const hall = halls.get(booth.hall)
    if (!hall) {
      issues.push({ code: booth.code, message: `Gian ${booth.code}: không có nhà "${booth.hall}"` })
      continue
    }
    if (booth.x < -EPS || booth.y < -EPS || booth.x + booth.width > hall.widthM + EPS || booth.y + booth.depth > hall.depthM + EPS) {
      issues.push({ code: booth.code, message: `Gian ${booth.code} nằm ngoài ${hall.name} (${hall.widthM} × ${hall.depthM} m)` })
    }
  }

  // Sweep by x within each hall: only booths whose x-ranges meet are compared.
  const byHall = new Map<string, PlanBooth[]>()
  for (const booth of plan.booths) byHall.set(booth.hall, [...(byHall.get(booth.hall) ?? []), booth])
  for (const [hallName, booths] of byHall) {
    const sorted = [...booths].sort((a, b) => a.x - b.x)
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]
      for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width - EPS; j++) {
        if (overlaps(a, sorted[j])) issues.push({ code: a.code, message: `Gian ${a.code} chồng lên gian ${sorted[j].code}` })
      }
    }
    const blocking = plan.features.filter((f) => f.hall === hallName && f.kind !== 'EXIT')
    for (const booth of booths) {
      const hit = blocking.find((f) => overlaps(booth, f))
      if (hit) issues.push({ code: booth.code, message: `Gian ${booth.code} chắn ${FEATURE_NAMES[hit.kind]}${hit.label ? ` "${hit.label}"` : ''}` })
    }
  }
  for (const feature of plan.features) {
    const hall = halls.get(feature.hall)
    if (!hall) issues.push({ message: `Không có nhà "${feature.hall}" cho ${FEATURE_NAMES[feature.kind]}` })
    else if (feature.x < -EPS || feature.y < -EPS || feature.x + feature.width > hall.widthM + EPS || feature.y + feature.depth > hall.depthM + EPS) {
      issues.push({ message: `${FEATURE_NAMES[feature.kind][0].toUpperCase()}${FEATURE_NAMES[feature.kind].slice(1)} nằm ngoài ${hall.name}` })
    }
  }
  return issues
}

export interface RowInput {
  hall: string
  prefix: string
  start: number
  count: number
  x: number
  y: number
  width: number
  depth: number
  direction: 'horizontal' | 'vertical'
  type: string
  zone: string | null
  features: string[]
  /** Mark the first and last booth as corners (two open sides). */
  cornerEnds: boolean
}

/** "A", 1, 10 → A-01 … A-10, side by side along the chosen direction. */
export function boothRow(input: RowInput): PlanBooth[] {
  const digits = Math.max(2, String(input.start + input.count - 1).length)
  return Array.from({ length: input.count }, (_, i) => {
    const ends = input.cornerEnds && (i === 0 || i === input.count - 1)
    const features = [...new Set([...input.features.filter((f) => f !== 'corner'), ...(ends ? ['corner'] : [])])]
    return {
      code: `${input.prefix.trim().toUpperCase()}-${String(input.start + i).padStart(digits, '0')}`,
      hall: input.hall,
      type: input.type,
      x: round(input.direction === 'horizontal' ? input.x + i * input.width : input.x),
      y: round(input.direction === 'vertical' ? input.y + i * input.depth : input.y),
      width: input.width,
      depth: input.depth,
      zone: input.zone,
      features,
    }
  })
}

const round = (value: number) => Math.round(value * 1000) / 1000

// ── Exchange formats ──

export const PLAN_CSV_HEADER = ['hall', 'code', 'type', 'x', 'y', 'width', 'depth', 'zone', 'features']

/** One booth a line; the halls must already exist (or come with a JSON import). Features joined by "|". */
export function planToCsv(booths: PlanBooth[]): string {
  return toCsv(
    PLAN_CSV_HEADER,
    booths.map((b) => [b.hall, b.code, b.type, b.x, b.y, b.width, b.depth, b.zone ?? '', b.features.join('|')]),
  )
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] }

function number(value: string | undefined, line: number, field: string, errors: string[]) {
  const parsed = Number((value ?? '').trim().replace(',', '.'))
  if ((value ?? '').trim() === '' || !Number.isFinite(parsed)) {
    errors.push(`Dòng ${line}: "${field}" phải là số (mét)`)
    return 0
  }
  return parsed
}

export function csvToBooths(text: string): ParseResult<PlanBooth[]> {
  const rows = parseCsv(text)
  if (rows.length === 0) return { ok: false, errors: ['Tệp CSV trống'] }
  const header = rows[0].map((h) => h.trim().toLowerCase())
  const missing = PLAN_CSV_HEADER.filter((h) => h !== 'zone' && h !== 'features' && !header.includes(h))
  if (missing.length) return { ok: false, errors: [`Thiếu cột: ${missing.join(', ')} (cần ${PLAN_CSV_HEADER.join(',')})`] }
  // toCsv neutralises a leading =, +, - or @ with an apostrophe (spreadsheet formulas): undo it.
  const col = (row: string[], name: string) => {
    const index = header.indexOf(name)
    return index < 0 ? undefined : row[index]?.replace(/^'(?=[=+\-@])/, '')
  }
  const errors: string[] = []
  const booths = rows.slice(1).map((row, i) => {
    const line = i + 2
    const code = (col(row, 'code') ?? '').trim()
    const hall = (col(row, 'hall') ?? '').trim()
    const type = (col(row, 'type') ?? '').trim()
    if (!code) errors.push(`Dòng ${line}: thiếu mã gian`)
    if (!hall) errors.push(`Dòng ${line}: thiếu tên nhà`)
    if (!type) errors.push(`Dòng ${line}: thiếu loại gian`)
    const zone = (col(row, 'zone') ?? '').trim()
    const features = (col(row, 'features') ?? '')
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean)
    return {
      code,
      hall,
      type,
      x: number(col(row, 'x'), line, 'x', errors),
      y: number(col(row, 'y'), line, 'y', errors),
      width: number(col(row, 'width'), line, 'width', errors),
      depth: number(col(row, 'depth'), line, 'depth', errors),
      zone: zone || null,
      features,
    }
  })
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, value: booths }
}

export const PLAN_JSON_VERSION = 1

export function planToJson(plan: FloorPlan): string {
  return JSON.stringify({ version: PLAN_JSON_VERSION, ...plan }, null, 2)
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isStr = (v: unknown): v is string => typeof v === 'string'

export function jsonToPlan(text: string): ParseResult<FloorPlan> {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, errors: ['Tệp JSON không đọc được'] }
  }
  const root = data as Partial<Record<'version' | 'halls' | 'features' | 'booths', unknown>>
  if (!root || typeof root !== 'object' || !Array.isArray(root.halls) || !Array.isArray(root.booths)) {
    return { ok: false, errors: ['Tệp JSON cần có "halls" và "booths"'] }
  }
  const errors: string[] = []
  const halls: PlanHall[] = []
  root.halls.forEach((h: Record<string, unknown>, i: number) => {
    if (!isStr(h?.name) || !isNum(h.widthM) || !isNum(h.depthM)) errors.push(`Nhà thứ ${i + 1}: cần name, widthM, depthM`)
    else halls.push({ name: h.name.trim(), widthM: h.widthM, depthM: h.depthM, gridM: isNum(h.gridM) ? h.gridM : 1 })
  })
  const features: PlanFeature[] = []
  ;(Array.isArray(root.features) ? root.features : []).forEach((f: Record<string, unknown>, i: number) => {
    if (!isStr(f?.hall) || !FEATURE_KINDS.includes(f.kind as FeatureKind) || ![f.x, f.y, f.width, f.depth].every(isNum)) {
      errors.push(`Lối đi/lối vào thứ ${i + 1} không hợp lệ`)
    } else {
      features.push({ hall: f.hall, kind: f.kind as FeatureKind, label: isStr(f.label) ? f.label : null, x: f.x as number, y: f.y as number, width: f.width as number, depth: f.depth as number })
    }
  })
  const booths: PlanBooth[] = []
  root.booths.forEach((b: Record<string, unknown>, i: number) => {
    if (!isStr(b?.code) || !isStr(b.hall) || !isStr(b.type) || ![b.x, b.y, b.width, b.depth].every(isNum)) {
      errors.push(`Gian thứ ${i + 1}${isStr(b?.code) ? ` (${b.code})` : ''}: cần code, hall, type, x, y, width, depth`)
    } else {
      booths.push({
        code: b.code.trim(),
        hall: b.hall.trim(),
        type: b.type.trim(),
        x: b.x as number,
        y: b.y as number,
        width: b.width as number,
        depth: b.depth as number,
        zone: isStr(b.zone) && b.zone.trim() ? b.zone.trim() : null,
        features: Array.isArray(b.features) ? b.features.filter(isStr) : [],
      })
    }
  })
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, value: { halls, features, booths } }
}
