// Declarative Meilisearch index settings, applied idempotently at start-up and on reindex.
// Choices and their measurements are in DESIGN.md §4 (typo rule for short Vietnamese syllables).
import type { Settings } from 'meilisearch'

export const INDEXES = { products: 'products', producers: 'producers' } as const
export type IndexName = (typeof INDEXES)[keyof typeof INDEXES]

const synonymPairs: Array<[string, string[]]> = [
  ['sầu riêng', ['durian']],
  ['kẹo dừa', ['coconut candy']],
  ['bưởi', ['pomelo']],
  ['mật ong', ['honey']],
  ['hợp tác xã', ['htx', 'cooperative']],
  ['tổ hợp tác', ['cooperative group']],
  ['dừa', ['coconut']],
  // Not "thơm": it also means fragrant ("gạo thơm"), and Meilisearch folds the tones of synonym keys,
  // so every "dua" query (dừa, dưa, đũa too) would list fragrant rice.
  ['dứa', ['khóm', 'pineapple']],
  ['nước mắm', ['fish sauce']],
  ['gạo', ['rice']],
  ['trà', ['tea']],
  ['cà phê', ['coffee']],
  ['nấm', ['mushroom']],
  ['chiếu cói', ['sedge mat']],
  ['lục bình', ['water hyacinth']],
  ['tinh dầu', ['essential oil']],
  ['xoài', ['mango']],
  ['chôm chôm', ['rambutan']],
  ['khô cá', ['dried fish']],
  ['bánh phồng', ['puffed rice cake']],
]

/** Two-way synonyms built from the pairs above (Meilisearch synonyms are one-way per key). */
export function buildSynonyms(pairs = synonymPairs): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {}
  for (const [word, others] of pairs) {
    const group = [word, ...others]
    for (const term of group) {
      synonyms[term] ??= new Set()
      for (const other of group) if (other !== term) synonyms[term].add(other)
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([key, value]) => [key, [...value]]))
}

export const productIndexSettings: Settings = {
  searchableAttributes: [
    'nameVi',
    'nameTone',
    'nameEn',
    'producerName',
    'subgroupVi',
    'groupVi',
    'groupEn',
    'provinceNames',
    'communeName',
    'standards',
    'descriptionVi',
    'descriptionEn',
  ],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'groupId',
    'subgroupId',
    'provinceIds',
    'stars',
    'producerId',
    'producerType',
    'standards',
    'priceMin',
    'moq',
    'samplesAvailable',
    'certificateExpiresAt',
  ],
  sortableAttributes: ['stars', 'priceMin', 'publishedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'stars:desc'],
  // One typo from 3 letters: Vietnamese syllables are short ("kep dua" must find "kẹo dừa").
  // The tone form must match exactly, or "duwas" (dứa) would match "duwaf" (dừa) as a typo.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 },
    disableOnAttributes: ['nameTone'],
  },
  synonyms: buildSynonyms(),
  pagination: { maxTotalHits: 5000 },
  faceting: { maxValuesPerFacet: 100 },
}

export const producerIndexSettings: Settings = {
  searchableAttributes: ['name', 'tradeName', 'provinceNames', 'communeName', 'typeLabel', 'story'],
  filterableAttributes: ['type', 'provinceIds', 'maxStars'],
  sortableAttributes: ['productCount', 'maxStars'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 } },
  synonyms: buildSynonyms(),
}

export const settingsFor: Record<IndexName, Settings> = {
  products: productIndexSettings,
  producers: producerIndexSettings,
}
