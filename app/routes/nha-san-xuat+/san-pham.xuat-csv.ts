// /nha-san-xuat/san-pham/xuat-csv: the producer's listings as a CSV file (UTF-8 with BOM for Excel).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { exportProductCsv } from '~/modules/catalogue/csv.server'
import { now } from '~/utils/clock.server'
import { vietnamDateKey } from '~/utils/format'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const csv = await exportProductCsv(user)
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="san-pham-ocop-${vietnamDateKey(now())}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
