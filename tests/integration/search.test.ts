// Search against a real Meilisearch: diacritics, tones, typos, synonyms, former provinces, facets,
// freshness through the outbox worker, filter injection, and degraded mode when Meilisearch is away.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getMeili, indexUid, resetMeiliClient } from '../../search/client.server'
import { parseSearchState } from '../../search/query'
import { reindexAll } from '../../search/reindex.server'
import { searchProducers, searchProducts } from '../../search/search.server'
import { INDEXES } from '../../search/settings'
import { drainSearchOutbox } from '../../search/worker.server'
import { enqueueSearchUpdate } from '../../search/outbox.server'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'

const search = (query: string) => searchProducts(parseSearchState(new URLSearchParams(query)), prisma)
const names = async (query: string) => (await search(query)).hits.map((hit) => hit.nameVi)

let ids: Record<string, string> = {}

async function catalogue() {
  await prisma.administrativeUnit.createMany({
    data: [
      { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
      { id: '87', name: 'Đồng Tháp', slug: 'dong-thap', level: 'PROVINCE' },
      { id: 'F83', name: 'Bến Tre', slug: 'ben-tre', level: 'PROVINCE', validTo: new Date('2025-06-30'), successorId: '86' },
    ],
  })
  await prisma.productCategory.createMany({
    data: [
      { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' },
      { id: '4', level: 'GROUP', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong' },
    ],
  })
  const benTre = await prisma.producer.create({
    data: { slug: 'htx-dua-cho-lach', legalName: 'HTX Dừa Chợ Lách', type: 'COOPERATIVE', status: 'VERIFIED', provinceId: '86', formerProvinceId: 'F83' },
  })
  const dongThap = await prisma.producer.create({
    data: { slug: 'cong-ty-sa-dec', legalName: 'Công ty Nông sản Sa Đéc', type: 'ENTERPRISE', status: 'VERIFIED', provinceId: '87' },
  })
  const products: Array<[string, string, string | null, number, string, string]> = [
    ['keo', 'Kẹo dừa sáp Bến Tre', 'Waxy coconut candy', 4, benTre.id, '1'],
    ['dua-pineapple', 'Dứa sấy dẻo', 'Soft dried pineapple', 3, dongThap.id, '1'],
    ['dua-melon', 'Dưa lưới Sa Đéc', 'Cantaloupe', 3, dongThap.id, '1'],
    ['dua-chopsticks', 'Đũa tre Chợ Lách', 'Bamboo chopsticks', 3, benTre.id, '4'],
    ['dua-coconut', 'Dừa xiêm xanh', 'Green coconut', 5, benTre.id, '1'],
    ['nam-mushroom', 'Nấm rơm sấy khô', 'Dried straw mushroom', 3, dongThap.id, '1'],
    ['nam-year', 'Trà sen năm mới', 'Lotus tea', 4, dongThap.id, '1'],
    ['sau-rieng', 'Sầu riêng Ri6 Cái Mơn', 'Ri6 durian', 5, benTre.id, '1'],
  ]
  ids = {}
  for (const [key, nameVi, nameEn, stars, producerId, groupId] of products) {
    const product = await prisma.product.create({
      data: {
        slug: key, nameVi, nameEn, producerId, groupId, unit: 'kg', status: 'PUBLISHED', publishedAt: new Date(),
        standards: stars >= 4 ? ['HACCP'] : [],
        priceTiers: { create: [{ minQuantity: 10, priceVnd: 10000 * stars }] },
        certificates: {
          create: {
            producerId, stars, certificateNumber: `C-${key}`, decisionNumber: `D-${key}`, decisionDate: new Date('2025-01-10'),
            issuingLevel: stars === 5 ? 'CENTRAL' : 'PROVINCE', issuingAuthority: 'UBND tỉnh', issuedAt: new Date('2025-01-10'),
            expiresAt: key === 'dua-melon' ? new Date('2026-12-31') : new Date('2028-01-10'), status: 'VERIFIED',
          },
        },
      },
    })
    ids[key] = product.id
  }
}

beforeAll(async () => {
  await resetDatabase()
  await catalogue()
  await reindexAll(prisma)
})
afterEach(() => setNow(null))
afterAll(async () => {
  for (const name of Object.values(INDEXES)) await getMeili().deleteIndex(indexUid(name)).waitTask().catch(() => undefined)
})

describe('finding products however the buyer types', () => {
  it('matches without diacritics', async () => {
    expect(await names('q=keo+dua+ben+tre')).toEqual(['Kẹo dừa sáp Bến Tre'])
  })

  it('ranks the tone-exact word first when the buyer types tones', async () => {
    expect((await names('q=dứa'))[0]).toBe('Dứa sấy dẻo')
    expect((await names('q=dừa'))[0]).toMatch(/^(Kẹo dừa|Dừa xiêm)/)
    expect((await names('q=dưa'))[0]).toBe('Dưa lưới Sa Đéc')
    expect((await names('q=đũa'))[0]).toBe('Đũa tre Chợ Lách')
    expect((await names('q=nấm'))[0]).toBe('Nấm rơm sấy khô')
    expect((await names('q=năm'))[0]).toBe('Trà sen năm mới')
  })

  it('still finds every tone variant when typed without tones', async () => {
    const all = await names('q=dua')
    expect(all).toEqual(expect.arrayContaining(['Dứa sấy dẻo', 'Dưa lưới Sa Đéc', 'Đũa tre Chợ Lách', 'Dừa xiêm xanh']))
  })

  it('tolerates typos, also in short syllables', async () => {
    expect(await names('q=kep+dua')).toContain('Kẹo dừa sáp Bến Tre')
    expect(await names('q=sau+rieg+cai+mon')).toContain('Sầu riêng Ri6 Cái Mơn')
  })

  it('understands English and the synonyms', async () => {
    expect(await names('q=durian')).toContain('Sầu riêng Ri6 Cái Mơn')
    expect(await names('q=coconut+candy')).toContain('Kẹo dừa sáp Bến Tre')
  })

  it('finds Bến Tre products by the former province name and facet', async () => {
    expect(await names('q=ben+tre')).toEqual(expect.arrayContaining(['Đũa tre Chợ Lách', 'Sầu riêng Ri6 Cái Mơn']))
    const byFacet = await search('province=F83')
    expect(byFacet.hits.map((hit) => hit.nameVi).sort()).toEqual(['Dừa xiêm xanh', 'Kẹo dừa sáp Bến Tre', 'Sầu riêng Ri6 Cái Mơn', 'Đũa tre Chợ Lách'].sort())
  })
})

describe('facets and sorting', () => {
  it('counts facets disjunctively and combines filters', async () => {
    const result = await search('stars=4')
    expect(result.hits.every((hit) => hit.stars === 4)).toBe(true)
    expect(result.total).toBe(2)
    // The stars facet ignores its own selection so the other choices keep their counts.
    expect(result.facets.stars).toEqual({ '3': 4, '4': 2, '5': 2 })
    expect(result.facets.provinceIds).toEqual({ '86': 1, F83: 1, '87': 1 })
    const combined = await search('stars=4&stars=5&province=F83')
    expect(combined.hits.map((hit) => hit.nameVi).sort()).toEqual(['Dừa xiêm xanh', 'Kẹo dừa sáp Bến Tre', 'Sầu riêng Ri6 Cái Mơn'])
  })

  it('sorts by price', async () => {
    const prices = (await search('sort=price-desc')).hits.map((hit) => hit.priceMin!)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
  })

  it('builds filters only from typed values: injection attempts allow nothing more', async () => {
    const attempts = ['group=1")+OR+(stars+%3D+3', 'province=86"+OR+stars+>+0', 'stars=4+OR+stars+%3D+3', 'type=COOPERATIVE)+OR+(type+%3D+ENTERPRISE']
    for (const attempt of attempts) {
      const result = await search(`stars=4&${attempt}`)
      expect(result.hits.every((hit) => hit.stars === 4)).toBe(true)
    }
    const typeAttempt = await search('type=COOPERATIVE)+OR+(type+%3D+ENTERPRISE&type=COOPERATIVE')
    expect(typeAttempt.hits.every((hit) => ['Kẹo dừa sáp Bến Tre', 'Đũa tre Chợ Lách', 'Dừa xiêm xanh', 'Sầu riêng Ri6 Cái Mơn'].includes(hit.nameVi))).toBe(true)
  })

  it('lists producers in their own tab', async () => {
    const producers = await searchProducers(parseSearchState(new URLSearchParams('tab=producers&q=cho+lach')))
    expect(producers.hits.map((hit) => hit.name)).toEqual(['HTX Dừa Chợ Lách'])
  })
})

describe('freshness', () => {
  it('drops a product as soon as its certificate expires', async () => {
    expect(await names('q=dua+luoi')).toEqual(['Dưa lưới Sa Đéc'])
    setNow(new Date('2026-12-31T17:01:00Z')) // 00:01 on 1 Jan 2027 in Vietnam
    expect(await names('q=dua+luoi')).toEqual([])
  })

  it('removes an unpublished product once the outbox is drained', async () => {
    await prisma.$transaction(async (tx) => {
      await tx.product.update({ where: { id: ids['nam-year'] }, data: { status: 'ARCHIVED' } })
      await enqueueSearchUpdate(tx, 'PRODUCT', ids['nam-year'])
    })
    expect(await drainSearchOutbox(prisma)).toMatchObject({ processed: 1, failed: 0 })
    expect(await names('q=tra+sen')).toEqual([])
  })
})

describe('when Meilisearch is unreachable', () => {
  it('falls back to PostgreSQL, keeps writes working, and catches up when it returns', async () => {
    const realHost = process.env.MEILI_HOST
    process.env.MEILI_HOST = 'http://127.0.0.1:9' // nothing listens there
    resetMeiliClient()
    try {
      const degraded = await search('q=nam+rom')
      expect(degraded.mode).toBe('degraded')
      expect(degraded.hits.map((hit) => hit.nameVi)).toEqual(['Nấm rơm sấy khô'])

      await prisma.$transaction(async (tx) => {
        await tx.product.update({ where: { id: ids['nam-mushroom'] }, data: { nameVi: 'Nấm rơm sấy giòn' } })
        await enqueueSearchUpdate(tx, 'PRODUCT', ids['nam-mushroom'])
      })
      expect(await drainSearchOutbox(prisma)).toMatchObject({ processed: 0, failed: 1 })
      expect((await prisma.product.findUniqueOrThrow({ where: { id: ids['nam-mushroom'] } })).nameVi).toBe('Nấm rơm sấy giòn')
    } finally {
      process.env.MEILI_HOST = realHost
      resetMeiliClient()
    }
    // The failed row waits for its back-off; let it be due now.
    await prisma.searchOutbox.updateMany({ where: { processedAt: null }, data: { availableAt: new Date(0) } })
    expect(await drainSearchOutbox(prisma)).toMatchObject({ processed: 1 })
    const result = await search('q=nam+rom+say+gion')
    expect(result.mode).toBe('search')
    expect(result.hits.map((hit) => hit.nameVi)).toEqual(['Nấm rơm sấy giòn'])
  })
})
