// Lucia v3 adapter over our Prisma 7 client (the published Prisma adapter refuses Prisma 7).
// It also enforces an absolute session lifetime, which Lucia lacks: a session past
// absoluteExpiresAt is treated as missing and deleted, however active it has been.
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia'
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'

const userAttributesSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  producerId: true,
  buyerOrgId: true,
  organiserId: true,
  memberRole: true,
} as const

export class PrismaSessionAdapter implements Adapter {
  constructor(private readonly prisma: PrismaClient) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await this.prisma.session.findUnique({
      where: { id: sessionId },
      include: { user: { select: userAttributesSelect } },
    })
    if (!row) return [null, null]
    if (row.absoluteExpiresAt <= now()) {
      await this.prisma.session.deleteMany({ where: { id: sessionId } })
      return [null, null]
    }
    const { id: userId, ...attributes } = row.user
    return [
      {
        id: row.id,
        userId: row.userId,
        // Lucia compares expiresAt with its own clock; report the capped value.
        expiresAt: row.expiresAt,
        attributes: { absoluteExpiresAt: row.absoluteExpiresAt, createdAt: row.createdAt, ipAddress: row.ipAddress, userAgent: row.userAgent },
      },
      { id: userId, attributes },
    ]
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const rows = await this.prisma.session.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } })
    return rows.map((row) => ({
      id: row.id,
      userId: row.userId,
      expiresAt: row.expiresAt,
      attributes: { absoluteExpiresAt: row.absoluteExpiresAt, createdAt: row.createdAt, ipAddress: row.ipAddress, userAgent: row.userAgent },
    }))
  }

  async setSession(session: DatabaseSession): Promise<void> {
    const attributes = session.attributes
    await this.prisma.session.create({
      data: {
        id: session.id,
        userId: session.userId,
        expiresAt: session.expiresAt,
        absoluteExpiresAt: attributes.absoluteExpiresAt,
        ipAddress: attributes.ipAddress ?? null,
        userAgent: attributes.userAgent ?? null,
      },
    })
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    const row = await this.prisma.session.findUnique({ where: { id: sessionId }, select: { absoluteExpiresAt: true } })
    if (!row) return
    const capped = expiresAt > row.absoluteExpiresAt ? row.absoluteExpiresAt : expiresAt
    await this.prisma.session.updateMany({ where: { id: sessionId }, data: { expiresAt: capped } })
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { id: sessionId } })
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { userId } })
  }

  async deleteExpiredSessions(): Promise<void> {
    const at = now()
    await this.prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lte: at } }, { absoluteExpiresAt: { lte: at } }] } })
  }
}

export type SessionUserAttributes = {
  email: string
  name: string
  role: 'PRODUCER' | 'BUYER' | 'ORGANISER' | 'ADMIN'
  locale: 'vi' | 'en'
  producerId: string | null
  buyerOrgId: string | null
  organiserId: string | null
  memberRole: 'OWNER' | 'MEMBER'
}

export type SessionAttributes = {
  absoluteExpiresAt: Date
  createdAt?: Date
  ipAddress?: string | null
  userAgent?: string | null
}
