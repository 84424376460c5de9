// Playwright's web server: test PostgreSQL (:54339) and Meilisearch (:7710), started or reused; a
// fresh `ocop_e2e` database built from the migrations and the demo seed; the search index rebuilt;
// then the production build served by scripts/server.ts (the same server as `npm start`, with
// its same-origin guard and security headers) on 127.0.0.1:3100. SIGTERM/SIGINT stop what it started.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import {
  E2E_BASE_URL,
  E2E_DATABASE,
  E2E_DATABASE_URL,
  E2E_MEILI_INDEX_PREFIX,
  E2E_MEILI_MASTER_KEY,
  E2E_MEILI_PORT,
  E2E_PG_PORT,
  E2E_PORT,
} from '../tests/e2e/e2e-env.ts'
import { migrate } from './lib/migrator.ts'
import { startFakeStripe } from '../tests/fakes/stripe-server.ts'
import { projectRoot, startMeilisearch, startPostgres, type RunningService } from './services.ts'

const log = (line: string) => console.log(`[e2e] ${line}`)
const started: RunningService[] = []
let app: ChildProcess | undefined
let stopping = false

/** A service that already died (Playwright signals the whole process group) must not hang us. */
function withTimeout(promise: Promise<unknown>, ms: number) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())])
}

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve))
    app.kill('SIGTERM')
    await withTimeout(exited, 5_000)
  }
  for (const service of started.reverse()) await withTimeout(service.stop().catch(() => undefined), 10_000)
  log('stopped')
  process.exit(code)
}

process.on('SIGTERM', () => void shutdown(0))
process.on('SIGINT', () => void shutdown(0))

async function recreateDatabase(serverUrl: string) {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${E2E_DATABASE}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${E2E_DATABASE}"`)
  } finally {
    await admin.end()
  }
}

async function main() {
  const build = path.join(projectRoot, 'build', 'index.js')
  if (!existsSync(build) || !existsSync(path.join(projectRoot, 'public', 'build'))) {
    throw new Error('No production build: run `npm run build` (or `npx remix build`) before the end-to-end tests')
  }

  const testData = path.join(projectRoot, '.data', 'test')
  const [postgres, meili] = await Promise.all([
    startPostgres({ dataDir: path.join(testData, 'postgres'), port: E2E_PG_PORT, database: 'postgres', log }),
    startMeilisearch({ dataDir: path.join(testData, 'meilisearch'), port: E2E_MEILI_PORT, masterKey: E2E_MEILI_MASTER_KEY, log }),
  ])
  started.push(postgres, meili)

  // Booth fees go through a local fake of Stripe (the real client pointed at it with
  // STRIPE_API_BASE); its "Pay" button sends the app a signed webhook, a moment after the redirect
  // so the return page is seen waiting for it.
  const stripeWebhookSecret = 'whsec_e2e_ocop_connect'
  const fakeStripe = await startFakeStripe({
    webhookSecret: stripeWebhookSecret,
    webhookUrl: `${E2E_BASE_URL}/webhooks/stripe`,
    webhookDelayMs: Number(process.env.E2E_STRIPE_WEBHOOK_DELAY_MS ?? 4000),
    refundWebhooks: true,
  })
  started.push({ url: fakeStripe.url, reused: false, stop: fakeStripe.close })
  log(`fake Stripe on ${fakeStripe.url}`)

  const env = {
    NODE_ENV: 'production',
    STRIPE_SECRET_KEY: 'sk_test_e2e_ocop_connect',
    STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
    STRIPE_API_BASE: fakeStripe.url,
    DATABASE_URL: E2E_DATABASE_URL,
    MEILI_HOST: meili.url,
    MEILI_MASTER_KEY: E2E_MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: E2E_MEILI_INDEX_PREFIX,
    APP_URL: E2E_BASE_URL,
    STORAGE_DIR: path.join(testData, 'e2e-uploads'),
    SEARCH_WORKER: 'off',
    // The password-reset test reads the email in /dev/mailbox; the app opens it in a production
    // build only with this flag AND a loopback APP_URL (see app/modules/mail/dev-mailbox.server.ts).
    DEV_MAILBOX: 'on',
  } as const
  Object.assign(process.env, env)

  await recreateDatabase(postgres.url.replace(/\/postgres$/, ''))
  const { applied } = await migrate(E2E_DATABASE_URL, { log })
  log(`database ${E2E_DATABASE}: ${applied.length} migration(s) applied`)

  // Imported after the environment is set: these modules read it when first used.
  const { createPrismaClient } = await import('../app/utils/db.server.ts')
  const { seed } = await import('../prisma/seed/index.ts')
  const prisma = createPrismaClient(E2E_DATABASE_URL)
  const workerPrisma = createPrismaClient(E2E_DATABASE_URL)
  try {
    await seed(prisma, { log })
    const { ensureSearchIndexes } = await import('../search/indexes.server.ts')
    const { reindexAll } = await import('../search/reindex.server.ts')
    await ensureSearchIndexes()
    const { indexed } = await reindexAll(prisma)
    log(`search: indexed ${indexed} products`)
  } finally {
    await prisma.$disconnect()
  }
  // As in `npm run dev`, the outbox worker keeps search fresh while the tests change listings.
  const { startSearchWorker } = await import('../search/worker.server.ts')
  const stopWorker = startSearchWorker(workerPrisma, { intervalMs: 200, log })
  started.push({ url: '', reused: false, stop: async () => { await stopWorker(); await workerPrisma.$disconnect() } })

  app = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/server.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(E2E_PORT) },
  })
  app.once('exit', (code, signal) => {
    if (stopping) return
    // Playwright signals the whole process group, so the app may stop before our own handler runs.
    const signalled = signal === 'SIGTERM' || signal === 'SIGINT' || code === 0
    if (!signalled) log(`the app exited unexpectedly (code ${code})`)
    void shutdown(signalled ? 0 : 1)
  })
}

main().catch((error) => {
  console.error(`[e2e] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  void shutdown(1)
})
