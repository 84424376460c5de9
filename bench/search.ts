// bench/search: 100,000 generated OCOP products. Measures (a) indexing throughput from PostgreSQL
// into Meilisearch, (b) our /resources/search route, (c) the same queries straight against
// Meilisearch and (d) PostgreSQL ILIKE, at 1 and 20 concurrent clients, in one table.
// Run: npm run build && npx tsx bench/search.ts [--products 100000] [--queries 500]
// Uses its own PostgreSQL cluster and Meilisearch under .data/bench (ports 54349, 7720, 3200).
import { spawn } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { projectRoot, startMeilisearch } from '../scripts/services.ts'
import { freshBenchDatabase } from './lib/database.ts'
import { generateProducts, generateQueries, PROVINCES, TYPES } from './lib/catalogue-generator.ts'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const PRODUCTS = arg('products', 100_000)
const PRODUCERS = Math.max(10, Math.round(PRODUCTS / 20))
const QUERIES = arg('queries', 500)
const MEILI_KEY = 'ocop-bench-master-key-0123456789'

const log = (line: string) => console.log(`[bench] ${line}`)
const { postgres, databaseUrl } = await freshBenchDatabase('ocop_bench', log)
const meili = await startMeilisearch({ dataDir: path.join(projectRoot, '.data', 'bench', 'meilisearch'), port: 7720, masterKey: MEILI_KEY, log })
Object.assign(process.env, { DATABASE_URL: databaseUrl, MEILI_HOST: meili.url, MEILI_MASTER_KEY: MEILI_KEY, MEILI_INDEX_PREFIX: 'bench_', NODE_ENV: 'production' })

// ─── Data ───
const db = new pg.Client({ connectionString: databaseUrl })
await db.connect()
let started = Date.now()
await db.query(`INSERT INTO "ProductCategory" ("id","level","nameVi","nameEn","slug") VALUES
  ('1','GROUP','Thực phẩm','Food','thuc-pham'),('2','GROUP','Đồ uống','Beverages','do-uong'),
  ('3','GROUP','Dược liệu và sản phẩm từ dược liệu','Herbal products','duoc-lieu'),('4','GROUP','Hàng thủ công mỹ nghệ','Handicrafts','thu-cong-my-nghe'),
  ('5','GROUP','Sinh vật cảnh','Ornamental plants and animals','sinh-vat-canh'),('6','GROUP','Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch','Community and eco-tourism','du-lich')`)
const units = new Map<string, { name: string; successor?: string }>()
for (const p of PROVINCES) {
  units.set(p.id, { name: p.name })
  if (p.former) units.set(p.former.id, { name: p.former.name, successor: p.id })
}
for (const [id, unit] of units) {
  await db.query(
    `INSERT INTO "AdministrativeUnit" ("id","name","slug","level","successorId","validTo") VALUES ($1,$2,$3,'PROVINCE',$4,$5)`,
    [id, unit.name, id.toLowerCase(), unit.successor ?? null, unit.successor ? '2025-06-30' : null],
  )
}
const producerIds = Array.from({ length: PRODUCERS }, (_, i) => `bp${i}`)
await db.query(
  `INSERT INTO "Producer" ("id","slug","legalName","type","status","provinceId","formerProvinceId","updatedAt")
   SELECT id, id, 'Cơ sở sản xuất số ' || n, t::"ProducerType", 'VERIFIED', pr, fp, now()
   FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) AS u(id, n, t, pr, fp)`,
  [
    producerIds,
    producerIds.map((_, i) => i),
    producerIds.map((_, i) => TYPES[i % 7 === 0 ? 3 : i % 3]),
    producerIds.map((_, i) => PROVINCES[i % PROVINCES.length].id),
    producerIds.map((_, i) => PROVINCES[i % PROVINCES.length].former?.id ?? null),
  ],
)
const products = generateProducts(PRODUCTS, PRODUCERS)
for (let offset = 0; offset < products.length; offset += 10_000) {
  const chunk = products.slice(offset, offset + 10_000)
  const ids = chunk.map((p) => `bx${p.index}`)
  await db.query(
    `INSERT INTO "Product" ("id","producerId","slug","nameVi","nameEn","groupId","descriptionVi","unit","minOrderQuantity","samplesAvailable","standards","status","publishedAt","updatedAt")
     SELECT id, pid, id, nv, ne, g, nv || ' — sản phẩm OCOP ' || s || ' sao, sản xuất theo quy trình truyền thống.', u, moq, smp, string_to_array(st, ',')::"Standard"[], 'PUBLISHED', now(), now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bool[], $9::text[], $10::int[]) AS x(id, pid, nv, ne, g, u, moq, smp, st, s)`,
    [ids, chunk.map((p) => producerIds[p.producerIndex]), chunk.map((p) => p.nameVi), chunk.map((p) => p.nameEn), chunk.map((p) => p.groupId), chunk.map((p) => p.unit), chunk.map((p) => p.moq), chunk.map((p) => p.samples), chunk.map((p) => p.standards.join(',') || null), chunk.map((p) => p.stars)],
  )
  await db.query(
    `INSERT INTO "PriceTier" ("id","productId","minQuantity","priceVnd") SELECT 't' || id, id, moq, price FROM unnest($1::text[], $2::int[], $3::int[]) AS x(id, moq, price)`,
    [ids, chunk.map((p) => p.moq), chunk.map((p) => p.price)],
  )
  await db.query(
    `INSERT INTO "Certificate" ("id","producerId","productId","stars","certificateNumber","decisionNumber","decisionDate","issuingLevel","issuingAuthority","issuedAt","expiresAt","status","updatedAt")
     SELECT 'c' || id, pid, id, s, 'OCOP-' || id, 'QD-' || id, '2025-01-10', CASE WHEN s = 5 THEN 'CENTRAL' ELSE 'PROVINCE' END::"IssuingLevel", 'UBND tỉnh', '2025-01-10', '2028-01-10', 'VERIFIED', now()
     FROM unnest($1::text[], $2::text[], $3::int[]) AS x(id, pid, s)`,
    [ids, chunk.map((p) => producerIds[p.producerIndex]), chunk.map((p) => p.stars)],
  )
}
await db.query('ANALYZE')
const loadSeconds = (Date.now() - started) / 1000
log(`loaded ${PRODUCTS} products from ${PRODUCERS} producers into PostgreSQL in ${loadSeconds.toFixed(1)} s`)

// ─── (a) Indexing ───
const { createPrismaClient } = await import('../app/utils/db.server.ts')
const { reindexAll } = await import('../search/reindex.server.ts')
const prisma = createPrismaClient(databaseUrl)
started = Date.now()
const { indexed } = await reindexAll(prisma, { batchSize: 5000 })
const indexSeconds = (Date.now() - started) / 1000
log(`indexed ${indexed} products in ${indexSeconds.toFixed(1)} s (${Math.round(indexed / indexSeconds)} documents/s)`)

// ─── Servers and query runners ───
const server = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/server.ts'], {
  cwd: projectRoot,
  env: { ...process.env, PORT: '3200', HOST: '127.0.0.1', NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise<void>((resolve, reject) => {
  server.stdout!.on('data', (chunk) => String(chunk).includes('listening') && resolve())
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
})

const queries = generateQueries(QUERIES)
const { getMeili, indexUid } = await import('../search/client.server.ts')
const { parseSearchState, buildProductFilter, sortFor } = await import('../search/query.ts')
const index = getMeili().index(indexUid('products'))

// One connection per concurrent client: a single shared pg.Client would queue the 20 clients'
// ILIKE queries one after another and measure that queue rather than PostgreSQL.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 })

type Runner = (params: URLSearchParams) => Promise<unknown>
const runners: Record<string, Runner> = {
  'our route /resources/search': async (params) => {
    const response = await fetch(`http://127.0.0.1:3200/resources/search?${params}`)
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    await response.json()
  },
  'Meilisearch directly': (params) => {
    const state = parseSearchState(params)
    return index.search(state.q, {
      filter: buildProductFilter(state, Date.now() / 1000),
      sort: sortFor(state),
      limit: 20,
      matchingStrategy: 'all',
      facets: ['groupId', 'provinceIds', 'stars', 'producerType', 'standards', 'samplesAvailable'],
    })
  },
  'PostgreSQL ILIKE': async (params) => {
    const state = parseSearchState(params)
    const like = `%${state.q}%`
    const where = `(p."nameVi" ILIKE $1 OR p."nameEn" ILIKE $1 OR p."descriptionVi" ILIKE $1)` + (state.stars.length ? ` AND c."stars" = ANY($2::int[])` : ` AND $2::int[] IS NOT NULL`)
    const values = [like, state.stars.length ? state.stars : [3, 4, 5]]
    await pool.query(`SELECT p."id", p."nameVi" FROM "Product" p JOIN "Certificate" c ON c."productId" = p."id" WHERE ${where} ORDER BY p."publishedAt" DESC LIMIT 20`, values)
    await pool.query(`SELECT count(*) FROM "Product" p JOIN "Certificate" c ON c."productId" = p."id" WHERE ${where}`, values)
  },
}

async function measure(run: Runner, concurrency: number) {
  const latencies: number[] = []
  let next = 0
  let found = 0
  const worker = async () => {
    while (next < queries.length) {
      const params = queries[next++]
      const t = performance.now()
      await run(params)
      latencies.push(performance.now() - t)
      found++
    }
  }
  const wall = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - wall) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), throughput: found / seconds }
}

// Warm up every path (JIT, caches) before measuring.
for (const run of Object.values(runners)) for (const params of queries.slice(0, 30)) await run(params)

const rows: string[] = []
for (const concurrency of [1, 20]) {
  for (const [name, run] of Object.entries(runners)) {
    const r = await measure(run, concurrency)
    rows.push(`| ${name} | ${concurrency} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.throughput.toFixed(0)} |`)
    log(rows.at(-1)!)
  }
}

console.log(`\n## bench/search — ${PRODUCTS.toLocaleString('en')} products, ${QUERIES} queries (filters, facets, typos, no diacritics)\n`)
console.log(`Indexing (PostgreSQL → documents → Meilisearch, atomic swap): ${indexSeconds.toFixed(1)} s, ${Math.round(indexed / indexSeconds)} documents/s\n`)
console.log('| path | clients | p50 ms | p95 ms | p99 ms | queries/s |\n| --- | --- | --- | --- | --- | --- |')
console.log(rows.join('\n'))

server.kill('SIGTERM')
await prisma.$disconnect()
await db.end()
await pool.end()
await meili.stop()
await postgres.stop()
process.exit(0)
