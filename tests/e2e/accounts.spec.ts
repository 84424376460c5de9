// Accounts end to end in the browser: sign-up, log-in and log-out, a reset through the development
// mailbox, the session list, and the abuse defences (rate limit, cross-origin POST). The producer
// and admin journeys (onboarding, certificates, verification) are in certificates.spec.ts.
import { query } from './db.ts'
import { createAccount, DEMO, DEMO_PASSWORD, logInAs, resetAddressRateLimits, uniqueEmail } from './accounts-helpers.ts'
import { E2E_BASE_URL } from './e2e-env.ts'
import { expect, test } from './fixtures.ts'

const PASSWORD = 'Dừa xanh Chợ Lách 2026'

test('a buyer signs up, logs out, and logs back in where they were going', async ({ page }) => {
  await resetAddressRateLimits()
  const email = uniqueEmail('nguoi-mua')
  await page.goto('/dang-ky')
  await expect(page.getByRole('heading', { name: 'Đăng ký', level: 1 })).toBeVisible()
  // The organisation field belongs to buyers only.
  await expect(page.getByLabel('Tên tổ chức')).toBeHidden()
  await page.getByRole('radio', { name: /Người mua/ }).check()
  await page.getByLabel('Tên tổ chức').fill('Công ty TNHH Phân phối Mê Kông')
  await page.getByLabel('Họ và tên').fill('Võ Thị Hạnh')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Nhập lại mật khẩu').fill('một mật khẩu khác hẳn')
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(page.getByText('Hai mật khẩu không khớp')).toBeVisible()
  await expect(page).toHaveURL(/\/dang-ky$/)

  await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(page).toHaveURL(/\/tim-kiem/)
  const [stored] = await query<{ role: string; locale: string; organisation: string }>(
    `SELECT u.role::text, u.locale::text, b.name AS organisation FROM "User" u JOIN "BuyerOrganisation" b ON b.id = u."buyerOrgId" WHERE u.email = $1`,
    [email],
  )
  expect(stored).toEqual({ role: 'BUYER', locale: 'vi', organisation: 'Công ty TNHH Phân phối Mê Kông' })

  const header = page.getByRole('banner')
  await expect(header.getByRole('link', { name: /Tài khoản/ })).toBeVisible()
  await header.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`)
  await expect(header.getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible()
  expect((await page.context().cookies()).find((cookie) => cookie.name.endsWith('ocop_session'))).toBeUndefined()

  // A protected page sends a visitor to log in, then back to it.
  await page.goto('/tai-khoan')
  await expect(page).toHaveURL(/\/dang-nhap\?redirectTo=%2Ftai-khoan$/)
  await expect(page.getByText('Vui lòng đăng nhập để tiếp tục.')).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByRole('heading', { name: 'Tài khoản', level: 1 })).toBeVisible()
  await expect(page.getByText('Võ Thị Hạnh', { exact: true })).toBeVisible()
  await expect(page.getByText('Thiết bị này', { exact: true })).toBeVisible()
})

test('log-in never follows a redirect to another site', async ({ page }) => {
  await resetAddressRateLimits()
  const email = uniqueEmail('chuyen-huong')
  await createAccount({ email, password: PASSWORD, name: 'Lâm Quốc Việt', role: 'BUYER' })
  await page.goto(`/dang-nhap?redirectTo=${encodeURIComponent('//evil.example/steal')}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click()
  // The buyer's own home instead of the foreign address.
  await expect(page).toHaveURL(`${E2E_BASE_URL}/tim-kiem`)
})

test.describe('password reset', () => {
  // The used link answers 410 Gone, which Chromium logs as a failed resource.
  test.use({ allowedConsoleErrors: [/status of 410/] })

  test('goes through the development mailbox and works once', async ({ page }) => {
    await resetAddressRateLimits()
    const email = uniqueEmail('quen-mat-khau')
    const unknown = uniqueEmail('khong-ton-tai')
    await createAccount({ email, password: 'mật khẩu cũ đã quên', name: 'Đặng Văn Bình', role: 'PRODUCER' })

    await page.goto('/dang-nhap')
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await expect(page).toHaveURL(/\/quen-mat-khau$/)
    // The same answer for an address without an account: the page reveals nothing.
    for (const address of [unknown, email]) {
      await page.getByLabel('Email').fill(address)
      await page.getByRole('button', { name: 'Gửi liên kết đặt lại' }).click()
      await expect(page.getByRole('status')).toContainText(`Nếu ${address} có tài khoản OCOP Connect, email đặt lại mật khẩu đã được gửi tới địa chỉ này.`)
    }

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(unknown)}`)
    await expect(page.getByText('Chưa có email nào.')).toBeVisible()
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`)
    const message = page.getByRole('listitem').filter({ hasText: 'Đặt lại mật khẩu OCOP Connect' })
    await expect(message).toHaveCount(1)
    await expect(message).toContainText('Xin chào Đặng Văn Bình')
    const link = message.getByRole('link', { name: /\/dat-lai-mat-khau\// })
    const resetUrl = await link.getAttribute('href')
    expect(resetUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/dat-lai-mat-khau/[A-Za-z0-9_-]{43}$`))
    await link.click()

    await expect(page.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeVisible()
    await page.getByLabel('Mật khẩu mới').fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click()
    await expect(page).toHaveURL(/\/dang-nhap\?thong-bao=mat-khau-da-doi$/)
    await expect(page.getByRole('status')).toContainText('Mật khẩu đã được đặt lại')

    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click()
    await expect(page).toHaveURL(/\/nha-san-xuat$/)

    const reused = await page.goto(resetUrl!)
    expect(reused?.status()).toBe(410)
    await expect(page.getByRole('heading', { name: 'Liên kết không còn hiệu lực' })).toBeVisible()
  })
})

test('the account page lists sessions and logs out the other devices', async ({ page, browser }) => {
  const email = uniqueEmail('nhieu-thiet-bi')
  await createAccount({ email, password: PASSWORD, name: 'Huỳnh Minh Tâm', role: 'BUYER' })
  await logInAs(page.context(), email)
  const other = await browser.newContext()
  await logInAs(other, email)

  await page.goto('/tai-khoan')
  const sessions = page.getByRole('region', { name: 'Thiết bị đang đăng nhập' })
  await expect(sessions.getByRole('listitem')).toHaveCount(2)
  await expect(sessions.getByText('Còn 1 thiết bị khác đang đăng nhập.')).toBeVisible()
  await sessions.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị khác' }).click()
  await expect(page.getByRole('status')).toContainText('Đã đăng xuất 1 thiết bị khác.')
  await expect(sessions.getByRole('listitem')).toHaveCount(1)

  // The other device is logged out; this one is not.
  const otherPage = await other.newPage()
  await otherPage.goto('/tai-khoan')
  await expect(otherPage).toHaveURL(/\/dang-nhap/)
  await other.close()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Tài khoản', level: 1 })).toBeVisible()
})

test.describe('brute force', () => {
  // Refused attempts answer 400 and then 429, which Chromium logs as failed resources.
  test.use({ allowedConsoleErrors: [/status of (400|429)/] })

  test('brute-force log-in hits the rate limit with a clear wait time (429)', async ({ page }) => {
    const email = uniqueEmail('doan-mat-khau')
    await createAccount({ email, password: PASSWORD, name: 'Tô Thị Mai', role: 'BUYER' })
    await page.goto('/dang-nhap')
    // Each attempt waits for the server's answer, so no two attempts overlap.
    const attempt = async (password: string) => {
      await page.getByLabel('Email').fill(email)
      await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/dang-nhap')),
        page.getByRole('button', { name: 'Đăng nhập', exact: true }).last().click(),
      ])
      return response.status()
    }
    for (let n = 1; n <= 5; n++) {
      expect(await attempt(`đoán-bừa-lần-${n}`)).toBe(400)
      await expect(page.getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.')
    }
    // Even the right password is refused now, with the wait time.
    expect(await attempt(PASSWORD)).toBe(429)
    await expect(page.getByRole('alert')).toHaveText(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/)
    await expect(page).toHaveURL(/\/dang-nhap$/)

    const response = await page.request.post('/dang-nhap', { form: { email, password: PASSWORD }, headers: { Origin: E2E_BASE_URL }, maxRedirects: 0 })
    expect(response.status()).toBe(429)
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(800)
    expect(response.headers()['set-cookie']).toBeUndefined()
  })
})

test('a cross-origin POST is refused before it reaches the app', async ({ page }) => {
  const login = await page.request.post('/dang-nhap', {
    form: { email: DEMO.buyer, password: DEMO_PASSWORD },
    headers: { Origin: 'https://evil.example' },
    maxRedirects: 0,
  })
  expect(login.status()).toBe(403)
  expect(await login.text()).toContain('Yêu cầu bị từ chối')
  expect(login.headers()['set-cookie']).toBeUndefined()

  // A forged log-out from another site leaves the session alone.
  await logInAs(page.context(), DEMO.buyer)
  const logout = await page.request.post('/dang-xuat', { headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })
  expect(logout.status()).toBe(403)
  await page.goto('/tai-khoan')
  await expect(page.getByRole('heading', { name: 'Tài khoản', level: 1 })).toBeVisible()
})

test.describe('organiser invitation', () => {
  test('an admin invites an organiser, who accepts through the emailed link', async ({ page, browser }) => {
    const email = uniqueEmail('ban-to-chuc')
    const adminContext = await browser.newContext()
    await logInAs(adminContext, DEMO.admin)
    const admin = await adminContext.newPage()
    await admin.goto('/quan-tri/nguoi-dung')
    const invite = admin.getByRole('region', { name: 'Mời ban tổ chức' })
    await invite.getByLabel('Email người được mời').fill(email)
    await invite.getByLabel('Đơn vị tổ chức').fill('Sở Công Thương tỉnh Đồng Tháp')
    await invite.getByRole('button', { name: 'Gửi lời mời' }).click()
    await expect(admin.getByRole('status')).toHaveText(`Đã gửi lời mời tới ${email}.`)
    await expect(admin.getByRole('region', { name: 'Lời mời gần đây' }).getByRole('listitem').filter({ hasText: email })).toContainText('Đang chờ')
    await adminContext.close()

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`)
    await page.getByRole('listitem').filter({ hasText: 'Lời mời làm ban tổ chức' }).getByRole('link', { name: /\/loi-moi\// }).click()
    await expect(page.getByRole('heading', { name: 'Nhận lời mời' })).toBeVisible()
    await expect(page.getByText(`với vai trò Ban tổ chức (${email})`)).toBeVisible()
    await page.getByLabel('Họ và tên').fill('Nguyễn Hữu Phước')
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await expect(page).toHaveURL(/\/ban-to-chuc\/hoi-cho$/)
    // A new organisation has no fairs yet: the page says so and offers to create one.
    await expect(page.getByRole('heading', { name: 'Hội chợ của tôi', level: 1 })).toBeVisible()
    await expect(page.getByText('Bạn chưa có hội chợ nào')).toBeVisible()
    await expect(page.getByRole('banner').getByRole('link', { name: /Tài khoản/ })).toContainText('Ban tổ chức')
    const [stored] = await query<{ role: string; memberRole: string; organisation: string }>(
      `SELECT u.role::text, u."memberRole"::text, o."legalName" AS organisation FROM "User" u JOIN "Organiser" o ON o.id = u."organiserId" WHERE u.email = $1`,
      [email],
    )
    expect(stored).toEqual({ role: 'ORGANISER', memberRole: 'OWNER', organisation: 'Sở Công Thương tỉnh Đồng Tháp' })
  })
})
