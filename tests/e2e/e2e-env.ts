// Where the end-to-end run lives: the test PostgreSQL and Meilisearch (shared with Vitest, own
// database and index prefix) and the app on :3100. Read by playwright.config.ts, the web server
// script and the specs, so they cannot disagree.
import { TEST_MEILI_MASTER_KEY, TEST_MEILI_PORT, TEST_PG_PORT } from '../setup/test-services.ts'

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`
// Overridable so two runs on one machine (several people, or a developer and CI) keep their own data.
export const E2E_DATABASE = process.env.E2E_DATABASE ?? 'ocop_e2e'
export const E2E_PG_PORT = TEST_PG_PORT
export const E2E_DATABASE_URL = `postgresql://ocop:ocop-local@127.0.0.1:${E2E_PG_PORT}/${E2E_DATABASE}`
export const E2E_MEILI_PORT = TEST_MEILI_PORT
export const E2E_MEILI_MASTER_KEY = TEST_MEILI_MASTER_KEY
export const E2E_MEILI_INDEX_PREFIX = process.env.E2E_MEILI_INDEX_PREFIX ?? 'e2e_'
