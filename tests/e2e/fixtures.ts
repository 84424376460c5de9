// The `test` every spec uses: fails a test when any page logged a console error or threw, unless
// the test lists the message as expected (e.g. the browser's own "404" line on a not-found page).
import { test as base, expect, type Page } from '@playwright/test'

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleGuard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const problems: string[] = []
      context.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`)
      })
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
      await use()
      expect(problems, 'errors logged in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens a page and waits until React has hydrated it (root.tsx marks <html data-hydrated>). */
export async function gotoHydrated(page: Page, url: string) {
  await page.goto(url)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
}
