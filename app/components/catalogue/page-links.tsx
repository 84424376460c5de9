// Page links for the catalogue lists ("?page=N"), the other query parameters kept, and where the
// reader is ("Trang 2 / 7").
import { useLocation } from '@remix-run/react'
import { Pagination } from '~/components/ui'
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
  const location = useLocation()
  const { t, lang } = useTranslation()
  if (pageCount <= 1) return null
  return (
    <>
      <Pagination page={page} pageCount={pageCount} href={(n) => pageHref(location.pathname, location.search, n)} />
      <p className="mt-3 text-center text-sm text-slate-500">
        {t('catalogue.pagination.position', { page: formatNumber(page, lang), pages: formatNumber(pageCount, lang) })}
      </p>
    </>
  )
}
