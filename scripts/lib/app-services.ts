// Brings up everything the app needs before the web server starts: embedded PostgreSQL and
// Meilisearch unless DATABASE_URL / MEILI_HOST point elsewhere, migrations, demo data on an empty
// database, search indexes, and the search outbox worker. Shared by `npm run dev` and `npm start`.
import path from 'node:path'
import { createPrismaClient } from '../../app/utils/db.server.ts'
import { parseServerEnv } from '../../app/utils/env.server.ts'
import { seedIfEmpty } from '../../prisma/seed/index.ts'
import { getMeili, indexUid } from '../../search/client.server.ts'
import { ensureSearchIndexes } from '../../search/indexes.server.ts'
import { reindexAll } from '../../search/reindex.server.ts'
import { INDEXES } from '../../search/settings.ts'
import { startSearchWorker } from '../../search/worker.server.ts'
import { startMailWorker } from '../../app/modules/mail/sender.server.ts'
import { startPaymentJobs } from '../../app/modules/payments/jobs.server.ts'
import { startInquiryWorker } from '../../app/modules/inquiries/quotations.server.ts'
import { loadDotEnv, projectRoot, startMeilisearch, startPostgres, type RunningService } from '../services.ts'
import { migrate } from './migrator.ts'

export const DEV_MEILI_KEY = 'ocop-local-master-key-0123456789'

export async function bootAppServices(log: (line: string) => void = console.log) {
  loadDotEnv()
  const started: RunningService[] = []
  const stopAll = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined)
  }
  try {
    if (!process.env.DATABASE_URL) {
      const postgres = await startPostgres({
        dataDir: path.join(projectRoot, '.data', 'postgres'),
        port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
        database: 'ocop',
        log,
      })
      started.push(postgres)
      process.env.DATABASE_URL = postgres.url
    }
    if (!process.env.MEILI_HOST) {
      process.env.MEILI_MASTER_KEY ??= DEV_MEILI_KEY
      const meili = await startMeilisearch({
        dataDir: path.join(projectRoot, '.data', 'meilisearch'),
        port: Number(process.env.EMBEDDED_MEILI_PORT ?? 7700),
        masterKey: process.env.MEILI_MASTER_KEY,
        log,
      })
      started.push(meili)
      process.env.MEILI_HOST = meili.url
    }
    const env = parseServerEnv()

    const { applied } = await migrate(env.DATABASE_URL, { log })
    log(applied.length ? `Database: applied ${applied.length} migration(s)` : 'Database: schema up to date')

    const prisma = createPrismaClient(env.DATABASE_URL)
    const seeded = await seedIfEmpty(prisma, { log })
    if (seeded) log('Database: demo data loaded')

    let stopWorker = async () => {}
    try {
      await ensureSearchIndexes()
      const stats = await getMeili().index(indexUid(INDEXES.products)).getStats()
      if (seeded || stats.numberOfDocuments === 0) {
        const { indexed } = await reindexAll(prisma)
        log(`Search: indexed ${indexed} products`)
      }
    } catch (error) {
      // Search is a projection: the app still serves (with reduced search) while Meilisearch is away.
      log(`Search: Meilisearch not ready (${error instanceof Error ? error.message : error}); the outbox will catch up`)
    }
    if (env.SEARCH_WORKER === 'inline') stopWorker = startSearchWorker(prisma, { log })
    const stopMail = startMailWorker(prisma, { log })
    // Booth fees: reminders before the due date, expiry and booth release after it.
    const stopPayments = startPaymentJobs({ log })
    // Expires quotations past their validity date (once a minute, on the server clock).
    const stopInquiries = startInquiryWorker(prisma, { log })

    return {
      env,
      stop: async () => {
        await stopWorker()
        await stopMail()
        await stopPayments()
        await stopInquiries()
        await prisma.$disconnect()
        await stopAll()
      },
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
