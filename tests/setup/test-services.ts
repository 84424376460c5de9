// Names and addresses shared by the Vitest global set-up, the per-worker set-up and the helpers.
// The test servers are separate from the development ones (own ports, data under .data/test/).
export const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54339)
export const TEST_MEILI_PORT = Number(process.env.TEST_MEILI_PORT ?? 7710)
export const TEST_MEILI_MASTER_KEY = 'ocop-test-master-key-0123456789'
export const TEMPLATE_DATABASE = 'ocop_test_template'
/** Every database a test run creates starts with this, so the next run can drop leftovers. */
export const WORKER_DATABASE_PREFIX = 'ocop_test_w'

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgresql://user:password@host:port (no database): append `/<name>`. */
    testDatabaseServerUrl: string
    testTemplateDatabase: string
    testMeiliHost: string
    testMeiliMasterKey: string
  }
}

/** The worker's number (1…maxWorkers), stable for the worker's life. */
export function workerId(): string {
  return process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '1'
}

export function databaseUrl(serverUrl: string, database: string): string {
  return `${serverUrl}/${database}`
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`
