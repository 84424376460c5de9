// /nguoi-mua/yeu-cau/xuat-csv: the buyer organisation's sent inquiries (with the list filters) as CSV.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { exportInquiriesCsv, parseInboxFilters } from '~/modules/inquiries/inbox.server'
import { now } from '~/utils/clock.server'
import { vietnamDateKey } from '~/utils/format'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['BUYER'])
  const csv = await exportInquiriesCsv(user, parseInboxFilters(new URL(request.url)))
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="yeu-cau-bao-gia-${vietnamDateKey(now())}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
