// Vitest setupFiles: runs in each worker before every test file, before the file imports app code.
// Gives the worker its own database (a copy of the migrated template), points the app's environment
// at the test servers, and makes any console.error during a test fail that test.
import pg from 'pg'
import { afterEach, beforeEach, inject } from 'vitest'
import { APP_TABLES_QUERY, truncateStatement } from '../helpers/truncate.ts'
import { installConsoleErrorGuard, takeConsoleErrors } from './console-guard.ts'
import { WORKER_DATABASE_PREFIX, databaseUrl, quoteIdent, workerId } from './test-services.ts'

const serverUrl = inject('testDatabaseServerUrl')
const template = inject('testTemplateDatabase')
const id = workerId()
const database = `${WORKER_DATABASE_PREFIX}${id}`

/**
 * Creates the worker database on the worker's first test file. Later files of the same worker
 * find it and empty it instead, so every test file starts from an empty, migrated database.
 */
async function prepareWorkerDatabase() {
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') })
  await admin.connect()
  let created = false
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) {
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`)
        created = true
      } catch (error) {
        if ((error as { code?: string }).code !== '42P04') throw error // duplicate_database: fine
      }
    }
  } finally {
    await admin.end()
  }
  if (created) return
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) })
  await client.connect()
  try {
    const { rows } = await client.query<{ tablename: string }>(APP_TABLES_QUERY)
    const statement = truncateStatement(rows.map((row) => row.tablename))
    if (statement) await client.query(statement)
  } finally {
    await client.end()
  }
}

await prepareWorkerDatabase()

process.env.NODE_ENV = 'test'
process.env.DATABASE_URL = databaseUrl(serverUrl, database)
process.env.MEILI_HOST = inject('testMeiliHost')
process.env.MEILI_MASTER_KEY = inject('testMeiliMasterKey')
process.env.MEILI_INDEX_PREFIX = `test_w${id}_`

installConsoleErrorGuard()
beforeEach(() => {
  takeConsoleErrors()
})
afterEach(() => {
  const messages = takeConsoleErrors()
  if (messages.length > 0)
    throw new Error(
      `console.error was called during this test (mock it with vi.spyOn(console, 'error') if it is expected):\n` +
        messages.map((message) => `  ${message}`).join('\n'),
    )
})
