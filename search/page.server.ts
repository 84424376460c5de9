// What the search page shows for a URL state, shared by the page loader (first render, no
// JavaScript) and the /resources/search route (instant results), so both always agree.
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { getMeili, indexUid } from './client.server'
import { FILTER_KEYS, isFilterActive, withoutAllFilters, withoutFilter, type FilterKey } from './filters'
import { buildProductFilter, PAGE_SIZE, type SearchState } from './query'
import { searchProducers, searchProducts, type ProductSearchResult } from './search.server'
import { INDEXES } from './settings'
import { foldDiacritics, hasVietnameseMarks } from './vietnamese'

export interface Suggestions {
  /** The filter whose removal brings back the most products (the most restrictive one). */
  removeFilter: { key: FilterKey; count: number } | null
  /** Another way to write the query (tones removed, fewer words) that finds something. */
  query: { q: string; count: number } | null
  /** How many products match the query without any filter (null when no filter is active). */
  withoutFilters: number | null
}

export type ProducerHit = {
  id: string
  slug: string
  name: string
  tradeName: string | null
  type: string
  provinceNames: string[]
  productCount: number
  maxStars: number
  logoPath: string | null
}

export interface ProducerSearchResult {
  mode: 'search' | 'degraded'
  hits: ProducerHit[]
  total: number
  page: number
  pageCount: number
  facets: { type: Record<string, number>; provinceIds: Record<string, number> }
}

export type SearchPageResult =
  | { tab: 'products'; state: SearchState; products: ProductSearchResult; suggestions: Suggestions | null }
  | { tab: 'producers'; state: SearchState; producers: ProducerSearchResult }

export async function runSearch(state: SearchState, prisma: PrismaClient): Promise<SearchPageResult> {
  if (state.tab === 'producers') return { tab: 'producers', state, producers: await producerResults(state, prisma) }
  const products = await searchProducts(state, prisma)
  const suggestions = products.total === 0 && products.mode === 'search' ? await suggestAlternatives(state).catch(() => null) : null
  return { tab: 'products', state, products, suggestions }
}

/** Alternative queries for an empty result, counted in one multi-search round trip. */
export async function suggestAlternatives(state: SearchState): Promise<Suggestions> {
  const filterKeys = FILTER_KEYS.filter((key) => isFilterActive(state, key))
  const queries = new Set<string>()
  if (hasVietnameseMarks(state.q)) queries.add(foldDiacritics(state.q))
  // Drop words from the end: with every word required, one stray word empties the list.
  const words = state.q.split(/\s+/).filter(Boolean)
  for (let n = words.length - 1; n >= Math.max(1, words.length - 2); n--) queries.add(words.slice(0, n).join(' '))
  queries.delete(state.q)

  const candidates: Array<{ kind: 'filter'; key: FilterKey; state: SearchState } | { kind: 'query'; q: string; state: SearchState } | { kind: 'all'; state: SearchState }> = [
    ...filterKeys.map((key) => ({ kind: 'filter' as const, key, state: withoutFilter(state, key) })),
    ...[...queries].map((q) => ({ kind: 'query' as const, q, state: { ...state, q } })),
    ...(filterKeys.length ? [{ kind: 'all' as const, state: withoutAllFilters(state) }] : []),
  ]
  const suggestions: Suggestions = { removeFilter: null, query: null, withoutFilters: null }
  if (candidates.length === 0) return suggestions
  const nowSeconds = now().getTime() / 1000
  const queriesFor = (list: typeof candidates) =>
    list.map((candidate) => ({
      indexUid: indexUid(INDEXES.products),
      q: candidate.state.q,
      filter: buildProductFilter(candidate.state, nowSeconds),
      matchingStrategy: 'all' as const,
      limit: 0,
    }))
  // Two requests in parallel: Meilisearch runs the queries of one multi-search one after another.
  const half = Math.ceil(candidates.length / 2)
  const responses = await Promise.all(
    [candidates.slice(0, half), candidates.slice(half)].filter((part) => part.length).map((part) => getMeili().multiSearch({ queries: queriesFor(part) })),
  )
  const results = responses.flatMap((response) => response.results)
  candidates.forEach((candidate, i) => {
    const count = results[i].estimatedTotalHits ?? 0
    if (candidate.kind === 'filter' && count > 0 && count > (suggestions.removeFilter?.count ?? 0)) {
      suggestions.removeFilter = { key: candidate.key, count }
    } else if (candidate.kind === 'query' && count > 0 && !suggestions.query) {
      suggestions.query = { q: candidate.q, count }
    } else if (candidate.kind === 'all') {
      suggestions.withoutFilters = count
    }
  })
  return suggestions
}

function toProducerHit(hit: Record<string, any>): ProducerHit {
  return {
    id: hit.id,
    slug: hit.slug,
    name: hit.name,
    tradeName: hit.tradeName ?? null,
    type: hit.type,
    provinceNames: hit.provinceNames ?? [],
    productCount: hit.productCount ?? 0,
    maxStars: hit.maxStars ?? 0,
    logoPath: hit.logoPath ?? null,
  }
}

async function producerResults(state: SearchState, prisma: PrismaClient): Promise<ProducerSearchResult> {
  try {
    const { hits, total, facets } = await searchProducers(state)
    return {
      mode: 'search',
      hits: hits.map(toProducerHit),
      total,
      page: state.page,
      pageCount: Math.max(1, Math.ceil(Math.min(total, 1000) / PAGE_SIZE)),
      facets: { type: facets.type ?? {}, provinceIds: facets.provinceIds ?? {} },
    }
  } catch (error) {
    if (process.env.NODE_ENV !== 'test') console.warn(`Producer search degraded: ${error instanceof Error ? error.message : error}`)
    return producersInPostgres(state, prisma)
  }
}

/** Degraded mode for the producers tab: verified producers by name, as the product fallback does. */
async function producersInPostgres(state: SearchState, prisma: PrismaClient): Promise<ProducerSearchResult> {
  const needle = foldDiacritics(state.q)
  const rows = await prisma.producer.findMany({
    where: { status: 'VERIFIED' },
    select: {
      id: true, slug: true, legalName: true, tradeName: true, type: true, logoPath: true,
      province: { select: { name: true } },
      formerProvince: { select: { name: true } },
      _count: { select: { products: { where: { status: 'PUBLISHED' } } } },
    },
    orderBy: { legalName: 'asc' },
  })
  const matches = rows.filter((row) => !needle || foldDiacritics(`${row.legalName} ${row.tradeName ?? ''}`).includes(needle))
  const start = (state.page - 1) * PAGE_SIZE
  return {
    mode: 'degraded',
    hits: matches.slice(start, start + PAGE_SIZE).map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.legalName,
      tradeName: row.tradeName,
      type: row.type,
      provinceNames: [row.province?.name, row.formerProvince?.name].filter((name): name is string => Boolean(name)),
      productCount: row._count.products,
      maxStars: 0,
      logoPath: row.logoPath,
    })),
    total: matches.length,
    page: state.page,
    pageCount: Math.max(1, Math.ceil(matches.length / PAGE_SIZE)),
    facets: { type: {}, provinceIds: {} },
  }
}
