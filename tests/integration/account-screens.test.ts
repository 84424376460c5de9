// The account, producer and admin screens against the per-worker PostgreSQL: the module functions
// they added (sessions by handle, preferences, user list, dashboard, scans, logos) and their
// loaders and actions called with real Requests and real session cookies.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import type { Actor } from '~/modules/accounts/permissions'
import {
  describeUserAgent,
  endOtherSessions,
  listSessionsForDisplay,
  revokeSessionByHandle,
  sessionHandle,
  updatePreferences,
} from '~/modules/accounts/settings.server'
import { listOrganiserInvitations, listUsers, USERS_PAGE_SIZE } from '~/modules/accounts/users.server'
import { inviteOrganiser } from '~/modules/accounts/invitations.server'
import { getProducerDashboard, listOwnCertificates } from '~/modules/producers/dashboard.server'
import { approveCertificate, countPendingCertificates, listPendingCertificates } from '~/modules/producers/certificates.server'
import { contentDisposition, getCertificateDocument } from '~/modules/producers/documents.server'
import { processProducerLogo, producerLogoFile } from '~/modules/producers/logo.server'
import { hashPassword } from '~/modules/accounts/password.server'
import { loader as mailboxLoader } from '~/routes/dev+/mailbox'
import { action as loginAction } from '~/routes/_auth+/dang-nhap'
import { action as profileAction } from '~/routes/nha-san-xuat+/ho-so'
import { action as newCertificateAction } from '~/routes/nha-san-xuat+/chung-nhan.moi'
import { loader as certificateLoader } from '~/routes/nha-san-xuat+/chung-nhan.$id'
import { loader as documentLoader } from '~/routes/tai-lieu+/chung-nhan.$id'
import { loader as communesLoader } from '~/routes/resources+/communes'
import { action as accountAction } from '~/routes/tai-khoan'
import { setNow } from '~/utils/clock.server'
import { prisma, resetDatabase } from '../helpers/db'
import { args, cookieOf, formData as form, request as routeRequest } from '../helpers/routes'

let storage: string
const previousStorage = process.env.STORAGE_DIR
beforeAll(async () => {
  storage = await mkdtemp(path.join(tmpdir(), 'ocop-accounts-'))
  process.env.STORAGE_DIR = storage
})
afterAll(async () => {
  process.env.STORAGE_DIR = previousStorage
  await rm(storage, { recursive: true, force: true })
})
beforeEach(() => resetDatabase())
afterEach(() => setNow(null))

// Each request from a new client address, so the log-in rate limit (per address) never trips.
let ip = 0
const request = (url: string, init: Parameters<typeof routeRequest>[1] = {}) => routeRequest(url, { ...init, ip: `198.51.100.${++ip % 250}` })
/** What a loader or action gave back: a Response (redirect, error) or data(value, init). */
async function outcome(run: () => Promise<unknown>) {
  try {
    const value = await run()
    if (value instanceof Response) return { status: value.status, location: value.headers.get('Location'), headers: value.headers, value }
    const wrapped = value as { data?: unknown; init?: ResponseInit | null; type?: string }
    if (wrapped?.type === 'DataWithResponseInit') {
      return { status: wrapped.init?.status ?? 200, headers: new Headers(wrapped.init?.headers), data: wrapped.data as any }
    }
    return { status: 200, headers: new Headers(), data: value as any }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get('Location'), headers: thrown.headers }
    throw thrown
  }
}

async function producerAccount(slug: string, options: { profile?: boolean } = {}) {
  const producer =
    options.profile === false
      ? null
      : await prisma.producer.create({ data: { slug, legalName: `Hợp tác xã ${slug}`, type: 'COOPERATIVE', status: 'VERIFIED' } })
  const user = await prisma.user.create({
    data: { email: `${slug}@vi.du`, passwordHash: await hashPassword('mật khẩu dài 2026'), name: `Chủ ${slug}`, role: 'PRODUCER', producerId: producer?.id ?? null },
  })
  const actor: Actor = { id: user.id, role: 'PRODUCER', producerId: producer?.id ?? null, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
  const cookie = cookieOf(await startSession(user.id, request('/')))
  return { producer, user, actor, cookie }
}

async function userWithRole(role: 'ADMIN' | 'BUYER', email: string) {
  const user = await prisma.user.create({ data: { email, passwordHash: await hashPassword('mật khẩu dài 2026'), name: email, role } })
  const actor: Actor = { id: user.id, role, producerId: null, buyerOrgId: null, organiserId: null }
  return { user, actor, cookie: cookieOf(await startSession(user.id, request('/'))) }
}

async function productOf(producerId: string, slug: string) {
  await prisma.productCategory.upsert({ where: { id: '1' }, update: {}, create: { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' } })
  return prisma.product.create({ data: { producerId, slug, nameVi: `Kẹo dừa ${slug}`, groupId: '1', unit: 'hộp' } })
}

async function certificateOf(producerId: string, productId: string, overrides: Record<string, unknown> = {}) {
  return prisma.certificate.create({
    data: {
      producerId,
      productId,
      stars: 4,
      certificateNumber: `OCOP-${Math.random().toString(36).slice(2, 8)}`,
      decisionNumber: '12/QĐ-UBND',
      decisionDate: new Date('2025-03-10'),
      issuingLevel: 'PROVINCE',
      issuingAuthority: 'UBND tỉnh Vĩnh Long',
      issuedAt: new Date('2025-03-10'),
      expiresAt: new Date('2028-03-10'),
      ...overrides,
    },
  })
}

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(300).fill(0x41)])

describe('sessions on the account page', () => {
  it('lists sessions by handle, never by id, the current one first', async () => {
    const { user, cookie } = await producerAccount('phien', { profile: false })
    const current = cookie.split('=')[1]
    await startSession(user.id, request('/', { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1' }))
    const sessions = await listSessionsForDisplay(user.id, current)
    expect(sessions.map((session) => session.current)).toEqual([true, false])
    expect(sessions[1].device).toBe('Safari · iOS')
    const ids = (await prisma.session.findMany({ where: { userId: user.id } })).map((session) => session.id)
    expect(JSON.stringify(sessions)).not.toMatch(new RegExp(ids.join('|')))
    expect(sessions[0].handle).toBe(sessionHandle(current))
  })

  it('revokes only another session of the same user', async () => {
    const a = await producerAccount('chu-a', { profile: false })
    const b = await producerAccount('chu-b', { profile: false })
    const aCurrent = a.cookie.split('=')[1]
    const aOther = cookieOf(await startSession(a.user.id, request('/'))).split('=')[1]
    const bSession = b.cookie.split('=')[1]
    expect(await revokeSessionByHandle(a.user.id, sessionHandle(bSession), aCurrent)).toBe(false)
    expect(await revokeSessionByHandle(a.user.id, sessionHandle(aCurrent), aCurrent)).toBe(false)
    expect(await revokeSessionByHandle(a.user.id, sessionHandle(aOther), aCurrent)).toBe(true)
    expect((await prisma.session.findMany({ select: { id: true } })).map((s) => s.id).sort()).toEqual([aCurrent, bSession].sort())
    expect(await prisma.auditLog.count({ where: { action: 'user.session.revoke', actorId: a.user.id } })).toBe(1)
  })

  it('"log out of all other devices" keeps this one', async () => {
    const { user, cookie } = await producerAccount('nhieu', { profile: false })
    await startSession(user.id, request('/'))
    await startSession(user.id, request('/'))
    expect(await endOtherSessions(user.id, cookie.split('=')[1])).toBe(2)
    expect(await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: cookie.split('=')[1] }])
  })

  it('an unknown handle posted to the account page is a 404, not a silent success', async () => {
    const { cookie } = await producerAccount('la', { profile: false })
    const result = await outcome(() => accountAction(args(request('/tai-khoan', { cookie, body: form({ intent: 'revoke-session', session: 'khong-co' }) }))))
    expect(result.status).toBe(404)
  })

  it('stores the email preferences with an audit entry', async () => {
    const { user } = await producerAccount('tuy-chon', { profile: false })
    await updatePreferences(user.id, { emailNotifications: false, locale: 'en' })
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailNotifications: true, locale: true } })).toEqual({
      emailNotifications: false,
      locale: 'en',
    })
    expect(await prisma.auditLog.count({ where: { action: 'user.preferences' } })).toBe(1)
  })

  it('turning notification emails off stops certificate emails to that member only', async () => {
    const { actor: admin } = await userWithRole('ADMIN', 'quantri@vi.du')
    const owner = await producerAccount('thong-bao')
    const colleague = await prisma.user.create({
      data: { email: 'dong-nghiep@vi.du', passwordHash: 'x', name: 'Đồng nghiệp', role: 'PRODUCER', producerId: owner.producer!.id, memberRole: 'MEMBER' },
    })
    await updatePreferences(colleague.id, { emailNotifications: false, locale: 'vi' })
    const product = await productOf(owner.producer!.id, 'thong-bao')
    const certificate = await certificateOf(owner.producer!.id, product.id, { status: 'PENDING' })
    expect(await approveCertificate(admin, certificate.id)).toEqual({ ok: true })
    expect((await prisma.emailOutbox.findMany({ where: { template: 'certificate-approved' } })).map((mail) => mail.toEmail)).toEqual(['thong-bao@vi.du'])
  })

  it('names common browsers and systems, and admits when it cannot', () => {
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Chrome · Windows')
    expect(describeUserAgent('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36 Edg/131.0')).toBe('Edge · Android')
    expect(describeUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox · macOS')
    expect(describeUserAgent(null)).toBeNull()
  })
})

describe('the admin user list', () => {
  it('pages through users by role and counts each role', async () => {
    const { actor } = await userWithRole('ADMIN', 'quantri@vi.du')
    await prisma.user.createMany({
      data: Array.from({ length: USERS_PAGE_SIZE + 5 }, (_, i) => ({ email: `mua${i}@vi.du`, passwordHash: 'x', name: `Người mua ${i}`, role: 'BUYER' as const })),
    })
    const first = await listUsers(actor, { role: 'BUYER', page: 1 })
    expect(first).toMatchObject({ total: USERS_PAGE_SIZE + 5, page: 1, pageCount: 2, counts: { BUYER: USERS_PAGE_SIZE + 5, ADMIN: 1, PRODUCER: 0, ORGANISER: 0 } })
    expect(first.users).toHaveLength(USERS_PAGE_SIZE)
    const last = await listUsers(actor, { role: 'BUYER', page: 99 })
    expect(last.page).toBe(2)
    expect(last.users).toHaveLength(5)
    const everyone = new Set([...first.users, ...last.users].map((user) => user.email))
    expect(everyone.size).toBe(USERS_PAGE_SIZE + 5)
    expect((await listUsers(actor, { role: null })).total).toBe(USERS_PAGE_SIZE + 6)
  })

  it('is for admins only, and shows the state of organiser invitations', async () => {
    const { actor: admin } = await userWithRole('ADMIN', 'quantri@vi.du')
    const { actor: buyer } = await userWithRole('BUYER', 'mua@vi.du')
    await expect(listUsers(buyer, {})).rejects.toMatchObject({ status: 403 })
    await inviteOrganiser(admin, { email: 'btc@vinhlong.gov.vn', organisationName: 'Sở Công Thương Vĩnh Long' })
    setNow(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000))
    expect(await listOrganiserInvitations(admin)).toMatchObject([{ email: 'btc@vinhlong.gov.vn', organisationName: 'Sở Công Thương Vĩnh Long', state: 'expired' }])
  })
})

describe('the verification queue', () => {
  it('pages oldest first and finds a certificate by number, producer or product', async () => {
    const { actor: admin } = await userWithRole('ADMIN', 'quantri@vi.du')
    const a = await producerAccount('dua-cho-lach')
    const b = await producerAccount('buoi-my-hoa')
    const productA = await productOf(a.producer!.id, 'keo-dua')
    const productB = await productOf(b.producer!.id, 'buoi-da-xanh')
    for (let i = 0; i < 12; i++) {
      await certificateOf(i % 2 ? b.producer!.id : a.producer!.id, i % 2 ? productB.id : productA.id, {
        status: 'PENDING',
        certificateNumber: `Q-${String(i).padStart(2, '0')}`,
        createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
      })
    }
    await certificateOf(a.producer!.id, productA.id, { status: 'VERIFIED', certificateNumber: 'Q-DONE' })
    expect(await countPendingCertificates(admin)).toBe(12)
    const second = await listPendingCertificates(admin, { skip: 10, take: 10 })
    expect(second.map((c) => c.certificateNumber)).toEqual(['Q-10', 'Q-11'])
    expect(await countPendingCertificates(admin, 'q-0')).toBe(10)
    expect((await listPendingCertificates(admin, { search: 'dừa BUOI-DA' })).map((c) => c.certificateNumber)).toEqual(['Q-01', 'Q-03', 'Q-05', 'Q-07', 'Q-09', 'Q-11'])
    expect(await countPendingCertificates(admin, 'Hợp tác xã dua-cho-lach')).toBe(6)
    expect(await countPendingCertificates(admin, 'Q-DONE')).toBe(0)
    expect(() => countPendingCertificates(a.actor)).toThrow()
  })
})

describe('the producer dashboard', () => {
  it('starts a new producer with the profile', async () => {
    const { actor } = await producerAccount('moi', { profile: false })
    expect(await getProducerDashboard(actor)).toMatchObject({ profile: null, productCount: 0, steps: ['complete-profile'] })
  })

  it('counts certificates by what they mean today and lists what to do next', async () => {
    setNow(new Date('2026-11-29T03:00:00Z'))
    const { actor, producer } = await producerAccount('bang-dieu-khien')
    await prisma.producer.update({
      where: { id: producer!.id },
      data: { taxCode: '1300000001', phone: '0912345678', contactName: 'An', provinceId: null, addressLine: 'Ấp 1' },
    })
    const product = await productOf(producer!.id, 'keo')
    await certificateOf(producer!.id, product.id, { status: 'VERIFIED', expiresAt: new Date('2027-01-10') })
    await certificateOf(producer!.id, product.id, { status: 'VERIFIED', expiresAt: new Date('2028-05-01') })
    await certificateOf(producer!.id, product.id, { status: 'VERIFIED', expiresAt: new Date('2026-11-28') })
    await certificateOf(producer!.id, product.id, { status: 'REJECTED', rejectionReason: 'Bản scan mờ' })
    const dashboard = await getProducerDashboard(actor)
    expect(dashboard.counts).toMatchObject({ valid: 1, expiring: 1, expired: 1, rejected: 1, pending: 0 })
    expect(dashboard.missing).toEqual(['provinceId', 'communeId'])
    expect(dashboard.steps).toEqual(['complete-profile', 'fix-certificate', 'renew-certificate'])
    expect(dashboard.expiringSoon.map((certificate) => certificate.daysLeft)).toEqual([42])
    const list = await listOwnCertificates(actor)
    expect(list.filter((certificate) => certificate.badge)).toHaveLength(2)
  })
})

describe('certificate scans and logos', () => {
  it('opens a scan for its producer and for admins, and is "not found" for everyone else', async () => {
    const mine = await producerAccount('chu-giay')
    const other = await producerAccount('nguoi-khac')
    const admin = await userWithRole('ADMIN', 'quantri@vi.du')
    const buyer = await userWithRole('BUYER', 'mua@vi.du')
    const product = await productOf(mine.producer!.id, 'buoi')
    const certificate = await certificateOf(mine.producer!.id, product.id, {
      certificateNumber: 'OCOP-VL/2026-07',
      documentPath: 'certificates/0123456789abcdef0123456789abcdef.pdf',
      documentMime: 'application/pdf',
    })
    const document = await getCertificateDocument(mine.actor, certificate.id)
    expect(document).toEqual({
      file: path.join(storage, 'certificates', '0123456789abcdef0123456789abcdef.pdf'),
      mime: 'application/pdf',
      filename: 'chung-nhan-ocop-ocop-vl-2026-07.pdf',
    })
    expect((await getCertificateDocument(admin.actor, certificate.id)).mime).toBe('application/pdf')
    await expect(getCertificateDocument(other.actor, certificate.id)).rejects.toMatchObject({ status: 404 })
    await expect(getCertificateDocument(buyer.actor, certificate.id)).rejects.toMatchObject({ status: 404 })
    // A path that is not ours is never opened, whatever the database says.
    await prisma.certificate.update({ where: { id: certificate.id }, data: { documentPath: 'certificates/../../etc/passwd' } })
    await expect(getCertificateDocument(mine.actor, certificate.id)).rejects.toMatchObject({ status: 404 })
  })

  it('names the download for every browser', () => {
    expect(contentDisposition('inline', 'chung-nhan-ocop-a.pdf')).toBe(`inline; filename="chung-nhan-ocop-a.pdf"; filename*=UTF-8''chung-nhan-ocop-a.pdf`)
    expect(contentDisposition('attachment', 'giấy "x".pdf')).toBe(`attachment; filename="gi_y _x_.pdf"; filename*=UTF-8''gi%E1%BA%A5y%20%22x%22.pdf`)
  })

  it('re-encodes a logo to WebP and refuses a program named like an image', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#166140' } }).png().toBuffer()
    const logo = await processProducerLogo(new File([new Uint8Array(png)], 'logo.png', { type: 'image/png' }))
    expect(logo).toMatchObject({ ok: true, path: expect.stringMatching(/^logos\/[a-f0-9]{32}\.webp$/) })
    const stored = await sharp(path.join(storage, (logo as { path: string }).path)).metadata()
    expect(stored).toMatchObject({ format: 'webp', width: 512, height: 341 })
    expect(await processProducerLogo(new File([EXE], 'logo.png', { type: 'image/png' }))).toEqual({ ok: false, error: 'wrong-type' })
    expect(producerLogoFile('../certificates/0123456789abcdef0123456789abcdef.pdf')).toBeNull()
    expect(producerLogoFile('0123456789abcdef0123456789abcdef.webp')).toBe(path.join(storage, 'logos', '0123456789abcdef0123456789abcdef.webp'))
  })
})

describe('routes', () => {
  it('log-in follows a local redirectTo only, and answers 429 with Retry-After once an account is locked', async () => {
    await producerAccount('dang-nhap', { profile: false })
    const attempt = (password: string, redirectTo: string) =>
      outcome(() => loginAction(args(request('/dang-nhap', { body: form({ email: 'dang-nhap@vi.du', password, redirectTo }) }))))
    expect(await attempt('mật khẩu dài 2026', '/tai-khoan')).toMatchObject({ status: 302, location: '/tai-khoan' })
    expect(await attempt('mật khẩu dài 2026', '//evil.example/x')).toMatchObject({ status: 302, location: '/nha-san-xuat' })
    expect(await attempt('mật khẩu dài 2026', 'https://evil.example/x')).toMatchObject({ status: 302, location: '/nha-san-xuat' })
    for (let i = 0; i < 5; i++) expect((await attempt(`sai ${i}`, '')).status).toBe(400)
    const locked = await attempt('mật khẩu dài 2026', '')
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(800)
    expect(locked.data.error['']).toEqual(['Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.'])
    // The password is never echoed back.
    expect(JSON.stringify(locked.data)).not.toContain('mật khẩu dài 2026')
  })

  it('the development mailbox does not exist in production', async () => {
    const previous = { NODE_ENV: process.env.NODE_ENV, DEV_MAILBOX: process.env.DEV_MAILBOX }
    try {
      Object.assign(process.env, { NODE_ENV: 'production' })
      delete process.env.DEV_MAILBOX
      expect((await outcome(() => mailboxLoader(args(request('/dev/mailbox'))))).status).toBe(404)
    } finally {
      Object.assign(process.env, { NODE_ENV: previous.NODE_ENV })
    }
    await prisma.emailOutbox.createMany({
      data: [
        { toEmail: 'a@vi.du', template: 'welcome', subject: 'Một', textBody: 'x', createdAt: new Date('2026-01-01') },
        { toEmail: 'b@vi.du', template: 'welcome', subject: 'Hai', textBody: 'y', createdAt: new Date('2026-01-02') },
        { toEmail: 'a@vi.du', template: 'welcome', subject: 'Ba', textBody: 'z', createdAt: new Date('2026-01-03') },
      ],
    })
    const all = await outcome(() => mailboxLoader(args(request('/dev/mailbox'))))
    expect(all.data.messages.map((message: { subject: string }) => message.subject)).toEqual(['Ba', 'Hai', 'Một'])
    const forA = await outcome(() => mailboxLoader(args(request('/dev/mailbox?to=A@vi.du'))))
    expect(forA.data.messages.map((message: { subject: string }) => message.subject)).toEqual(['Ba', 'Một'])
  })

  it('refuses an executable renamed to .pdf with a field error and stores nothing', async () => {
    const { producer, cookie } = await producerAccount('tai-len')
    const product = await productOf(producer!.id, 'mat-ong')
    const fields = {
      productId: product.id,
      stars: '3',
      certificateNumber: 'OCOP-EXE-1',
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2026-02-02',
      issuingLevel: 'PROVINCE',
      issuingAuthority: 'UBND tỉnh Vĩnh Long',
      issuedAt: '2026-02-02',
    }
    const before = await readdir(storage).catch(() => [])
    const refused = await outcome(() =>
      newCertificateAction(args(request('/nha-san-xuat/chung-nhan/moi', { cookie, body: form({ ...fields, document: new File([EXE], 'chung-nhan.pdf', { type: 'application/pdf' }) }) }))),
    )
    expect(refused.status).toBe(400)
    expect(refused.data.error.document).toEqual(['Nội dung tệp không phải PDF, JPEG hoặc PNG'])
    expect(refused.data.initialValue.certificateNumber).toBe('OCOP-EXE-1')
    expect(await prisma.certificate.count()).toBe(0)
    expect(await readdir(storage).catch(() => [])).toEqual(before)

    const accepted = await outcome(() =>
      newCertificateAction(args(request('/nha-san-xuat/chung-nhan/moi', { cookie, body: form({ ...fields, document: new File([PDF], 'scan.bin') }) }))),
    )
    expect(accepted).toMatchObject({ status: 303, location: '/nha-san-xuat/chung-nhan?thong-bao=da-gui' })
    const created = await prisma.certificate.findFirstOrThrow()
    // Expiry defaulted on the server, 36 months after the decision.
    expect(created).toMatchObject({ status: 'PENDING', documentMime: 'application/pdf', expiresAt: new Date('2029-02-02') })
    expect(await readdir(path.join(storage, 'certificates'))).toHaveLength(1)
  })

  it('serves a scan to its owner with its type and name, and 404 to another producer', async () => {
    const mine = await producerAccount('so-huu')
    const other = await producerAccount('hang-xom')
    const product = await productOf(mine.producer!.id, 'nuoc-mam')
    const fields = {
      productId: product.id, stars: '4', certificateNumber: 'OCOP-NM-9', decisionNumber: '9/QĐ-UBND', decisionDate: '2026-01-05',
      issuingLevel: 'PROVINCE', issuingAuthority: 'UBND tỉnh Kiên Giang', issuedAt: '2026-01-05',
    }
    await newCertificateAction(args(request('/', { cookie: mine.cookie, body: form({ ...fields, document: new File([PDF], 'scan.pdf') }) })))
    const certificate = await prisma.certificate.findFirstOrThrow()

    const served = await outcome(() => documentLoader(args(request(`/tai-lieu/chung-nhan/${certificate.id}`, { cookie: mine.cookie }), { id: certificate.id })))
    expect(served.status).toBe(200)
    expect(Object.fromEntries(served.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="chung-nhan-ocop-ocop-nm-9.pdf"; filename*=UTF-8''chung-nhan-ocop-ocop-nm-9.pdf`,
      'cache-control': 'private, no-store',
    })
    expect(new Uint8Array(await (served.value as Response).arrayBuffer())).toEqual(PDF)
    const download = await outcome(() => documentLoader(args(request(`/x?tai-ve=1`, { cookie: mine.cookie }), { id: certificate.id })))
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /)

    expect((await outcome(() => documentLoader(args(request('/x', { cookie: other.cookie }), { id: certificate.id })))).status).toBe(404)
    expect((await outcome(() => certificateLoader(args(request('/x', { cookie: other.cookie }), { id: certificate.id })))).status).toBe(404)
    expect((await outcome(() => documentLoader(args(request('/x'), { id: certificate.id })))).location).toMatch(/^\/dang-nhap\?redirectTo=/)
  })

  it('onboarding: a draft is saved incomplete, a review needs every field, and the logo is stored re-encoded', async () => {
    await prisma.administrativeUnit.createMany({
      data: [
        { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
        { id: '82', name: 'Đồng Tháp', slug: 'dong-thap', level: 'PROVINCE' },
        { id: '29251', name: 'Xã Cầu Kè', slug: 'cau-ke', level: 'COMMUNE', parentId: '86' },
        { id: '28000', name: 'Phường Cao Lãnh', slug: 'cao-lanh', level: 'COMMUNE', parentId: '82' },
      ],
    })
    const { user, cookie } = await producerAccount('onboarding', { profile: false })
    const draft = await outcome(() => profileAction(args(request('/nha-san-xuat/ho-so', { cookie, body: form({ intent: 'save', legalName: 'HTX Dừa Sáp Cầu Kè' }) }))))
    expect(draft).toMatchObject({ status: 303, location: '/nha-san-xuat/ho-so?thong-bao=da-luu' })
    const producer = await prisma.producer.findFirstOrThrow({ where: { members: { some: { id: user.id } } } })
    expect(producer).toMatchObject({ legalName: 'HTX Dừa Sáp Cầu Kè', status: 'DRAFT' })

    const cookieAfter = cookie
    const refused = await outcome(() => profileAction(args(request('/nha-san-xuat/ho-so', { cookie: cookieAfter, body: form({ intent: 'submit', legalName: 'HTX Dừa Sáp Cầu Kè' }) }))))
    expect(refused.status).toBe(400)
    expect(Object.keys(refused.data.error).sort()).toEqual(['addressLine', 'communeId', 'contactName', 'phone', 'provinceId', 'taxCode', 'type'])

    const complete = {
      intent: 'submit', legalName: 'HTX Dừa Sáp Cầu Kè', type: 'COOPERATIVE', taxCode: '2100123456', phone: '0912 345 678', contactName: 'Thạch Thị Sa',
      provinceId: '86', addressLine: 'Ấp Sóc Ruộng',
    }
    // A commune from another province is refused next to the commune picker.
    const wrongCommune = await outcome(() => profileAction(args(request('/', { cookie, body: form({ ...complete, communeId: '28000' }) }))))
    expect(wrongCommune.data.error.communeId).toEqual(['Xã/phường không thuộc tỉnh đã chọn'])

    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#f5b416' } }).png().toBuffer()
    const submitted = await outcome(() =>
      profileAction(args(request('/', { cookie, body: form({ ...complete, communeId: '29251', logo: new File([new Uint8Array(png)], 'logo.png') }) }))),
    )
    expect(submitted).toMatchObject({ status: 303, location: '/nha-san-xuat/ho-so?thong-bao=da-gui' })
    expect(await prisma.producer.findUniqueOrThrow({ where: { id: producer.id } })).toMatchObject({
      status: 'PENDING',
      phone: '0912345678',
      communeId: '29251',
      logoPath: expect.stringMatching(/^logos\/[a-f0-9]{32}\.webp$/),
    })

    const communes = await outcome(() => communesLoader(args(request('/resources/communes?province=86'))))
    expect(communes.data).toEqual({ provinceId: '86', communes: [{ id: '29251', name: 'Xã Cầu Kè' }] })
    expect((await outcome(() => communesLoader(args(request('/resources/communes?province=%27%3B'))))).status).toBe(400)
  })
})
