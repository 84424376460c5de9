// Meilisearch client for the server. Responses are requested uncompressed: with the client's
// default gzip negotiation the same queries measured ~40 ms slower here (DESIGN.md §4).
import { Meilisearch } from 'meilisearch'
import type { IndexName } from './settings'

let client: Meilisearch | undefined

export function meiliConfig() {
  const host = process.env.MEILI_HOST
  const apiKey = process.env.MEILI_MASTER_KEY
  if (!host) throw new Error('MEILI_HOST is not set')
  if (!apiKey) throw new Error('MEILI_MASTER_KEY is not set')
  return { host, apiKey, prefix: process.env.MEILI_INDEX_PREFIX ?? '' }
}

export function getMeili(): Meilisearch {
  if (!client) {
    const { host, apiKey } = meiliConfig()
    client = new Meilisearch({ host, apiKey, requestInit: { headers: { 'Accept-Encoding': 'identity' } } })
  }
  return client
}

/** Physical index uid: tests and parallel environments share one server through a prefix. */
export function indexUid(name: IndexName): string {
  return `${meiliConfig().prefix}${name}`
}

/** Tests only: forget the cached client after the environment changed. */
export function resetMeiliClient() {
  client = undefined
}
