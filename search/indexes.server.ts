// Creates the indexes if missing and applies their declared settings. Meilisearch treats an
// unchanged settings update as a no-op, so this is safe on every start-up.
import { getMeili, indexUid } from './client.server'
import { INDEXES, settingsFor, type IndexName } from './settings'

const TASK_TIMEOUT = { timeout: 120_000, interval: 50 }

export async function ensureIndex(name: IndexName, uid = indexUid(name)) {
  const meili = getMeili()
  const exists = await meili
    .getIndex(uid)
    .then(() => true)
    .catch(() => false)
  if (!exists) await meili.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK_TIMEOUT)
  await meili.index(uid).updateSettings(settingsFor[name]).waitTask(TASK_TIMEOUT)
}

export async function ensureSearchIndexes() {
  for (const name of Object.values(INDEXES)) await ensureIndex(name)
}

export { TASK_TIMEOUT }
