// End-to-end tests in Debian's Chromium (Playwright cannot download browsers here). The web server
// script starts the test services, rebuilds the `ocop_e2e` database from migrations + seed, and
// serves the production build (run `npm run build` first; `npm test` does).
import { defineConfig } from '@playwright/test'
import { E2E_BASE_URL } from './tests/e2e/e2e-env.ts'

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: E2E_BASE_URL,
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Specs that compare catalogue-wide figures (search counts, home page totals) with the database
  // run first, alone; the specs that add producers, products and certificates run after them.
  projects: [
    { name: 'catalogue-wide', testMatch: ['search.spec.ts', 'home.spec.ts'] },
    { name: 'workflows', testIgnore: ['search.spec.ts', 'home.spec.ts'], dependencies: ['catalogue-wide'] },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `${E2E_BASE_URL}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Let the script stop the app and the services it started (a SIGKILL would leave PostgreSQL).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
