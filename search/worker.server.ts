// Drains the search outbox into Meilisearch. Rows are claimed with FOR UPDATE SKIP LOCKED so
// several workers can run; a failed batch is retried with exponential back-off; re-sending a
// document is harmless (Meilisearch upserts by id), which makes the worker idempotent.
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { startPeriodicJob } from '~/utils/periodic-job.server'
import { getMeili, indexUid } from './client.server'
import { producerDocumentsFor, productDocumentsFor } from './documents.server'
import { TASK_TIMEOUT } from './indexes.server'
import { INDEXES, type IndexName } from './settings'

type OutboxRow = { id: bigint; entity: 'PRODUCT' | 'PRODUCER'; entityId: string; attempts: number }

const MAX_BACKOFF_SECONDS = 300

export async function drainSearchOutbox(prisma: PrismaClient, options: { batchSize?: number } = {}) {
  const batchSize = options.batchSize ?? 500
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT "id", "entity"::text AS "entity", "entityId", "attempts" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND "availableAt" <= ${now()}
        ORDER BY "id" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`
      if (rows.length === 0) return { processed: 0, failed: 0 }
      const ids = rows.map((row) => row.id)
      try {
        const productIds = new Set(rows.filter((r) => r.entity === 'PRODUCT').map((r) => r.entityId))
        const producerIds = rows.filter((r) => r.entity === 'PRODUCER').map((r) => r.entityId)
        if (producerIds.length) {
          // A producer's verification, name or place changes every one of its product documents.
          const products = await tx.product.findMany({ where: { producerId: { in: producerIds } }, select: { id: true } })
          for (const product of products) productIds.add(product.id)
        }
        await syncProducts(tx as unknown as PrismaClient, [...productIds])
        // A product change can change its producer's card (product count, best stars).
        const affectedProducers = new Set(producerIds)
        if (productIds.size) {
          const owners = await tx.product.findMany({ where: { id: { in: [...productIds] } }, select: { producerId: true } })
          for (const owner of owners) affectedProducers.add(owner.producerId)
        }
        await syncProducers(tx as unknown as PrismaClient, [...affectedProducers])
        await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: now() } })
        return { processed: rows.length, failed: 0 }
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000)
        // One statement for the whole batch; each row backs off by its own attempt count.
        await tx.$executeRaw`
          UPDATE "SearchOutbox" SET "attempts" = "attempts" + 1, "lastError" = ${message},
            "availableAt" = ${now()}::timestamp + make_interval(secs => LEAST(${MAX_BACKOFF_SECONDS}, power(2, "attempts")))
          WHERE "id" = ANY(${ids})`
        return { processed: 0, failed: rows.length }
      }
    },
    { timeout: 60_000 },
  )
}

const syncProducts = (prisma: PrismaClient, ids: string[]) => syncIndex(INDEXES.products, ids, () => productDocumentsFor(prisma, ids, now()))
const syncProducers = (prisma: PrismaClient, ids: string[]) => syncIndex(INDEXES.producers, ids, () => producerDocumentsFor(prisma, ids, now()))

async function syncIndex(uid: IndexName, ids: string[], load: () => Promise<{ documents: object[]; remove: string[] }>) {
  if (ids.length === 0) return
  const { documents, remove } = await load()
  const index = getMeili().index(indexUid(uid))
  const tasks = []
  if (documents.length) tasks.push(index.addDocuments(documents))
  if (remove.length) tasks.push(index.deleteDocuments(remove))
  for (const task of tasks) {
    const result = await task.waitTask(TASK_TIMEOUT)
    if (result.status !== 'succeeded') throw new Error(`Meilisearch task failed: ${JSON.stringify(result.error)}`)
  }
}

/** Polls the outbox until stopped. Errors (Meilisearch down) are logged once per streak. */
export function startSearchWorker(
  prisma: PrismaClient,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
) {
  const log = options.log ?? ((line: string) => console.log(line))
  let failing = false
  return startPeriodicJob({
    name: 'Search worker',
    intervalMs: options.intervalMs ?? 500,
    log,
    // Drains the whole backlog in one pass, batch after batch, unless the app is stopping.
    run: async (isStopped) => {
      for (;;) {
        const result = await drainSearchOutbox(prisma)
        if (result.failed && !failing) log(`Search worker: ${result.failed} change(s) not indexed yet, retrying with back-off`)
        failing = result.failed > 0
        if (result.processed === 0 || isStopped()) break
      }
    },
  })
}
