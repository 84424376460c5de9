// Database helpers for integration tests. Each Vitest worker has its own database (see
// tests/setup/per-worker.ts), emptied before each test file; call resetDatabase() in a beforeEach
// when the tests of one file must not see each other's rows.
import { prisma } from '~/utils/db.server'
import { APP_TABLES_QUERY, truncateStatement } from './truncate.ts'

let statement: string | null | undefined

/** Empties every application table (not `_prisma_migrations`) and restarts their id sequences. */
export async function resetDatabase(): Promise<void> {
  if (statement === undefined) {
    const rows = await prisma.$queryRawUnsafe<{ tablename: string }[]>(APP_TABLES_QUERY)
    statement = truncateStatement(rows.map((row) => row.tablename))
  }
  if (statement) await prisma.$executeRawUnsafe(statement)
}

export { prisma }
