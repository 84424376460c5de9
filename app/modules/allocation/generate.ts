// Realistic generated fairs for tests and the benchmark: halls of back-to-back booth rows with
// aisles, themed zones along the rows, Mekong Delta producers (plus guest provinces), OCOP
// product groups and subgroups, about 30% cooperatives. Deterministic for a seed.
import { createRng, type Rng } from './prng'
import type { AllocationInput, ApplicationInput, BoothInput, BoothNeed, ProducerKind, RulesInput } from './types'

export interface GenerateOptions {
  booths: number
  /** Default: 1.5 × booths. */
  applications?: number
  seed?: number
  /** Share of cooperatives (HTX + tổ hợp tác) among applicants; default 0.3. */
  cooperativeShare?: number
  rules?: RulesInput
}

const ZONES: Array<{ label: string; share: number }> = [
  { label: 'Khu Sản phẩm 5 sao', share: 0.05 },
  { label: 'Khu Trái cây', share: 0.15 },
  { label: 'Khu Gạo & nông sản', share: 0.1 },
  { label: 'Khu Nước mắm & gia vị', share: 0.1 },
  { label: 'Khu Bánh kẹo & đặc sản', share: 0.14 },
  { label: 'Khu Thủy sản & thực phẩm chế biến', share: 0.1 },
  { label: 'Khu Đồ uống', share: 0.1 },
  { label: 'Khu Dược liệu', share: 0.08 },
  { label: 'Khu Thủ công mỹ nghệ', share: 0.1 },
  { label: 'Khu Sinh vật cảnh', share: 0.03 },
  { label: 'Khu Sản phẩm mới', share: 0.05 },
]

interface Subgroup {
  id: string
  group: string
  zone: string
  weight: number
  /** Chance the producer needs cold storage. */
  cold: number
}

const SUBGROUPS: Subgroup[] = [
  { id: 'tp-trai-cay-tuoi', group: 'thuc-pham', zone: 'Khu Trái cây', weight: 12, cold: 0.35 },
  { id: 'tp-rau-cu', group: 'thuc-pham', zone: 'Khu Gạo & nông sản', weight: 4, cold: 0.2 },
  { id: 'tp-gao-ngu-coc', group: 'thuc-pham', zone: 'Khu Gạo & nông sản', weight: 7, cold: 0 },
  { id: 'tp-nuoc-mam', group: 'thuc-pham', zone: 'Khu Nước mắm & gia vị', weight: 6, cold: 0 },
  { id: 'tp-gia-vi-tuong', group: 'thuc-pham', zone: 'Khu Nước mắm & gia vị', weight: 4, cold: 0 },
  { id: 'tp-banh-keo', group: 'thuc-pham', zone: 'Khu Bánh kẹo & đặc sản', weight: 9, cold: 0 },
  { id: 'tp-trai-cay-say-mut', group: 'thuc-pham', zone: 'Khu Bánh kẹo & đặc sản', weight: 5, cold: 0 },
  { id: 'tp-thuy-san-che-bien', group: 'thuc-pham', zone: 'Khu Thủy sản & thực phẩm chế biến', weight: 7, cold: 0.4 },
  { id: 'tp-thit-che-bien', group: 'thuc-pham', zone: 'Khu Thủy sản & thực phẩm chế biến', weight: 3, cold: 0.5 },
  { id: 'du-ruou', group: 'do-uong', zone: 'Khu Đồ uống', weight: 5, cold: 0 },
  { id: 'du-tra-ca-phe', group: 'do-uong', zone: 'Khu Đồ uống', weight: 4, cold: 0 },
  { id: 'du-nuoc-giai-khat', group: 'do-uong', zone: 'Khu Đồ uống', weight: 4, cold: 0.3 },
  { id: 'dl-thuc-pham-chuc-nang', group: 'duoc-lieu', zone: 'Khu Dược liệu', weight: 5, cold: 0 },
  { id: 'dl-my-pham-tinh-dau', group: 'duoc-lieu', zone: 'Khu Dược liệu', weight: 4, cold: 0 },
  { id: 'tc-dan-lat', group: 'thu-cong-my-nghe', zone: 'Khu Thủ công mỹ nghệ', weight: 6, cold: 0 },
  { id: 'tc-det-may-go', group: 'thu-cong-my-nghe', zone: 'Khu Thủ công mỹ nghệ', weight: 4, cold: 0 },
  { id: 'sv-cay-canh', group: 'sinh-vat-canh', zone: 'Khu Sinh vật cảnh', weight: 3, cold: 0 },
]

/** Current provinces after the 2025 merger (Mekong Delta first) with a weight for how many exhibit. */
const PROVINCES: Array<{ id: string; weight: number }> = [
  { id: 'vinh-long', weight: 16 },
  { id: 'dong-thap', weight: 15 },
  { id: 'an-giang', weight: 14 },
  { id: 'can-tho', weight: 14 },
  { id: 'ca-mau', weight: 10 },
  { id: 'tay-ninh', weight: 8 },
  { id: 'tp-ho-chi-minh', weight: 6 },
  { id: 'lam-dong', weight: 4 },
  { id: 'dak-lak', weight: 3 },
  { id: 'ha-noi', weight: 3 },
  { id: 'khanh-hoa', weight: 2 },
  { id: 'gia-lai', weight: 2 },
]

export const GENERATED_BOOTH_TYPES = { TC: 'Tiêu chuẩn', CC: 'Cao cấp' } as const

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let r = rng.next() * items.reduce((sum, item) => sum + item.weight, 0)
  for (const item of items) {
    r -= item.weight
    if (r < 0) return item
  }
  return items[items.length - 1]
}

function generateBooths(rng: Rng, total: number): BoothInput[] {
  const booths: BoothInput[] = []
  const hallCount = Math.max(1, Math.ceil(total / 400))
  const rowLength = Math.min(16, Math.max(6, Math.round(Math.sqrt(total / 2))))
  const cut = ZONES.reduce<number[]>((acc, zone) => [...acc, (acc[acc.length - 1] ?? 0) + zone.share], [])
  let made = 0
  for (let h = 0; h < hallCount; h++) {
    const hallId = `hall-${String.fromCharCode(65 + h)}`
    const quota = Math.round(((h + 1) * total) / hallCount) - made
    let inHall = 0
    for (let row = 0; inHall < quota; row++) {
      // Two rows back to back form a block; 3 m aisles between blocks; every 4th row is premium.
      const premium = row % 4 === 3
      const width = premium ? 6 : 3
      const count = premium ? Math.max(2, Math.floor(rowLength / 2)) : rowLength
      const y = 4 + Math.floor(row / 2) * 9 + (row % 2) * 3
      for (let i = 0; i < count && inHall < quota; i++) {
        const position = (made + inHall) / total
        const zoneIndex = Math.min(ZONES.length - 1, cut.findIndex((c) => position < c - 1e-12))
        const zone = ZONES[zoneIndex < 0 ? ZONES.length - 1 : zoneIndex].label
        const coldZone = zone === 'Khu Trái cây' || zone === 'Khu Thủy sản & thực phẩm chế biến' || zone === 'Khu Đồ uống'
        const features: string[] = []
        if (i === 0 || i === count - 1) features.push('corner')
        if (rng.next() < 0.7) features.push('power')
        if (rng.next() < (coldZone ? 0.35 : 0.03)) features.push('cold')
        const code = `${String.fromCharCode(65 + h)}${String(row + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`
        booths.push({
          id: `booth-${code}`,
          code,
          hallId,
          typeCode: premium ? 'CC' : 'TC',
          zone,
          x: 3 + i * width,
          y,
          width,
          depth: 3,
          features,
        })
        inHall++
      }
    }
    made += inHall
  }
  return booths
}

function generateApplications(rng: Rng, count: number, cooperativeShare: number): ApplicationInput[] {
  const apps: ApplicationInput[] = []
  const byProvince = new Map<string, string[]>()
  const start = Date.UTC(2026, 8, 1)
  const zoneLabels = ZONES.map((z) => z.label)
  for (let i = 0; i < count; i++) {
    const id = `app-${String(i + 1).padStart(5, '0')}`
    const producerId = `producer-${String(i + 1).padStart(5, '0')}`
    const province = weighted(rng, PROVINCES).id
    const r = rng.next()
    const producerType: ProducerKind =
      r < cooperativeShare * 0.85
        ? 'COOPERATIVE'
        : r < cooperativeShare
          ? 'COOPERATIVE_GROUP'
          : r < cooperativeShare + (1 - cooperativeShare) * 0.35
            ? 'ENTERPRISE'
            : 'HOUSEHOLD'
    const main = weighted(rng, SUBGROUPS)
    const subgroupIds = [main.id]
    if (rng.next() < 0.25) {
      const sibling = rng.pick(SUBGROUPS.filter((s) => s.group === main.group))
      if (sibling.id !== main.id) subgroupIds.push(sibling.id)
    }
    const stars = rng.next() < 0.03 ? 5 : rng.next() < 0.26 ? 4 : 3
    const firstTime = rng.next() < 0.3
    const prefs: string[] = []
    if (rng.next() >= 0.05) {
      if (stars === 5 && rng.next() < 0.6) prefs.push('Khu Sản phẩm 5 sao')
      prefs.push(rng.next() < 0.85 ? main.zone : rng.pick(zoneLabels))
      if (firstTime && rng.next() < 0.4) prefs.push('Khu Sản phẩm mới')
      while (prefs.length < 3 && rng.next() < 0.7) prefs.push(rng.pick(zoneLabels))
    }
    const needs: BoothNeed[] = []
    if (rng.next() < 0.35) needs.push('power')
    if (rng.next() < main.cold) needs.push('cold')
    const wished: string[] = []
    const sameProvince = byProvince.get(province) ?? []
    if (rng.next() < 0.2 && apps.length > 0) {
      const n = 1 + rng.int(2)
      for (let w = 0; w < n; w++) {
        const other = rng.next() < 0.7 && sameProvince.length > 0 ? rng.pick(sameProvince) : apps[rng.int(apps.length)].producerId
        if (!wished.includes(other)) wished.push(other)
      }
    }
    const premium = rng.next() < (stars >= 4 ? 0.3 : 0.1)
    const countRoll = rng.next()
    apps.push({
      id,
      producerId,
      producerType,
      provinceId: province,
      productGroupIds: [main.group],
      subgroupIds,
      maxStars: stars,
      firstTimeExhibitor: firstTime,
      submittedAt: start + Math.floor(rng.next() * 30 * 24 * 3600 * 1000),
      boothTypeCode: premium ? 'CC' : 'TC',
      boothCount: countRoll < 0.8 ? 1 : countRoll < 0.98 ? 2 : 3,
      zonePreferences: [...new Set(prefs)],
      wishedNeighbourProducerIds: wished,
      needs,
    })
    if (byProvince.has(province)) byProvince.get(province)!.push(producerId)
    else byProvince.set(province, [producerId])
  }
  return apps
}

export function generateFair(options: GenerateOptions): AllocationInput {
  const seed = options.seed ?? 1
  const rng = createRng(seed * 7919 + options.booths)
  const booths = generateBooths(rng, options.booths)
  const applications = generateApplications(rng, options.applications ?? Math.round(options.booths * 1.5), options.cooperativeShare ?? 0.3)
  return { booths, applications, rules: { seed, ...options.rules }, boothTypeNames: { ...GENERATED_BOOTH_TYPES } }
}
