// Rebuilds the products index from PostgreSQL into a fresh index, then swaps it in atomically so
// searches never see an empty or half-built index.
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { getMeili, indexUid } from './client.server'
import { allProductDocuments, countPublishedProducts, producerDocumentsFor } from './documents.server'
import { ensureIndex, TASK_TIMEOUT } from './indexes.server'
import { INDEXES } from './settings'

export interface ReindexProgress {
  phase: 'documents' | 'indexing' | 'swap' | 'done'
  sent: number
  total: number
}

export async function reindexAll(
  prisma: PrismaClient,
  options: { onProgress?: (progress: ReindexProgress) => void; batchSize?: number } = {},
) {
  const meili = getMeili()
  const live = indexUid(INDEXES.products)
  const building = `${live}_build_${Date.now()}`
  const at = now()
  const total = await countPublishedProducts(prisma)
  let sent = 0
  let indexed = 0

  await ensureIndex(INDEXES.products, live)
  await ensureIndex(INDEXES.products, building)
  try {
    const tasks: Array<{ waitTask: (o: typeof TASK_TIMEOUT) => Promise<unknown> }> = []
    for await (const documents of allProductDocuments(prisma, at, options.batchSize ?? 2000)) {
      sent += documents.length
      if (documents.length) tasks.push(meili.index(building).addDocuments(documents))
      options.onProgress?.({ phase: 'documents', sent, total })
    }
    indexed = sent
    options.onProgress?.({ phase: 'indexing', sent, total })
    for (const task of tasks) await task.waitTask(TASK_TIMEOUT)
    options.onProgress?.({ phase: 'swap', sent, total })
    const swap = await meili.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask(TASK_TIMEOUT)
    if (swap.status !== 'succeeded') throw new Error(`Index swap failed: ${JSON.stringify(swap.error)}`)
  } finally {
    await meili.deleteIndex(building).waitTask(TASK_TIMEOUT).catch(() => undefined)
  }
  await rebuildProducers(prisma, at)
  options.onProgress?.({ phase: 'done', sent, total })
  return { indexed }
}

async function rebuildProducers(prisma: PrismaClient, at: Date) {
  const meili = getMeili()
  const live = indexUid(INDEXES.producers)
  const building = `${live}_build_${Date.now()}`
  await ensureIndex(INDEXES.producers, live)
  await ensureIndex(INDEXES.producers, building)
  try {
    const { documents } = await producerDocumentsFor(prisma, null, at)
    if (documents.length) await meili.index(building).addDocuments(documents).waitTask(TASK_TIMEOUT)
    await meili.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask(TASK_TIMEOUT)
  } finally {
    await meili.deleteIndex(building).waitTask(TASK_TIMEOUT).catch(() => undefined)
  }
}
