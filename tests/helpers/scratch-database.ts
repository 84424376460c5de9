// Throw-away databases on the test server, for tests that migrate, alter or break a schema and so
// cannot use the worker's database. Named after the worker so the next run's set-up drops leftovers.
import pg from 'pg'
import { inject } from 'vitest'
import { WORKER_DATABASE_PREFIX, databaseUrl, quoteIdent, workerId } from '../setup/test-services.ts'

let counter = 0

export interface ScratchDatabase {
  name: string
  url: string
  drop: () => Promise<void>
}

async function withAdmin<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(inject('testDatabaseServerUrl'), 'postgres') })
  await client.connect()
  try {
    return await action(client)
  } finally {
    await client.end()
  }
}

/**
 * Creates an empty database, or with `migrated: true` a copy of the migrated template (fast: a
 * file copy, no SQL replay).
 */
export async function createScratchDatabase(label: string, options: { migrated?: boolean } = {}): Promise<ScratchDatabase> {
  const name = `${WORKER_DATABASE_PREFIX}${workerId()}_${label}_${++counter}`.slice(0, 63)
  const template = options.migrated ? inject('testTemplateDatabase') : 'template1'
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`)
  })
  return {
    name,
    url: databaseUrl(inject('testDatabaseServerUrl'), name),
    drop: () => withAdmin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))),
  }
}

/** Runs one piece of SQL against a database and closes the connection. */
export async function runSql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  values?: unknown[],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}
