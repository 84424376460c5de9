// Listings end to end on the seeded catalogue: the demo producer (a verified cooperative) lists a
// product with real photos and price tiers and publishes it; a logged-out visitor sees it with its
// star badge; bad tiers and an oversized photo are refused field by field without losing what was
// typed (with and without JavaScript); another producer's listing does not exist for them.
import { randomBytes } from 'node:crypto'
import type { BrowserContext, Page } from '@playwright/test'
import sharp from 'sharp'
import { markForSearch, query } from './db.ts'
import { E2E_BASE_URL } from './e2e-env.ts'
import { expect, test } from './fixtures.ts'

const PRODUCER_EMAIL = 'nhasanxuat@demo.ocop.vn'

/** Logs in by creating a session row directly (the log-in screen has its own tests). */
async function logInAs(context: BrowserContext, email: string) {
  const [user] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email])
  const sessionId = randomBytes(20).toString('hex')
  await query(`INSERT INTO "Session" (id, "userId", "expiresAt", "absoluteExpiresAt") VALUES ($1, $2, now() + interval '1 day', now() + interval '2 days')`, [
    sessionId,
    user.id,
  ])
  // The e2e server runs in production mode: Secure, __Host- prefixed cookie (127.0.0.1 counts as secure).
  await context.addCookies([
    { name: '__Host-ocop_session', value: sessionId, domain: new URL(E2E_BASE_URL).hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' },
  ])
}

/** A small real photo: a coloured field with a round "product" on it. */
async function photo(format: 'jpeg' | 'png', background: string, name: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="${background}"/><circle cx="320" cy="250" r="140" fill="#f5b416"/></svg>`
  const buffer = await sharp(Buffer.from(svg))[format]().toBuffer()
  return { name, mimeType: `image/${format}`, buffer }
}

/** Over 8 MB: uncompressed PNG of random pixels (a real, readable image, just too big). */
async function oversizedPhoto() {
  const width = 2000
  const height = 1600
  const buffer = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
  expect(buffer.length).toBeGreaterThan(8 * 1024 * 1024)
  return { name: 'anh-qua-lon.png', mimeType: 'image/png', buffer }
}

const unique = () => Date.now().toString(36) + randomBytes(2).toString('hex')

async function fillBasics(page: Page, name: string) {
  await page.getByLabel('Tên sản phẩm (tiếng Việt)').fill(name)
  await page.getByLabel('Nhóm sản phẩm OCOP').selectOption({ label: '1. Thực phẩm' })
  await page.getByLabel('Phân nhóm').selectOption({ label: 'Chế biến từ rau, củ, quả, hạt' })
  await page.getByLabel('Mô tả (tiếng Việt)').fill('Kẹo dừa **sáp** nấu từ dừa tươi Mỏ Cày.\n\n- Không chất bảo quản\n- Hộp giấy 400 g')
  await page.getByLabel('Đơn vị bán').fill('hộp 400 g')
  await page.getByLabel('Quy cách đóng gói').fill('Thùng 40 hộp')
  await page.getByLabel('Số lượng đặt tối thiểu').fill('50')
}

async function fillTier(page: Page, position: number, quantity: string, price: string) {
  await page.getByLabel(`Mức ${position}: từ số lượng`).fill(quantity)
  await page.getByLabel(`Mức ${position}: giá mỗi đơn vị (đồng)`).fill(price)
}

test('a verified producer lists a product with three photos and three price tiers, publishes it, and a visitor sees the star badge', async ({
  page,
  browser,
}) => {
  await logInAs(page.context(), PRODUCER_EMAIL)
  const name = `Kẹo dừa sáp lá dứa Mỏ Cày ${unique()}`
  await page.goto('/nha-san-xuat/san-pham/moi')
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm sản phẩm' })).toBeVisible()
  await fillBasics(page, name)
  // The preview renders the simple format (and only that).
  await expect(page.getByRole('region', { name: 'Xem trước' }).locator('strong')).toHaveText('sáp')
  await expect(page.getByRole('region', { name: 'Xem trước' }).getByRole('listitem')).toHaveCount(2)

  await fillTier(page, 1, '50', '42.000')
  await page.getByRole('button', { name: 'Thêm mức giá' }).click()
  await fillTier(page, 2, '500', '39.000')
  await page.getByRole('button', { name: 'Thêm mức giá' }).click()
  await fillTier(page, 3, '2.000', '36500')
  await page.getByRole('checkbox', { name: 'HACCP' }).check()
  await page.getByRole('checkbox', { name: 'Truy xuất nguồn gốc (QR)' }).check()
  await page
    .getByLabel('Chọn ảnh')
    .setInputFiles([await photo('jpeg', '#166140', 'keo-dua-1.jpg'), await photo('png', '#80d0a3', 'keo-dua-2.png'), await photo('jpeg', '#9a530a', 'keo-dua-3.jpg')])
  await expect(page.getByRole('list', { name: 'Ảnh đã chọn, sẽ tải lên khi lưu' }).getByRole('listitem')).toHaveCount(3)
  await page.getByRole('button', { name: 'Lưu và đăng bán' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu và đăng bán sản phẩm' })).toBeVisible()
  const id = new URL(page.url()).pathname.split('/').pop()!
  const [saved] = await query<{ slug: string; status: string; tiers: string; photos: number }>(
    `SELECT p.slug, p.status::text AS status,
            (SELECT string_agg(t."minQuantity" || ':' || t."priceVnd", ';' ORDER BY t."minQuantity") FROM "PriceTier" t WHERE t."productId" = p.id) AS tiers,
            (SELECT count(*)::int FROM "ProductImage" i WHERE i."productId" = p.id) AS photos
       FROM "Product" p WHERE p.id = $1`,
    [id],
  )
  expect(saved).toMatchObject({ status: 'PUBLISHED', tiers: '50:42000;500:39000;2000:36500', photos: 3 })
  expect(saved.slug).toMatch(/^keo-dua-sap-la-dua-mo-cay-[a-z0-9]+$/)

  // Choose the third photo as the cover and move it one place earlier.
  const before = await query<{ id: string }>(`SELECT id FROM "ProductImage" WHERE "productId" = $1 ORDER BY position`, [id])
  await expect(page.getByRole('img', { name: /^Ảnh \d$/ })).toHaveCount(3)
  await page.getByRole('radio', { name: 'Ảnh bìa' }).nth(2).check()
  await page.getByRole('button', { name: 'Đưa ảnh 3 lên trước' }).click()
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu sản phẩm' })).toBeVisible()
  const after = await query<{ id: string; isCover: boolean }>(`SELECT id, "isCover" FROM "ProductImage" WHERE "productId" = $1 ORDER BY position`, [id])
  expect(after.map((image) => image.id)).toEqual([before[0].id, before[2].id, before[1].id])
  expect(after.filter((image) => image.isCover).map((image) => image.id)).toEqual([before[2].id])

  // The OCOP certificate goes through its own screens (submitted, then verified by an admin);
  // here it is recorded as that flow would leave it: verified, valid for two more years.
  const certificateNumber = `2026/OCOP-E2E-${unique()}`
  await query(
    `INSERT INTO "Certificate" (id, "producerId", "productId", stars, "certificateNumber", "decisionNumber", "decisionDate", "issuingLevel",
                                "issuingAuthority", "issuedAt", "expiresAt", status, "reviewedAt", "updatedAt")
     SELECT $1, p."producerId", p.id, 4, $2, '1234/QĐ-UBND', current_date - 30, 'PROVINCE', 'UBND tỉnh Vĩnh Long',
            current_date - 30, (current_date + interval '2 years')::date, 'VERIFIED', now(), now()
       FROM "Product" p WHERE p.id = $3`,
    [`e2e-${unique()}`, certificateNumber, id],
  )
  await markForSearch('PRODUCT', id)
  const [{ expires }] = await query<{ expires: string }>(`SELECT to_char("expiresAt", 'DD/MM/YYYY') AS expires FROM "Certificate" WHERE "certificateNumber" = $1`, [
    certificateNumber,
  ])

  // A visitor without an account.
  const visitor = await browser.newContext()
  const publicPage = await visitor.newPage()
  const response = await publicPage.goto(`/san-pham/${saved.slug}`)
  expect(response?.status()).toBe(200)
  await expect(publicPage.getByRole('heading', { level: 1, name })).toBeVisible()
  const badge = publicPage.getByRole('group', { name: 'Chứng nhận OCOP 4 sao đã xác minh' })
  await expect(badge).toContainText('Sản phẩm OCOP 4 sao')
  await expect(badge).toContainText(`Số chứng nhận ${certificateNumber}`)
  await expect(badge).toContainText(`hiệu lực đến ${expires}`)

  const rows = publicPage.getByRole('table').filter({ hasText: 'Đơn giá' }).getByRole('row')
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(1)).toContainText(/50 – 499\s*42\.000\s₫/)
  await expect(rows.nth(2)).toContainText(/500 – 1\.999\s*39\.000\s₫/)
  await expect(rows.nth(3)).toContainText(/Từ 2\.000 trở lên\s*36\.500\s₫/)
  await expect(publicPage.getByText('Đặt tối thiểu')).toBeVisible()
  await expect(publicPage.getByRole('listitem').filter({ hasText: /^HACCP$/ })).toBeVisible()

  // The gallery: the chosen cover first, three thumbnails, every photo served and decoded.
  const thumbnails = publicPage.getByRole('list', { name: 'Ảnh sản phẩm' }).getByRole('img')
  await expect(thumbnails).toHaveCount(3)
  const main = publicPage.getByRole('img', { name: new RegExp(`ảnh 1/3$`) })
  await expect(main).toHaveAttribute('src', new RegExp(`^/products/[a-f0-9]{32}\\.webp$`))
  const [cover] = await query<{ path: string }>(`SELECT path FROM "ProductImage" WHERE id = $1`, [before[2].id])
  expect(await main.getAttribute('src')).toBe(`/${cover.path}`)
  for (const image of await thumbnails.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  }
  const photoResponse = await visitor.request.get(`/${cover.path}`)
  expect(photoResponse.headers()['content-type']).toBe('image/webp')
  expect(photoResponse.headers()['cache-control']).toContain('immutable')

  // The call to action sends a visitor to log in, then on to the inquiry form.
  const cta = publicPage.getByRole('link', { name: 'Gửi yêu cầu báo giá' })
  await expect(cta).toHaveAttribute('href', `/dang-nhap?redirectTo=${encodeURIComponent(`/nguoi-mua/yeu-cau/moi?san-pham=${saved.slug}`)}`)
  // Search engines get the canonical URL and a Product with offers in đồng.
  await expect(publicPage.locator('link[rel="canonical"]')).toHaveAttribute('href', `${E2E_BASE_URL}/san-pham/${saved.slug}`)
  const jsonLd = JSON.parse((await publicPage.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({ '@type': 'Product', name, offers: { priceCurrency: 'VND', lowPrice: 36500, highPrice: 42000, offerCount: 3 } })
  await visitor.close()
})

test.describe('invalid input is refused field by field and nothing typed is lost', () => {
  test('with JavaScript: checked in the browser before anything is uploaded', async ({ page }) => {
    await logInAs(page.context(), PRODUCER_EMAIL)
    const name = `Mứt dừa non ${unique()}`
    await page.goto('/nha-san-xuat/san-pham/moi')
    await fillBasics(page, name)
    await fillTier(page, 1, '50', '42.000')
    await page.getByRole('button', { name: 'Thêm mức giá' }).click()
    await fillTier(page, 2, '40', '45.000')
    await page.getByRole('checkbox', { name: 'HACCP' }).check()
    await page.getByLabel('Chọn ảnh').setInputFiles([await photo('jpeg', '#166140', 'mut-dua.jpg'), await oversizedPhoto()])
    const posts: string[] = []
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()))
    await page.getByRole('button', { name: 'Lưu nháp' }).click()

    await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được' })).toBeVisible()
    expect(posts, 'nothing is sent while the form is invalid').toEqual([])
    const quantity2 = page.getByLabel('Mức 2: từ số lượng')
    const price2 = page.getByLabel('Mức 2: giá mỗi đơn vị (đồng)')
    await expect(quantity2).toHaveAttribute('aria-invalid', 'true')
    await expect(quantity2).toHaveAccessibleDescription(/Số lượng của mức sau phải lớn hơn mức trước/)
    await expect(price2).toHaveAccessibleDescription(/Giá của mức sau không được cao hơn mức trước/)
    await expect(page.getByLabel('Chọn ảnh')).toHaveAccessibleDescription(/Ảnh “anh-qua-lon\.png” vượt quá 8 MB/)
    // Everything else is still there, including the chosen files.
    await expect(page.getByLabel('Tên sản phẩm (tiếng Việt)')).toHaveValue(name)
    await expect(page.getByLabel('Mô tả (tiếng Việt)')).toHaveValue(/Không chất bảo quản/)
    await expect(page.getByLabel('Mức 1: giá mỗi đơn vị (đồng)')).toHaveValue('42.000')
    await expect(price2).toHaveValue('45.000')
    await expect(page.getByRole('checkbox', { name: 'HACCP' })).toBeChecked()
    expect(await page.getByLabel('Chọn ảnh').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(2)
    expect(await query(`SELECT 1 FROM "Product" WHERE "nameVi" = $1`, [name])).toHaveLength(0)

    // Fixed, it saves.
    await fillTier(page, 2, '500', '39.000')
    await page.getByLabel('Chọn ảnh').setInputFiles([await photo('jpeg', '#166140', 'mut-dua.jpg')])
    await page.getByRole('button', { name: 'Lưu nháp' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu sản phẩm' })).toBeVisible()
    const [row] = await query<{ status: string; photos: number }>(
      `SELECT status::text AS status, (SELECT count(*)::int FROM "ProductImage" i WHERE i."productId" = p.id) AS photos FROM "Product" p WHERE "nameVi" = $1`,
      [name],
    )
    expect(row).toEqual({ status: 'DRAFT', photos: 1 })
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, allowedConsoleErrors: [/status of 400/] })

    test('the server answers 400 with the errors next to the fields and the form filled in', async ({ page }) => {
      await logInAs(page.context(), PRODUCER_EMAIL)
      const name = `Bánh tráng dừa ${unique()}`
      await page.goto('/nha-san-xuat/san-pham/moi')
      await fillBasics(page, name)
      await fillTier(page, 1, '50', '42.000')
      // Adding a tier is a plain submit button here: the server applies the intent and keeps the rest.
      await page.getByRole('button', { name: 'Thêm mức giá' }).click()
      await expect(page.getByLabel('Tên sản phẩm (tiếng Việt)')).toHaveValue(name)
      await fillTier(page, 2, '500', '45.000')
      await page.getByLabel('Chọn ảnh').setInputFiles([await oversizedPhoto()])
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/nha-san-xuat/san-pham/moi')),
        page.getByRole('button', { name: 'Lưu nháp' }).click(),
      ])
      expect(response.status()).toBe(400)
      await expect(page.getByLabel('Mức 2: giá mỗi đơn vị (đồng)')).toHaveAccessibleDescription(/Giá của mức sau không được cao hơn mức trước/)
      await expect(page.getByLabel('Chọn ảnh')).toHaveAccessibleDescription(/Ảnh “anh-qua-lon\.png” vượt quá 8 MB/)
      await expect(page.getByLabel('Tên sản phẩm (tiếng Việt)')).toHaveValue(name)
      await expect(page.getByLabel('Nhóm sản phẩm OCOP')).toHaveValue('1')
      await expect(page.getByLabel('Phân nhóm')).toHaveValue('1.3.3')
      await expect(page.getByLabel('Mô tả (tiếng Việt)')).toHaveValue(/Hộp giấy 400 g/)
      await expect(page.getByLabel('Số lượng đặt tối thiểu')).toHaveValue('50')
      await expect(page.getByLabel('Mức 1: từ số lượng')).toHaveValue('50')
      await expect(page.getByLabel('Mức 2: giá mỗi đơn vị (đồng)')).toHaveValue('45.000')
      expect(await query(`SELECT 1 FROM "Product" WHERE "nameVi" = $1`, [name])).toHaveLength(0)
    })
  })
})

test.describe('another producer’s listing', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('cannot be opened, changed or deleted by the demo producer (404)', async ({ page }) => {
    await logInAs(page.context(), PRODUCER_EMAIL)
    const [other] = await query<{ id: string; nameVi: string; slug: string }>(
      `SELECT p.id, p."nameVi", p.slug FROM "Product" p
         JOIN "Producer" pr ON pr.id = p."producerId"
        WHERE p.status = 'PUBLISHED' AND pr.status = 'VERIFIED'
          AND p."producerId" <> (SELECT "producerId" FROM "User" WHERE email = $1)
        ORDER BY p.slug LIMIT 1`,
      [PRODUCER_EMAIL],
    )
    const response = await page.goto(`/nha-san-xuat/san-pham/${other.id}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible()
    await expect(page.getByLabel('Tên sản phẩm (tiếng Việt)')).toHaveCount(0)

    // Posting to it from the app's own origin is refused the same way, and the row is untouched.
    const post = await page.request.post(`/nha-san-xuat/san-pham/${other.id}`, {
      headers: { Origin: E2E_BASE_URL },
      multipart: { nameVi: 'Bị sửa trộm', groupId: '1', unit: 'hộp', minOrderQuantity: '1', 'tiers[0].minQuantity': '1', 'tiers[0].priceVnd': '1000' },
    })
    expect(post.status()).toBe(404)
    const remove = await page.request.post('/nha-san-xuat/san-pham', { headers: { Origin: E2E_BASE_URL }, form: { intent: 'delete', id: other.id } })
    expect(remove.status()).toBe(404)
    const [still] = await query<{ nameVi: string }>(`SELECT "nameVi" FROM "Product" WHERE id = $1`, [other.id])
    expect(still.nameVi).toBe(other.nameVi)
  })
})
