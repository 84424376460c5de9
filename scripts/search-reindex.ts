// `npm run search:reindex`: rebuilds the products index from PostgreSQL and swaps it in atomically.
import path from 'node:path'
import { createPrismaClient } from '../app/utils/db.server.ts'
import { reindexAll } from '../search/reindex.server.ts'
import { DEV_MEILI_KEY } from './lib/app-services.ts'
import { loadDotEnv, projectRoot, startMeilisearch, startPostgres, type RunningService } from './services.ts'

loadDotEnv()
const started: RunningService[] = []
if (!process.env.DATABASE_URL) {
  const pg = await startPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres'), port: 54329, database: 'ocop' })
  started.push(pg)
  process.env.DATABASE_URL = pg.url
}
if (!process.env.MEILI_HOST) {
  process.env.MEILI_MASTER_KEY ??= DEV_MEILI_KEY
  const meili = await startMeilisearch({
    dataDir: path.join(projectRoot, '.data', 'meilisearch'),
    port: 7700,
    masterKey: process.env.MEILI_MASTER_KEY,
  })
  started.push(meili)
  process.env.MEILI_HOST = meili.url
}
const prisma = createPrismaClient(process.env.DATABASE_URL)
const width = 30
const started_at = Date.now()
try {
  const { indexed } = await reindexAll(prisma, {
    onProgress: ({ phase, sent, total }) => {
      const share = total ? Math.min(1, sent / total) : 1
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░')
      process.stdout.write(`\r${bar} ${sent}/${total} ${phase.padEnd(10)}`)
    },
  })
  process.stdout.write(`\nIndexed ${indexed} products in ${((Date.now() - started_at) / 1000).toFixed(1)} s\n`)
} finally {
  await prisma.$disconnect()
  for (const service of started) await service.stop()
}
