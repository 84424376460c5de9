// Applies prisma/migrations/<timestamp>_<name>/migration.sql in name order and records them in
// `_prisma_migrations` exactly as `prisma migrate deploy` does, so a real Prisma CLI (on a machine
// that can download its schema engine) sees the same history. We need our own because Prisma 7's
// native schema engine cannot be downloaded here (see DESIGN.md §4).
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

export const defaultMigrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url))

/** The advisory lock key Prisma Migrate uses, so our migrator and a real Prisma CLI exclude each other. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369

/** Same DDL as Prisma's schema engine (sql-schema-connector, PostgreSQL flavour). */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`

export interface MigrateOptions {
  log?: (line: string) => void
  /** Defaults to prisma/migrations; tests point it at scratch copies. */
  migrationsDir?: string
  /** How long to wait for another migrator holding the lock (default 60 s). */
  lockTimeoutMs?: number
}

export interface LocalMigration {
  name: string
  script: string
  checksum: string
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/** sha256 hex of the script's bytes: Prisma's `checksum` column. */
export function migrationChecksum(script: string | Buffer): string {
  return createHash('sha256').update(script).digest('hex')
}

/**
 * Prisma accepts a recorded checksum if it matches the script with LF or CRLF line endings (git
 * may convert them), and also the non-zero-padded hex some old engine versions wrote.
 */
export function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replace(/\r\n/g, '\n'), script.replace(/\r?\n/g, '\r\n')]
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant).digest()
    const rendered =
      recorded.length === 64 ? digest.toString('hex') : Array.from(digest, (byte) => byte.toString(16)).join('')
    return rendered === recorded
  })
}

export function readLocalMigrations(migrationsDir = defaultMigrationsDir): LocalMigration[] {
  if (!existsSync(migrationsDir)) throw new MigrationError(`Migrations folder not found: ${migrationsDir}`)
  const lockFile = path.join(migrationsDir, 'migration_lock.toml')
  if (existsSync(lockFile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockFile, 'utf8'))?.[1]
    if (provider && provider !== 'postgresql')
      throw new MigrationError(`${lockFile} says provider "${provider}"; this migrator only supports postgresql`)
  }
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql')
      if (!existsSync(file)) throw new MigrationError(`Migration folder ${name} has no migration.sql`)
      const bytes = readFileSync(file)
      return { name, script: bytes.toString('utf8'), checksum: migrationChecksum(bytes) }
    })
}

interface MigrationRow {
  id: string
  checksum: string
  finished_at: Date | null
  migration_name: string
  logs: string | null
  rolled_back_at: Date | null
  started_at: Date
  applied_steps_count: number
}

/** Splits Prisma's `?schema=` parameter off the URL (pg does not know it). */
function connectionConfig(databaseUrl: string): { connectionString: string; schema: string } {
  const url = new URL(databaseUrl)
  const schema = url.searchParams.get('schema') || 'public'
  url.searchParams.delete('schema')
  return { connectionString: url.toString(), schema }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function acquireLock(client: pg.Client, timeoutMs: number, log: (line: string) => void) {
  const deadline = Date.now() + timeoutMs
  let announced = false
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      PRISMA_MIGRATE_LOCK_KEY,
    ])
    if (rows[0].locked) return
    if (!announced) log('Migrate: another migration is running; waiting for its lock')
    announced = true
    if (Date.now() > deadline)
      throw new MigrationError(`Timed out after ${timeoutMs} ms waiting for the migration advisory lock`)
    await sleep(100)
  }
}

/** "line 12" for an error position (1-based character offset into the script). */
function describePosition(script: string, position: unknown): string {
  const offset = Number(position)
  if (!Number.isFinite(offset) || offset < 1) return ''
  const line = script.slice(0, offset - 1).split('\n').length
  return ` (migration.sql line ${line})`
}

export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {})
  const local = readLocalMigrations(options.migrationsDir)
  const { connectionString, schema } = connectionConfig(databaseUrl)
  const client = new pg.Client({ connectionString, application_name: 'ocop-migrate' })
  await client.connect()
  let locked = false
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`)
    await acquireLock(client, options.lockTimeoutMs ?? 60_000, log)
    locked = true

    const tables = await client.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`,
      [schema],
    )
    if (!tables.rows.some((row) => row.relname === '_prisma_migrations')) {
      // Prisma refuses (P3005) to migrate a non-empty schema it has no history for: it cannot
      // know which migrations the existing tables correspond to.
      if (tables.rows.length > 0)
        throw new MigrationError(
          `The database schema "${schema}" is not empty but has no _prisma_migrations table ` +
            `(found ${tables.rows.map((row) => row.relname).slice(0, 5).join(', ')}…). ` +
            'Baseline it (mark the migrations it already contains as applied) or migrate an empty database.',
        )
      await client.query(CREATE_MIGRATIONS_TABLE)
    }

    const { rows: records } = await client.query<MigrationRow>(
      'SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name',
    )

    const failed = records.filter((row) => row.finished_at === null && row.rolled_back_at === null)
    if (failed.length > 0) {
      const details = failed
        .map((row) => {
          const logs = row.logs?.trim() ? ` with the following logs:\n${row.logs.trim()}` : ''
          return `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed${logs}`
        })
        .join('\n')
      throw new MigrationError(
        `Found failed migrations in the target database; new migrations will not be applied (Prisma P3009).\n${details}\n` +
          'Fix the database, then mark the migration rolled back (`prisma migrate resolve --rolled-back <name>`, or ' +
          `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>').`,
      )
    }

    const live = records.filter((row) => row.rolled_back_at === null)
    const localByName = new Map(local.map((migration) => [migration.name, migration]))
    for (const row of live) {
      const migration = localByName.get(row.migration_name)
      if (!migration) {
        log(`Migrate: ${row.migration_name} is recorded in the database but missing from ${options.migrationsDir ?? 'prisma/migrations'}`)
      } else if (!checksumMatches(migration.script, row.checksum)) {
        throw new MigrationError(
          `The migration ${row.migration_name} was modified after it was applied ` +
            `(recorded checksum ${row.checksum}, file checksum ${migration.checksum}). ` +
            'Restore the original migration.sql and put the change in a new migration.',
        )
      }
    }

    const appliedNames = new Set(live.map((row) => row.migration_name))
    const applied: string[] = []
    for (const migration of local) {
      if (appliedNames.has(migration.name)) continue
      const started = Date.now()
      log(`Migrate: applying ${migration.name}`)
      // Unlike Prisma we record the row in the same transaction as the script: PostgreSQL DDL is
      // transactional, so a failure leaves neither schema changes nor a "failed" row that would
      // need `prisma migrate resolve` (which needs the schema engine we do not have) to clear.
      await client.query('BEGIN')
      try {
        const id = randomUUID()
        await client.query(
          'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, clock_timestamp())',
          [id, migration.checksum, migration.name],
        )
        try {
          await client.query(migration.script) // simple-query protocol: many statements, as Prisma sends it
        } catch (error) {
          const pgError = error as Error & { position?: string }
          throw new MigrationError(
            `Migration ${migration.name} failed${describePosition(migration.script, pgError.position)}: ${pgError.message}`,
            { cause: error },
          )
        }
        await client.query(
          `UPDATE _prisma_migrations
             SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp()
           WHERE id = $1`,
          [id],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      }
      applied.push(migration.name)
      log(`Migrate: applied ${migration.name} in ${Date.now() - started} ms`)
    }
    return { applied }
  } finally {
    if (locked) await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => undefined)
    await client.end().catch(() => undefined)
  }
}
