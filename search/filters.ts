// Client-safe helpers over the typed search state: which filters are active, and the state with
// one of them removed (the "remove this filter" links and the empty state's suggestions).
import type { SearchState } from './query'

export const FILTER_KEYS = ['group', 'province', 'stars', 'type', 'standard', 'price', 'moqMax', 'samples'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export type ActiveFilter =
  | { key: 'group' | 'province' | 'type' | 'standard'; value: string }
  | { key: 'stars'; value: number }
  | { key: 'price'; min?: number; max?: number }
  | { key: 'moqMax'; value: number }
  | { key: 'samples' }

export function isFilterActive(state: SearchState, key: FilterKey): boolean {
  switch (key) {
    case 'price':
      return state.priceMin !== undefined || state.priceMax !== undefined
    case 'moqMax':
      return state.moqMax !== undefined
    case 'samples':
      return state.samples
    default:
      return state[key].length > 0
  }
}

/** Every active filter value, in the order the filter panel shows them. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const active: ActiveFilter[] = []
  for (const value of state.group) active.push({ key: 'group', value })
  for (const value of state.province) active.push({ key: 'province', value })
  for (const value of state.stars) active.push({ key: 'stars', value })
  for (const value of state.type) active.push({ key: 'type', value })
  for (const value of state.standard) active.push({ key: 'standard', value })
  if (isFilterActive(state, 'price')) active.push({ key: 'price', min: state.priceMin, max: state.priceMax })
  if (state.moqMax !== undefined) active.push({ key: 'moqMax', value: state.moqMax })
  if (state.samples) active.push({ key: 'samples' })
  return active
}

/** The state without a whole filter (all its values), back on the first page. */
export function withoutFilter(state: SearchState, key: FilterKey): SearchState {
  const next = { ...state, page: 1 }
  switch (key) {
    case 'price':
      return { ...next, priceMin: undefined, priceMax: undefined }
    case 'moqMax':
      return { ...next, moqMax: undefined }
    case 'samples':
      return { ...next, samples: false }
    case 'stars':
      return { ...next, stars: [] }
    default:
      return { ...next, [key]: [] }
  }
}

/** The state without one active value (one chip). */
export function withoutValue(state: SearchState, filter: ActiveFilter): SearchState {
  const next = { ...state, page: 1 }
  switch (filter.key) {
    case 'stars':
      return { ...next, stars: state.stars.filter((value) => value !== filter.value) }
    case 'group':
    case 'province':
    case 'type':
    case 'standard':
      return { ...next, [filter.key]: (state[filter.key] as string[]).filter((value) => value !== filter.value) }
    default:
      return withoutFilter(state, filter.key)
  }
}

export function withoutAllFilters(state: SearchState): SearchState {
  return FILTER_KEYS.reduce((next, key) => withoutFilter(next, key), state)
}
