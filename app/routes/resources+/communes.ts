// GET /resources/communes?province=<id>: the current communes of a province, for the address
// picker of the producer profile (public data, cached briefly).
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { listCommunes } from '~/modules/producers/profile.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const provinceId = new URL(request.url).searchParams.get('province')?.trim() ?? ''
  if (!/^[A-Za-z0-9-]{1,20}$/.test(provinceId)) return data({ provinceId, communes: [] }, { status: 400 })
  const communes = await listCommunes(provinceId)
  return data({ provinceId, communes }, { headers: { 'Cache-Control': 'public, max-age=300' } })
}
