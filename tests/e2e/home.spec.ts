import type { Page } from '@playwright/test'
import { expectedHomeFigures, type ExpectedHome } from './db.ts'
import { E2E_BASE_URL } from './e2e-env.ts'
import { expect, test } from './fixtures.ts'

// Independent of the app's own formatters: the browser-standard Intl output for each language.
const number = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-US') }
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })

const texts = {
  vi: {
    nav: 'Điều hướng chính',
    links: ['Sản phẩm', 'Nhà sản xuất', 'Hội chợ'],
    account: ['Đăng nhập', 'Đăng ký'],
    products: 'Sản phẩm OCOP đang hiệu lực',
    producers: 'Nhà sản xuất đã xác minh',
    provinces: 'Tỉnh, thành phố',
    upcoming: 'Hội chợ sắp diễn ra',
    fairs: 'Hội chợ sắp tới',
    stars: (n: number) => `${n} sao`,
    productCount: (n: number) => `${number.vi.format(n)} sản phẩm`,
    types: { HOUSEHOLD: 'Hộ kinh doanh', ENTERPRISE: 'Doanh nghiệp', COOPERATIVE: 'Hợp tác xã', COOPERATIVE_GROUP: 'Tổ hợp tác' },
  },
  en: {
    nav: 'Main navigation',
    links: ['Products', 'Producers', 'Fairs'],
    account: ['Log in', 'Sign up'],
    products: 'OCOP products with a valid certificate',
    producers: 'Verified producers',
    provinces: 'Provinces and cities',
    upcoming: 'Upcoming fairs',
    fairs: 'Coming up',
    stars: (n: number) => `${n} stars`,
    productCount: (n: number) => `${number.en.format(n)} ${n === 1 ? 'product' : 'products'}`,
    types: { HOUSEHOLD: 'Household businesses', ENTERPRISE: 'Enterprises', COOPERATIVE: 'Cooperatives', COOPERATIVE_GROUP: 'Cooperative groups' },
  },
} as const

async function expectHeader(page: Page, lang: 'vi' | 'en') {
  const header = page.getByRole('banner')
  const nav = header.getByRole('navigation', { name: texts[lang].nav })
  for (const name of texts[lang].links) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
  for (const name of texts[lang].account) await expect(header.getByRole('link', { name, exact: true })).toBeVisible()
}

async function expectFigures(page: Page, lang: 'vi' | 'en', expected: ExpectedHome) {
  const t = texts[lang]
  const fmt = (n: number) => number[lang].format(n)

  const products = page.getByRole('region', { name: t.products })
  await expect(products.getByText(fmt(expected.certified), { exact: true })).toBeVisible()
  for (const stars of [5, 4, 3] as const) {
    await expect(products.getByRole('listitem').filter({ hasText: t.stars(stars) })).toContainText(t.productCount(expected.byStars[stars]))
  }

  const producers = page.getByRole('region', { name: t.producers })
  await expect(producers.getByText(fmt(expected.producers), { exact: true })).toBeVisible()
  for (const [type, count] of Object.entries(expected.byType) as [keyof typeof t.types, number][]) {
    const item = producers.getByRole('listitem').filter({ hasText: t.types[type] })
    await expect(item).toContainText(fmt(count))
  }

  await expect(page.getByRole('region', { name: t.provinces }).getByText(fmt(expected.provinces), { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: t.upcoming }).getByText(fmt(expected.upcomingFairCount), { exact: true })).toBeVisible()

  const fairs = page.getByRole('region', { name: t.fairs }).getByRole('article')
  await expect(fairs).toHaveCount(expected.upcomingFairs.length)
  for (const [index, fair] of expected.upcomingFairs.entries()) {
    const card = fairs.nth(index)
    const name = lang === 'en' ? (fair.nameEn ?? fair.nameVi) : fair.nameVi
    await expect(card.getByRole('heading', { name })).toBeVisible()
    await expect(card).toContainText(day.format(fair.startsAt))
    await expect(card).toContainText(day.format(fair.endsAt))
  }
}

test('the home page shows the live figures of the seeded database in Vietnamese', async ({ page }) => {
  const expected = await expectedHomeFigures()
  expect(expected.certified, 'the seed should publish certified products').toBeGreaterThan(0)
  expect(expected.producers, 'the seed should verify producers').toBeGreaterThan(0)

  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page).toHaveTitle('OCOP Connect — Kết nối sản phẩm OCOP với nhà phân phối')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sản phẩm OCOP đến tay nhà phân phối, quanh năm')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
  await expectHeader(page, 'vi')
  await expectFigures(page, 'vi', expected)
})

test('the skip link is the first stop for keyboard users and leads to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua điều hướng, đến nội dung chính' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('switching to English translates the page, keeps the figures and survives a reload', async ({ page, context }) => {
  const expected = await expectedHomeFigures()
  await page.goto('/')
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click()

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP products in distributors’ hands, all year round')
  await expectHeader(page, 'en')
  await expectFigures(page, 'en', expected)

  const cookie = (await context.cookies()).find((c) => c.name === 'lang')
  expect(cookie).toMatchObject({ value: 'en', sameSite: 'Lax', httpOnly: false, path: '/' })
  const yearFromNow = Date.now() / 1000 + 365 * 24 * 3600
  expect(Math.abs(cookie!.expires - yearFromNow)).toBeLessThan(3600)

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectHeader(page, 'en')
  await expect(page).toHaveTitle('OCOP Connect — OCOP products for distributors')

  await page.getByRole('banner').getByRole('button', { name: 'Tiếng Việt' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expectHeader(page, 'vi')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language switch still works (form post, then back to the same page)', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click()
    await expect(page).toHaveURL(`${E2E_BASE_URL}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expectHeader(page, 'en')
  })
})

test.describe('a browser that prefers English', () => {
  test.use({ locale: 'en-GB' })

  test('gets English on its first visit until it chooses otherwise', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('banner').getByRole('button', { name: 'Tiếng Việt' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  })
})

test.describe('unknown addresses', () => {
  // Chromium itself logs the 404 status of the document (and of the data request after a switch).
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('answer 404 with a not-found page in Vietnamese and in English', async ({ page }) => {
    const response = await page.goto('/khong-co-trang-nay?x=1')
    expect(response?.status()).toBe(404)
    await expect(page).toHaveTitle('Không tìm thấy trang | OCOP Connect')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
    await expect(page.getByRole('main')).toContainText('/khong-co-trang-nay')
    await expectHeader(page, 'vi')

    await page.getByRole('banner').getByRole('button', { name: 'English' }).click()
    await expect(page).toHaveURL(`${E2E_BASE_URL}/khong-co-trang-nay?x=1`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')

    const reloaded = await page.reload()
    expect(reloaded?.status()).toBe(404)
    await expect(page).toHaveTitle('Page not found | OCOP Connect')
    await page.getByRole('main').getByRole('link', { name: 'Back to the home page' }).click()
    await expect(page).toHaveURL(`${E2E_BASE_URL}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('OCOP products in distributors’ hands, all year round')
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the navigation folds into a menu that opens and closes', async ({ page }) => {
    await page.goto('/')
    const header = page.getByRole('banner')
    const nav = header.getByRole('navigation', { name: 'Điều hướng chính' })
    await expect(nav).toBeHidden()
    // <summary> has no ARIA role of its own; it is found by its text.
    const menu = header.locator('summary', { hasText: 'Menu' })
    await expect(menu).toBeVisible()

    await menu.click()
    for (const name of texts.vi.links) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
    for (const name of texts.vi.account) await expect(header.getByRole('link', { name, exact: true })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Hội chợ', exact: true })).toHaveAttribute('href', '/hoi-cho')

    await menu.click()
    await expect(nav).toBeHidden()

    // Nothing sticks out sideways on a narrow screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(header.getByRole('button', { name: 'English' })).toBeVisible()
  })
})

test('the health check and the same-origin guard answer as the production server does', async ({ request }) => {
  const health = await request.get('/healthz')
  expect(health.status()).toBe(200)
  expect(await health.json()).toEqual({ ok: true, db: true })

  const form = { lang: 'en', redirectTo: '/hoi-cho' }
  const forged = await request.post('/resources/language', { form, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })
  expect(forged.status()).toBe(403)

  const genuine = await request.post('/resources/language', { form, headers: { Origin: E2E_BASE_URL }, maxRedirects: 0 })
  expect(genuine.status()).toBe(303)
  expect(genuine.headers().location).toBe('/hoi-cho')
  expect(genuine.headers()['set-cookie']).toMatch(/^lang=en; Path=\/; Max-Age=31536000; SameSite=Lax$/)

  const offsite = await request.post('/resources/language', {
    form: { lang: 'vi', redirectTo: '//evil.example/phish' },
    headers: { Origin: E2E_BASE_URL },
    maxRedirects: 0,
  })
  expect(offsite.headers().location).toBe('/')
})
