// Deterministic generator of a large, realistic OCOP catalogue for benchmarks (not demo data):
// Vietnamese product names with diacritics built from real product words, Mekong Delta places,
// 3/4/5-star mix close to the national one (≈74% / 25% / 1%).

export function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const BASES: Array<{ vi: string; en: string; group: string; unit: string; price: [number, number] }> = [
  { vi: 'Kẹo dừa', en: 'Coconut candy', group: '1', unit: 'hộp', price: [25000, 90000] },
  { vi: 'Bánh phồng', en: 'Puffed rice cake', group: '1', unit: 'gói', price: [20000, 60000] },
  { vi: 'Bưởi da xanh', en: 'Green-skin pomelo', group: '1', unit: 'kg', price: [35000, 80000] },
  { vi: 'Sầu riêng', en: 'Durian', group: '1', unit: 'kg', price: [80000, 250000] },
  { vi: 'Mật ong hoa dừa', en: 'Coconut flower honey', group: '1', unit: 'chai', price: [120000, 300000] },
  { vi: 'Thạch dừa', en: 'Coconut jelly', group: '1', unit: 'thùng', price: [150000, 400000] },
  { vi: 'Nước mắm', en: 'Fish sauce', group: '1', unit: 'chai', price: [40000, 180000] },
  { vi: 'Khô cá lóc', en: 'Dried snakehead fish', group: '1', unit: 'kg', price: [250000, 500000] },
  { vi: 'Gạo thơm', en: 'Fragrant rice', group: '1', unit: 'túi 5 kg', price: [90000, 220000] },
  { vi: 'Dứa sấy', en: 'Dried pineapple', group: '1', unit: 'gói', price: [30000, 90000] },
  { vi: 'Dưa lưới', en: 'Cantaloupe', group: '1', unit: 'kg', price: [40000, 90000] },
  { vi: 'Nấm rơm', en: 'Straw mushroom', group: '1', unit: 'kg', price: [60000, 150000] },
  { vi: 'Xoài cát Hòa Lộc', en: 'Hoa Loc mango', group: '1', unit: 'kg', price: [50000, 120000] },
  { vi: 'Chôm chôm', en: 'Rambutan', group: '1', unit: 'kg', price: [20000, 60000] },
  { vi: 'Trà mãng cầu', en: 'Soursop tea', group: '2', unit: 'hộp', price: [60000, 150000] },
  { vi: 'Rượu dừa', en: 'Coconut wine', group: '2', unit: 'chai', price: [80000, 250000] },
  { vi: 'Cà phê', en: 'Coffee', group: '2', unit: 'gói', price: [70000, 300000] },
  { vi: 'Tinh dầu sả', en: 'Lemongrass essential oil', group: '3', unit: 'chai', price: [50000, 200000] },
  { vi: 'Dầu dừa', en: 'Coconut oil', group: '3', unit: 'chai', price: [60000, 180000] },
  { vi: 'Chiếu cói', en: 'Sedge mat', group: '4', unit: 'chiếc', price: [90000, 400000] },
  { vi: 'Giỏ lục bình', en: 'Water hyacinth basket', group: '4', unit: 'chiếc', price: [50000, 300000] },
  { vi: 'Đũa tre', en: 'Bamboo chopsticks', group: '4', unit: 'bó', price: [20000, 80000] },
  { vi: 'Mai vàng', en: 'Yellow apricot blossom', group: '5', unit: 'chậu', price: [500000, 5000000] },
  { vi: 'Du lịch vườn dừa', en: 'Coconut garden tour', group: '6', unit: 'khách', price: [150000, 600000] },
]

export const QUALIFIERS = ['sữa', 'lá dứa', 'sầu riêng', 'đậu phộng', 'cacao', 'truyền thống', 'đặc biệt', 'hữu cơ', 'loại 1', 'cao cấp', 'sấy dẻo', 'nguyên chất', 'ít đường', 'gừng', 'sen', 'tươi']
export const PLACES = ['Bến Tre', 'Chợ Lách', 'Mỏ Cày', 'Cái Mơn', 'Sơn Đốc', 'Cao Lãnh', 'Sa Đéc', 'Phú Quốc', 'Cần Thơ', 'Sóc Trăng', 'Cà Mau', 'Long An', 'Tiền Giang', 'Trà Vinh', 'Vĩnh Long', 'Hậu Giang']
export const PROVINCES = [
  { id: '86', name: 'Vĩnh Long', former: { id: 'F83', name: 'Bến Tre' } },
  { id: '86', name: 'Vĩnh Long', former: { id: 'F84', name: 'Trà Vinh' } },
  { id: '87', name: 'Đồng Tháp', former: { id: 'F82', name: 'Tiền Giang' } },
  { id: '87', name: 'Đồng Tháp', former: null },
  { id: '92', name: 'Cần Thơ', former: { id: 'F94', name: 'Sóc Trăng' } },
  { id: '91', name: 'An Giang', former: { id: 'F91K', name: 'Kiên Giang' } },
  { id: '96', name: 'Cà Mau', former: { id: 'F95', name: 'Bạc Liêu' } },
  { id: '80', name: 'Tây Ninh', former: { id: 'F80', name: 'Long An' } },
]
export const TYPES = ['HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP'] as const
export const STANDARDS = ['VIETGAP', 'GLOBALGAP', 'HACCP', 'ISO_22000', 'ORGANIC', 'TRACEABILITY_QR'] as const

export interface GeneratedProduct {
  index: number
  nameVi: string
  nameEn: string
  groupId: string
  unit: string
  stars: number
  price: number
  moq: number
  producerIndex: number
  standards: string[]
  samples: boolean
}

export function generateProducts(count: number, producerCount: number, seed = 2026): GeneratedProduct[] {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const products: GeneratedProduct[] = []
  for (let index = 0; index < count; index++) {
    const base = pick(BASES)
    const qualifier = random() < 0.7 ? ` ${pick(QUALIFIERS)}` : ''
    const place = random() < 0.6 ? ` ${pick(PLACES)}` : ''
    const roll = random()
    const stars = roll < 0.74 ? 3 : roll < 0.99 ? 4 : 5
    const price = Math.round((base.price[0] + random() * (base.price[1] - base.price[0])) / 1000) * 1000
    products.push({
      index,
      nameVi: `${base.vi}${qualifier}${place}`,
      nameEn: base.en,
      groupId: base.group,
      unit: base.unit,
      stars,
      price,
      moq: pick([1, 5, 10, 20, 50, 100, 500]),
      producerIndex: Math.floor(random() * producerCount),
      standards: STANDARDS.filter(() => random() < 0.15),
      samples: random() < 0.4,
    })
  }
  return products
}

/** A realistic query mix: plain, without diacritics, with typos, English, with filters and facets. */
export function generateQueries(count: number, seed = 7): URLSearchParams[] {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  const typo = (text: string) => {
    const words = text.split(' ')
    const i = Math.floor(random() * words.length)
    const w = words[i]
    if (w.length > 2) words[i] = w.slice(0, 1) + w.slice(2) // drop a letter
    return words.join(' ')
  }
  const queries: URLSearchParams[] = []
  for (let i = 0; i < count; i++) {
    const base = pick(BASES)
    const kind = random()
    let q = base.vi.toLowerCase()
    if (kind < 0.35) q = fold(q)
    else if (kind < 0.5) q = typo(fold(q))
    else if (kind < 0.6) q = base.en.toLowerCase()
    else if (kind < 0.7) q = `${fold(q)} ${fold(pick(PLACES)).toLowerCase()}`
    const params = new URLSearchParams({ q })
    if (random() < 0.4) params.append('stars', String(pick([3, 4, 5])))
    if (random() < 0.3) params.append('province', pick(PROVINCES).id)
    if (random() < 0.15) params.append('standard', pick(STANDARDS))
    if (random() < 0.1) params.set('sort', pick(['price-asc', 'stars', 'newest']))
    queries.push(params)
  }
  return queries
}
