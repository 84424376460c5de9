// Accounts against a real PostgreSQL: sign-up, log-in, sessions, brute-force limits, reset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { logIn, requestPasswordReset, signUp } from '~/modules/accounts/accounts.server'
import { endAllSessions, endSession, getSessionUser, listSessions, resetPassword, SESSION_ABSOLUTE_MS } from '~/modules/accounts/auth.server'
import { setNow } from '~/utils/clock.server'
import { CLIENT_IP_HEADER } from '~/utils/client-ip.server'
import { prisma, resetDatabase } from '../helpers/db'

let ipCounter = 0
function requestFrom(ip = `10.0.0.${++ipCounter}`, cookie?: string) {
  const headers = new Headers({ [CLIENT_IP_HEADER]: ip, 'User-Agent': 'vitest' })
  if (cookie) headers.set('Cookie', cookie)
  return new Request('http://localhost:3000/dang-nhap', { headers })
}
const cookieHeader = (setCookie: string) => setCookie.split(';')[0]

const password = 'Mật-khẩu-dài-2026'
async function newAccount(email = 'an@htx-dua.vn', role: 'PRODUCER' | 'BUYER' = 'PRODUCER') {
  const result = await signUp(requestFrom(), { email, password, name: 'Nguyễn Văn An', role, locale: 'vi', organisationName: 'Công ty Phân phối Sài Gòn' })
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result
}

beforeEach(async () => {
  await resetDatabase()
})
afterEach(() => setNow(null))

describe('sign-up and log-in', () => {
  it('creates the account with an argon2id hash and logs it in', async () => {
    const { userId, cookie } = await newAccount()
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    const session = await getSessionUser(requestFrom(undefined, cookieHeader(cookie)))
    expect(session.user).toMatchObject({ id: userId, role: 'PRODUCER', email: 'an@htx-dua.vn' })
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('gives a buyer its own organisation', async () => {
    const { userId } = await newAccount('mua@phanphoi.vn', 'BUYER')
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { buyerOrg: true } })
    expect(user.buyerOrg?.name).toBe('Công ty Phân phối Sài Gòn')
  })

  it('refuses a second account with the same email, whatever its case', async () => {
    await newAccount()
    const again = await signUp(requestFrom(), { email: 'AN@htx-dua.vn', password, name: 'An', role: 'BUYER', locale: 'vi' })
    expect(again).toMatchObject({ ok: false, status: 400, fieldErrors: { email: [expect.stringContaining('đã có tài khoản')] } })
  })

  it('starts a new session id on every log-in (no fixation)', async () => {
    const first = await newAccount()
    const second = await logIn(requestFrom(undefined, cookieHeader(first.cookie)), 'an@htx-dua.vn', password)
    expect(second.ok).toBe(true)
    if (!second.ok) return
    expect(cookieHeader(second.cookie)).not.toBe(cookieHeader(first.cookie))
    expect(await listSessions(first.userId)).toHaveLength(2)
  })

  it('rejects a wrong password without saying which part was wrong', async () => {
    await newAccount()
    expect(await logIn(requestFrom(), 'an@htx-dua.vn', 'sai-mat-khau-roi')).toMatchObject({ ok: false, formError: 'Email hoặc mật khẩu không đúng' })
    expect(await logIn(requestFrom(), 'khong-co@ai.vn', password)).toMatchObject({ ok: false, formError: 'Email hoặc mật khẩu không đúng' })
  })

  it('locks an account after five failures, even for the right password, and says how long', async () => {
    await newAccount()
    for (let i = 0; i < 5; i++) expect((await logIn(requestFrom(), 'an@htx-dua.vn', 'doan-bua-' + i)).ok).toBe(false)
    const blocked = await logIn(requestFrom(), 'an@htx-dua.vn', password)
    expect(blocked).toMatchObject({ ok: false, status: 429, formError: expect.stringMatching(/thử lại sau \d+ phút/) })
  })

  it('limits log-in attempts per IP address across accounts', async () => {
    const ip = '203.0.113.9'
    let last
    for (let i = 0; i < 21; i++) last = await logIn(requestFrom(ip), `nguoi${i}@vi.du`, 'bat-ky-mat-khau')
    expect(last).toMatchObject({ ok: false, status: 429 })
  })
})

describe('sessions', () => {
  it('logs out one device, or all of them', async () => {
    const first = await newAccount()
    const second = await logIn(requestFrom(), 'an@htx-dua.vn', password)
    if (!second.ok) throw new Error('log-in failed')
    const firstSession = await getSessionUser(requestFrom(undefined, cookieHeader(first.cookie)))
    await endSession(firstSession.user!.sessionId)
    expect((await getSessionUser(requestFrom(undefined, cookieHeader(first.cookie)))).user).toBeNull()
    expect((await getSessionUser(requestFrom(undefined, cookieHeader(second.cookie)))).user).not.toBeNull()
    await endAllSessions(first.userId)
    expect((await getSessionUser(requestFrom(undefined, cookieHeader(second.cookie)))).user).toBeNull()
  })

  it('ends a session at its absolute lifetime however active it was', async () => {
    const { cookie } = await newAccount()
    setNow(new Date(Date.now() + SESSION_ABSOLUTE_MS + 60_000))
    const result = await getSessionUser(requestFrom(undefined, cookieHeader(cookie)))
    expect(result.user).toBeNull()
    expect(result.setCookie).toMatch(/Max-Age=0/i)
  })
})

describe('password reset', () => {
  async function resetLinkFor(email: string) {
    const message = await prisma.emailOutbox.findFirstOrThrow({ where: { toEmail: email, template: 'password-reset' }, orderBy: { createdAt: 'desc' } })
    const token = /dat-lai-mat-khau\/([A-Za-z0-9_-]+)/.exec(message.textBody)?.[1]
    expect(message.subject).toBe('Đặt lại mật khẩu OCOP Connect')
    return token!
  }

  it('sends a single-use link that sets a new password and logs out everywhere', async () => {
    const { cookie } = await newAccount()
    expect(await requestPasswordReset(requestFrom(), 'an@htx-dua.vn', 'vi')).toEqual({ ok: true })
    const token = await resetLinkFor('an@htx-dua.vn')
    expect(await resetPassword(token, 'Mật-khẩu-mới-2027')).toMatchObject({ userId: expect.any(String) })
    expect(await resetPassword(token, 'Lần-thứ-hai-2027')).toBeNull()
    expect((await getSessionUser(requestFrom(undefined, cookieHeader(cookie)))).user).toBeNull()
    expect((await logIn(requestFrom(), 'an@htx-dua.vn', 'Mật-khẩu-mới-2027')).ok).toBe(true)
    expect((await logIn(requestFrom(), 'an@htx-dua.vn', password)).ok).toBe(false)
  })

  it('refuses an expired link', async () => {
    await newAccount()
    await requestPasswordReset(requestFrom(), 'an@htx-dua.vn', 'vi')
    const token = await resetLinkFor('an@htx-dua.vn')
    setNow(new Date(Date.now() + 61 * 60 * 1000))
    expect(await resetPassword(token, 'Mật-khẩu-mới-2027')).toBeNull()
  })

  it('answers the same for an unknown email and sends nothing', async () => {
    expect(await requestPasswordReset(requestFrom(), 'khong-ton-tai@vi.du', 'vi')).toEqual({ ok: true })
    expect(await prisma.emailOutbox.count({ where: { template: 'password-reset' } })).toBe(0)
  })
})

describe('invitations', () => {
  it('lets an admin invite an organiser who then owns a new organiser organisation, once', async () => {
    const { inviteOrganiser, acceptInvitation } = await import('~/modules/accounts/invitations.server')
    const adminUser = await prisma.user.create({ data: { email: 'quantri@ocop.vn', passwordHash: 'x', name: 'Quản trị', role: 'ADMIN' } })
    const admin = { id: adminUser.id, role: 'ADMIN' as const, producerId: null, buyerOrgId: null, organiserId: null }
    const { token } = await inviteOrganiser(admin, { email: 'btc@congthuong.vn', organisationName: 'Sở Công Thương Vĩnh Long' })
    expect((await prisma.emailOutbox.findFirstOrThrow({ where: { template: 'organiser-invite' } })).textBody).toContain(`/loi-moi/${token}`)
    const accepted = await acceptInvitation(requestFrom(), token, { name: 'Trần Thị Bình', password, locale: 'vi' })
    expect(accepted.ok).toBe(true)
    const organiser = await prisma.user.findUniqueOrThrow({ where: { email: 'btc@congthuong.vn' }, include: { organiser: true } })
    expect(organiser).toMatchObject({ role: 'ORGANISER', memberRole: 'OWNER', organiser: { legalName: 'Sở Công Thương Vĩnh Long' } })
    expect(await acceptInvitation(requestFrom(), token, { name: 'Lần hai', password, locale: 'vi' })).toMatchObject({ ok: false })
  })

  it('refuses organiser invitations from anyone but an admin', async () => {
    const { inviteOrganiser } = await import('~/modules/accounts/invitations.server')
    const { userId } = await newAccount()
    const producer = { id: userId, role: 'PRODUCER' as const, producerId: null, buyerOrgId: null, organiserId: null }
    await expect(inviteOrganiser(producer, { email: 'x@y.vn', organisationName: 'X' })).rejects.toMatchObject({ status: 403 })
  })
})
