// What the search form holds while the buyer edits it: raw strings for the number inputs (so
// "50.000" can be typed), converted to the canonical, validated URL state only when searching.
import { parseSearchState, searchStateToParams, type SearchState } from '../../../search/query'

export interface SearchForm {
  q: string
  tab: SearchState['tab']
  group: string[]
  province: string[]
  stars: string[]
  type: string[]
  standard: string[]
  priceMin: string
  priceMax: string
  moqMax: string
  samples: boolean
  sort: SearchState['sort']
}

export type ListField = 'group' | 'province' | 'stars' | 'type' | 'standard'

export function formFromState(state: SearchState): SearchForm {
  return {
    q: state.q,
    tab: state.tab,
    group: state.group,
    province: state.province,
    stars: state.stars.map(String),
    type: state.type,
    standard: state.standard,
    priceMin: state.priceMin?.toString() ?? '',
    priceMax: state.priceMax?.toString() ?? '',
    moqMax: state.moqMax?.toString() ?? '',
    samples: state.samples,
    sort: state.sort,
  }
}

/** The canonical query string of a form (first page), exactly what a GET submit would produce once parsed. */
export function formToSearch(form: SearchForm): string {
  const raw = new URLSearchParams()
  raw.set('q', form.q)
  raw.set('tab', form.tab)
  for (const key of ['group', 'province', 'stars', 'type', 'standard'] as const) for (const value of form[key]) raw.append(key, value)
  if (form.priceMin.trim()) raw.set('priceMin', form.priceMin)
  if (form.priceMax.trim()) raw.set('priceMax', form.priceMax)
  if (form.moqMax.trim()) raw.set('moqMax', form.moqMax)
  if (form.samples) raw.set('samples', '1')
  raw.set('sort', form.sort)
  return stateToSearch(parseSearchState(raw))
}

export function stateToSearch(state: Partial<SearchState>): string {
  const params = searchStateToParams(state).toString()
  return params ? `?${params}` : ''
}

export function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((item) => item !== value)
}

/** The address of a tab. Producers are filtered by type and province only, so only those carry over. */
export function tabSearch(form: SearchForm, tab: SearchForm['tab']): string {
  if (tab === 'products') return formToSearch({ ...form, tab })
  const empty = formFromState(parseSearchState(new URLSearchParams()))
  return formToSearch({ ...empty, q: form.q, type: form.type, province: form.province, tab })
}
