import { describe, expect, it } from 'vitest'
import { parseSearchState } from '../../../search/query'
import { formFromState, formToSearch, toggle } from './form-state'
import { pageWindow } from '~/components/ui'

describe('the search form', () => {
  it('round-trips a state and produces the canonical address (first page)', () => {
    const state = parseSearchState(new URLSearchParams('q=keo+dua&province=F83&stars=4&sort=price-asc&page=4'))
    const form = formFromState(state)
    expect(form).toMatchObject({ q: 'keo dua', stars: ['4'], priceMin: '', sort: 'price-asc' })
    expect(formToSearch(form)).toBe('?q=keo+dua&province=F83&stars=4&sort=price-asc')
  })

  it('accepts prices typed with thousands separators and ignores what is not a number', () => {
    const form = formFromState(parseSearchState(new URLSearchParams()))
    expect(formToSearch({ ...form, priceMin: '50.000', priceMax: 'abc', moqMax: ' 100 ' })).toBe('?priceMin=50000&moqMax=100')
    expect(formToSearch(form)).toBe('')
  })

  it('toggles list values without duplicates', () => {
    expect(toggle(['1'], '4', true)).toEqual(['1', '4'])
    expect(toggle(['1', '4'], '4', true)).toEqual(['1', '4'])
    expect(toggle(['1', '4'], '1', false)).toEqual(['4'])
  })
})

describe('pagination', () => {
  it('shows the ends and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12])
    expect(pageWindow(12, 12)).toEqual([1, 'gap', 11, 12])
  })
})
