// The account page: preferences and the list of sessions. A session id is a bearer secret, so the
// page never sees one: each session is shown and revoked through a one-way handle derived from it.
import { createHash } from 'node:crypto'
import { writeAudit } from '~/modules/audit/audit.server'
import { prisma } from '~/utils/db.server'
import { listSessions } from './auth.server'

export function getAccountSettings(userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, locale: true, emailNotifications: true, createdAt: true },
  })
}

export async function updatePreferences(userId: string, input: { emailNotifications: boolean; locale: 'vi' | 'en' }) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { emailNotifications: input.emailNotifications, locale: input.locale } })
    await writeAudit(tx, { actorId: userId, action: 'user.preferences', entityType: 'User', entityId: userId, data: input })
  })
}

export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(`session-handle:${sessionId}`).digest('hex').slice(0, 24)
}

export type DisplayedSession = {
  handle: string
  current: boolean
  createdAt: Date
  expiresAt: Date
  ipAddress: string | null
  /** null when the User-Agent says nothing recognisable (the page shows "unknown device"). */
  device: string | null
}

/** The user's live sessions, the current one first, without their ids. */
export async function listSessionsForDisplay(userId: string, currentSessionId: string): Promise<DisplayedSession[]> {
  const sessions = await listSessions(userId)
  return sessions
    .map((session) => ({
      handle: sessionHandle(session.id),
      current: session.id === currentSessionId,
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      device: describeUserAgent(session.userAgent),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.getTime() - a.createdAt.getTime())
}

/** Ends one of the user's own sessions (never the current one: that is "log out"). */
export async function revokeSessionByHandle(userId: string, handle: string, currentSessionId: string): Promise<boolean> {
  const sessions = await prisma.session.findMany({ where: { userId, id: { not: currentSessionId } }, select: { id: true } })
  const target = sessions.find((session) => sessionHandle(session.id) === handle)
  if (!target) return false
  await prisma.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: target.id, userId } })
    await writeAudit(tx, { actorId: userId, action: 'user.session.revoke', entityType: 'User', entityId: userId })
  })
  return true
}

/** "Log out of all other devices": keeps only the session making the request. */
export async function endOtherSessions(userId: string, currentSessionId: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId, id: { not: currentSessionId } } })
    await writeAudit(tx, { actorId: userId, action: 'user.session.revoke-others', entityType: 'User', entityId: userId, data: { count } })
    return count
  })
}

/** "Chrome on Windows" from a User-Agent string; good enough to recognise one's own devices. */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null
  const browser =
    /Edg\//.test(userAgent) ? 'Edge'
    : /OPR\/|Opera/.test(userAgent) ? 'Opera'
    : /CocCoc|coc_coc/i.test(userAgent) ? 'Cốc Cốc'
    : /Firefox\//.test(userAgent) ? 'Firefox'
    : /Chrome\/|Chromium\/|HeadlessChrome\//.test(userAgent) ? 'Chrome'
    : /Safari\//.test(userAgent) ? 'Safari'
    : null
  const system =
    /Android/.test(userAgent) ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent) ? 'iOS'
    : /Windows/.test(userAgent) ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
    : /Linux/.test(userAgent) ? 'Linux'
    : null
  if (browser && system) return `${browser} · ${system}`
  return browser ?? system ?? (userAgent.slice(0, 60) || null)
}
