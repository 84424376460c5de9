// The quotation form's price tiers are a dynamic list (1 to 6 rows) built on Conform's list
// intents: with JavaScript the rows change in place, without it the server applies the same
// intents and sends the form back, and a validation error keeps every typed row.
import { randomUUID } from 'node:crypto'
import { DEMO, logInAs } from './accounts-helpers.ts'
import { query, vietnamToday } from './db.ts'
import { expect, test } from './fixtures.ts'

/** A fresh open thread between the demo buyer and the demo producer, without any quotation. */
async function openThread(subject: string) {
  const [buyer] = await query<{ id: string; buyerOrgId: string }>(`SELECT id, "buyerOrgId" FROM "User" WHERE email = $1`, [DEMO.buyer])
  const [producer] = await query<{ producerId: string }>(`SELECT "producerId" FROM "User" WHERE email = $1`, [DEMO.producer])
  const id = `e2e-tiers-${randomUUID()}`
  await query(
    `INSERT INTO "Inquiry" (id, "buyerOrgId", "producerId", "createdById", subject, quantity, unit, status, "lastMessageAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 200, 'hộp', 'NEW', now(), now(), now())`,
    [id, buyer!.buyerOrgId, producer!.producerId, buyer!.id, subject],
  )
  return id
}

function inDays(days: number) {
  return vietnamToday(new Date(Date.now() + days * 24 * 3600 * 1000))
}

test('the producer adds and removes tier rows, between one and six', async ({ browser }) => {
  const id = await openThread(`Bậc giá động ${Date.now().toString(36)}`)
  const context = await browser.newContext()
  await logInAs(context, DEMO.producer)
  const page = await context.newPage()
  await page.goto(`/nha-san-xuat/hop-thu/${id}`)
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  const form = page.getByRole('form', { name: 'Gửi báo giá' })
  const rows = form.getByTestId('tier-row')
  await expect(rows).toHaveCount(1)
  await expect(form.getByLabel('Bậc 1: từ số lượng')).toHaveValue('200')
  // The only row cannot be removed.
  await expect(form.getByRole('button', { name: 'Xoá bậc 1' })).toBeDisabled()

  const add = form.getByRole('button', { name: 'Thêm bậc giá' })
  for (let n = 2; n <= 6; n++) {
    await add.click()
    await expect(rows).toHaveCount(n)
    await form.getByLabel(`Bậc ${n}: từ số lượng`).fill(String(n * 100))
  }
  await expect(add).toHaveCount(0)
  await expect(form.getByText('Đã đủ tối đa 6 bậc giá.')).toBeVisible()

  // Removing tier 3 renumbers the rest and keeps their values.
  await form.getByRole('button', { name: 'Xoá bậc 3' }).click()
  await expect(rows).toHaveCount(5)
  await expect(form.getByLabel('Bậc 3: từ số lượng')).toHaveValue('400')
  await expect(form.getByLabel('Bậc 5: từ số lượng')).toHaveValue('600')
  await expect(add).toBeVisible()
  await context.close()
})

test('without JavaScript the tier list still works and a validation error keeps the typed rows', async ({ browser }) => {
  const id = await openThread(`Bậc giá không JS ${Date.now().toString(36)}`)
  const context = await browser.newContext({ javaScriptEnabled: false })
  await logInAs(context, DEMO.producer)
  const page = await context.newPage()
  await page.goto(`/nha-san-xuat/hop-thu/${id}`)
  const form = page.getByRole('form', { name: 'Gửi báo giá' })
  await expect(form.getByTestId('tier-row')).toHaveCount(1)
  await form.getByLabel('Bậc 1: từ số lượng').fill('1000')
  await form.getByLabel('Bậc 1: giá (đồng/đơn vị)').fill('42.000')
  // The server applies the insert intent and returns the form with a second row.
  await form.getByRole('button', { name: 'Thêm bậc giá' }).click()
  await expect(form.getByTestId('tier-row')).toHaveCount(2)
  await expect(form.getByLabel('Bậc 1: từ số lượng')).toHaveValue('1000')
  await form.getByLabel('Bậc 2: từ số lượng').fill('500')
  await form.getByLabel('Bậc 2: giá (đồng/đơn vị)').fill('40000')
  await form.getByLabel('Hiệu lực đến').fill(inDays(20))
  await form.getByLabel('Điều kiện giao hàng').fill('Giao tại kho Cần Thơ')
  await form.getByLabel('Điều kiện thanh toán').fill('Chuyển khoản khi nhận hàng')
  await form.getByRole('button', { name: 'Gửi báo giá' }).click()

  // Tiers out of order: the error is shown and both rows keep what was typed.
  await expect(form.getByText('Số lượng tối thiểu của các bậc giá phải tăng dần')).toBeVisible()
  await expect(form.getByTestId('tier-row')).toHaveCount(2)
  await expect(form.getByLabel('Bậc 2: từ số lượng')).toHaveValue('500')
  await expect(form.getByLabel('Bậc 2: giá (đồng/đơn vị)')).toHaveValue('40000')
  await expect(form.getByLabel('Điều kiện giao hàng')).toHaveValue('Giao tại kho Cần Thơ')

  await form.getByLabel('Bậc 2: từ số lượng').fill('2000')
  await form.getByRole('button', { name: 'Gửi báo giá' }).click()
  await expect(page.getByTestId('inquiry-status')).toHaveText('Đã báo giá')
  const tiers = await query<{ minQuantity: number; priceVnd: number }>(
    `SELECT t."minQuantity", t."priceVnd" FROM "QuotationTier" t JOIN "Quotation" q ON q.id = t."quotationId" WHERE q."inquiryId" = $1 ORDER BY t."minQuantity"`,
    [id],
  )
  expect(tiers).toEqual([
    { minQuantity: 1000, priceVnd: 42000 },
    { minQuantity: 2000, priceVnd: 40000 },
  ])
  await context.close()
})
