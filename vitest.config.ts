// Unit and integration tests (Node environment, real PostgreSQL and Meilisearch started by
// tests/setup/global-setup.ts). Browser end-to-end tests live in tests/e2e and run under Playwright.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'node',
    globals: true,
    include: ['app/**/*.test.{ts,tsx}', 'search/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'tests/e2e/**', 'build/**', '.data/**'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/per-worker.ts'],
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
})
