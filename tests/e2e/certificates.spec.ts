// Producers and admins in the browser: onboarding, a certificate with its scan, the admin's
// verification (badge on the product page) or rejection (reason shown to the producer), and the
// walls between roles and between producers.
import { query } from './db.ts'
import {
  createAccount,
  createPendingCertificate,
  createProduct,
  createProducer,
  DEMO,
  FAKE_EXE,
  logInAs,
  resetAddressRateLimits,
  SMALL_PDF,
  TINY_PNG,
  uniqueEmail,
  uniqueTaxCode,
} from './accounts-helpers.ts'
import { expect, test } from './fixtures.ts'

const PASSWORD = 'Kẹo dừa sáp Bến Tre 2026'
const suffix = () => Math.random().toString(36).slice(2, 7).toUpperCase()

test.describe('producer onboarding and verification', () => {
  // Before verification the product page is a 404 on purpose; Chromium logs that resource.
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('a producer completes the profile and submits a certificate; an admin verifies it and the star badge appears', async ({ page, browser }) => {
    await resetAddressRateLimits()
    const id = suffix()
    const email = uniqueEmail('htx-dua')
    const legalName = `Hợp tác xã Dừa Sáp Cầu Kè ${id}`
    const certificateNumber = `OCOP-VL-${id}`

    await page.goto('/dang-ky')
    await expect(page.getByRole('radio', { name: /Nhà sản xuất/ })).toBeChecked()
    await page.getByLabel('Họ và tên').fill('Thạch Thị Sa Rươl')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/ho-so$/)
    await expect(page.getByText('Chưa có hồ sơ')).toBeVisible()

    // A draft may be incomplete…
    await page.getByLabel('Tên chủ thể').fill(legalName)
    await page.getByRole('button', { name: 'Lưu nháp' }).click()
    await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp.')
    await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible()
    await expect(page.getByText('Còn 6 mục bắt buộc trước khi gửi xét duyệt:')).toBeVisible()
    // …a profile sent for review may not: each missing field says so.
    await page.getByRole('button', { name: 'Gửi xét duyệt' }).click()
    await expect(page.getByText('Cần điền trước khi gửi xét duyệt')).toHaveCount(6)
    await expect(page.getByLabel('Mã số thuế')).toHaveAttribute('aria-invalid', 'true')

    await page.getByRole('radio', { name: /Hợp tác xã/ }).check()
    await page.getByLabel('Mã số thuế').fill(uniqueTaxCode())
    await page.getByLabel('Người đại diện pháp luật').fill('Thạch Văn Sơn')
    // The commune list follows the province (loaded from /resources/communes).
    await expect(page.getByLabel('Xã, phường, đặc khu')).toBeDisabled()
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Vĩnh Long' })
    const commune = page.getByLabel('Xã, phường, đặc khu')
    await expect(commune).toBeEnabled()
    const [firstCommune] = await query<{ id: string; name: string }>(
      `SELECT id, name FROM "AdministrativeUnit" WHERE level = 'COMMUNE' AND "parentId" = '86' AND "validTo" IS NULL ORDER BY name LIMIT 1`,
    )
    await commune.selectOption(firstCommune.id)
    await page.getByLabel('Số nhà, đường, ấp').fill('Ấp Sóc Ruộng')
    await page.getByLabel('Người liên hệ').fill('Thạch Thị Sa Rươl')
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: TINY_PNG })
    await page.getByLabel('Câu chuyện sản phẩm').fill('Dừa sáp Cầu Kè trồng trên đất giồng cát, làm kẹo thủ công theo công thức của đồng bào Khmer.')
    await page.getByRole('button', { name: 'Gửi xét duyệt' }).click()
    await expect(page.getByRole('status')).toContainText('Đã gửi hồ sơ xét duyệt')
    await expect(page.getByText('Đang chờ xét duyệt')).toBeVisible()
    await expect(page.getByRole('img', { name: 'Logo hiện tại' })).toBeVisible()
    const [producer] = await query<{ id: string; status: string; communeId: string; phone: string; logoPath: string }>(
      `SELECT p.id, p.status::text, p."communeId", p.phone, p."logoPath" FROM "Producer" p JOIN "User" u ON u."producerId" = p.id WHERE u.email = $1`,
      [email],
    )
    expect(producer).toMatchObject({ status: 'PENDING', communeId: firstCommune.id, phone: '0912345678', logoPath: expect.stringMatching(/^logos\/[a-f0-9]{32}\.webp$/) })

    // The product itself comes from the catalogue screens; here it is set up directly.
    const product = await createProduct(producer.id, `Kẹo dừa sáp Cầu Kè ${id}`)

    await page.goto('/nha-san-xuat/chung-nhan/moi')
    await page.getByLabel('Sản phẩm', { exact: true }).selectOption({ label: `Kẹo dừa sáp Cầu Kè ${id}` })
    await page.getByText('4 sao', { exact: true }).click()
    await page.getByLabel('Số chứng nhận').fill(certificateNumber)
    await page.getByLabel('Số quyết định').fill('2150/QĐ-UBND')
    await page.getByLabel('Cơ quan công nhận').fill('UBND tỉnh Vĩnh Long')
    await page.getByLabel('Ngày quyết định').fill('2026-03-10')
    // Pre-filled 36 months after the decision.
    await expect(page.getByLabel('Ngày hết hạn')).toHaveValue('2029-03-10')
    await page.getByLabel('Ngày cấp').fill('2026-03-12')
    await page.getByLabel('Bản scan chứng nhận').setInputFiles({ name: 'chung-nhan.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF })
    await page.getByRole('button', { name: 'Gửi xác minh' }).click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/chung-nhan\?thong-bao=da-gui$/)
    const item = page.getByTestId('certificate').filter({ hasText: certificateNumber })
    await expect(item).toContainText('Chờ xác minh')
    await expect(item.getByTestId('star-badge')).toHaveCount(0)
    expect((await page.goto(`/san-pham/${product.slug}`))?.status()).toBe(404)

    // The admin sees it in the queue with its scan, and verifies it.
    const adminContext = await browser.newContext()
    await logInAs(adminContext, DEMO.admin)
    const admin = await adminContext.newPage()
    await admin.goto(`/quan-tri/chung-nhan?q=${encodeURIComponent(certificateNumber)}`)
    const card = admin.getByTestId('pending-certificate').filter({ hasText: certificateNumber })
    await expect(card).toContainText(legalName)
    await expect(card).toContainText('4 sao')
    const scanHref = await card.getByRole('link', { name: 'Mở bản scan (PDF)' }).getAttribute('href')
    const scan = await admin.request.get(scanHref!)
    expect(scan.status()).toBe(200)
    expect(scan.headers()['content-type']).toBe('application/pdf')
    expect(scan.headers()['content-disposition']).toMatch(/^inline; filename="chung-nhan-ocop-ocop-vl-/)
    expect(Buffer.from(await scan.body()).equals(SMALL_PDF)).toBe(true)
    await card.getByRole('button', { name: 'Xác minh' }).click()
    await expect(admin.getByRole('status')).toHaveText('Đã xác minh chứng nhận. Nhà sản xuất đã được thông báo.')
    await expect(card).toHaveCount(0)
    await adminContext.close()

    // The public product page now carries the star badge.
    expect((await page.goto(`/san-pham/${product.slug}`))?.status()).toBe(200)
    await expect(page.getByRole('group', { name: /4 sao/ })).toContainText(certificateNumber)

    await page.goto('/nha-san-xuat/chung-nhan')
    await expect(item.getByTestId('star-badge')).toHaveText('4 sao OCOP')
    await expect(item).toContainText('Còn hiệu lực')
    await page.goto('/nha-san-xuat')
    await expect(page.getByText('Đã xác minh', { exact: true })).toBeVisible()
  })

  test('an admin rejects a certificate with a reason, and the producer reads it', async ({ browser }) => {
    const id = suffix()
    const email = uniqueEmail('bi-tu-choi')
    const certificateNumber = `OCOP-TV-${id}`
    const producerId = await createProducer({ legalName: `Tổ hợp tác Chiếu Cà Hom ${id}`, status: 'PENDING' })
    await createAccount({ email, password: PASSWORD, name: 'Kim Thị Phol', role: 'PRODUCER', producerId })
    const product = await createProduct(producerId, `Chiếu lác Cà Hom ${id}`, 'DRAFT')
    await createPendingCertificate(producerId, product.id, certificateNumber)

    const adminContext = await browser.newContext()
    await logInAs(adminContext, DEMO.admin)
    const admin = await adminContext.newPage()
    await admin.goto(`/quan-tri/chung-nhan?q=${encodeURIComponent(certificateNumber)}`)
    const card = admin.getByTestId('pending-certificate').filter({ hasText: certificateNumber })
    await expect(card.getByText('Chứng nhận này không có bản scan: hãy từ chối và yêu cầu bổ sung.')).toBeVisible()
    // Rejecting takes two steps and a reason.
    await expect(card.getByRole('button', { name: 'Xác nhận từ chối' })).toBeHidden()
    await card.getByText('Từ chối…').click()
    await card.getByRole('button', { name: 'Xác nhận từ chối' }).click()
    await expect(card.getByText('Nhập lý do từ chối để nhà sản xuất biết cần sửa gì')).toBeVisible()
    const reason = 'Thiếu bản scan chứng nhận. Vui lòng tải lên bản chụp rõ cả số quyết định và con dấu.'
    await card.getByLabel('Lý do từ chối').fill(reason)
    await card.getByRole('button', { name: 'Xác nhận từ chối' }).click()
    await expect(admin.getByRole('status')).toHaveText('Đã từ chối chứng nhận. Nhà sản xuất đã được thông báo lý do.')
    await expect(card).toHaveCount(0)
    await adminContext.close()

    const producerContext = await browser.newContext()
    await logInAs(producerContext, email)
    const page = await producerContext.newPage()
    await page.goto('/nha-san-xuat/chung-nhan')
    const item = page.getByTestId('certificate').filter({ hasText: certificateNumber })
    await expect(item).toContainText('Bị từ chối')
    await expect(item.getByTestId('rejection-reason')).toHaveText(reason)
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`)
    const message = page.getByRole('listitem').filter({ hasText: `Chứng nhận OCOP ${certificateNumber} chưa được chấp nhận` })
    await expect(message).toContainText(`Lý do: ${reason}`)
    const [audit] = await query<{ reason: string; actor: string }>(
      `SELECT a.reason, u.email AS actor FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" JOIN "Certificate" c ON c.id = a."entityId"
        WHERE a.action = 'certificate.reject' AND c."certificateNumber" = $1`,
      [certificateNumber],
    )
    expect(audit).toEqual({ reason, actor: DEMO.admin })
    await producerContext.close()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the commune list follows the province through a reload that keeps what was typed', async ({ page }) => {
    const id = suffix()
    const email = uniqueEmail('khong-js')
    await createAccount({ email, password: PASSWORD, name: 'Lê Văn Tư', role: 'PRODUCER' })
    await logInAs(page.context(), email)
    await page.goto('/nha-san-xuat/ho-so')
    await expect(page.getByLabel('Xã, phường, đặc khu')).toBeDisabled()
    await page.getByLabel('Tên chủ thể').fill(`Cơ sở Bánh Tráng Mỹ Lồng ${id}`)
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Vĩnh Long' })
    await page.getByRole('button', { name: 'Tải danh sách xã' }).click()
    await expect(page).toHaveURL(/\/nha-san-xuat\/ho-so\?.*provinceId=86/)
    await expect(page.getByLabel('Tên chủ thể')).toHaveValue(`Cơ sở Bánh Tráng Mỹ Lồng ${id}`)
    const communes = await query<{ name: string }>(
      `SELECT name FROM "AdministrativeUnit" WHERE level = 'COMMUNE' AND "parentId" = '86' AND "validTo" IS NULL ORDER BY name`,
    )
    const options = page.getByLabel('Xã, phường, đặc khu').getByRole('option')
    await expect(options).toHaveText(['Chọn xã, phường', ...communes.map((commune) => commune.name)])
    await page.getByLabel('Xã, phường, đặc khu').selectOption({ label: communes[0].name })
    await page.getByRole('button', { name: 'Lưu nháp' }).click()
    await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible()
    const [stored] = await query<{ provinceId: string; communeName: string }>(
      `SELECT p."provinceId", c.name AS "communeName" FROM "Producer" p JOIN "User" u ON u."producerId" = p.id JOIN "AdministrativeUnit" c ON c.id = p."communeId" WHERE u.email = $1`,
      [email],
    )
    expect(stored).toEqual({ provinceId: '86', communeName: communes[0].name })
  })
})

test.describe('walls between roles and producers', () => {
  test.use({ allowedConsoleErrors: [/status of 40[034]/] })

  test('a buyer opening producer-only and admin pages gets 403', async ({ page }) => {
    await logInAs(page.context(), DEMO.buyer)
    for (const path of ['/nha-san-xuat', '/nha-san-xuat/ho-so', '/nha-san-xuat/chung-nhan/moi', '/quan-tri/chung-nhan']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(403)
      await expect(page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' })).toBeVisible()
    }
  })

  test("a producer opening another producer's certificate by id gets 404, for the page and the scan", async ({ page }) => {
    const id = suffix()
    const otherProducer = await createProducer({ legalName: `Công ty Bưởi Da Xanh ${id}`, status: 'PENDING' })
    const product = await createProduct(otherProducer, `Bưởi da xanh ${id}`, 'DRAFT')
    const certificateId = await createPendingCertificate(otherProducer, product.id, `OCOP-BT-${id}`)

    await logInAs(page.context(), DEMO.producer)
    const response = await page.goto(`/nha-san-xuat/chung-nhan/${certificateId}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
    await expect(page.getByText(`OCOP-BT-${id}`)).toHaveCount(0)
    expect((await page.request.get(`/tai-lieu/chung-nhan/${certificateId}`)).status()).toBe(404)

    // Its own certificates open normally.
    const [own] = await query<{ id: string; certificateNumber: string }>(
      `SELECT c.id, c."certificateNumber" FROM "Certificate" c JOIN "User" u ON u."producerId" = c."producerId" WHERE u.email = $1 LIMIT 1`,
      [DEMO.producer],
    )
    expect((await page.goto(`/nha-san-xuat/chung-nhan/${own.id}`))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText(own.certificateNumber).first()).toBeVisible()
  })

  test('an executable renamed to .pdf is refused with an error on the file field', async ({ page }) => {
    await logInAs(page.context(), DEMO.producer)
    const certificateNumber = `OCOP-EXE-${suffix()}`
    await page.goto('/nha-san-xuat/chung-nhan/moi')
    const productSelect = page.getByLabel('Sản phẩm', { exact: true })
    await productSelect.selectOption({ index: 1 })
    await page.getByText('3 sao', { exact: true }).click()
    await page.getByLabel('Số chứng nhận').fill(certificateNumber)
    await page.getByLabel('Số quyết định').fill('88/QĐ-UBND')
    await page.getByLabel('Cơ quan công nhận').fill('UBND tỉnh Vĩnh Long')
    await page.getByLabel('Ngày quyết định').fill('2026-02-02')
    await page.getByLabel('Ngày cấp').fill('2026-02-02')
    const file = page.getByLabel('Bản scan chứng nhận')
    await file.setInputFiles({ name: 'chung-nhan.pdf', mimeType: 'application/pdf', buffer: FAKE_EXE })
    await page.getByRole('button', { name: 'Gửi xác minh' }).click()

    await expect(page.getByText('Nội dung tệp không phải PDF, JPEG hoặc PNG')).toBeVisible()
    await expect(file).toHaveAttribute('aria-invalid', 'true')
    const describedBy = (await file.getAttribute('aria-describedby')) ?? ''
    const errorId = await page.getByText('Nội dung tệp không phải PDF, JPEG hoặc PNG').locator('xpath=ancestor::ul[1]').getAttribute('id')
    expect(describedBy.split(' ')).toContain(errorId)
    // What was typed stays; nothing was stored.
    await expect(page.getByLabel('Số chứng nhận')).toHaveValue(certificateNumber)
    expect(await query('SELECT 1 FROM "Certificate" WHERE "certificateNumber" = $1', [certificateNumber])).toHaveLength(0)
  })
})
