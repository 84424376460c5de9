// /nha-san-xuat/san-pham/mau-csv: an import template with the expected columns and two example rows.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { CSV_COLUMNS } from '~/modules/catalogue/csv-format'
import { CSV_TEMPLATE_ROWS } from '~/modules/catalogue/csv.server'
import { toCsv } from '~/utils/csv'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['PRODUCER'])
  return new Response(toCsv([...CSV_COLUMNS], CSV_TEMPLATE_ROWS.map((row) => CSV_COLUMNS.map((column) => row[column] ?? ''))), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="mau-nhap-san-pham-ocop.csv"',
      'Cache-Control': 'private, max-age=3600',
    },
  })
}
