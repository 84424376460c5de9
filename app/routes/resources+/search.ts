// GET /resources/search?q=…&stars=4…: the instant-search endpoint the search page calls as the
// buyer types (and the benchmark measures). Same URL parameters and the same data as the page.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { prisma } from '~/utils/db.server'
import { runSearch } from '../../../search/page.server'
import { parseSearchState } from '../../../search/query'

export async function loader({ request }: LoaderFunctionArgs) {
  const state = parseSearchState(new URL(request.url).searchParams)
  return Response.json(await runSearch(state, prisma), { headers: { 'Cache-Control': 'no-store' } })
}
