// The migrator (scripts/lib/migrator.ts) and the drift check (scripts/lib/schema-drift.ts) on the
// test PostgreSQL. Tests that migrate or alter a schema use their own scratch databases.
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { defaultMigrationsDir, migrate } from '../../scripts/lib/migrator.ts'
import {
  checkSchemaDrift,
  compareSchemas,
  defaultSchemaPath,
  expectedSchema,
  readDatabaseSchema,
} from '../../scripts/lib/schema-drift.ts'
import { SAMPLE_SCHEMA, SAMPLE_SCHEMA_SQL } from '../fixtures/drift-sample.ts'
import { createScratchDatabase, runSql, type ScratchDatabase } from '../helpers/scratch-database.ts'

const migrationNames = readdirSync(defaultMigrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const schemaText = readFileSync(defaultSchemaPath, 'utf8')

const scratchDatabases: ScratchDatabase[] = []
const tempDirs: string[] = []
afterAll(async () => {
  await Promise.all(scratchDatabases.map((database) => database.drop()))
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

async function scratch(label: string, options: { migrated?: boolean } = {}) {
  const database = await createScratchDatabase(label, options)
  scratchDatabases.push(database)
  return database
}

/** A copy of prisma/migrations the test may edit or extend. */
function copyOfMigrations(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ocop-migrations-'))
  tempDirs.push(dir)
  cpSync(defaultMigrationsDir, dir, { recursive: true })
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name))
    writeFileSync(path.join(dir, name, 'migration.sql'), sql)
  }
  return dir
}

const migrationRows = (url: string) =>
  runSql<{
    id: string
    checksum: string
    finished_at: Date | null
    migration_name: string
    logs: string | null
    rolled_back_at: Date | null
    started_at: Date
    applied_steps_count: number
  }>(url, 'SELECT * FROM _prisma_migrations ORDER BY migration_name')

const tableExists = async (url: string, table: string) =>
  (await runSql<{ found: string | null }>(url, 'SELECT to_regclass($1)::text AS found', [`"${table}"`]))[0].found !== null

describe.concurrent('migrator', () => {
  it('applies every migration to an empty database and records it the way Prisma does', async () => {
    const database = await scratch('empty')
    const lines: string[] = []
    const result = await migrate(database.url, { log: (line) => lines.push(line) })

    expect(result.applied).toEqual(migrationNames)
    expect(lines).toContain(`Migrate: applying ${migrationNames[0]}`)
    const rows = await migrationRows(database.url)
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames)
    for (const row of rows) {
      const bytes = readFileSync(path.join(defaultMigrationsDir, row.migration_name, 'migration.sql'))
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(row.finished_at).toBeInstanceOf(Date)
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime())
      expect(row.logs).toBeNull()
      expect(row.rolled_back_at).toBeNull()
      expect(row.applied_steps_count).toBe(1)
    }

    // The table itself must be the one Prisma's schema engine creates.
    const columns = await runSql(
      database.url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    )
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ])
    const primaryKey = await runSql(
      database.url,
      `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = '_prisma_migrations'::regclass AND contype = 'p'`,
    )
    expect(primaryKey).toEqual([{ conname: '_prisma_migrations_pkey', definition: 'PRIMARY KEY (id)' }])
  })

  it('is idempotent: a second run applies nothing and records nothing', async () => {
    const database = await scratch('twice')
    await migrate(database.url)
    const before = await migrationRows(database.url)

    expect(await migrate(database.url)).toEqual({ applied: [] })
    expect(await migrationRows(database.url)).toEqual(before)
  })

  it('lets concurrent runs through one at a time: every migration is applied exactly once', async () => {
    const database = await scratch('concurrent')
    const results = await Promise.all([migrate(database.url), migrate(database.url), migrate(database.url)])

    expect(results.flatMap((result) => result.applied)).toEqual(migrationNames)
    expect(results.filter((result) => result.applied.length > 0)).toHaveLength(1)
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(migrationNames)
    expect(await checkSchemaDrift(database.url)).toEqual([])
  })

  it("waits while another process (ours or Prisma's CLI) holds Prisma's migration advisory lock", async () => {
    const database = await scratch('locked')
    const holder = new pg.Client({ connectionString: database.url })
    await holder.connect()
    try {
      await holder.query('SELECT pg_advisory_lock(72707369)')
      const lines: string[] = []
      const running = migrate(database.url, { log: (line) => lines.push(line) })
      await vi.waitFor(() => expect(lines).toContain('Migrate: another migration is running; waiting for its lock'), {
        timeout: 5000,
      })
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(await tableExists(database.url, '_prisma_migrations')).toBe(false)

      await holder.query('SELECT pg_advisory_unlock(72707369)')
      expect(await running).toEqual({ applied: migrationNames })
    } finally {
      await holder.end()
    }
  })

  it('applies new migrations in name order, after the ones already applied', async () => {
    const database = await scratch('order', { migrated: true })
    // Created second-before-first on disk: order must come from the names.
    const dir = copyOfMigrations({
      '20990102000000_second': 'ALTER TABLE "ScratchOrder" ADD COLUMN "b" INTEGER;',
      '20990101000000_first': 'CREATE TABLE "ScratchOrder" ("a" INTEGER);',
    })

    const result = await migrate(database.url, { migrationsDir: dir })

    expect(result.applied).toEqual(['20990101000000_first', '20990102000000_second'])
    const columns = await runSql<{ attname: string }>(
      database.url,
      `SELECT attname FROM pg_attribute WHERE attrelid = '"ScratchOrder"'::regclass AND attnum > 0 ORDER BY attnum`,
    )
    expect(columns.map((column) => column.attname)).toEqual(['a', 'b'])
  })

  it('refuses to run when an applied migration.sql was edited afterwards', async () => {
    const database = await scratch('tampered', { migrated: true })
    const dir = copyOfMigrations({ '20990101000000_next': 'CREATE TABLE "ScratchNext" ("a" INTEGER);' })
    const file = path.join(dir, migrationNames[0], 'migration.sql')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nCREATE INDEX "Sneaky_idx" ON "User"("name");\n`)

    await expect(migrate(database.url, { migrationsDir: dir })).rejects.toThrow(
      new RegExp(`The migration ${migrationNames[0]} was modified after it was applied`),
    )
    expect(await tableExists(database.url, 'ScratchNext')).toBe(false)
  })

  it('refuses when the recorded checksum does not match the file', async () => {
    const database = await scratch('checksum', { migrated: true })
    await runSql(database.url, `UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2`, [
      createHash('sha256').update('something else').digest('hex'),
      migrationNames[0],
    ])
    await expect(migrate(database.url)).rejects.toThrow(/was modified after it was applied/)
  })

  it('accepts the same script with CRLF line endings, as Prisma does (git may convert them)', async () => {
    const database = await scratch('crlf', { migrated: true })
    const dir = copyOfMigrations()
    const file = path.join(dir, migrationNames[0], 'migration.sql')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'))

    expect(await migrate(database.url, { migrationsDir: dir })).toEqual({ applied: [] })
  })

  it('refuses to apply anything while a failed migration is recorded, until it is marked rolled back', async () => {
    const database = await scratch('failed', { migrated: true })
    await runSql(
      database.url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, applied_steps_count)
       VALUES (gen_random_uuid()::text, $1, '20990101000000_half_done', 'ERROR: boom', 0)`,
      [createHash('sha256').update('x').digest('hex')],
    )
    const dir = copyOfMigrations({ '20990102000000_next': 'CREATE TABLE "ScratchNext" ("a" INTEGER);' })

    await expect(migrate(database.url, { migrationsDir: dir })).rejects.toThrow(
      /failed migrations[\s\S]*`20990101000000_half_done` migration started at .* failed with the following logs:\nERROR: boom/,
    )
    expect(await tableExists(database.url, 'ScratchNext')).toBe(false)

    await runSql(database.url, `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '20990101000000_half_done'`)
    expect(await migrate(database.url, { migrationsDir: dir })).toEqual({ applied: ['20990102000000_next'] })
  })

  it('rolls a failing migration back completely and records nothing, so the fixed file can be rerun', async () => {
    const database = await scratch('broken', { migrated: true })
    const dir = copyOfMigrations({
      '20990101000000_broken': 'CREATE TABLE "ScratchBroken" ("a" INTEGER);\nSELECT * FROM "DoesNotExist";\n',
    })

    await expect(migrate(database.url, { migrationsDir: dir })).rejects.toThrow(
      'Migration 20990101000000_broken failed (migration.sql line 2): relation "DoesNotExist" does not exist',
    )
    expect(await tableExists(database.url, 'ScratchBroken')).toBe(false)
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(migrationNames)

    writeFileSync(path.join(dir, '20990101000000_broken', 'migration.sql'), 'CREATE TABLE "ScratchBroken" ("a" INTEGER);\n')
    expect(await migrate(database.url, { migrationsDir: dir })).toEqual({ applied: ['20990101000000_broken'] })
    expect(await tableExists(database.url, 'ScratchBroken')).toBe(true)
  })

  it('refuses a non-empty database that has no migration history (Prisma P3005)', async () => {
    const database = await scratch('unmanaged')
    await runSql(database.url, 'CREATE TABLE "Legacy" ("id" INTEGER)')

    await expect(migrate(database.url)).rejects.toThrow(/is not empty but has no _prisma_migrations table \(found Legacy/)
    expect(await tableExists(database.url, '_prisma_migrations')).toBe(false)
  })
})

describe.concurrent('schema drift check', () => {
  it('finds the migrated database identical to prisma/schema.prisma', async () => {
    expect(await checkSchemaDrift(process.env.DATABASE_URL!)).toEqual([])
  })

  it('checks every model, enum, index and relation of the schema (not a vacuous comparison)', async () => {
    const expected = await expectedSchema(schemaText)
    // Counted from the schema text independently of Prisma's parser.
    const count = (pattern: RegExp) => schemaText.match(pattern)?.length ?? 0
    expect(Object.keys(expected.tables)).toHaveLength(count(/^model\s+\w+/gm))
    expect(Object.keys(expected.enums)).toHaveLength(count(/^enum\s+\w+/gm))
    expect(expected.indexes).toHaveLength(count(/@@index\(|@@unique\(|(?<!@)@unique\b/g))
    expect(expected.foreignKeys).toHaveLength(count(/@relation\([^)]*fields:/g))
    const columns = Object.values(expected.tables).reduce((sum, table) => sum + Object.keys(table.columns).length, 0)
    expect(columns).toBeGreaterThan(300)
  })

  it('reports each difference a stray ALTER introduces', async () => {
    const database = await scratch('drift', { migrated: true })
    await runSql(
      database.url,
      `DROP INDEX "Product_groupId_idx";
       CREATE INDEX "Inquiry_subject_idx" ON "Inquiry"("subject");
       DROP INDEX "Producer_taxCode_key";
       CREATE INDEX "Producer_taxCode_key" ON "Producer"("taxCode");
       ALTER TABLE "User" ALTER COLUMN "email" DROP NOT NULL;
       ALTER TABLE "Product" ALTER COLUMN "viewCount" TYPE BIGINT;
       ALTER TABLE "Certificate" ALTER COLUMN "issuedAt" TYPE TIMESTAMP(3);
       ALTER TABLE "Fair" ALTER COLUMN "subsidyRule" TYPE JSON;
       ALTER TABLE "Fair" ALTER COLUMN "minStars" SET DEFAULT 4;
       ALTER TABLE "SearchOutbox" ALTER COLUMN "id" TYPE INTEGER;
       ALTER TABLE "Product" ALTER COLUMN "exportMarkets" SET NOT NULL;
       ALTER TABLE "Producer" ADD COLUMN "fax" TEXT;
       ALTER TYPE "Role" ADD VALUE 'GUEST';
       ALTER TABLE "WebhookEvent" DROP CONSTRAINT "WebhookEvent_pkey";
       ALTER TABLE "Refund" DROP CONSTRAINT "Refund_createdById_fkey";
       ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey",
         ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;`,
    )

    const problems = compareSchemas(await expectedSchema(schemaText), await readDatabaseSchema(database.url))

    expect(problems.sort()).toEqual(
      [
        'Index "Product_groupId_idx" is missing: btree on "Product"(groupId)',
        'Index "Inquiry_subject_idx" is not in the schema: btree on "Inquiry"(subject)',
        'Index "Producer_taxCode_key" is btree on "Producer"(taxCode), schema expects UNIQUE btree on "Producer"(taxCode)',
        'Column "User"."email" is nullable, schema expects NOT NULL',
        'Column "Product"."viewCount" has type bigint, schema expects integer',
        'Column "Certificate"."issuedAt" has type timestamp(3) without time zone, schema expects date',
        'Column "Fair"."subsidyRule" has type json, schema expects jsonb',
        'Column "Fair"."minStars" has default 4, schema expects 3',
        'Column "SearchOutbox"."id" has type integer, schema expects bigint',
        'Column "Product"."exportMarkets" is NOT NULL, schema expects nullable',
        'Column "Producer"."fax" is not in the schema',
        'Table "WebhookEvent" has no primary key, schema expects WebhookEvent_pkey(id)',
        'Foreign key "Refund_createdById_fkey" is missing: "Refund"(createdById) → "User"(id) ON DELETE SetNull ON UPDATE Cascade',
        'Enum "Role" has values (PRODUCER, BUYER, ORGANISER, ADMIN, GUEST), schema expects (PRODUCER, BUYER, ORGANISER, ADMIN)',
        'Foreign key "Session_userId_fkey" is "Session"(userId) → "User"(id) ON DELETE Restrict ON UPDATE Cascade, ' +
          'schema expects "Session"(userId) → "User"(id) ON DELETE Cascade ON UPDATE Cascade',
      ].sort(),
    )
  })

  it('reports a schema change that has no migration yet', async () => {
    const edited = schemaText
      .replace(/(model User \{[^}]*?\n\s*phone\s+String\?\n)/, '$1  nickname String?\n')
      .replace(/\n\s*@@index\(\[rfqGroupId\]\)/, '')
      .replace('@@index([hallId])\n}\n\nenum ApplicationStatus', '@@index([hallId])\n  @@index([zone])\n}\n\nenum ApplicationStatus')
    expect(edited).not.toBe(schemaText)

    const problems = compareSchemas(await expectedSchema(edited), await readDatabaseSchema(process.env.DATABASE_URL!))

    expect(problems.sort()).toEqual(
      [
        'Column "User"."nickname" is missing',
        'Index "Booth_zone_idx" is missing: btree on "Booth"(zone)',
        'Index "Inquiry_rfqGroupId_idx" is not in the schema: btree on "Inquiry"(rfqGroupId)',
      ].sort(),
    )
  })

  it('matches SQL generated by Prisma for mapped names, native types, sort orders and hash indexes', async () => {
    const database = await scratch('sample')
    await runSql(database.url, SAMPLE_SCHEMA_SQL)

    const actual = await readDatabaseSchema(database.url)
    expect(compareSchemas(await expectedSchema(SAMPLE_SCHEMA), actual)).toEqual([])
    expect(actual.tables.shelves.columns.seenAt.type).toBe('timestamp(6) with time zone')
    expect(actual.indexes.find((index) => index.name === 'shelves_seenAt_code_idx')?.columns).toEqual(['seenAt DESC', 'code'])
  })
})
