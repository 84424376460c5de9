// Sessions (Lucia v3) and the account lifecycle: sign-up, log-in, log-out, password change and
// reset. Cookie: HttpOnly, SameSite=Lax, Secure and `__Host-` prefixed in production; a new session
// id on every log-in (no fixation); sliding 14-day expiry capped by a 30-day absolute lifetime.
import { createHash, randomBytes } from 'node:crypto'
import { redirect } from '@remix-run/node'
import { Lucia, TimeSpan } from 'lucia'
import { prisma } from '~/utils/db.server'
import { clientIp } from '~/utils/client-ip.server'
import { now } from '~/utils/clock.server'
import { PrismaSessionAdapter, type SessionAttributes, type SessionUserAttributes } from './lucia-adapter.server'
import { hashPassword, verifyPassword } from './password.server'
import type { Actor } from './permissions'

const SESSION_IDLE = new TimeSpan(14, 'd')
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000
const RESET_TOKEN_TTL_MS = 60 * 60 * 1000

const production = process.env.NODE_ENV === 'production'

export const lucia = new Lucia(new PrismaSessionAdapter(prisma), {
  sessionExpiresIn: SESSION_IDLE,
  sessionCookie: {
    name: production ? '__Host-ocop_session' : 'ocop_session',
    expires: true,
    attributes: { secure: production, sameSite: 'lax', path: '/' },
  },
  getUserAttributes: (attributes) => attributes,
})

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia
    DatabaseUserAttributes: SessionUserAttributes
    DatabaseSessionAttributes: SessionAttributes
  }
}

export type SessionUser = Actor & SessionUserAttributes & { sessionId: string }

/** Reads the session cookie; returns the user and any Set-Cookie needed to slide or clear it. */
export async function getSessionUser(request: Request): Promise<{ user: SessionUser | null; setCookie: string | null }> {
  const sessionId = lucia.readSessionCookie(request.headers.get('Cookie') ?? '')
  if (!sessionId) return { user: null, setCookie: null }
  const { session, user } = await lucia.validateSession(sessionId)
  if (!session) return { user: null, setCookie: lucia.createBlankSessionCookie().serialize() }
  const setCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : null
  return { user: { ...user, sessionId: session.id }, setCookie }
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const { user } = await getSessionUser(request)
  if (!user) {
    const url = new URL(request.url)
    const redirectTo = url.pathname + url.search
    throw redirect(`/dang-nhap?redirectTo=${encodeURIComponent(redirectTo)}`)
  }
  return user
}

export async function requireRole(request: Request, roles: Actor['role'][]): Promise<SessionUser> {
  const user = await requireUser(request)
  if (!roles.includes(user.role)) throw new Response('Bạn không có quyền truy cập trang này', { status: 403 })
  return user
}

/** Creates a fresh session (never reuses an id from the request) and returns its cookie. */
export async function startSession(userId: string, request: Request): Promise<string> {
  const session = await lucia.createSession(userId, {
    absoluteExpiresAt: new Date(now().getTime() + SESSION_ABSOLUTE_MS),
    ipAddress: clientIp(request),
    userAgent: request.headers.get('User-Agent')?.slice(0, 300) ?? null,
  })
  return lucia.createSessionCookie(session.id).serialize()
}

export async function endSession(sessionId: string): Promise<string> {
  await lucia.invalidateSession(sessionId)
  return lucia.createBlankSessionCookie().serialize()
}

export async function endAllSessions(userId: string) {
  await lucia.invalidateUserSessions(userId)
}

export function listSessions(userId: string) {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: now() }, absoluteExpiresAt: { gt: now() } },
    select: { id: true, createdAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: 'desc' },
  })
}

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase()
}

export async function verifyLogin(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, passwordHash: true },
  })
  // Verify against a dummy hash when the account does not exist so timing does not reveal it.
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password)
  return user && ok ? { id: user.id } : null
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string, keepSessionId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return false
  const passwordHash = await hashPassword(newPassword)
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
    // Everyone else holding the old password's sessions is logged out.
    prisma.session.deleteMany({ where: { userId, id: { not: keepSessionId } } }),
    prisma.auditLog.create({ data: { actorId: userId, action: 'user.password.change', entityType: 'User', entityId: userId } }),
  ])
  return true
}

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/** Creates a single-use reset token; only its hash is stored. Returns the raw token for the email. */
export async function createPasswordResetToken(userId: string) {
  const token = randomBytes(32).toString('base64url')
  await prisma.$transaction([
    prisma.passwordResetToken.deleteMany({ where: { userId, usedAt: null } }),
    prisma.passwordResetToken.create({
      data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now().getTime() + RESET_TOKEN_TTL_MS) },
    }),
  ])
  return token
}

export async function findValidResetToken(token: string) {
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } })
  if (!row || row.usedAt || row.expiresAt <= now()) return null
  return row
}

/** Uses the token once: sets the password and logs out every session. */
export async function resetPassword(token: string, newPassword: string) {
  const passwordHash = await hashPassword(newPassword)
  return prisma.$transaction(async (tx) => {
    const used = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now() } },
      data: { usedAt: now() },
    })
    if (used.count !== 1) return null
    const row = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } })
    await tx.session.deleteMany({ where: { userId: row.userId } })
    await tx.auditLog.create({ data: { actorId: row.userId, action: 'user.password.reset', entityType: 'User', entityId: row.userId } })
    return { userId: row.userId }
  })
}

// A real hash of a random password, used only to spend the same time on unknown emails.
let dummyHash: Promise<string> | undefined
function getDummyHash() {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}
