// The benchmarks' PostgreSQL: one cluster under .data/bench (port 54349, or BENCH_PG_PORT) and a
// fresh, migrated database per run, so a benchmark never measures the leftovers of another.
import path from 'node:path'
import pg from 'pg'
import { migrate } from '../../scripts/lib/migrator.ts'
import { projectRoot, startPostgres } from '../../scripts/services.ts'

export async function freshBenchDatabase(name: string, log: (line: string) => void) {
  const postgres = await startPostgres({
    dataDir: path.join(projectRoot, '.data', 'bench', 'postgres'),
    port: Number(process.env.BENCH_PG_PORT ?? 54349),
    database: 'postgres',
    log,
  })
  const admin = new pg.Client({ connectionString: postgres.url })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const databaseUrl = postgres.url.replace(/\/postgres$/, `/${name}`)
  await migrate(databaseUrl, { log: () => {} })
  return { postgres, databaseUrl }
}
