// Page links for the catalogue lists ("?page=N"), the other query parameters kept.
import { useLocation } from '@remix-run/react'
import { Pagination } from '~/components/ui'

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
  return <Pagination page={page} pageCount={pageCount} href={(n) => pageHref(location.pathname, location.search, n)} />
}
