// Numbered page links for any paginated list ("?page=N"), the other query parameters kept.
import { Link, useLocation } from '@remix-run/react'
import { pageWindow } from '~/components/search/pagination'
import { useTranslation } from '~/i18n/hook'
import { formatNumber } from '~/utils/format'

export function pageHref(pathname: string, search: string, page: number) {
  const params = new URLSearchParams(search)
  params.delete('thong-bao')
  params.delete('so-luong')
  if (page > 1) params.set('page', String(page))
  else params.delete('page')
  const query = params.toString()
  return `${pathname}${query ? `?${query}` : ''}`
}

export function PageLinks({ page, pageCount }: { page: number; pageCount: number }) {
  const { t, lang } = useTranslation()
  const location = useLocation()
  if (pageCount <= 1) return null
  const href = (n: number) => pageHref(location.pathname, location.search, n)
  const linkClass = 'inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium ring-1 ring-inset'
  const idle = 'text-slate-700 ring-slate-300 hover:text-brand-800 hover:ring-brand-600'
  return (
    <nav aria-label={t('catalogue.pagination.label')} className="mt-8 flex flex-wrap items-center justify-center gap-1.5">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className={`${linkClass} ${idle}`}>
          {t('catalogue.pagination.previous')}
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((item, index) =>
        item === 'gap' ? (
          <span key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-400">
            …
          </span>
        ) : (
          <Link
            key={item}
            to={href(item)}
            aria-current={item === page ? 'page' : undefined}
            aria-label={t('catalogue.pagination.page', { page: item })}
            className={`${linkClass} ${item === page ? 'bg-brand-700 text-white ring-brand-700' : idle}`}
          >
            {formatNumber(item, lang)}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next" className={`${linkClass} ${idle}`}>
          {t('catalogue.pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}
