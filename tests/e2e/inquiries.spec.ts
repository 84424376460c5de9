// Wholesale inquiries end to end on the seeded demo accounts: the buyer finds a product by search
// and asks for a quotation, the producer sees it unread and quotes, the buyer accepts, both see
// the accepted status and the frozen terms, and the development mailbox holds the notifications.
import type { Page } from '@playwright/test'
import { DEMO, logInAs } from './accounts-helpers.ts'
import { query, vietnamToday } from './db.ts'
import { expect, gotoHydrated, test } from './fixtures.ts'

/** A searchable product of the demo producer, preferring a name few other products share. */
async function demoProduct() {
  const [row] = await query<{ slug: string; nameVi: string }>(
    `SELECT p.slug, p."nameVi" FROM "Product" p
       JOIN "User" u ON u."producerId" = p."producerId" AND u.email = $1
      WHERE p.status = 'PUBLISHED'
        AND EXISTS (SELECT 1 FROM "Certificate" c WHERE c."productId" = p.id AND c.status = 'VERIFIED' AND to_char(c."expiresAt", 'YYYY-MM-DD') >= $2)
      ORDER BY (SELECT count(*) FROM "Product" o WHERE o."nameVi" = p."nameVi"), p.slug LIMIT 1`,
    [DEMO.producer, vietnamToday()],
  )
  if (!row) throw new Error('The seed has no searchable product of the demo producer')
  return row
}

function inDays(days: number) {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000)
  return vietnamToday(date)
}

async function acceptDialogs(page: Page) {
  page.on('dialog', (dialog) => void dialog.accept())
}

test('a buyer asks for a quotation, the producer quotes, the buyer accepts and the terms are frozen', async ({ browser }) => {
  test.setTimeout(90_000)
  const product = await demoProduct()
  const subject = `Đơn thử nghiệm ${Date.now().toString(36)}`

  // The buyer finds the product through the search page and opens the request form from it.
  const buyerContext = await browser.newContext()
  await logInAs(buyerContext, DEMO.buyer)
  const buyer = await buyerContext.newPage()
  await acceptDialogs(buyer)
  await buyer.goto('/tim-kiem')
  await buyer.getByRole('searchbox', { name: 'Tìm sản phẩm, nhà sản xuất hoặc vùng miền' }).fill(product.nameVi)
  const result = buyer.getByRole('region', { name: 'Kết quả' }).locator(`a[href="/san-pham/${product.slug}"]`).first()
  await expect(result).toBeVisible({ timeout: 10_000 })
  await result.click()
  await expect(buyer.getByRole('heading', { level: 1, name: product.nameVi })).toBeVisible()
  await buyer.getByRole('link', { name: 'Gửi yêu cầu báo giá' }).click()
  await expect(buyer.getByRole('heading', { name: 'Gửi yêu cầu báo giá' })).toBeVisible()

  // Below the MOQ the form warns (but still lets the buyer send).
  await buyer.getByLabel('Số lượng', { exact: true }).fill('1')
  await expect(buyer.getByRole('status').filter({ hasText: 'thấp hơn đơn hàng tối thiểu' })).toBeVisible()
  await buyer.getByLabel('Tiêu đề').fill(subject)
  await buyer.getByLabel('Số lượng', { exact: true }).fill('1200')
  await buyer.getByLabel('Lời nhắn').fill('Chào hợp tác xã, bên em cần 1.200 đơn vị giao về TP.HCM. <b>không phải HTML</b>')
  await buyer.getByRole('button', { name: 'Gửi yêu cầu' }).click()
  await expect(buyer.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expect(buyer.getByTestId('inquiry-status')).toHaveText('Mới')
  // Typed markup is shown as text.
  await expect(buyer.getByText('<b>không phải HTML</b>', { exact: false })).toBeVisible()

  // The producer sees it unread, in the inbox and in the header.
  const producerContext = await browser.newContext()
  await logInAs(producerContext, DEMO.producer)
  const producer = await producerContext.newPage()
  await acceptDialogs(producer)
  await producer.goto('/nha-san-xuat/hop-thu')
  await expect(producer.getByTestId('unread-badge').first()).toBeVisible()
  const row = producer.getByTestId('inquiry-row').filter({ hasText: subject })
  await expect(row).toHaveAttribute('data-unread', 'true')
  await expect(row).toContainText('Chưa đọc')
  await row.getByRole('link').click()
  await expect(producer.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expect(producer.getByTestId('buyer-contact')).toContainText(DEMO.buyer)

  // …and answers with a quotation.
  const form = producer.getByRole('form', { name: 'Gửi báo giá' })
  await form.getByLabel('Bậc 1: từ số lượng').fill('500')
  await form.getByLabel('Bậc 1: giá (đồng/đơn vị)').fill('42.000')
  await form.getByRole('button', { name: 'Thêm bậc giá' }).click()
  await form.getByLabel('Bậc 2: từ số lượng').fill('1000')
  await form.getByLabel('Bậc 2: giá (đồng/đơn vị)').fill('39500')
  await form.getByLabel('Hiệu lực đến').fill(inDays(30))
  await form.getByLabel('Điều kiện giao hàng').fill('Giao tại kho TP.HCM trong 7 ngày')
  await form.getByLabel('Điều kiện thanh toán').fill('Đặt cọc 30%, còn lại khi nhận hàng')
  await form.getByRole('button', { name: 'Gửi báo giá' }).click()
  await expect(producer.getByTestId('inquiry-status')).toHaveText('Đã báo giá')
  await expect(producer.getByRole('article', { name: 'Báo giá lần 1' })).toContainText('Đang chờ quyết định')

  // The buyer accepts.
  await buyer.reload()
  const quotation = buyer.getByRole('article', { name: 'Báo giá lần 1' })
  await expect(quotation).toContainText('39.500')
  await quotation.getByRole('button', { name: 'Chấp nhận báo giá' }).click()
  await expect(buyer.getByTestId('inquiry-status')).toHaveText('Đã chấp nhận')

  // Both see the accepted status and the frozen terms.
  await producer.reload()
  for (const page of [buyer, producer]) {
    await expect(page.getByTestId('inquiry-status')).toHaveText('Đã chấp nhận')
    const accepted = page.getByRole('article', { name: 'Báo giá lần 1' })
    await expect(accepted.getByTestId('quotation-status')).toHaveText('Đã chấp nhận')
    await expect(accepted).toContainText('không thể sửa')
    await expect(accepted).toContainText('Giao tại kho TP.HCM trong 7 ngày')
    await expect(accepted).toContainText('Đặt cọc 30%, còn lại khi nhận hàng')
    await expect(accepted.getByRole('listitem')).toHaveText([/Từ 500 .*42\.000/, /Từ 1\.000 .*39\.500/])
    await expect(page.getByTestId('thread-event').filter({ hasText: 'Trạng thái chuyển sang “Đã chấp nhận”' })).toHaveCount(1)
  }
  // The buyer's decision buttons are gone: an accepted quotation cannot be decided again.
  await expect(buyer.getByRole('button', { name: 'Chấp nhận báo giá' })).toHaveCount(0)

  // The development mailbox: the producer was told about the new request and, batched, the
  // acceptance; the buyer about the quotation.
  await producer.goto(`/dev/mailbox?to=${encodeURIComponent(DEMO.producer)}`)
  await expect(producer.getByRole('listitem').filter({ hasText: `Yêu cầu báo giá mới: ${subject}` })).toHaveCount(1)
  const digest = producer.getByRole('listitem').filter({ hasText: `trong yêu cầu "${subject}"` })
  await expect(digest).toHaveCount(1)
  await digest.locator('summary').click()
  await expect(digest).toContainText('Trạng thái mới: Đã chấp nhận')
  await producer.goto(`/dev/mailbox?to=${encodeURIComponent(DEMO.buyer)}`)
  const buyerMail = producer.getByRole('listitem').filter({ hasText: `trong yêu cầu "${subject}"` })
  await expect(buyerMail).toHaveCount(1)
  await buyerMail.locator('summary').click()
  await expect(buyerMail).toContainText('Báo giá mới (lần 1)')

  await buyerContext.close()
  await producerContext.close()
})

test('another producer gets 404 for the thread and its attachment', async ({ browser }) => {
  const [thread] = await query<{ id: string; messageId: string }>(
    `SELECT i.id, m.id AS "messageId" FROM "Inquiry" i JOIN "InquiryMessage" m ON m."inquiryId" = i.id
       JOIN "User" u ON u."producerId" = i."producerId" AND u.email = $1 ORDER BY i.id LIMIT 1`,
    [DEMO.producer],
  )
  expect(thread).toBeTruthy()
  const context = await browser.newContext()
  await logInAs(context, DEMO.organiser)
  const page = await context.newPage()
  for (const url of [`/nha-san-xuat/hop-thu/${thread!.id}`, `/nguoi-mua/yeu-cau/${thread!.id}`, `/tai-lieu/dinh-kem/${thread!.messageId}`]) {
    const response = await page.request.get(url)
    expect([403, 404]).toContain(response.status())
  }
  await context.close()
})

test('a buyer sends one request for quotation to several producers picked from the search results', async ({ browser }) => {
  const context = await browser.newContext()
  await logInAs(context, DEMO.buyer)
  const page = await context.newPage()
  await gotoHydrated(page, '/tim-kiem?q=keo+dua')
  const boxes = page.getByRole('checkbox', { name: /^Chọn .* để hỏi giá$/ })
  await expect(boxes.first()).toBeVisible({ timeout: 10_000 })
  // Two products of different producers.
  const values = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  const distinct = [...new Set(values)].slice(0, 2)
  expect(distinct).toHaveLength(2)
  for (const slug of distinct) await boxes.and(page.locator(`[value="${slug}"]`)).first().check()
  await expect(page.getByRole('status').filter({ hasText: 'Đã chọn 2/10 nhà sản xuất' })).toBeVisible()
  await page.getByRole('button', { name: 'Gửi yêu cầu báo giá cho các nhà sản xuất đã chọn' }).click()

  await expect(page.getByRole('heading', { name: 'Gửi yêu cầu báo giá' })).toBeVisible()
  await expect(page.getByText('Yêu cầu này được gửi riêng cho 2 nhà sản xuất; họ không thấy nhau.')).toBeVisible()
  const subject = `Hỏi giá nhiều nơi ${Date.now().toString(36)}`
  await page.getByLabel('Tiêu đề').fill(subject)
  await page.getByLabel('Số lượng', { exact: true }).fill('300')
  await page.getByLabel('Đơn vị', { exact: true }).fill('hộp')
  await page.getByLabel('Lời nhắn').fill('Nhờ các cơ sở báo giá 300 hộp kẹo dừa.')
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi yêu cầu đến 2 nhà sản xuất.' })).toBeVisible()
  await expect(page.getByTestId('inquiry-row').filter({ hasText: subject })).toHaveCount(2)
  const rows = await query<{ rfqGroupId: string | null; producerId: string }>(`SELECT "rfqGroupId", "producerId" FROM "Inquiry" WHERE subject = $1`, [subject])
  expect(rows).toHaveLength(2)
  expect(rows[0]!.rfqGroupId).toBeTruthy()
  expect(rows[0]!.rfqGroupId).toBe(rows[1]!.rfqGroupId)
  expect(rows[0]!.producerId).not.toBe(rows[1]!.producerId)
  await context.close()
})

test('the producer page shows response figures from real threads and a request button', async ({ page }) => {
  const [figures] = await query<{ slug: string; total: number; answered: number }>(
    `SELECT p.slug, count(i.id)::int AS total, count(i."firstResponseAt")::int AS answered
       FROM "Producer" p JOIN "User" u ON u."producerId" = p.id AND u.email = $1
       LEFT JOIN "Inquiry" i ON i."producerId" = p.id GROUP BY p.slug`,
    [DEMO.producer],
  )
  expect(figures!.total).toBeGreaterThanOrEqual(5)
  await page.goto(`/chu-the/${figures!.slug}`)
  const trust = page.getByTestId('trust-signals')
  await expect(trust).toContainText(`Tỉ lệ phản hồi:${Math.round((figures!.answered / figures!.total) * 100)}%`)
  await expect(trust).toContainText('Thời gian phản hồi trung vị')
  await expect(trust).toContainText(`Tính trên ${figures!.total} yêu cầu báo giá`)
  // Visitors are sent to log in first, then to the request form for this producer.
  await page.getByRole('link', { name: 'Gửi yêu cầu báo giá' }).click()
  await expect(page).toHaveURL(/\/dang-nhap\?redirectTo=%2Fnguoi-mua%2Fyeu-cau%2Fmoi%3Fchu-the%3D/)
})

test('the producers picked for a request stay picked across results pages, searches and reloads, up to 10', async ({ browser }) => {
  test.setTimeout(60_000)
  const context = await browser.newContext()
  await logInAs(context, DEMO.buyer)
  const page = await context.newPage()
  await gotoHydrated(page, '/tim-kiem')
  const boxes = page.getByRole('checkbox', { name: /^Chọn .* để hỏi giá$/ })
  await expect(boxes.first()).toBeVisible({ timeout: 10_000 })
  const firstSlug = await boxes.first().getAttribute('value')
  await boxes.first().check()
  const bar = page.getByRole('form', { name: 'Nhà sản xuất đã chọn để hỏi giá' })
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 1\/10 nhà sản xuất/)

  // Next results page: the pick is still there; pick a producer of this page too.
  await page.getByRole('navigation', { name: 'Phân trang kết quả' }).getByRole('link', { name: 'Trang sau' }).click()
  await expect(page).toHaveURL(/trang=2|page=2|p=2/)
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 1\/10 nhà sản xuất/)
  const other = boxes.and(page.locator(`:not([value="${firstSlug}"])`)).first()
  const secondSlug = await other.getAttribute('value')
  await other.check()
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 2\/10 nhà sản xuất/)

  // Another search and a reload keep both.
  await gotoHydrated(page, '/tim-kiem?q=mat+ong')
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 2\/10 nhà sản xuất/)
  await page.reload()
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 2\/10 nhà sản xuất/)

  // The request form receives both producers, though they were picked on different pages.
  await bar.getByRole('button', { name: 'Gửi yêu cầu báo giá cho các nhà sản xuất đã chọn' }).click()
  await expect(page.getByText('Yêu cầu này được gửi riêng cho 2 nhà sản xuất; họ không thấy nhau.')).toBeVisible()
  const url = new URL(page.url())
  expect(url.searchParams.getAll('chu-the').sort()).toEqual([firstSlug, secondSlug].sort())

  // At ten, unpicked producers are disabled and the bar says why; "clear" empties the pick.
  await page.evaluate(() => {
    const picks = Array.from({ length: 10 }, (_, i) => ({ slug: `gia-lap-${i}`, name: `Cơ sở giả lập ${i}` }))
    sessionStorage.setItem('ocop.rfq.selection', JSON.stringify(picks))
  })
  await gotoHydrated(page, '/tim-kiem')
  await expect(bar.getByRole('status')).toHaveText(/Đã chọn 10\/10 nhà sản xuất/)
  await expect(bar.getByText('Đã chọn tối đa 10 nhà sản xuất cho một yêu cầu.', { exact: false })).toBeVisible()
  await expect(boxes.first()).toBeDisabled()
  await bar.getByRole('button', { name: 'Bỏ chọn tất cả' }).click()
  await expect(bar).toHaveCount(0)
  await expect(boxes.first()).toBeEnabled()
  expect(await page.evaluate(() => sessionStorage.getItem('ocop.rfq.selection'))).toBe('[]')
  await context.close()
})
