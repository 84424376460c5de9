// bench/inquiries: server time of sending a message in an inquiry thread. Posts the thread form
// (POST /nguoi-mua/yeu-cau/<id>, intent=message) to the production build's Remix request handler
// in-process, with a real session cookie, alternating buyer and producer so every send also
// updates read receipts, runs the status rule and extends the batched notification email. Reports
// median / p95 / p99 of the whole request (session lookup, root loader skipped by the redirect,
// action, transaction, outbox), plus the domain call alone for comparison.
// Run: npx remix build && npx tsx bench/inquiries.ts [--messages 400] [--threads 20]
// Uses its own database `ocop_bench_inquiries` on the bench PostgreSQL (.data/bench, BENCH_PG_PORT or 54349).
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { createRequestHandler, installGlobals, type ServerBuild } from '@remix-run/node'
import { projectRoot } from '../scripts/services.ts'
import { freshBenchDatabase } from './lib/database.ts'

installGlobals({ nativeFetch: true })

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const MESSAGES = arg('messages', 400)
const THREADS = arg('threads', 20)
const DATABASE = 'ocop_bench_inquiries'
const APP_URL = 'http://127.0.0.1:3000'

const log = (line: string) => console.log(`[bench] ${line}`)
const { postgres, databaseUrl } = await freshBenchDatabase(DATABASE, log)
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  MEILI_HOST: 'http://127.0.0.1:7799',
  MEILI_MASTER_KEY: 'bench-unused-master-key-0123456789',
  APP_URL,
  STORAGE_DIR: path.join(projectRoot, '.data', 'bench', 'uploads'),
  SEARCH_WORKER: 'off',
})

// ─── Data: the demo seed, plus THREADS fresh threads between the demo buyer and producer ───
const { createPrismaClient } = await import('../app/utils/db.server.ts')
const { seed } = await import('../prisma/seed/index.ts')
const seeder = createPrismaClient(databaseUrl)
await seed(seeder)
const buyerUser = await seeder.user.findUniqueOrThrow({ where: { email: 'nguoimua@demo.ocop.vn' } })
const producerUser = await seeder.user.findUniqueOrThrow({ where: { email: 'nhasanxuat@demo.ocop.vn' } })
const { sendInquiry, postMessage } = await import('../app/modules/inquiries/inquiries.server.ts')
const buyerActor = { id: buyerUser.id, role: 'BUYER' as const, producerId: null, buyerOrgId: buyerUser.buyerOrgId, organiserId: null }
const producerActor = { id: producerUser.id, role: 'PRODUCER' as const, producerId: producerUser.producerId, buyerOrgId: null, organiserId: null }
const threadIds: string[] = []
for (let i = 0; i < THREADS; i++) {
  await seeder.rateLimitBucket.deleteMany()
  const sent = await sendInquiry(buyerActor, { producerIds: [producerUser.producerId!], subject: `Bench ${i}`, quantity: 100 + i, unit: 'hộp', message: 'Xin báo giá' }, null)
  if (!sent.ok) throw new Error(sent.message)
  threadIds.push(sent.ids[0]!)
}
const sessions: Record<'buyer' | 'producer', string> = { buyer: randomBytes(20).toString('hex'), producer: randomBytes(20).toString('hex') }
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000)
for (const [side, user] of [['buyer', buyerUser], ['producer', producerUser]] as const) {
  await seeder.session.create({ data: { id: sessions[side], userId: user.id, expiresAt: inDays(14), absoluteExpiresAt: inDays(30), userAgent: 'bench' } })
}
await seeder.$disconnect()
log(`${THREADS} threads, ${MESSAGES} messages per measurement`)

const build = (await import(pathToFileURL(path.join(projectRoot, 'build', 'index.js')).href)) as ServerBuild
const handle = createRequestHandler(build, 'production')

async function send(side: 'buyer' | 'producer', threadId: string, n: number) {
  const url = side === 'buyer' ? `${APP_URL}/nguoi-mua/yeu-cau/${threadId}` : `${APP_URL}/nha-san-xuat/hop-thu/${threadId}`
  const body = new URLSearchParams({ intent: 'message', body: `Tin nhắn thử số ${n}: giao hàng trong tuần được không ạ?` })
  const request = new Request(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `__Host-ocop_session=${sessions[side]}`, Origin: APP_URL, Host: new URL(APP_URL).host, Accept: 'text/html' },
    redirect: 'manual',
  })
  const start = performance.now()
  const response = await handle(request)
  await response.arrayBuffer()
  const elapsed = performance.now() - start
  if (response.status !== 303 && response.status !== 302 && response.status !== 204) throw new Error(`${url}: status ${response.status}`)
  return elapsed
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const report = (label: string, timings: number[]) => {
  timings.sort((a, b) => a - b)
  console.log(`\n${label}, ${timings.length} messages`)
  for (const [name, p] of [['median', 50], ['p95', 95], ['p99', 99]] as const) console.log(`  ${name.padEnd(8)} ${percentile(timings, p).toFixed(1)} ms`)
}

// Warm-up: module caches, the connection pool and V8's JIT.
for (let i = 0; i < 40; i++) await send(i % 2 ? 'producer' : 'buyer', threadIds[i % THREADS]!, i)

const http: number[] = []
for (let i = 0; i < MESSAGES; i++) http.push(await send(i % 2 ? 'producer' : 'buyer', threadIds[i % THREADS]!, i))
report('Send a message through the route (POST thread form → 303), full server time', http)

const domain: number[] = []
for (let i = 0; i < MESSAGES; i++) {
  const start = performance.now()
  const result = await postMessage(i % 2 ? producerActor : buyerActor, threadIds[i % THREADS]!, `Tin nhắn ${i}`, null)
  domain.push(performance.now() - start)
  if (!result.ok) throw new Error(result.message)
}
report('postMessage() alone (one transaction: message, thread, status rule, batched email)', domain)

const check = createPrismaClient(databaseUrl)
const mails = await check.emailOutbox.count({ where: { template: 'inquiry-activity' } })
console.log(`\nNotification emails queued for ${2 * MESSAGES + 40} messages on ${THREADS} threads: ${mails} (batched per thread and recipient)`)
await check.$disconnect()
await postgres.stop()
process.exit(0)
