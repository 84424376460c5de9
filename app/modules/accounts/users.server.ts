// The admin's list of accounts and of the organiser invitations sent. Admin only (policy "list:users").
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import type { Actor, Role } from './permissions'
import { USER_ROLES } from './schemas'
import { requirePermission } from './permissions.server'

export const USERS_PAGE_SIZE = 20
export { USER_ROLES }

export async function listUsers(actor: Actor, options: { role?: Role | null; page?: number }) {
  requirePermission(actor, 'list:users')
  const where = options.role ? { role: options.role } : {}
  const total = await prisma.user.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE))
  // A page past the end shows the last page rather than an empty table.
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount)
  const [rows, byRole] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        memberRole: true,
        createdAt: true,
        producer: { select: { legalName: true, status: true } },
        buyerOrg: { select: { name: true } },
        organiser: { select: { legalName: true } },
      },
    }),
    prisma.user.groupBy({ by: ['role'], _count: { _all: true } }),
  ])
  const counts = Object.fromEntries(USER_ROLES.map((role) => [role, 0])) as Record<Role, number>
  for (const row of byRole) counts[row.role] = row._count._all
  const users = rows.map(({ producer, buyerOrg, organiser, ...user }) => ({
    ...user,
    organisation: producer?.legalName || buyerOrg?.name || organiser?.legalName || null,
  }))
  return { users, total, page, pageCount, counts }
}

export async function listOrganiserInvitations(actor: Actor, take = 10) {
  requirePermission(actor, 'invite:organiser')
  const rows = await prisma.invitation.findMany({
    where: { role: 'ORGANISER' },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true, organiser: { select: { legalName: true } } },
  })
  const at = now()
  return rows.map(({ organiser, ...invitation }) => ({
    ...invitation,
    organisationName: organiser?.legalName ?? null,
    state: invitation.acceptedAt ? ('accepted' as const) : invitation.expiresAt <= at ? ('expired' as const) : ('open' as const),
  }))
}
