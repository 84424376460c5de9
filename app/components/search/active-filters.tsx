// Chips for the active filters (each a link that removes it) and the empty state's suggestions.
// Links, not buttons: they work without JavaScript and can be opened in a new tab.
import { Link } from '@remix-run/react'
import { CloseIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey, Translate } from '~/i18n/index'
import { formatNumber, formatVnd } from '~/utils/format'
import { activeFilters, withoutAllFilters, withoutFilter, withoutValue, type ActiveFilter, type FilterKey } from '../../../search/filters'
import type { FacetLabels } from '../../../search/labels.server'
import type { Suggestions } from '../../../search/page.server'
import type { SearchState } from '../../../search/query'
import { paths } from '~/utils/paths'
import { provinceLabel } from './filter-panel'
import { stateToSearch } from './form-state'

export function filterLabel(filter: ActiveFilter, labels: FacetLabels, t: Translate, lang: 'vi' | 'en'): string {
  switch (filter.key) {
    case 'group': {
      const group = labels.groups.find((g) => g.id === filter.value)
      return group ? (lang === 'en' ? group.nameEn : group.nameVi) : filter.value
    }
    case 'province':
      return provinceLabel(labels, filter.value, t)
    case 'stars':
      return t('search.filter.stars', { count: filter.value })
    case 'type':
      return t(`search.producerType.${filter.value}` as MessageKey)
    case 'standard':
      return t(`search.standard.${filter.value}` as MessageKey)
    case 'price':
      if (filter.min !== undefined && filter.max !== undefined) return t('search.filter.price', { min: formatVnd(filter.min, lang), max: formatVnd(filter.max, lang) })
      if (filter.min !== undefined) return t('search.filter.priceFrom', { min: formatVnd(filter.min, lang) })
      return t('search.filter.priceTo', { max: formatVnd(filter.max ?? 0, lang) })
    case 'moqMax':
      return t('search.filter.moqMax', { count: formatNumber(filter.value, lang) })
    case 'samples':
      return t('search.filter.samples')
  }
}

/** A whole filter (all its values) as one label, for "remove the province filter". */
function dimensionLabel(state: SearchState, key: FilterKey, labels: FacetLabels, t: Translate, lang: 'vi' | 'en') {
  return activeFilters(state)
    .filter((filter) => filter.key === key)
    .map((filter) => filterLabel(filter, labels, t, lang))
    .join(', ')
}

export function ActiveFilterChips({ state, labels, keys }: { state: SearchState; labels: FacetLabels; keys?: FilterKey[] }) {
  const { t, lang } = useTranslation()
  const filters = activeFilters(state).filter((filter) => !keys || keys.includes(filter.key))
  if (filters.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t('search.filters.active')} role="group">
      <span className="text-sm text-slate-600">{t('search.filters.active')}:</span>
      {filters.map((filter, index) => {
        const label = filterLabel(filter, labels, t, lang)
        return (
          <Link
            key={index}
            to={`${paths.search}${stateToSearch(withoutValue(state, filter))}`}
            preventScrollReset
            aria-label={t('search.filters.remove', { filter: label })}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-2 text-sm font-medium text-brand-800 ring-1 ring-inset ring-brand-200 hover:bg-brand-100"
          >
            {label}
            <CloseIcon width={14} height={14} />
          </Link>
        )
      })}
      {filters.length > 1 ? (
        <Link to={`${paths.search}${stateToSearch(withoutAllFilters(state))}`} preventScrollReset className="text-sm font-medium text-slate-600 underline hover:text-brand-800">
          {t('search.filters.clearAll')}
        </Link>
      ) : null}
    </div>
  )
}

export function EmptyState({ state, suggestions, labels, producers = false }: { state: SearchState; suggestions: Suggestions | null; labels: FacetLabels; producers?: boolean }) {
  const { t, lang } = useTranslation()
  const filters = activeFilters(state)
  const links: Array<{ to: string; label: string }> = []
  if (suggestions?.removeFilter) {
    const { key, count } = suggestions.removeFilter
    links.push({ to: stateToSearch(withoutFilter(state, key)), label: t('search.empty.removeFilter', { filter: dimensionLabel(state, key, labels, t, lang), count }) })
  }
  if (suggestions?.query) {
    links.push({ to: stateToSearch({ ...state, q: suggestions.query.q, page: 1 }), label: t('search.empty.query', { q: suggestions.query.q, count: suggestions.query.count }) })
  }
  if (suggestions?.withoutFilters && state.q) {
    links.push({ to: stateToSearch(withoutAllFilters(state)), label: t('search.empty.withoutFilters', { q: state.q, count: suggestions.withoutFilters }) })
  }
  const title = producers ? t('search.empty.producersTitle') : state.q ? t('search.empty.titleFor', { q: state.q }) : t('search.empty.title')

  return (
    <div className="rounded-2xl border border-dashed border-slate-300 bg-slate-50 px-5 py-8 sm:px-8">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {links.length ? (
        <>
          <p className="mt-2 text-sm text-slate-600">{t('search.empty.intro')}</p>
          <ul className="mt-3 space-y-2">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={`${paths.search}${link.to}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:text-brand-900">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {filters.length ? (
        <div className="mt-5">
          <p className="text-sm text-slate-600">{t('search.empty.removeEach')}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {filters.map((filter, index) => {
              const label = filterLabel(filter, labels, t, lang)
              return (
                <li key={index}>
                  <Link
                    to={`${paths.search}${stateToSearch(withoutValue(state, filter))}`}
                    aria-label={t('search.filters.remove', { filter: label })}
                    className="inline-flex items-center gap-1 rounded-full bg-white py-1 pl-3 pr-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:text-brand-800 hover:ring-brand-600"
                  >
                    {label}
                    <CloseIcon width={14} height={14} />
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
      <p className="mt-5 text-sm text-slate-600">{t('search.empty.tips')}</p>
      {state.q || filters.length ? (
        <p className="mt-3">
          <Link to={`${paths.search}${stateToSearch({ tab: state.tab })}`} className="text-sm font-semibold text-brand-700 hover:text-brand-900">
            {t('search.empty.browseAll')}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
