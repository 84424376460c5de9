// The server half of the inquiry routes both sides have: a thread page and the CSV export. The
// producer's inbox (/nha-san-xuat/hop-thu) and the buyer's requests (/nguoi-mua/yeu-cau) differ
// only in the role they require and the path a thread lives at.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { now } from '~/utils/clock.server'
import { vietnamDateKey } from '~/utils/format'
import { exportInquiriesCsv, parseInboxFilters } from './inbox.server'
import { getThread, threadPath } from './inquiries.server'
import { threadAction } from './thread-action.server'

export type InquirySide = keyof typeof threadPath
const ROLE = { producer: 'PRODUCER', buyer: 'BUYER' } as const

// Routes wrap these in an arrow function (`loader = (args) => threadLoader('buyer', args)`), never
// `loader = threadLoader('buyer')`: the browser build empties .server modules but keeps a top-level
// call it cannot prove pure, and calling the missing function would break hydration.

export async function threadLoader(side: InquirySide, { request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, [ROLE[side]])
  return { thread: await getThread(user, params.id ?? ''), userId: user.id }
}

export async function threadRouteAction(side: InquirySide, { request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, [ROLE[side]])
  const id = params.id ?? ''
  return threadAction(request, user, id, threadPath[side](id))
}

/** The side's inquiries, with the list filters of the URL, as a CSV download. */
export async function inquiriesCsvLoader(side: InquirySide, { request }: LoaderFunctionArgs) {
  const user = await requireRole(request, [ROLE[side]])
  const csv = await exportInquiriesCsv(user, parseInboxFilters(new URL(request.url)))
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="yeu-cau-bao-gia-${vietnamDateKey(now())}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
