// An admin reaches the buyer reports from the header, sees a report a producer made and marks it
// reviewed after confirming.
import { randomUUID } from 'node:crypto'
import { DEMO, logInAs } from './accounts-helpers.ts'
import { query } from './db.ts'
import { expect, test } from './fixtures.ts'

test('an admin finds a reported buyer from the header and marks the report reviewed', async ({ browser }) => {
  const suffix = randomUUID().slice(0, 8)
  const orgName = `Công ty bị báo cáo ${suffix}`
  const [org] = await query<{ id: string }>(
    `INSERT INTO "BuyerOrganisation" (id, slug, name, type, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'DISTRIBUTOR', now(), now()) RETURNING id`,
    [`e2e-org-${suffix}`, `e2e-org-${suffix}`, orgName],
  )
  const [producer] = await query<{ producerId: string }>(`SELECT "producerId" FROM "User" WHERE email = $1`, [DEMO.producer])
  await query(`INSERT INTO "BuyerBlock" (id, "producerId", "buyerOrgId", reason, reported, "createdAt") VALUES ($1, $2, $3, 'Gửi tin rác', true, now())`, [
    `e2e-block-${suffix}`,
    producer!.producerId,
    org!.id,
  ])

  const context = await browser.newContext()
  await logInAs(context, DEMO.admin)
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/quan-tri/nguoi-dung')
  await page.getByRole('link', { name: 'Báo cáo người mua' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo người mua' })).toBeVisible()
  const row = page.getByTestId('report-row').filter({ hasText: orgName })
  await expect(row).toContainText('Gửi tin rác')
  await expect(row).toContainText('Chưa xem xét')
  await row.getByRole('button', { name: `Đánh dấu đã xem xét báo cáo về ${orgName}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã đánh dấu báo cáo là đã xem xét.' })).toBeVisible()
  await expect(row).toContainText('Đã xem xét')
  await expect(row.getByRole('button')).toHaveCount(0)
  await context.close()
})
