// GET /resources/search?q=…&stars=4…: the instant-search endpoint the search page calls as the
// buyer types (and the benchmark measures). Same URL parameters as the page, JSON out.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { prisma } from '~/utils/db.server'
import { parseSearchState } from '../../../search/query'
import { searchProducers, searchProducts } from '../../../search/search.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const state = parseSearchState(new URL(request.url).searchParams)
  const body =
    state.tab === 'producers'
      ? { tab: 'producers' as const, state, producers: await searchProducers(state) }
      : { tab: 'products' as const, state, products: await searchProducts(state, prisma) }
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
}
