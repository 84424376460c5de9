// The admin's list of buyer reports (/quan-tri/bao-cao) through its real loader and action: only
// reported blocks appear, newest first, 20 a page, with the buyer organisation's thread counts;
// marking one reviewed writes one audit entry (twice changes nothing); other roles are refused.
import { beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import { action, loader } from '~/routes/quan-tri+/bao-cao'
import { prisma, resetDatabase } from '../helpers/db'
import { args, cookieOf, outcome, request } from '../helpers/routes'

beforeEach(() => resetDatabase())



async function world() {
  const admin = await prisma.user.create({ data: { email: 'qt@ocop.vn', passwordHash: 'x', name: 'Quản Trị Viên', role: 'ADMIN' } })
  const producer = await prisma.producer.create({ data: { slug: 'htx-a', legalName: 'HTX Dừa A', type: 'COOPERATIVE', status: 'VERIFIED' } })
  const other = await prisma.producer.create({ data: { slug: 'htx-b', legalName: 'HTX Mật Ong B', type: 'COOPERATIVE', status: 'VERIFIED' } })
  const producerUser = await prisma.user.create({ data: { email: 'chu@a.vn', passwordHash: 'x', name: 'Chủ A', role: 'PRODUCER', producerId: producer.id } })
  const org = await prisma.buyerOrganisation.create({ data: { slug: 'cty-x', name: 'Công ty Spam X', type: 'DISTRIBUTOR' } })
  const buyer = await prisma.user.create({ data: { email: 'mua@x.vn', passwordHash: 'x', name: 'Người mua X', role: 'BUYER', buyerOrgId: org.id } })
  for (const [producerId, n] of [[producer.id, 2], [other.id, 1]] as const) {
    for (let i = 0; i < n; i++) {
      await prisma.inquiry.create({ data: { buyerOrgId: org.id, producerId, createdById: buyer.id, subject: `Hỏi giá ${i}`, quantity: 10, unit: 'hộp' } })
    }
  }
  const report = await prisma.buyerBlock.create({ data: { producerId: producer.id, buyerOrgId: org.id, reason: 'Gửi tin rác liên tục', reported: true, createdAt: new Date('2026-11-20T03:00:00Z') } })
  // Blocked without a report: not for the admins.
  const quietOrg = await prisma.buyerOrganisation.create({ data: { slug: 'cty-y', name: 'Công ty Im Lặng Y', type: 'RETAILER' } })
  await prisma.buyerBlock.create({ data: { producerId: other.id, buyerOrgId: quietOrg.id, reported: false } })
  return {
    admin,
    report,
    adminCookie: cookieOf(await startSession(admin.id, request('/'))),
    producerCookie: cookieOf(await startSession(producerUser.id, request('/'))),
    other,
  }
}

function reviewForm(id: string) {
  const body = new FormData()
  body.set('intent', 'review')
  body.set('id', id)
  return body
}

describe('/quan-tri/bao-cao', () => {
  it('lists reported buyers only, with producer, reason, date and thread counts', async () => {
    const w = await world()
    const result = await loader(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie })))
    expect(result.total).toBe(1)
    expect(result.rows).toHaveLength(1)
    const [row] = result.rows
    expect(row).toMatchObject({
      id: w.report.id,
      buyerOrgName: 'Công ty Spam X',
      producerName: 'HTX Dừa A',
      reason: 'Gửi tin rác liên tục',
      buyerThreads: 3,
      threadsWithProducer: 2,
      reviewed: null,
    })
    expect(row!.createdAt.toISOString()).toBe('2026-11-20T03:00:00.000Z')
  })

  it('pages 20 reports at a time, newest first', async () => {
    const w = await world()
    for (let i = 0; i < 20; i++) {
      const org = await prisma.buyerOrganisation.create({ data: { slug: `org-${i}`, name: `Tổ chức ${String(i).padStart(2, '0')}`, type: 'RETAILER' } })
      await prisma.buyerBlock.create({ data: { producerId: w.other.id, buyerOrgId: org.id, reported: true, createdAt: new Date(Date.UTC(2026, 10, 21, i)) } })
    }
    const first = await loader(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie })))
    expect(first.total).toBe(21)
    expect(first.pageCount).toBe(2)
    expect(first.rows).toHaveLength(20)
    expect(first.rows[0]!.buyerOrgName).toBe('Tổ chức 19')
    const second = await loader(args(request('/quan-tri/bao-cao?trang=2', { cookie: w.adminCookie })))
    expect(second.page).toBe(2)
    expect(second.rows.map((r) => r.buyerOrgName)).toEqual(['Công ty Spam X'])
  })

  it('marks a report reviewed once, in the audit log, and shows who did it', async () => {
    const w = await world()
    const response = await action(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie, body: reviewForm(w.report.id) })))
    expect(response).toBeInstanceOf(Response)
    expect((response as Response).status).toBe(303)
    expect((response as Response).headers.get('Location')).toBe('/quan-tri/bao-cao?da-xem=1')
    await action(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie, body: reviewForm(w.report.id) })))
    const audits = await prisma.auditLog.findMany({ where: { action: 'buyer.report.review', entityId: w.report.id } })
    expect(audits).toHaveLength(1)
    expect(audits[0]!.actorId).toBe(w.admin.id)
    const result = await loader(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie })))
    expect(result.rows[0]!.reviewed).toMatchObject({ by: 'Quản Trị Viên' })
  })

  it('answers 404 for an unknown or unreported block, and refuses non-admins', async () => {
    const w = await world()
    const quiet = await prisma.buyerBlock.findFirstOrThrow({ where: { reported: false } })
    for (const id of ['khong-co', quiet.id]) {
      expect(await outcome(() => action(args(request('/quan-tri/bao-cao', { cookie: w.adminCookie, body: reviewForm(id) }))))).toBe(404)
    }
    expect([302, 303, 403, 404]).toContain(await outcome(() => loader(args(request('/quan-tri/bao-cao', { cookie: w.producerCookie })))))
    expect([302, 303, 403, 404]).toContain(await outcome(() => action(args(request('/quan-tri/bao-cao', { cookie: w.producerCookie, body: reviewForm(w.report.id) })))))
    expect(await prisma.auditLog.count({ where: { action: 'buyer.report.review' } })).toBe(0)
  })
})
