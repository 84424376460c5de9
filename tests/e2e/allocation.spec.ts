// Booth allocation in the browser: the demo organiser previews a plan for a fair of its own,
// swaps two booths on the plan, locks one, runs again around the lock and publishes; the demo
// producer then sees its booth highlighted on the plan. The fair and its accepted applications
// are created here (not the seeded demo fair, which other specs read).
import { randomUUID } from 'node:crypto'
import { DEMO, logInAs, uniqueTaxCode } from './accounts-helpers.ts'
import { query } from './db.ts'
import { expect, test } from './fixtures.ts'

interface Setup {
  fairId: string
  slug: string
  producerIds: string[]
  demoApplicationId: string
}

async function createFairWithApplications(): Promise<Setup> {
  const [organiser] = await query<{ organiserId: string }>(`SELECT "organiserId" FROM "User" WHERE email = $1`, [DEMO.organiser])
  const [demo] = await query<{ producerId: string }>(`SELECT "producerId" FROM "User" WHERE email = $1`, [DEMO.producer])
  const fairId = randomUUID()
  const slug = `e2e-phan-bo-${fairId.slice(0, 8)}`
  await query(
    `INSERT INTO "Fair" (id, slug, "organiserId", "nameVi", venue, "addressLine", "startsAt", "endsAt", "applicationOpensAt", "applicationClosesAt", status, "updatedAt")
     VALUES ($1, $2, $3, $4, 'Nhà thi đấu tỉnh', 'Vĩnh Long', now() + interval '60 days', now() + interval '63 days', now() - interval '30 days', now() - interval '1 day', 'APPLICATIONS_CLOSED', now())`,
    [fairId, slug, organiser.organiserId, `Phiên chợ OCOP thử nghiệm ${fairId.slice(0, 4)}`],
  )
  const typeId = randomUUID()
  await query(`INSERT INTO "BoothType" (id, "fairId", code, "nameVi", "widthM", "depthM", "priceVnd", includes) VALUES ($1, $2, 'TC', 'Gian tiêu chuẩn', 3, 3, 8000000, '{}')`, [typeId, fairId])
  const hallId = randomUUID()
  await query(`INSERT INTO "Hall" (id, "fairId", name, "widthM", "depthM") VALUES ($1, $2, 'Nhà A', 20, 12)`, [hallId, fairId])
  // Two rows of three booths facing each other across an aisle: zones "Trái cây" and "Đặc sản".
  for (let i = 0; i < 6; i++) {
    const row = Math.floor(i / 3)
    await query(
      `INSERT INTO "Booth" (id, "fairId", "hallId", "boothTypeId", code, x, y, width, depth, zone, features)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 3, 3, $8, '{power}')`,
      [randomUUID(), fairId, hallId, typeId, `A-0${i + 1}`, 2 + (i % 3) * 3, 1 + row * 6, row === 0 ? 'Trái cây' : 'Đặc sản'],
    )
  }
  // Seven accepted applications for six booths: one must wait. The demo producer applied first.
  const producerIds: string[] = []
  let demoApplicationId = ''
  const names = ['Hộ kinh doanh Bưởi Năm Roi', 'Cơ sở Kẹo Chuối Tư Hoa', 'Hợp tác xã Chôm Chôm Bình Hòa', 'Doanh nghiệp Mắm Cá Linh', 'Tổ hợp tác Bánh Tráng Mỹ Lồng', 'Cơ sở Khô Cá Lóc Út Lan']
  for (let i = 0; i < 7; i++) {
    let producerId = demo.producerId
    if (i > 0) {
      producerId = randomUUID()
      await query(
        `INSERT INTO "Producer" (id, slug, "legalName", type, status, "taxCode", "provinceId", "updatedAt")
         VALUES ($1, $2, $3, $4::"ProducerType", 'VERIFIED', $5, (SELECT "provinceId" FROM "Producer" WHERE id = $6), now())`,
        [producerId, `e2e-${producerId}`, `${names[i - 1]} ${fairId.slice(0, 4)}`, i % 3 === 0 ? 'COOPERATIVE' : 'HOUSEHOLD', uniqueTaxCode(), demo.producerId],
      )
      producerIds.push(producerId)
    }
    const applicationId = randomUUID()
    if (i === 0) demoApplicationId = applicationId
    await query(
      `INSERT INTO "BoothApplication" (id, "fairId", "producerId", "boothTypeId", "boothCount", "zonePreferences", status, "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 1, $5, 'ACCEPTED', now() - make_interval(days => 20 - $6::int), now())`,
      [applicationId, fairId, producerId, typeId, i % 2 ? ['Đặc sản'] : ['Trái cây'], i],
    )
  }
  return { fairId, slug, producerIds, demoApplicationId }
}

async function allocations(fairId: string) {
  return query<{ applicationId: string; boothId: string; code: string; locked: boolean; publishedAt: Date | null }>(
    `SELECT a."applicationId", a."boothId", b.code, a.locked, a."publishedAt" FROM "Allocation" a JOIN "Booth" b ON b.id = a."boothId" WHERE a."fairId" = $1 ORDER BY b.code`,
    [fairId],
  )
}

let setup: Setup
test.beforeEach(async () => {
  setup = await createFairWithApplications()
})
test.afterEach(async () => {
  await query(`DELETE FROM "Fair" WHERE id = $1`, [setup.fairId])
  await query(`DELETE FROM "Producer" WHERE id = ANY($1)`, [setup.producerIds])
})

test('the organiser previews, swaps two booths, locks one, re-runs and publishes; the producer sees its booth', async ({ page, browser }) => {
  test.setTimeout(60_000)
  await logInAs(page.context(), DEMO.organiser)
  await page.goto(`/ban-to-chuc/hoi-cho/${setup.slug}/phan-bo`)
  await expect(page.getByRole('heading', { level: 1, name: 'Phân bổ gian hàng' })).toBeVisible()
  await expect(page.getByTestId('allocation-status')).toHaveText('Chưa chạy phân bổ')
  // One of the fair's tabs, with the breadcrumb going through the fair.
  await expect(page.getByRole('navigation', { name: 'Quản lý hội chợ' }).getByRole('link', { name: 'Phân bổ gian hàng' })).toHaveAttribute('aria-current', 'page')
  const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' })
  await expect(crumbs.getByRole('link')).toHaveCount(2)
  await expect(crumbs.getByRole('link').first()).toHaveAttribute('href', '/ban-to-chuc/hoi-cho')
  await expect(crumbs.getByRole('link').last()).toHaveAttribute('href', `/ban-to-chuc/hoi-cho/${setup.slug}`)

  // 1. Preview.
  await page.getByRole('button', { name: 'Chạy phân bổ thử' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã chạy phân bổ thử' })).toContainText('6 nhà sản xuất được xếp gian, 1 chờ')
  await expect(page.getByTestId('allocation-status')).toHaveText('Bản nháp — chưa công bố')
  await expect(page.getByTestId('placement')).toHaveCount(6)
  await expect(page.getByTestId('unplaced')).toHaveCount(1)
  await expect(page.getByTestId('figure-violations')).toContainText('0')
  const drafts = await allocations(setup.fairId)
  expect(drafts).toHaveLength(6)
  expect(drafts.every((a) => a.publishedAt === null)).toBe(true)

  // The plan can be coloured by producer type; the legend follows.
  await page.getByRole('radio', { name: 'Loại hình' }).check()
  await expect(page.getByText('Hợp tác xã', { exact: true })).toBeVisible()

  // 2. Swap by choosing them on the plan.
  const before = new Map(drafts.map((a) => [a.code, a.applicationId]))
  await page.getByRole('button', { name: /^Gian A-01,/ }).click()
  await page.getByRole('button', { name: /^Gian A-04,/ }).click()
  await expect(page.getByLabel('Gian cần chuyển')).toHaveValue(drafts.find((a) => a.code === 'A-01')!.boothId)
  await expect(page.getByLabel('Gian đích')).toHaveValue(drafts.find((a) => a.code === 'A-04')!.boothId)
  await page.getByRole('button', { name: 'Chuyển / đổi chỗ' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã đổi chỗ hai gian A-01 và A-04' })).toBeVisible()
  const swapped = new Map((await allocations(setup.fairId)).map((a) => [a.code, a.applicationId]))
  expect(swapped.get('A-01')).toBe(before.get('A-04'))
  expect(swapped.get('A-04')).toBe(before.get('A-01'))

  // 3. Lock the placement now in A-01.
  const [{ name: lockedName }] = await query<{ name: string }>(
    `SELECT coalesce(p."tradeName", p."legalName") AS name FROM "BoothApplication" a JOIN "Producer" p ON p.id = a."producerId" WHERE a.id = $1`,
    [swapped.get('A-01')],
  )
  const lockedRow = page.getByTestId('placement').filter({ hasText: lockedName })
  await expect(lockedRow.getByRole('cell').first()).toHaveText('A-01')
  await lockedRow.getByRole('button', { name: `Khoá chỗ của ${lockedName}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã khoá chỗ' })).toBeVisible()
  await expect(lockedRow.getByRole('cell').first()).toContainText('Đã khoá')
  await expect(lockedRow.getByTestId('explanation')).toContainText('giữ nguyên theo khoá của ban tổ chức')

  // 4. Re-run with other weights: the locked placement stays where it is.
  await page.getByLabel('Cùng tỉnh gần nhau').fill('9')
  await page.getByRole('button', { name: 'Chạy lại (giữ chỗ đã khoá)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã chạy phân bổ thử' })).toBeVisible()
  const rerun = await allocations(setup.fairId)
  expect(rerun).toHaveLength(6)
  expect(rerun.find((a) => a.code === 'A-01')).toMatchObject({ applicationId: before.get('A-04'), locked: true })
  await expect(page.getByLabel('Cùng tỉnh gần nhau')).toHaveValue('9')

  // 5. Publish, behind a confirmation.
  await page.getByText('Công bố phân bổ…').click()
  await page.getByRole('button', { name: 'Xác nhận công bố' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã công bố phân bổ' })).toContainText('6 nhà sản xuất nhận gian, 1 vào danh sách chờ')
  await expect(page.getByTestId('allocation-status')).toHaveText('Đã công bố')
  const [fair] = await query<{ status: string }>(`SELECT status::text AS status FROM "Fair" WHERE id = $1`, [setup.fairId])
  expect(fair.status).toBe('ALLOCATED')
  const published = await allocations(setup.fairId)
  expect(published.every((a) => a.publishedAt !== null)).toBe(true)
  const [{ count: requests }] = await query<{ count: string }>(`SELECT count(*) FROM "PaymentRequest" WHERE "fairId" = $1 AND status = 'OPEN' AND "amountVnd" = 8000000`, [setup.fairId])
  expect(Number(requests)).toBe(6)
  const [{ count: waiting }] = await query<{ count: string }>(`SELECT count(*) FROM "BoothApplication" WHERE "fairId" = $1 AND status = 'WAITLISTED' AND "waitlistPosition" = 1`, [setup.fairId])
  expect(Number(waiting)).toBe(1)

  // 6. The demo producer sees its booth, highlighted on the plan.
  const mine = published.find((a) => a.applicationId === setup.demoApplicationId)
  expect(mine, 'the demo producer applied first and has a booth').toBeTruthy()
  const producer = await browser.newContext()
  await logInAs(producer, DEMO.producer)
  const producerPage = await producer.newPage()
  await producerPage.goto(`/nha-san-xuat/hoi-cho/${setup.slug}/gian-hang`)
  await expect(producerPage.getByRole('status')).toContainText(`Gian hàng của bạn: ${mine!.code}`)
  // The fee is shown with whether it is paid yet.
  await expect(producerPage.getByRole('status').getByTestId('payment-status')).toHaveText('Chờ thanh toán')
  const booth = producerPage.getByRole('img', { name: new RegExp(`^Gian ${mine!.code},.*Gian hàng của bạn`) })
  await expect(booth).toBeVisible()
  await booth.focus()
  await expect(producerPage.getByRole('region', { name: 'Chi tiết gian' })).toContainText(`Gian ${mine!.code}`)
  await producer.close()
})
