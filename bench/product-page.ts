// bench/product-page: server render time of public product pages (/san-pham/<slug>) on the demo
// catalogue loaded by prisma/seed. Calls the production build's Remix request handler in-process
// with real Requests (root loader, product loader with its view count write, React SSR, body read
// to the end) for ~300 different products, several rounds, and reports median / p95 / p99.
// Optionally adds generated products (bench/lib/catalogue-generator.ts) to show the page does not
// slow down with catalogue size.
// Run: npx remix build && npx tsx bench/product-page.ts [--rounds 5] [--products 300] [--extra 0] [--concurrency 1]
// Uses its own database `ocop_bench_product_page` on the bench PostgreSQL (.data/bench, port 54349).
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { createRequestHandler, installGlobals, type ServerBuild } from '@remix-run/node'
import pg from 'pg'
import { projectRoot } from '../scripts/services.ts'
import { freshBenchDatabase } from './lib/database.ts'
import { generateProducts } from './lib/catalogue-generator.ts'

installGlobals({ nativeFetch: true })

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const ROUNDS = arg('rounds', 5)
const PRODUCTS = arg('products', 300)
const EXTRA = arg('extra', 0)
const CONCURRENCY = arg('concurrency', 1)
const DATABASE = 'ocop_bench_product_page'
const APP_URL = 'http://127.0.0.1:3000'

const log = (line: string) => console.log(`[bench] ${line}`)
const { postgres, databaseUrl } = await freshBenchDatabase(DATABASE, log)
// The app reads its configuration when first used; Meilisearch is never contacted by this page.
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  MEILI_HOST: 'http://127.0.0.1:7799',
  MEILI_MASTER_KEY: 'bench-unused-master-key-0123456789',
  APP_URL,
  STORAGE_DIR: path.join(projectRoot, '.data', 'bench', 'uploads'),
  SEARCH_WORKER: 'off',
})

// ─── Data: the demo seed, plus optional generated products ───
let started = performance.now()
const { createPrismaClient } = await import('../app/utils/db.server.ts')
const { seed } = await import('../prisma/seed/index.ts')
const seeder = createPrismaClient(databaseUrl)
const summary = await seed(seeder)
await seeder.$disconnect()
log(`demo seed: ${summary.products} products, ${summary.producers} producers, ${summary.certificates} certificates in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const db = new pg.Client({ connectionString: databaseUrl })
await db.connect()
if (EXTRA > 0) {
  started = performance.now()
  const { rows: producers } = await db.query<{ id: string }>(`SELECT id FROM "Producer" WHERE status = 'VERIFIED' ORDER BY id`)
  const generated = generateProducts(EXTRA, producers.length)
  for (let offset = 0; offset < generated.length; offset += 5000) {
    const chunk = generated.slice(offset, offset + 5000)
    const ids = chunk.map((p) => `bench-${p.index}`)
    await db.query(
      `INSERT INTO "Product" ("id","producerId","slug","nameVi","nameEn","groupId","descriptionVi","unit","minOrderQuantity","samplesAvailable","standards","status","publishedAt","updatedAt")
       SELECT id, pid, id, nv, ne, g, nv || ' — sản phẩm OCOP sản xuất theo quy trình truyền thống.', u, moq, smp, string_to_array(st, ',')::"Standard"[], 'PUBLISHED', now(), now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bool[], $9::text[]) AS x(id, pid, nv, ne, g, u, moq, smp, st)`,
      [ids, chunk.map((p) => producers[p.producerIndex].id), chunk.map((p) => p.nameVi), chunk.map((p) => p.nameEn), chunk.map((p) => p.groupId), chunk.map((p) => p.unit), chunk.map((p) => p.moq), chunk.map((p) => p.samples), chunk.map((p) => p.standards.join(',') || null)],
    )
    await db.query(
      `INSERT INTO "PriceTier" ("id","productId","minQuantity","priceVnd") SELECT 't' || id, id, moq, price FROM unnest($1::text[], $2::int[], $3::int[]) AS x(id, moq, price)`,
      [ids, chunk.map((p) => p.moq), chunk.map((p) => p.price)],
    )
  }
  await db.query('ANALYZE')
  log(`added ${EXTRA} generated products in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

// Products from the demo seed only (the generated ones, if any, just make the tables bigger).
const { rows: listed } = await db.query<{ slug: string; nameVi: string }>(
  `SELECT p.slug, p."nameVi" FROM "Product" p JOIN "Producer" pr ON pr.id = p."producerId"
    WHERE p.status = 'PUBLISHED' AND pr.status = 'VERIFIED' AND p.id NOT LIKE 'bench-%'
    ORDER BY md5(p.id) LIMIT $1`,
  [PRODUCTS],
)
const [{ total }] = (await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM "Product"`)).rows
await db.end()
log(`measuring ${listed.length} different product pages (${total} products in the database), ${ROUNDS} rounds, concurrency ${CONCURRENCY}`)

// ─── The production build, in-process ───
const buildPath = path.join(projectRoot, 'build', 'index.js')
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild
const handle = createRequestHandler(build, 'production')

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

async function render(slug: string, nameVi: string) {
  const request = new Request(`${APP_URL}/san-pham/${slug}`, {
    headers: { Accept: 'text/html', 'Accept-Language': 'vi-VN,vi;q=0.9', 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130 ocop-bench' },
  })
  const start = performance.now()
  const response = await handle(request)
  const html = await response.text()
  const elapsed = performance.now() - start
  if (response.status !== 200 || !html.includes(escapeHtml(nameVi))) throw new Error(`/san-pham/${slug}: status ${response.status}, product name missing`)
  return { elapsed, bytes: html.length }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

// Warm-up: module caches, the connection pool and V8's JIT, as on a server that has been running.
for (const product of listed.slice(0, 50)) await render(product.slug, product.nameVi)

const timings: number[] = []
let bytes = 0
const wallStart = performance.now()
for (let round = 0; round < ROUNDS; round++) {
  const queue = [...listed]
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let product = queue.shift(); product; product = queue.shift()) {
        const result = await render(product.slug, product.nameVi)
        timings.push(result.elapsed)
        bytes += result.bytes
      }
    }),
  )
}
const wall = (performance.now() - wallStart) / 1000
timings.sort((a, b) => a - b)
const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length

const row = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`)
console.log(`\nProduct page server render (GET /san-pham/<slug>, full HTML document), ${timings.length} requests`)
row('median', `${percentile(timings, 50).toFixed(1)} ms`)
row('p95', `${percentile(timings, 95).toFixed(1)} ms`)
row('p99', `${percentile(timings, 99).toFixed(1)} ms`)
row('mean', `${mean.toFixed(1)} ms`)
row('min / max', `${timings[0].toFixed(1)} / ${timings[timings.length - 1].toFixed(1)} ms`)
row('throughput', `${(timings.length / wall).toFixed(0)} pages/s at concurrency ${CONCURRENCY}`)
row('average HTML size', `${Math.round(bytes / timings.length / 1024)} KB`)
const target = 50
console.log(`\nTarget: median under ${target} ms → ${percentile(timings, 50) < target ? 'met' : 'NOT met'}`)

const { prisma } = await import('../app/utils/db.server.ts')
await prisma.$disconnect()
await postgres.stop()
process.exit(0)
