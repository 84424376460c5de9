// Booth fees in the browser: a producer pays on the fake Stripe Checkout page, comes back to a page
// that waits for the webhook, sees the booths confirmed and the receipt; the organiser's report shows
// the payment. The fair, booths, allocation and payment request are written here directly (the
// allocation screens belong to another spec), for a fresh organiser and producer, in a DRAFT fair so
// the public pages other specs count are unaffected.
import { randomUUID } from 'node:crypto'
import type { Browser } from '@playwright/test'
import { query } from './db.ts'
import { createAccount, createProducer, DEMO_PASSWORD, logInAs, uniqueEmail, uniqueTaxCode } from './accounts-helpers.ts'
import { expect, test } from './fixtures.ts'

const DAY_MS = 24 * 3600 * 1000

async function createOrganiserAccount(legalName: string) {
  const organiserId = randomUUID()
  await query(
    `INSERT INTO "Organiser" (id, slug, "legalName", "taxCode", "addressLine", phone, email, "bankAccount")
     VALUES ($1, $2, $3, $4, 'Số 1 Đường 30/4, phường Long Châu, tỉnh Vĩnh Long', '02703822001', 'btc@e2e.ocop.vn', 'Vietcombank 0071000123456')`,
    [organiserId, `btc-${organiserId}`, legalName, uniqueTaxCode()],
  )
  const email = uniqueEmail('btc')
  const { hashPassword } = await import('../../app/modules/accounts/password.server.ts')
  await query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "organiserId", "memberRole", "updatedAt")
     VALUES ($1, $2, $3, 'Trần Thị Bình', 'ORGANISER', $4, 'OWNER', now())`,
    [randomUUID(), email, await hashPassword(DEMO_PASSWORD), organiserId],
  )
  return { organiserId, email }
}

/** A fair with two allocated standard booths for the producer and its OPEN payment request (50% cooperative subsidy). */
async function allocatedFair(organiserId: string, producerId: string, nameVi: string) {
  const fairId = randomUUID()
  const slug = `hoi-cho-thanh-toan-${fairId.slice(0, 8)}`
  await query(
    `INSERT INTO "Fair" (id, slug, "organiserId", "nameVi", venue, "addressLine", "startsAt", "endsAt", "applicationOpensAt", "applicationClosesAt",
       status, "subsidyRule", "paymentDueDays", "refundCutoffAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Trung tâm Hội nghị tỉnh Vĩnh Long', 'Phường Long Châu, tỉnh Vĩnh Long', $5, $6, $7, $8,
       'DRAFT', '{"kind":"percentByProducerType","producerTypes":["COOPERATIVE"],"percent":50}', 14, $9, now())`,
    [fairId, slug, organiserId, nameVi, new Date(Date.now() + 90 * DAY_MS), new Date(Date.now() + 93 * DAY_MS), new Date(Date.now() - 30 * DAY_MS), new Date(Date.now() - DAY_MS), new Date(Date.now() + 60 * DAY_MS)],
  )
  const boothTypeId = randomUUID()
  await query(
    `INSERT INTO "BoothType" (id, "fairId", code, "nameVi", "widthM", "depthM", "priceVnd", includes) VALUES ($1, $2, 'TC', 'Gian tiêu chuẩn 3 × 3 m', 3, 3, 8000000, ARRAY['Bàn','Ghế'])`,
    [boothTypeId, fairId],
  )
  const hallId = randomUUID()
  await query(`INSERT INTO "Hall" (id, "fairId", name, "widthM", "depthM") VALUES ($1, $2, 'Nhà A', 40, 20)`, [hallId, fairId])
  const applicationId = randomUUID()
  await query(
    `INSERT INTO "BoothApplication" (id, "fairId", "producerId", "boothTypeId", "boothCount", status, "submittedAt", "decidedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 2, 'ACCEPTED', now(), now(), now())`,
    [applicationId, fairId, producerId, boothTypeId],
  )
  for (const [index, code] of ['A-01', 'A-02'].entries()) {
    const boothId = randomUUID()
    await query(
      `INSERT INTO "Booth" (id, "fairId", "hallId", "boothTypeId", code, x, y, width, depth, features) VALUES ($1, $2, $3, $4, $5, $6, 2, 3, 3, ARRAY['power'])`,
      [boothId, fairId, hallId, boothTypeId, code, 5 + index * 3],
    )
    await query(
      `INSERT INTO "Allocation" (id, "fairId", "boothId", "applicationId", "producerId", status, "publishedAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'ALLOCATED', now(), now())`,
      [randomUUID(), fairId, boothId, applicationId, producerId],
    )
  }
  const requestId = randomUUID()
  await query(
    `INSERT INTO "PaymentRequest" (id, "fairId", "applicationId", "producerId", "grossVnd", "subsidyVnd", "amountVnd", "dueAt", status, "updatedAt")
     VALUES ($1, $2, $3, $4, 16000000, 8000000, 8000000, $5, 'OPEN', now())`,
    [requestId, fairId, applicationId, producerId, new Date(Date.now() + 14 * DAY_MS)],
  )
  return { fairId, slug, requestId, applicationId }
}

async function newPage(browser: Browser, email: string) {
  const context = await browser.newContext()
  await logInAs(context, email)
  return { context, page: await context.newPage() }
}

test('a producer pays on the Checkout page, the booths are confirmed by the webhook, and the organiser sees the payment', async ({ page, context, browser }) => {
  test.setTimeout(60_000)
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase()
  const producerName = `Hợp tác xã Dừa Sáp Cầu Kè ${tag}`
  const fairName = `Hội chợ OCOP Vĩnh Long thử nghiệm ${tag}`
  // PENDING keeps this producer out of the home page's verified-producer figures other specs check.
  const producerId = await createProducer({ legalName: producerName, status: 'PENDING' })
  const producerEmail = uniqueEmail('htx-thanh-toan')
  await createAccount({ email: producerEmail, password: DEMO_PASSWORD, name: 'Thạch Thị Sa Rươl', role: 'PRODUCER', producerId })
  const organiser = await createOrganiserAccount(`Sở Công Thương thử nghiệm ${tag}`)
  const { slug, requestId, applicationId } = await allocatedFair(organiser.organiserId, producerId, fairName)

  await logInAs(context, producerEmail)
  await page.goto('/nha-san-xuat/thanh-toan')
  await expect(page.getByRole('heading', { level: 1, name: 'Phí gian hàng' })).toBeVisible()
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: fairName }) })
  await expect(card.getByTestId('payment-status')).toHaveText('Chờ thanh toán')
  await expect(card.getByText('8.000.000 ₫', { exact: true })).toHaveCount(2) // subsidy and amount to pay
  await expect(card.getByTestId('booth-chip')).toHaveText(['A-01 · Chờ thanh toán', 'A-02 · Chờ thanh toán'])

  // The dashboard reminds of the open fee and pays from there too.
  await page.goto('/nha-san-xuat')
  const reminder = page.getByRole('region', { name: 'Phí gian hàng chờ thanh toán' })
  await expect(reminder.getByRole('listitem').filter({ hasText: fairName })).toContainText('8.000.000 ₫')
  await reminder.getByRole('listitem').filter({ hasText: fairName }).getByRole('button', { name: 'Thanh toán' }).click()
  // The stand-in for Stripe's hosted page, on another origin.
  await expect(page.getByRole('heading', { name: 'Thanh toán 8.000.000 ₫' })).toBeVisible()
  await page.getByRole('button', { name: 'Pay' }).click()

  // Back on OCOP Connect: the redirect alone confirms nothing…
  await expect(page).toHaveURL(new RegExp(`/nha-san-xuat/thanh-toan/${requestId}\\?session_id=cs_test_`))
  await expect(page.getByRole('status')).toContainText('Đang chờ xác nhận thanh toán')
  // …the webhook does, and the page picks it up without a reload.
  await expect(page.getByRole('status')).toContainText('Đã xác nhận thanh toán', { timeout: 15_000 })
  await expect(page.getByTestId('booth-chip')).toHaveText(['A-01 · Đã xác nhận', 'A-02 · Đã xác nhận'])
  const [stored] = await query<{ status: string; method: string; session: string | null }>(
    `SELECT status::text, method::text, "stripeCheckoutSessionId" AS session FROM "PaymentRequest" WHERE id = $1`,
    [requestId],
  )
  expect(stored).toMatchObject({ status: 'PAID', method: 'STRIPE' })
  expect(stored.session).toMatch(/^cs_test_/)
  const allocations = await query<{ status: string }>(`SELECT status::text FROM "Allocation" WHERE "applicationId" = $1`, [applicationId])
  expect(allocations.map((a) => a.status)).toEqual(['CONFIRMED', 'CONFIRMED'])
  const events = await query<{ type: string }>(`SELECT type FROM "WebhookEvent" WHERE type = 'checkout.session.completed'`)
  expect(events.length).toBeGreaterThan(0)

  // The list shows it paid; the receipt: organiser, producer, booths, amount in words.
  await page.getByRole('link', { name: 'Về danh sách phí gian hàng' }).click()
  await expect(card.getByTestId('payment-status')).toHaveText('Đã thanh toán')
  await card.getByRole('link', { name: 'Xem biên nhận' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Biên nhận thanh toán phí gian hàng' })).toBeVisible()
  await expect(page.getByText(producerName)).toBeVisible()
  await expect(page.getByText(`Sở Công Thương thử nghiệm ${tag}`)).toBeVisible()
  await expect(page.getByTestId('receipt-amount')).toHaveText('8.000.000 ₫')
  await expect(page.getByTestId('amount-in-words')).toHaveText('Tám triệu đồng')
  // Opened directly (server render + hydration), e.g. from the confirmation email.
  await page.reload()
  await expect(page.getByTestId('amount-in-words')).toHaveText('Tám triệu đồng')

  // The organiser's report.
  const organiserSession = await newPage(browser, organiser.email)
  try {
    const report = organiserSession.page
    await report.goto(`/ban-to-chuc/hoi-cho/${slug}/thanh-toan`)
    await expect(report.getByRole('heading', { level: 1, name: 'Thanh toán phí gian hàng' })).toBeVisible()
    await expect(report.getByTestId('total-paid')).toHaveText('8.000.000 ₫')
    await expect(report.getByTestId('total-outstanding')).toHaveText('0 ₫')
    const row = report.getByTestId('payment-row').filter({ hasText: producerName })
    await expect(row).toContainText('A-01, A-02')
    await expect(row.getByTestId('payment-status')).toHaveText('Đã thanh toán')
    await expect(row).toContainText('Thẻ (Stripe Checkout)')
  } finally {
    await organiserSession.context.close()
  }
})

test('the organiser records a bank transfer and refunds part of it, with errors next to the fields', async ({ page, context }) => {
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase()
  const producerName = `Hợp tác xã Bưởi Da Xanh ${tag}`
  const producerId = await createProducer({ legalName: producerName, status: 'PENDING' })
  const organiser = await createOrganiserAccount(`Sở Công Thương chuyển khoản ${tag}`)
  const { slug, requestId, applicationId } = await allocatedFair(organiser.organiserId, producerId, `Hội chợ chuyển khoản ${tag}`)
  const reference = `FT26${tag}01`

  await logInAs(context, organiser.email)
  await page.goto(`/ban-to-chuc/hoi-cho/${slug}/thanh-toan`)
  await expect(page.getByTestId('total-outstanding')).toHaveText('8.000.000 ₫')
  await page.getByRole('link', { name: `Xem khoản phí của ${producerName}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: producerName })).toBeVisible()

  // Blank, then too short: the message sits next to the field, which keeps what was typed.
  const referenceField = page.getByLabel('Số tham chiếu giao dịch')
  await page.getByRole('button', { name: 'Ghi nhận đã thanh toán' }).click()
  await expect(referenceField).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Nhập số tham chiếu (mã giao dịch) của khoản chuyển khoản')).toBeVisible()
  await referenceField.fill('FT1')
  await referenceField.blur()
  await expect(page.getByText('Số tham chiếu cần ít nhất 4 ký tự')).toBeVisible()
  await expect(referenceField).toHaveValue('FT1')
  await referenceField.fill(reference)
  await page.getByRole('button', { name: 'Ghi nhận đã thanh toán' }).click()
  await expect(page.getByRole('status')).toHaveText('Đã ghi nhận thanh toán. Gian hàng đã được xác nhận.')
  await expect(page.getByTestId('payment-status')).toHaveText('Đã thanh toán')
  await expect(page.getByTestId('booth-chip')).toHaveText(['A-01 · Đã xác nhận', 'A-02 · Đã xác nhận'])

  // A partial refund takes two steps: open the form, then confirm with an amount and a reason.
  await page.getByText('Hoàn tiền…').click()
  const amount = page.getByLabel('Số tiền hoàn (đồng)')
  await expect(amount).toHaveValue('8000000')
  await amount.fill('2.000.000')
  await page.getByLabel('Lý do hoàn tiền').fill('Bớt một bàn trưng bày theo đề nghị của HTX')
  await page.getByRole('button', { name: 'Xác nhận hoàn tiền' }).click()
  await expect(page.getByRole('status')).toHaveText('Đã hoàn tiền.')
  await expect(page.getByRole('region', { name: 'Lịch sử hoàn tiền' })).toContainText('2.000.000 ₫ — Bớt một bàn trưng bày theo đề nghị của HTX')

  const [stored] = await query<{ status: string; method: string; bankReference: string; refundedVnd: number }>(
    `SELECT status::text, method::text, "bankReference", "refundedVnd" FROM "PaymentRequest" WHERE id = $1`,
    [requestId],
  )
  expect(stored).toEqual({ status: 'PAID', method: 'BANK_TRANSFER', bankReference: reference, refundedVnd: 2_000_000 })
  const allocations = await query<{ status: string }>(`SELECT status::text FROM "Allocation" WHERE "applicationId" = $1`, [applicationId])
  expect(allocations.map((a) => a.status)).toEqual(['CONFIRMED', 'CONFIRMED'])
  const audits = await query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY id`, [requestId])
  expect(audits.map((a) => a.action)).toEqual(['payment.paid', 'payment.refund'])

  await page.getByRole('link', { name: 'Về báo cáo thanh toán' }).click()
  await expect(page.getByTestId('total-paid')).toHaveText('8.000.000 ₫')
  await expect(page.getByTestId('total-refunded')).toHaveText('2.000.000 ₫')
  const row = page.getByTestId('payment-row').filter({ hasText: producerName })
  await expect(row).toContainText('Chuyển khoản ngân hàng')
})

test('the webhook is exempt from the same-origin guard but refuses a bad signature with 400 (the paid test above proves the raw body arrives intact)', async ({ request }) => {
  // A foreign Origin would be refused (403) anywhere else; the webhook is exempt and relies on its signature.
  const forged = await request.post('/webhooks/stripe', {
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`, Origin: 'https://attacker.example' },
    data: JSON.stringify({ id: 'evt_forged', type: 'checkout.session.completed', data: { object: {} } }),
  })
  expect(forged.status()).toBe(400)
  const elsewhere = await request.post('/nha-san-xuat/thanh-toan?index', { headers: { Origin: 'https://attacker.example' }, form: { intent: 'pay', requestId: 'x' } })
  expect(elsewhere.status()).toBe(403)
  expect(await query(`SELECT 1 FROM "WebhookEvent" WHERE id = 'evt_forged'`)).toEqual([])
})
