// An organisation owner invites a colleague from /tai-khoan, sees the pending invitation and
// revokes it after confirming; the invitation link then no longer works.
import { randomUUID } from 'node:crypto'
import { createAccount, createProducer, logInAs } from './accounts-helpers.ts'
import { expect, gotoHydrated, test } from './fixtures.ts'

test('an owner invites a colleague, sees it pending and revokes it', async ({ browser }) => {
  const suffix = randomUUID().slice(0, 8)
  const producer = await createProducer({ legalName: `HTX Thành Viên ${suffix}`, status: 'VERIFIED' })
  const ownerEmail = `chu-${suffix}@e2e.ocop.vn`
  await createAccount({ email: ownerEmail, password: 'OcopDemo#2026', name: 'Chủ HTX', role: 'PRODUCER', producerId: producer })
  const colleague = `dong-nghiep-${suffix}@e2e.ocop.vn`

  const context = await browser.newContext()
  await logInAs(context, ownerEmail)
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await gotoHydrated(page, '/tai-khoan')
  const section = page.getByRole('region', { name: 'Thành viên' })
  await expect(section.getByRole('list', { name: 'Thành viên hiện tại' })).toContainText(ownerEmail)
  await expect(section.getByText('Không có lời mời nào đang chờ.')).toBeVisible()

  // A bad address is explained next to the field and kept.
  const email = section.getByLabel('Email đồng nghiệp')
  await email.fill('khong-hop-le')
  await section.getByRole('button', { name: 'Gửi lời mời' }).click()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveValue('khong-hop-le')

  await email.fill(colleague)
  await section.getByRole('button', { name: 'Gửi lời mời' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Đã gửi lời mời đến ${colleague}.` })).toBeVisible()
  const pending = section.getByRole('list', { name: 'Lời mời đang chờ' })
  await expect(pending).toContainText(colleague)

  // The invitation mail is in the development mailbox.
  const mailbox = await context.newPage()
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(colleague)}`)
  const link = (await mailbox.locator('body').textContent()) ?? ''
  const url = /\/loi-moi\/[A-Za-z0-9_-]+/.exec(link)?.[0]
  expect(url).toBeTruthy()

  await pending.getByRole('button', { name: `Thu hồi lời mời gửi ${colleague}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã thu hồi lời mời.' })).toBeVisible()
  await expect(section.getByText('Không có lời mời nào đang chờ.')).toBeVisible()
  const response = await mailbox.goto(url!)
  expect(response!.status()).toBeGreaterThanOrEqual(400)
  await context.close()
})
