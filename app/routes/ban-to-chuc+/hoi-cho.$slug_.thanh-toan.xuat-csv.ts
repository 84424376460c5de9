// /ban-to-chuc/hoi-cho/:slug/thanh-toan/xuat-csv: every booth fee of the fair as CSV (UTF-8 with BOM).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { paymentsCsv } from '~/modules/payments/organiser.server'
import { now } from '~/utils/clock.server'
import { vietnamDateKey } from '~/utils/format'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const { fair, csv } = await paymentsCsv(user, params.slug ?? '')
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="thanh-toan-${fair.slug}-${vietnamDateKey(now())}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
