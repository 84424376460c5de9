// Runs a buyer's search. Meilisearch answers; if it is unreachable we fall back to a plain
// PostgreSQL query over names and say so (reduced results). Facet counts are disjunctive: the
// counts of a facet ignore that facet's own selection, so ticking "4 sao" still shows how many
// 3- and 5-star products there are, and every count is the number a click would return.
import type { MultiSearchQuery, MultiSearchQueryWithFederation } from 'meilisearch'
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { getMeili, indexUid } from './client.server'
import type { ProducerDocument, ProductDocument } from './documents.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from './highlight'
import { buildProductFilter, PAGE_SIZE, sortFor, type SearchState } from './query'
import { INDEXES } from './settings'
import { foldDiacritics, hasVietnameseMarks, toTelex } from './vietnamese'

export const FACETS = ['groupId', 'provinceIds', 'stars', 'producerType', 'standards', 'samplesAvailable'] as const
type FacetName = (typeof FACETS)[number]
const FACET_STATE_KEY: Partial<Record<FacetName, keyof SearchState>> = {
  groupId: 'group',
  provinceIds: 'province',
  stars: 'stars',
  producerType: 'type',
  standards: 'standard',
}

// Highlights are marked with control characters; the UI renders <mark> itself (search/highlight.ts).
export { HIGHLIGHT_END, HIGHLIGHT_START, highlightParts } from './highlight'

export type ProductHit = Pick<
  ProductDocument,
  'id' | 'slug' | 'nameVi' | 'nameEn' | 'producerName' | 'producerSlug' | 'provinceName' | 'formerProvinceName' | 'stars' | 'priceMin' | 'unit' | 'moq' | 'coverImage' | 'samplesAvailable' | 'standards'
> & { highlightedName: string }

export interface ProductSearchResult {
  mode: 'search' | 'degraded'
  hits: ProductHit[]
  total: number
  page: number
  pageCount: number
  facets: Record<FacetName, Record<string, number>>
  priceStats: { min: number; max: number } | null
  processingTimeMs: number
  toneAware: boolean
}

const RETRIEVE = [
  'id', 'slug', 'nameVi', 'nameEn', 'producerName', 'producerSlug', 'provinceName', 'formerProvinceName',
  'stars', 'priceMin', 'unit', 'moq', 'coverImage', 'samplesAvailable', 'standards',
]

function toHit(hit: Record<string, any>): ProductHit {
  const picked = Object.fromEntries(RETRIEVE.map((key) => [key, hit[key] ?? null])) as ProductHit
  return { ...picked, highlightedName: hit._formatted?.nameVi ?? hit.nameVi }
}

export async function searchProducts(state: SearchState, prisma: PrismaClient): Promise<ProductSearchResult> {
  try {
    return await searchProductsInMeili(state)
  } catch (error) {
    if (process.env.NODE_ENV !== 'test') console.warn(`Search degraded: ${error instanceof Error ? error.message : error}`)
    return searchProductsInPostgres(state, prisma)
  }
}

async function searchProductsInMeili(state: SearchState): Promise<ProductSearchResult> {
  const meili = getMeili()
  const index = indexUid(INDEXES.products)
  const nowSeconds = now().getTime() / 1000
  const filter = buildProductFilter(state, nowSeconds)
  const offset = (state.page - 1) * PAGE_SIZE
  const common = {
    indexUid: index,
    // 'all' keeps facet counts honest: with 'last', "keo dua" counted every product with "keo".
    matchingStrategy: 'all' as const,
    filter,
  }
  const display = {
    attributesToRetrieve: RETRIEVE,
    attributesToHighlight: ['nameVi'],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  }

  // One facet query per facet with a selection (its own selection removed). The facets without a
  // selection use the full filter, so they ride on the hit query itself when it is a plain one.
  const selected = FACETS.filter((facet) => {
    const key = FACET_STATE_KEY[facet]
    return key && (state[key] as unknown[]).length > 0
  })
  const unselected = FACETS.filter((facet) => !selected.includes(facet))
  const perFacetQueries: MultiSearchQuery[] = selected.map((facet) => ({
    ...common,
    q: state.q,
    limit: 0,
    facets: [facet],
    filter: buildProductFilter(state, nowSeconds, FACET_STATE_KEY[facet]),
  }))

  const toneAware = state.q !== '' && state.sort === 'relevance' && hasVietnameseMarks(state.q)
  const started = Date.now()
  type FacetSource = { facetDistribution?: Record<string, Record<string, number>>; facetStats?: Record<string, { min: number; max: number }> }
  const searchHits = async (): Promise<{ hits: ProductHit[]; total: number; rest: FacetSource }> => {
    if (toneAware) {
      // The buyer typed tones: search the Telex tone form too and weigh its matches up, so "dứa"
      // (pineapple) ranks before "dừa", "dưa" and "đũa" while all of them still match.
      const queries: MultiSearchQueryWithFederation[] = [
        { ...common, q: toTelex(state.q), attributesToSearchOn: ['nameTone'], federationOptions: { weight: 2 }, ...display },
        { ...common, q: state.q, federationOptions: { weight: 1 }, ...display },
      ]
      // The plain query matches a superset of the tone query, so the facets of the federated union
      // are those of the plain query: the unselected facets come with the hits in one request.
      const federated = await meili.multiSearch({ federation: { limit: PAGE_SIZE, offset, facetsByIndex: { [index]: [...unselected] } }, queries })
      const merged = federated.facetsByIndex?.[index]
      return { hits: federated.hits.map(toHit), total: federated.estimatedTotalHits ?? federated.hits.length, rest: { facetDistribution: merged?.distribution, facetStats: merged?.stats } }
    }
    const main = await meili
      .index(index)
      .search(state.q, { matchingStrategy: common.matchingStrategy, filter, limit: PAGE_SIZE, offset, sort: sortFor(state), facets: [...unselected], ...display })
    return { hits: main.hits.map(toHit), total: main.estimatedTotalHits ?? main.hits.length, rest: main }
  }
  // The selected facets' own counts go in a second request, in parallel with the hits: Meilisearch
  // answers concurrent requests on separate threads, the queries of one multi-search in turn.
  const [found, perFacetResponse] = await Promise.all([
    searchHits(),
    perFacetQueries.length ? meili.multiSearch({ queries: perFacetQueries }) : Promise.resolve({ results: [] }),
  ])
  const { hits, rest } = found
  let total = found.total
  const perFacet = perFacetResponse.results
  // The facet queries see the same matches as the hit query (minus a facet's own filter), so
  // the unfiltered count is exact where estimatedTotalHits may round.
  total = Math.max(total, 0)
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as ProductSearchResult['facets']
  for (const facet of unselected) facets[facet] = rest.facetDistribution?.[facet] ?? {}
  selected.forEach((facet, i) => (facets[facet] = perFacet[i].facetDistribution?.[facet] ?? {}))
  const stats = rest.facetStats?.priceMin ?? null
  return {
    mode: 'search',
    hits,
    total,
    page: state.page,
    pageCount: Math.max(1, Math.ceil(Math.min(total, 1000) / PAGE_SIZE)),
    facets,
    priceStats: stats ? { min: stats.min, max: stats.max } : null,
    processingTimeMs: Date.now() - started,
    toneAware,
  }
}

const VIETNAMESE_ACCENTED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'
const VIETNAMESE_PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'

/** Degraded mode: names only, diacritics folded in SQL, first page of newest matches. */
async function searchProductsInPostgres(state: SearchState, prisma: PrismaClient): Promise<ProductSearchResult> {
  const started = Date.now()
  const pattern = `%${foldDiacritics(state.q).replace(/[%_\\]/g, (c) => `\\${c}`)}%`
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT p."id" FROM "Product" p JOIN "Producer" pr ON pr."id" = p."producerId"
    WHERE p."status" = 'PUBLISHED' AND pr."status" = 'VERIFIED'
      AND (translate(lower(p."nameVi"), ${VIETNAMESE_ACCENTED}, ${VIETNAMESE_PLAIN}) LIKE ${pattern}
           OR lower(coalesce(p."nameEn", '')) LIKE ${pattern})
    ORDER BY p."publishedAt" DESC NULLS LAST, p."id"
    LIMIT ${PAGE_SIZE} OFFSET ${(state.page - 1) * PAGE_SIZE}`
  const { productDocumentsFor } = await import('./documents.server')
  const { documents } = await productDocumentsFor(prisma, rows.map((row) => row.id), now())
  const order = new Map(rows.map((row, i) => [row.id, i]))
  documents.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  return {
    mode: 'degraded',
    hits: documents.map((doc) => toHit(doc)),
    total: documents.length,
    page: state.page,
    pageCount: documents.length === PAGE_SIZE ? state.page + 1 : state.page,
    facets: Object.fromEntries(FACETS.map((facet) => [facet, {}])) as ProductSearchResult['facets'],
    priceStats: null,
    processingTimeMs: Date.now() - started,
    toneAware: false,
  }
}

export async function searchProducers(state: SearchState) {
  const meili = getMeili()
  const filter: string[][] = []
  const escape = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  if (state.type.length) filter.push(state.type.map((type) => `type = ${escape(type)}`))
  if (state.province.length) filter.push(state.province.map((id) => `provinceIds = ${escape(id)}`))
  const response = await meili.index<ProducerDocument>(indexUid(INDEXES.producers)).search(state.q, {
    filter,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
    matchingStrategy: 'all',
    facets: ['type', 'provinceIds'],
  })
  return { hits: response.hits, total: response.estimatedTotalHits ?? response.hits.length, facets: response.facetDistribution ?? {} }
}
