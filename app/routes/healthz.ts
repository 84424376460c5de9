// GET /healthz → {"ok":true,"db":true}, 503 when PostgreSQL does not answer. For probes and the
// e2e web server's readiness check; never cached.
import { checkDatabase } from '~/utils/health.server'

export async function loader() {
  const db = await checkDatabase()
  return Response.json({ ok: db, db }, { status: db ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}
