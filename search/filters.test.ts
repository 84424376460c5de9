import { describe, expect, it } from 'vitest'
import { activeFilters, isFilterActive, withoutAllFilters, withoutFilter, withoutValue } from './filters'
import { highlightParts } from './highlight'
import { parseSearchState, searchStateToParams } from './query'

const state = (query: string) => parseSearchState(new URLSearchParams(query))

describe('active filters', () => {
  const full = state('q=keo&group=1&province=F83&province=86&stars=4&type=COOPERATIVE&standard=HACCP&priceMin=10000&moqMax=50&samples=1&page=3')

  it('lists every active value in panel order', () => {
    expect(activeFilters(full)).toEqual([
      { key: 'group', value: '1' },
      { key: 'province', value: 'F83' },
      { key: 'province', value: '86' },
      { key: 'stars', value: 4 },
      { key: 'type', value: 'COOPERATIVE' },
      { key: 'standard', value: 'HACCP' },
      { key: 'price', min: 10000, max: undefined },
      { key: 'moqMax', value: 50 },
      { key: 'samples' },
    ])
    expect(activeFilters(state('q=keo'))).toEqual([])
  })

  it('removes one value, one whole filter or all of them, back on page one', () => {
    expect(searchStateToParams(withoutValue(full, { key: 'province', value: 'F83' })).toString()).toBe(
      'q=keo&group=1&province=86&stars=4&type=COOPERATIVE&standard=HACCP&priceMin=10000&moqMax=50&samples=1',
    )
    expect(withoutFilter(full, 'price')).toMatchObject({ priceMin: undefined, priceMax: undefined, page: 1 })
    expect(isFilterActive(withoutFilter(full, 'samples'), 'samples')).toBe(false)
    expect(searchStateToParams(withoutAllFilters(full)).toString()).toBe('q=keo')
  })
})

describe('highlightParts', () => {
  it('splits marked text and keeps everything else as plain text', () => {
    expect(highlightParts('\u0002Kẹo\u0003 \u0002dừa\u0003 <b>sáp</b>')).toEqual([
      { text: 'Kẹo', match: true },
      { text: ' ', match: false },
      { text: 'dừa', match: true },
      { text: ' <b>sáp</b>', match: false },
    ])
  })

  it('never lets a stray marker through', () => {
    expect(highlightParts('Kẹo \u0002dừa')).toEqual([{ text: 'Kẹo dừa', match: false }])
    expect(highlightParts('')).toEqual([])
  })
})
