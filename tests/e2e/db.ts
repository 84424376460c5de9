// Reads the e2e database directly, so specs compare the page with what is really stored rather
// than with numbers copied into the test (or with the app's own query).
import pg from 'pg'
import { E2E_DATABASE_URL } from './e2e-env.ts'

export async function query<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<Row>(sql, params)).rows
  } finally {
    await client.end()
  }
}

/**
 * What the app writes next to any change of a searchable row (see search/outbox.server.ts): specs
 * that insert producers, products or certificates straight into the database call it too, so the
 * search index sees the same catalogue as the database.
 */
export async function markForSearch(entity: 'PRODUCT' | 'PRODUCER', id: string) {
  await query(`INSERT INTO "SearchOutbox" (entity, "entityId") VALUES ($1::"SearchEntity", $2)`, [entity, id])
}

/** Today's date in Vietnam as yyyy-mm-dd (certificates count through their expiry day there). */
export function vietnamToday(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

export interface ExpectedHome {
  byStars: Record<3 | 4 | 5, number>
  certified: number
  byType: Record<'HOUSEHOLD' | 'ENTERPRISE' | 'COOPERATIVE' | 'COOPERATIVE_GROUP', number>
  producers: number
  provinces: number
  upcomingFairs: { nameVi: string; nameEn: string | null; startsAt: Date; endsAt: Date }[]
  upcomingFairCount: number
}

/** The home page's figures, computed from raw rows in plain code. */
export async function expectedHomeFigures(): Promise<ExpectedHome> {
  const today = vietnamToday()
  const certificates = await query<{ productId: string; stars: number; status: string; expires: string }>(
    `SELECT p.id AS "productId", c.stars, c.status::text AS status, to_char(c."expiresAt", 'YYYY-MM-DD') AS expires
       FROM "Product" p
       JOIN "Producer" pr ON pr.id = p."producerId"
       JOIN "Certificate" c ON c."productId" = p.id
      WHERE p.status = 'PUBLISHED' AND pr.status = 'VERIFIED'`,
  )
  const best = new Map<string, number>()
  for (const c of certificates) {
    if (c.status !== 'VERIFIED' || c.expires < today) continue
    best.set(c.productId, Math.max(best.get(c.productId) ?? 0, c.stars))
  }
  const byStars = { 3: 0, 4: 0, 5: 0 } as ExpectedHome['byStars']
  for (const stars of best.values()) byStars[stars as 3 | 4 | 5] += 1

  const producers = await query<{ type: keyof ExpectedHome['byType']; provinceId: string | null }>(
    `SELECT type::text AS type, "provinceId" FROM "Producer" WHERE status = 'VERIFIED'`,
  )
  const byType = { HOUSEHOLD: 0, ENTERPRISE: 0, COOPERATIVE: 0, COOPERATIVE_GROUP: 0 }
  for (const p of producers) byType[p.type] += 1

  const fairs = await query<{ nameVi: string; nameEn: string | null; startsAt: Date; endsAt: Date }>(
    `SELECT "nameVi", "nameEn", "startsAt", "endsAt" FROM "Fair"
      WHERE status IN ('PUBLISHED', 'APPLICATIONS_CLOSED', 'ALLOCATED') AND "startsAt" > now()
      ORDER BY "startsAt", id`,
  )
  return {
    byStars,
    certified: best.size,
    byType,
    producers: producers.length,
    provinces: new Set(producers.map((p) => p.provinceId).filter(Boolean)).size,
    upcomingFairs: fairs.slice(0, 3),
    upcomingFairCount: fairs.length,
  }
}
