// The buyers' search page on the seeded catalogue: instant results as you type, facets that
// combine, the URL as the whole state, the plain GET form without JavaScript, tone-aware ranking.
// Expectations come from the database (tests/e2e/db.ts), never from names copied into the test.
import type { Page } from '@playwright/test'
import { query, vietnamToday } from './db.ts'
import { expect, gotoHydrated, test } from './fixtures.ts'

const BOX = 'Tìm sản phẩm, nhà sản xuất hoặc vùng miền'
const BEN_TRE = 'F83'

const fold = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()

interface Listed {
  slug: string
  nameVi: string
  stars: number | null
  provinceId: string | null
  formerProvinceId: string | null
}

/** Searchable products as the index should hold them: published, verified producer, valid certificate. */
async function searchableProducts(): Promise<Listed[]> {
  return query<Listed>(
    `SELECT p.slug, p."nameVi", pr."provinceId", pr."formerProvinceId",
            (SELECT max(c.stars) FROM "Certificate" c
              WHERE c."productId" = p.id AND c.status = 'VERIFIED' AND to_char(c."expiresAt", 'YYYY-MM-DD') >= $1) AS stars
       FROM "Product" p JOIN "Producer" pr ON pr.id = p."producerId"
      WHERE p.status = 'PUBLISHED' AND pr.status = 'VERIFIED'`,
    [vietnamToday()],
  ).then((rows) => rows.filter((row) => row.stars !== null))
}

function results(page: Page) {
  return page.getByRole('region', { name: 'Kết quả' })
}

/** Slugs of the listed cards, in order (from the links to the product pages). */
async function listedSlugs(page: Page): Promise<string[]> {
  const hrefs = await results(page).getByRole('article').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((href) => decodeURIComponent(href.replace(/^\/san-pham\//, '')))
}

async function listedNames(page: Page): Promise<string[]> {
  return results(page).getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts()
}

const countStatus = (page: Page) => page.getByRole('status').filter({ hasText: /sản phẩm/ })

/** Products named "kẹo dừa…" with 4 stars from Bến Tre (cũ), from the database. */
async function expectedKeoDuaBenTre4(): Promise<Listed[]> {
  const all = await searchableProducts()
  return all.filter(
    (p) => fold(p.nameVi).includes('keo dua') && p.stars === 4 && (p.formerProvinceId === BEN_TRE || p.provinceId === BEN_TRE),
  )
}

/**
 * Every listed product passes both filters; the products named "kẹo dừa" come first (other
 * matches, e.g. by the producer's name "… Kẹo dừa …", follow them).
 */
async function expectListedAreKeoDuaBenTre4(page: Page) {
  await expect(results(page).getByRole('article').first()).toBeVisible()
  const bySlug = new Map((await searchableProducts()).map((p) => [p.slug, p]))
  const slugs = await listedSlugs(page)
  const expected = await expectedKeoDuaBenTre4()
  expect(expected.length, 'the seed should have 4-star coconut candy from Bến Tre').toBeGreaterThan(0)
  expect(expected.length, 'the named ones fit on page one').toBeLessThanOrEqual(20)
  for (const slug of slugs) {
    const product = bySlug.get(slug)
    expect(product, `listed product ${slug} is searchable`).toBeDefined()
    expect(product!.stars, `${product!.nameVi}: stars`).toBe(4)
    expect([product!.formerProvinceId, product!.provinceId], `${product!.nameVi}: province`).toContain(BEN_TRE)
  }
  expect(new Set(slugs.slice(0, expected.length))).toEqual(new Set(expected.map((p) => p.slug)))
  return slugs
}

test('a buyer types "keo dua", picks Bến Tre and 4 sao, and a reload shows the same results', async ({ page }) => {
  const searches: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/resources/search')) searches.push(request.url())
  })
  await gotoHydrated(page, '/tim-kiem')
  await expect(page).toHaveTitle('Tìm sản phẩm OCOP | OCOP Connect')
  const box = page.getByRole('searchbox', { name: BOX })
  await expect(box).toHaveAttribute('placeholder', /kẹo dừa Bến Tre/)

  // Typed key by key, faster than the debounce: one request for the whole word, not one per key.
  await box.pressSequentially('keo dua', { delay: 40 })
  await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua$/)
  await expect(countStatus(page)).toContainText('cho “keo dua”')
  expect(searches.length, 'debounced: not a request per key (7 keys)').toBeLessThanOrEqual(3)
  const firstNames = await listedNames(page)
  expect(firstNames.length).toBeGreaterThan(0)
  for (const name of firstNames.slice(0, 5)) expect(fold(name)).toContain('keo dua')
  // Matched words are marked (safely, as <mark> elements).
  await expect(results(page).getByRole('article').first().locator('mark').first()).toBeVisible()

  const filters = page.getByRole('complementary', { name: 'Bộ lọc' })
  await filters.getByRole('checkbox', { name: /^Bến Tre \(cũ\)/ }).check()
  await expect(page).toHaveURL(/province=F83/)
  await filters.getByRole('checkbox', { name: /^4 sao/ }).check()
  await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua&province=F83&stars=4$/)
  await expect(filters.getByRole('checkbox', { name: /^Bến Tre \(cũ\)/ })).toBeChecked()

  const slugs = await expectListedAreKeoDuaBenTre4(page)
  expect(slugs.length, 'one page holds them all, so the count is the list').toBeLessThan(20)
  await expect(countStatus(page)).toHaveText(`${slugs.length} sản phẩm cho “keo dua”`)
  // The active filters show as removable chips.
  await expect(page.getByRole('link', { name: 'Bỏ lọc: Bến Tre (cũ)' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Bỏ lọc: 4 sao' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('searchbox', { name: BOX })).toHaveValue('keo dua')
  await expect(page.getByRole('checkbox', { name: /^Bến Tre \(cũ\)/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /^4 sao/ })).toBeChecked()
  await expect(countStatus(page)).toHaveText(`${slugs.length} sản phẩm cho “keo dua”`)
  expect(await listedSlugs(page)).toEqual(slugs)

  // Removing a filter through its chip widens the list again.
  await page.getByRole('link', { name: 'Bỏ lọc: 4 sao' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua&province=F83$/)
  await expect(page.getByRole('checkbox', { name: /^4 sao/ })).not.toBeChecked()
})

test('typing tones ranks the tone-exact product first: "dứa" lists pineapple before coconut, melon and chopsticks', async ({ page }) => {
  const all = await searchableProducts()
  const hasWord = (name: string, word: string) => name.toLowerCase().split(/\s+/).includes(word)
  const pineapple = all.filter((p) => hasWord(p.nameVi, 'dứa'))
  expect(pineapple.length, 'the seed should hold products named with "dứa"').toBeGreaterThan(0)
  expect(all.some((p) => hasWord(p.nameVi, 'dừa')), 'and coconut products to tell them apart').toBe(true)

  await gotoHydrated(page, '/tim-kiem')
  await page.getByRole('searchbox', { name: BOX }).fill('dứa')
  await expect(page).toHaveURL(/\?q=d%E1%BB%A9a$/)
  const names = await listedNames(page)
  // A product whose name starts with "Dứa" (the fruit itself) comes first…
  expect(names[0]).toMatch(/^Dứa /)
  // …and every name with the tone-exact word comes before any name without it.
  const exact = names.map((name) => hasWord(name, 'dứa'))
  expect(exact.indexOf(false) === -1 || exact.lastIndexOf(true) < exact.indexOf(false), names.join(' | ')).toBe(true)
  // Typed without tones, the coconut, melon and chopsticks products are found too.
  await page.getByRole('searchbox', { name: BOX }).fill('dua')
  await expect(page).toHaveURL(/\?q=dua$/)
  await expect(countStatus(page)).toContainText('cho “dua”')
  const folded = all.filter((p) => fold(p.nameVi).split(/\s+/).includes('dua')).length
  const total = Number((await countStatus(page).innerText()).split(' ')[0].replace(/\./g, ''))
  expect(total).toBeGreaterThanOrEqual(folded)
})

test('an empty result suggests how to find something', async ({ page }) => {
  const groups = await query<{ id: string; nameVi: string }>(`SELECT id, "nameVi" FROM "ProductCategory" WHERE level = 'GROUP' AND id = '4'`)
  // Coconut candy is food, never a handicraft: the group filter is what empties the list.
  await page.goto('/tim-kiem?q=keo+dua+sap&group=4')
  await expect(page.getByRole('heading', { name: 'Chưa có sản phẩm nào khớp với “keo dua sap”' })).toBeVisible()
  await expect(countStatus(page)).toHaveText('0 sản phẩm cho “keo dua sap”')
  const suggestion = page.getByRole('link', { name: new RegExp(`^Bỏ bộ lọc “${groups[0].nameVi}”: \\d+ sản phẩm$`) })
  await expect(suggestion).toBeVisible()
  const promised = Number(/(\d+) sản phẩm$/.exec((await suggestion.innerText()).trim())![1])
  await suggestion.click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua\+sap$/)
  await expect(countStatus(page)).toHaveText(`${promised} sản phẩm cho “keo dua sap”`)

  // A stray word: the suggestion drops it.
  await page.goto('/tim-kiem?q=keo+dua+zzqx')
  await page.getByRole('link', { name: /^Tìm “keo dua”: \d+ sản phẩm$/ }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua$/)
  await expect(results(page).getByRole('article').first()).toBeVisible()
})

test('sorting by price and paging keep the whole state in the address', async ({ page }) => {
  const all = await searchableProducts()
  await gotoHydrated(page, '/tim-kiem')
  await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption({ label: 'Giá thấp đến cao' })
  await expect(page).toHaveURL(/\/tim-kiem\?sort=price-asc$/)
  const prices = async () =>
    (await results(page).getByRole('article').getByText(/^Từ [\d.]+\s₫/).allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')))
  const first = await prices()
  expect(first.length).toBeGreaterThan(1)
  expect([...first].sort((a, b) => a - b)).toEqual(first)

  const pages = page.getByRole('navigation', { name: 'Phân trang kết quả' })
  await expect(pages.getByRole('link', { name: 'Trang 1', exact: true })).toHaveAttribute('aria-current', 'page')
  await pages.getByRole('link', { name: 'Trang sau' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?sort=price-asc&page=2$/)
  await expect(pages.getByRole('link', { name: 'Trang 2', exact: true })).toHaveAttribute('aria-current', 'page')
  const second = await prices()
  expect(second[0]).toBeGreaterThanOrEqual(first[first.length - 1])
  expect(all.length, 'the seed fills more than one page').toBeGreaterThan(20)

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('price-asc')
  expect(await prices()).toEqual(second)
})

test('producers have their own tab', async ({ page }) => {
  const producers = await query<{ count: string }>(`SELECT count(*) FROM "Producer" WHERE status = 'VERIFIED'`)
  expect(Number(producers[0].count)).toBeGreaterThan(0)
  await page.goto('/tim-kiem?q=hop+tac+xa')
  await page.getByRole('navigation', { name: 'Loại kết quả' }).getByRole('link', { name: 'Nhà sản xuất' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=hop\+tac\+xa&tab=producers$/)
  await expect(page.getByRole('status').filter({ hasText: 'nhà sản xuất cho “hop tac xa”' })).toBeVisible()
  const cards = results(page).getByRole('article')
  await expect(cards.first()).toBeVisible()
  await expect(cards.first()).toContainText('Hợp tác xã')
  const tabs = page.getByRole('navigation', { name: 'Loại kết quả' })
  await expect(tabs.getByRole('link', { name: 'Nhà sản xuất' })).toHaveAttribute('aria-current', 'page')
  await expect(tabs.getByRole('link', { name: 'Sản phẩm' })).not.toHaveAttribute('aria-current', 'page')
})

test('the header leads visitors to the product search', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sản phẩm', exact: true }).click()
  await expect(page).toHaveURL(/\/tim-kiem$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm sản phẩm OCOP')
  // With nothing typed the page lists every searchable product.
  const all = await searchableProducts()
  await expect(countStatus(page)).toHaveText(`${new Intl.NumberFormat('vi-VN').format(all.length)} sản phẩm`)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search box and the filters work as a plain GET form', async ({ page }) => {
    await page.goto('/tim-kiem')
    await page.getByRole('searchbox', { name: BOX }).fill('keo dua')
    await page.getByRole('button', { name: 'Tìm', exact: true }).click()
    // The loader redirects the raw form submission to the canonical address.
    await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua$/)
    await expect(countStatus(page)).toContainText('cho “keo dua”')

    await page.getByRole('checkbox', { name: /^Bến Tre \(cũ\)/ }).check()
    await page.getByRole('checkbox', { name: /^4 sao/ }).check()
    await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).first().click()
    await expect(page).toHaveURL(/\/tim-kiem\?q=keo\+dua&province=F83&stars=4$/)
    await expectListedAreKeoDuaBenTre4(page)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the filters fold into a panel that opens and closes', async ({ page }) => {
    await gotoHydrated(page, '/tim-kiem?q=keo+dua')
    const panel = page.getByRole('complementary', { name: 'Bộ lọc' })
    await expect(panel).toBeHidden()
    const toggle = page.getByRole('button', { name: 'Bộ lọc' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(panel).toBeVisible()
    await panel.getByRole('checkbox', { name: /^4 sao/ }).check()
    await expect(page).toHaveURL(/stars=4/)
    await panel.getByRole('button', { name: 'Xem kết quả' }).click()
    await expect(panel).toBeHidden()
    await expect(page.getByRole('button', { name: /Bộ lọc/ })).toContainText('1 đang chọn')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
