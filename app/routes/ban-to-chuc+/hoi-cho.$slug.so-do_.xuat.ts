// /ban-to-chuc/hoi-cho/$slug/so-do/xuat?dinh-dang=csv|json: the plan as a download.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { planToCsv, planToJson } from '~/modules/fairs/floor-plan'
import { exportPlan } from '~/modules/fairs/plan.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const plan = await exportPlan(user, params.slug!)
  const json = new URL(request.url).searchParams.get('dinh-dang') === 'json'
  const name = `so-do-${params.slug}.${json ? 'json' : 'csv'}`
  return new Response(json ? planToJson(plan) : planToCsv(plan.booths), {
    headers: {
      'Content-Type': json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  })
}
