// The search page's state, parsed from the URL into typed values. Filters for Meilisearch are
// built only from these validated values (ids match a strict pattern, enums are closed lists),
// never by pasting user text into a filter string. Client-safe: the UI builds links with it.
import { z } from 'zod'

export const SORTS = ['relevance', 'stars', 'price-asc', 'price-desc', 'newest'] as const
export const PRODUCER_TYPE_VALUES = ['HOUSEHOLD', 'ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP'] as const
export const STANDARD_VALUES = ['VIETGAP', 'GLOBALGAP', 'HACCP', 'ISO_22000', 'ISO_9001', 'ORGANIC', 'TRACEABILITY_QR', 'HALAL'] as const
export const PAGE_SIZE = 20
export const MAX_PAGE = 50

const id = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/)
const list = <T extends z.ZodTypeAny>(schema: T) => z.array(z.string()).transform((values) => values.flatMap((v) => {
  const parsed = schema.safeParse(v)
  return parsed.success ? [parsed.data as z.infer<T>] : []
}))
const optionalInt = z
  .string()
  .optional()
  .transform((value) => {
    if (!value) return undefined
    const number = Number(value.replace(/[.\s]/g, ''))
    return Number.isInteger(number) && number >= 0 ? number : undefined
  })

export const SearchStateSchema = z.object({
  q: z.string().default('').transform((value) => value.trim().slice(0, 120)),
  tab: z.enum(['products', 'producers']).catch('products'),
  group: list(id),
  province: list(id),
  stars: list(z.coerce.number().int().min(3).max(5)),
  type: list(z.enum(PRODUCER_TYPE_VALUES)),
  standard: list(z.enum(STANDARD_VALUES)),
  priceMin: optionalInt,
  priceMax: optionalInt,
  moqMax: optionalInt,
  samples: z.string().optional().transform((value) => value === '1' || value === 'on'),
  sort: z.enum(SORTS).catch('relevance'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
})

export type SearchState = z.infer<typeof SearchStateSchema>

export function parseSearchState(params: URLSearchParams): SearchState {
  return SearchStateSchema.parse({
    q: params.get('q') ?? '',
    tab: params.get('tab') ?? 'products',
    group: params.getAll('group'),
    province: params.getAll('province'),
    stars: params.getAll('stars'),
    type: params.getAll('type'),
    standard: params.getAll('standard'),
    priceMin: params.get('priceMin') ?? undefined,
    priceMax: params.get('priceMax') ?? undefined,
    moqMax: params.get('moqMax') ?? undefined,
    samples: params.get('samples') ?? undefined,
    sort: params.get('sort') ?? 'relevance',
    page: params.get('page') ?? 1,
  })
}

/** The canonical URL query for a state (the whole search is shareable). */
export function searchStateToParams(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  if (state.tab && state.tab !== 'products') params.set('tab', state.tab)
  for (const key of ['group', 'province', 'stars', 'type', 'standard'] as const) {
    for (const value of state[key] ?? []) params.append(key, String(value))
  }
  if (state.priceMin !== undefined) params.set('priceMin', String(state.priceMin))
  if (state.priceMax !== undefined) params.set('priceMax', String(state.priceMax))
  if (state.moqMax !== undefined) params.set('moqMax', String(state.moqMax))
  if (state.samples) params.set('samples', '1')
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort)
  if (state.page && state.page > 1) params.set('page', String(state.page))
  return params
}

/** Quotes a value that already passed validation; escaping is belt and braces. */
function quote(value: string | number) {
  return typeof value === 'number' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * Meilisearch filter in array form: outer array = AND, inner arrays = OR. Values within one facet
 * combine with OR, facets combine with AND. `nowSeconds` hides products whose certificate expired.
 */
export function buildProductFilter(state: SearchState, nowSeconds: number, skip?: keyof SearchState): Array<string | string[]> {
  const filter: Array<string | string[]> = [`certificateExpiresAt > ${Math.floor(nowSeconds)}`]
  const anyOf = (attribute: string, values: Array<string | number>) => {
    if (values.length) filter.push(values.map((value) => `${attribute} = ${quote(value)}`))
  }
  if (skip !== 'group') anyOf('groupId', state.group)
  if (skip !== 'province') anyOf('provinceIds', state.province)
  if (skip !== 'stars') anyOf('stars', state.stars)
  if (skip !== 'type') anyOf('producerType', state.type)
  if (skip !== 'standard') anyOf('standards', state.standard)
  if (state.priceMin !== undefined) filter.push(`priceMin >= ${state.priceMin}`)
  if (state.priceMax !== undefined) filter.push(`priceMin <= ${state.priceMax}`)
  if (state.moqMax !== undefined) filter.push(`moq <= ${state.moqMax}`)
  if (state.samples) filter.push('samplesAvailable = true')
  return filter
}

export function sortFor(state: SearchState): string[] | undefined {
  switch (state.sort) {
    case 'stars':
      return ['stars:desc']
    case 'price-asc':
      return ['priceMin:asc']
    case 'price-desc':
      return ['priceMin:desc']
    case 'newest':
      return ['publishedAt:desc']
    default:
      return undefined
  }
}
