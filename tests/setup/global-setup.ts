// Vitest globalSetup (runs once, in the main process): starts or reuses the test PostgreSQL
// (:54339) and Meilisearch (:7710), migrates a fresh template database that every worker copies,
// drops what earlier runs left behind, and hands the addresses to the workers via `provide`.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { migrate } from '../../scripts/lib/migrator.ts'
import { projectRoot, startMeilisearch, startPostgres, type RunningService } from '../../scripts/services.ts'
import {
  TEMPLATE_DATABASE,
  TEST_MEILI_MASTER_KEY,
  TEST_MEILI_PORT,
  TEST_PG_PORT,
  WORKER_DATABASE_PREFIX,
  databaseUrl,
  quoteIdent,
} from './test-services.ts'

const testDataDir = path.join(projectRoot, '.data', 'test')
const lockFile = path.join(testDataDir, 'vitest-run.lock')
const verbose = Boolean(process.env.TEST_SETUP_VERBOSE)
const log = (line: string) => {
  if (verbose) console.log(`[test setup] ${line}`)
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Two `vitest run` at once would drop each other's databases and stop each other's servers, so a
 * run holds a lock file (with its pid; a dead holder's lock is taken over) for its whole life.
 */
async function acquireRunLock(timeoutMs = 10 * 60_000): Promise<() => void> {
  mkdirSync(testDataDir, { recursive: true })
  const deadline = Date.now() + timeoutMs
  let announced = false
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      const release = () => {
        try {
          if (readFileSync(lockFile, 'utf8') === String(process.pid)) unlinkSync(lockFile)
        } catch {
          // already gone
        }
      }
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : NaN)
    if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
      unlinkSync(lockFile)
      continue
    }
    if (!announced) console.log(`[test setup] another test run (pid ${holder}) is using the test servers; waiting…`)
    announced = true
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the test run lock held by pid ${holder}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function dropMeiliTestIndexes(host: string) {
  const headers = { Authorization: `Bearer ${TEST_MEILI_MASTER_KEY}` }
  const response = await fetch(`${host}/indexes?limit=1000`, { headers })
  if (!response.ok) throw new Error(`Meilisearch GET /indexes answered ${response.status}`)
  const { results } = (await response.json()) as { results: { uid: string }[] }
  // Deletions are asynchronous tasks; they are queued before any worker creates its indexes.
  await Promise.all(
    results
      .filter((index) => index.uid.startsWith('test_'))
      .map((index) => fetch(`${host}/indexes/${encodeURIComponent(index.uid)}`, { method: 'DELETE', headers })),
  )
}

export default async function globalSetup(project: TestProject) {
  const started = Date.now()
  const releaseLock = await acquireRunLock()
  const services: RunningService[] = []
  const stopAll = async () => {
    const stopping = Date.now()
    await Promise.all(services.map((service) => service.stop().catch(() => undefined)))
    releaseLock()
    log(`stopped in ${Date.now() - stopping} ms`)
  }
  try {
    const [postgres, meili] = await Promise.all([
      startPostgres({ dataDir: path.join(testDataDir, 'postgres'), port: TEST_PG_PORT, database: 'postgres', log }),
      startMeilisearch({
        dataDir: path.join(testDataDir, 'meilisearch'),
        port: TEST_MEILI_PORT,
        masterKey: TEST_MEILI_MASTER_KEY,
        log,
      }),
    ])
    services.push(postgres, meili)
    const serverUrl = postgres.url.replace(/\/postgres$/, '')

    const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') })
    await admin.connect()
    try {
      const stale = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
        [TEMPLATE_DATABASE, WORKER_DATABASE_PREFIX],
      )
      for (const { datname } of stale.rows) await admin.query(`DROP DATABASE ${quoteIdent(datname)} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`)
    } finally {
      await admin.end()
    }
    await migrate(databaseUrl(serverUrl, TEMPLATE_DATABASE), { log })
    await dropMeiliTestIndexes(meili.url)

    project.provide('testDatabaseServerUrl', serverUrl)
    project.provide('testTemplateDatabase', TEMPLATE_DATABASE)
    project.provide('testMeiliHost', meili.url)
    project.provide('testMeiliMasterKey', TEST_MEILI_MASTER_KEY)
    log(`ready in ${Date.now() - started} ms`)
  } catch (error) {
    await stopAll()
    throw error
  }
  return stopAll
}
