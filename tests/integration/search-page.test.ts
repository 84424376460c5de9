// The /tim-kiem page loader and the /resources/search route on a real Meilisearch: names for the
// facet ids, one canonical URL per search, suggestions for empty results, the same data from both
// entry points, and the degraded mode of both tabs when Meilisearch is away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loader as resourceLoader } from '~/routes/resources+/search'
import { loader as pageLoader } from '~/routes/tim-kiem'
import { getMeili, indexUid, resetMeiliClient } from '../../search/client.server'
import { resetFacetLabels } from '../../search/labels.server'
import { reindexAll } from '../../search/reindex.server'
import { INDEXES } from '../../search/settings'
import { prisma, resetDatabase } from '../helpers/db'

const args = (url: string) => ({ request: new Request(`http://127.0.0.1${url}`), params: {}, context: {} })
const page = (url: string) => pageLoader(args(url)) as ReturnType<typeof pageLoader>
const products = async (url: string) => {
  const { result } = await page(url)
  if (result.tab !== 'products') throw new Error('expected the products tab')
  return result
}

beforeAll(async () => {
  await resetDatabase()
  resetFacetLabels()
  await prisma.administrativeUnit.createMany({
    data: [
      { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
      { id: '87', name: 'Đồng Tháp', slug: 'dong-thap', level: 'PROVINCE' },
      { id: 'F83', name: 'Bến Tre', slug: 'ben-tre', level: 'PROVINCE', validTo: new Date('2025-06-30'), successorId: '86' },
    ],
  })
  await prisma.productCategory.createMany({
    data: [
      { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham', position: 1 },
      { id: '4', level: 'GROUP', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong', position: 4 },
      { id: '1.1', level: 'CATEGORY', nameVi: 'Nông sản tươi sống', nameEn: 'Fresh produce', slug: 'nong-san', parentId: '1' },
    ],
  })
  const coop = await prisma.producer.create({
    data: { slug: 'htx-dua-cho-lach', legalName: 'Hợp tác xã Dừa Chợ Lách', type: 'COOPERATIVE', status: 'VERIFIED', provinceId: '86', formerProvinceId: 'F83' },
  })
  const company = await prisma.producer.create({
    data: { slug: 'cong-ty-sa-dec', legalName: 'Công ty Nông sản Sa Đéc', type: 'ENTERPRISE', status: 'VERIFIED', provinceId: '87' },
  })
  const rows: Array<[string, string, number, string, string, number]> = [
    ['keo-dua-sap', 'Kẹo dừa sáp Bến Tre', 4, coop.id, '1', 30000],
    ['keo-dua-sua', 'Kẹo dừa sữa lá dứa', 3, coop.id, '1', 25000],
    ['dua-tre', 'Đũa tre Chợ Lách', 3, coop.id, '4', 20000],
    ['nam-rom', 'Nấm rơm sấy khô', 4, company.id, '1', 90000],
    ['gao-thom', 'Gạo thơm ST25', 3, company.id, '1', 150000],
  ]
  for (const [slug, nameVi, stars, producerId, groupId, priceVnd] of rows) {
    await prisma.product.create({
      data: {
        slug, nameVi, producerId, groupId, unit: 'hộp', status: 'PUBLISHED', publishedAt: new Date('2026-10-01'), minOrderQuantity: 50,
        priceTiers: { create: [{ minQuantity: 50, priceVnd }] },
        certificates: {
          create: {
            producerId, stars, certificateNumber: `C-${slug}`, decisionNumber: `D-${slug}`, decisionDate: new Date('2025-01-10'),
            issuingLevel: 'PROVINCE', issuingAuthority: 'UBND tỉnh', issuedAt: new Date('2025-01-10'), expiresAt: new Date('2028-01-10'), status: 'VERIFIED',
          },
        },
      },
    })
  }
  await reindexAll(prisma)
})

afterAll(async () => {
  for (const name of Object.values(INDEXES)) await getMeili().deleteIndex(indexUid(name)).waitTask().catch(() => undefined)
})

describe('the search page loader', () => {
  it('names the facet values: product groups, current and former provinces', async () => {
    const { labels, state } = await page('/tim-kiem?q=keo+dua')
    expect(state.q).toBe('keo dua')
    expect(labels.groups).toEqual([
      { id: '1', nameVi: 'Thực phẩm', nameEn: 'Food' },
      { id: '4', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts' },
    ])
    expect(labels.provinces).toEqual(
      expect.arrayContaining([
        { id: 'F83', name: 'Bến Tre', former: true },
        { id: '86', name: 'Vĩnh Long', former: false },
      ]),
    )
  })

  it('searches with combined facets and counts each facet without its own selection', async () => {
    const result = await products('/tim-kiem?q=keo+dua&province=F83&stars=4')
    expect(result.products.hits.map((hit) => hit.nameVi)).toEqual(['Kẹo dừa sáp Bến Tre'])
    expect(result.products.total).toBe(1)
    expect(result.products.facets.stars).toEqual({ '3': 1, '4': 1 })
    expect(result.products.facets.provinceIds).toEqual({ '86': 1, F83: 1 })
    expect(result.suggestions).toBeNull()
  })

  it('counts the facets of a toned query over every match, as the same words typed without tones', async () => {
    for (const filters of ['', '&stars=3', '&group=1&stars=3']) {
      const toned = await products(`/tim-kiem?q=d%E1%BB%A9a${filters}`) // "dứa": tone-aware ranking
      const plain = await products(`/tim-kiem?q=dua${filters}`)
      expect(toned.products.toneAware).toBe(true)
      expect(plain.products.toneAware).toBe(false)
      expect(toned.products.facets).toEqual(plain.products.facets)
      expect(toned.products.total).toBe(plain.products.total)
    }
    const toned = await products('/tim-kiem?q=d%E1%BB%A9a')
    expect(toned.products.hits[0].nameVi).toBe('Kẹo dừa sữa lá dứa')
    expect(toned.products.facets.stars).toEqual({ '3': 2, '4': 1 })
  })

  it('does not take "thơm" (fragrant) for pineapple when the buyer looks for coconut', async () => {
    for (const q of ['d%E1%BB%ABa', 'dua', 'd%E1%BB%A9a']) {
      const result = await products(`/tim-kiem?q=${q}`)
      expect(result.products.hits.map((hit) => hit.nameVi)).not.toContain('Gạo thơm ST25')
    }
    expect((await products('/tim-kiem?q=gao+thom')).products.hits.map((hit) => hit.nameVi)).toEqual(['Gạo thơm ST25'])
  })

  it('sends a raw form submission to the canonical address of the same search', async () => {
    const thrown = await page('/tim-kiem?tab=products&q=keo+dua&priceMin=&priceMax=&moqMax=&stars=4&sort=relevance').catch((error) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect(thrown.status).toBe(302)
    expect(thrown.headers.get('Location')).toBe('/tim-kiem?q=keo+dua&stars=4')
    // Values that fail validation are dropped rather than kept in the address.
    const invalid = await page('/tim-kiem?q=dua&stars=9&province=%22%20OR%201%3D1&page=0').catch((error) => error)
    expect(invalid.headers.get('Location')).toBe('/tim-kiem?q=dua')
    // The canonical address itself renders.
    expect((await products('/tim-kiem?q=keo+dua&stars=4')).products.total).toBe(1)
  })

  it('suggests dropping the most restrictive filter when nothing matches', async () => {
    const result = await products('/tim-kiem?q=keo+dua&group=4&stars=4')
    expect(result.products.total).toBe(0)
    // Without the group: the 4-star candy; without the stars: nothing (no handicraft candy).
    expect(result.suggestions).toEqual({ removeFilter: { key: 'group', count: 1 }, query: null, withoutFilters: 2 })
  })

  it('suggests a shorter query and the query without tones', async () => {
    const stray = await products('/tim-kiem?q=keo+dua+zzqx')
    expect(stray.suggestions?.query).toEqual({ q: 'keo dua', count: 2 })
    expect(stray.suggestions?.withoutFilters).toBeNull()
    const toned = await products('/tim-kiem?q=k%E1%BA%B9o+d%E1%BB%ABa+zzqx') // "kẹo dừa zzqx"
    // Tones removed ("keo dua zzqx") still finds nothing here, so the shorter query wins.
    expect(toned.suggestions?.query).toEqual({ q: 'kẹo dừa', count: 2 })
  })

  it('lists producers in their own tab', async () => {
    const { result } = await page('/tim-kiem?q=hop+tac+xa&tab=producers')
    expect(result.tab).toBe('producers')
    if (result.tab !== 'producers') return
    expect(result.producers.mode).toBe('search')
    expect(result.producers.hits[0]).toMatchObject({ slug: 'htx-dua-cho-lach', type: 'COOPERATIVE', productCount: 3, maxStars: 4, provinceNames: ['Vĩnh Long', 'Bến Tre'] })
  })
})

describe('the instant-search resource route', () => {
  it('answers the same data as the page, as JSON that is never cached', async () => {
    const response = await resourceLoader(args('/resources/search?q=keo+dua&province=F83&stars=4'))
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const body = await response.json()
    const { result } = await page('/tim-kiem?q=keo+dua&province=F83&stars=4')
    expect({ ...body, products: { ...body.products, processingTimeMs: 0 } }).toEqual(
      JSON.parse(JSON.stringify({ ...result, products: { ...(result.tab === 'products' ? result.products : {}), processingTimeMs: 0 } })),
    )
  })

  it('marks highlights with control characters, never with HTML', async () => {
    const body = await (await resourceLoader(args('/resources/search?q=keo+dua+sap'))).json()
    expect(body.products.hits[0].highlightedName).toBe('\u0002Kẹo\u0003 \u0002dừa\u0003 \u0002sáp\u0003 Bến Tre')
    expect(JSON.stringify(body)).not.toMatch(/<em>|<mark>/)
  })
})

describe('when Meilisearch is unreachable', () => {
  it('both tabs fall back to PostgreSQL and say so, without suggestions that would need the engine', async () => {
    const realHost = process.env.MEILI_HOST
    process.env.MEILI_HOST = 'http://127.0.0.1:9' // nothing listens there
    resetMeiliClient()
    try {
      const degraded = await products('/tim-kiem?q=keo+dua')
      expect(degraded.products.mode).toBe('degraded')
      expect(degraded.products.hits.map((hit) => hit.nameVi).sort()).toEqual(['Kẹo dừa sáp Bến Tre', 'Kẹo dừa sữa lá dứa'])
      expect(degraded.suggestions).toBeNull()
      const empty = await products('/tim-kiem?q=zzqx')
      expect(empty.products.mode).toBe('degraded')
      expect(empty.suggestions).toBeNull()

      const { result } = await page('/tim-kiem?q=dua+cho+lach&tab=producers')
      if (result.tab !== 'producers') throw new Error('expected the producers tab')
      expect(result.producers.mode).toBe('degraded')
      expect(result.producers.hits).toMatchObject([{ slug: 'htx-dua-cho-lach', productCount: 3, provinceNames: ['Vĩnh Long', 'Bến Tre'] }])
    } finally {
      process.env.MEILI_HOST = realHost
      resetMeiliClient()
    }
  })
})
