// /ban-to-chuc/hoi-cho/$slug/danh-sach-gian-hang/csv: the exhibitor list for spreadsheets.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { listExhibitors } from '~/modules/fairs/review.server'
import { toCsv } from '~/utils/csv'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const { fair, exhibitors } = await listExhibitors(user, params.slug!)
  const csv = toCsv(
    ['gian', 'loai_gian', 'so_gian', 'nha_san_xuat', 'loai_hinh', 'tinh_thanh', 'dien_thoai', 'email', 'san_pham', 'nhu_cau'],
    exhibitors.map((e) => [e.booths.join(' '), e.boothType, e.boothCount, e.producer.legalName, e.producer.type, e.producer.province?.name ?? '', e.producer.phone ?? '', e.producer.email ?? '', e.products.join('; '), e.needs.join(' ')]),
  )
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="gian-hang-${fair.slug}.csv"`, 'Cache-Control': 'no-store' },
  })
}
