import { Link } from '@remix-run/react'
import { useTranslation } from '~/i18n/hook'
import { formatNumber } from '~/utils/format'
import { paths } from '~/utils/paths'
import { MAX_PAGE, type SearchState } from '../../../search/query'
import { stateToSearch } from './form-state'

/** Page numbers around the current one, with gaps: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, pageCount: number): Array<number | 'gap'> {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: Array<number | 'gap'> = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push('gap')
    out.push(n)
  })
  return out
}

export function Pagination({ state, pageCount }: { state: SearchState; pageCount: number }) {
  const { t, lang } = useTranslation()
  const last = Math.min(pageCount, MAX_PAGE)
  if (last <= 1) return null
  const href = (page: number) => `${paths.search}${stateToSearch({ ...state, page })}`
  const linkClass = 'inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium ring-1 ring-inset'
  return (
    <nav aria-label={t('search.pagination.label')} className="mt-8 flex flex-wrap items-center justify-center gap-1.5">
      {state.page > 1 ? (
        <Link to={href(state.page - 1)} rel="prev" className={`${linkClass} text-slate-700 ring-slate-300 hover:text-brand-800 hover:ring-brand-600`}>
          {t('search.pagination.previous')}
        </Link>
      ) : null}
      {pageWindow(state.page, last).map((item, index) =>
        item === 'gap' ? (
          <span key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-400">
            …
          </span>
        ) : (
          <Link
            key={item}
            to={href(item)}
            aria-current={item === state.page ? 'page' : undefined}
            aria-label={t('search.pagination.page', { page: item })}
            className={`${linkClass} ${item === state.page ? 'bg-brand-700 text-white ring-brand-700' : 'text-slate-700 ring-slate-300 hover:text-brand-800 hover:ring-brand-600'}`}
          >
            {formatNumber(item, lang)}
          </Link>
        ),
      )}
      {state.page < last ? (
        <Link to={href(state.page + 1)} rel="next" className={`${linkClass} text-slate-700 ring-slate-300 hover:text-brand-800 hover:ring-brand-600`}>
          {t('search.pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}
