// The owner's view of their organisation's team on /tai-khoan: current members, pending
// invitations, inviting a colleague (through inviteMember) and revoking a pending invitation.
// Revoking ends the invitation's validity now (expiresAt), so its link stops working and the
// record stays for the audit trail; no extra column is needed.
import { writeAudit } from '~/modules/audit/audit.server'
import type { Prisma } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { normaliseEmail } from './auth.server'
import { inviteMember } from './invitations.server'
import { can, type Actor } from './permissions'

/** The owner's organisation as a where clause, or null when the actor may not manage a team. */
function teamWhere(actor: Actor): { producerId: string } | { buyerOrgId: string } | { organiserId: string } | null {
  const organisation = { producerId: actor.producerId, buyerOrgId: actor.buyerOrgId, organiserId: actor.organiserId }
  if (!can(actor, 'invite:member', organisation)) return null
  if (actor.producerId) return { producerId: actor.producerId }
  if (actor.buyerOrgId) return { buyerOrgId: actor.buyerOrgId }
  if (actor.organiserId) return { organiserId: actor.organiserId }
  return null
}

export async function getTeam(actor: Actor) {
  const where = teamWhere(actor)
  if (!where) return null
  const [members, pending] = await Promise.all([
    prisma.user.findMany({ where, orderBy: [{ memberRole: 'asc' }, { createdAt: 'asc' }], select: { id: true, name: true, email: true, memberRole: true, createdAt: true } }),
    prisma.invitation.findMany({
      where: { ...where, acceptedAt: null, expiresAt: { gt: now() } } satisfies Prisma.InvitationWhereInput,
      orderBy: { createdAt: 'desc' },
      select: { id: true, email: true, createdAt: true, expiresAt: true },
    }),
  ])
  return { members, pending }
}

export type InviteResult = { ok: true } | { ok: false; message: string }

export async function inviteColleague(actor: Actor, rawEmail: string): Promise<InviteResult> {
  const where = teamWhere(actor)
  if (!where) throw new Response('Bạn không có quyền mời thành viên', { status: 403 })
  const email = normaliseEmail(rawEmail)
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, message: 'Email này đã có tài khoản OCOP Connect' }
  const open = await prisma.invitation.findFirst({ where: { ...where, email, acceptedAt: null, expiresAt: { gt: now() } }, select: { id: true } })
  if (open) return { ok: false, message: 'Email này đã được mời và lời mời vẫn còn hiệu lực' }
  await inviteMember(actor, { email })
  return { ok: true }
}

/** Revokes one pending invitation of the owner's organisation; another organisation's → 404. */
export async function revokeInvitation(actor: Actor, invitationId: string) {
  const where = teamWhere(actor)
  if (!where) throw new Response('Bạn không có quyền thu hồi lời mời', { status: 403 })
  await prisma.$transaction(async (tx) => {
    const at = now()
    const invitation = await tx.invitation.findFirst({ where: { ...where, id: invitationId, acceptedAt: null, expiresAt: { gt: at } }, select: { id: true, email: true } })
    if (!invitation) throw new Response('Không tìm thấy lời mời', { status: 404 })
    await tx.invitation.update({ where: { id: invitation.id }, data: { expiresAt: at } })
    await writeAudit(tx, { actorId: actor.id, action: 'invitation.revoke', entityType: 'Invitation', entityId: invitation.id, data: { email: invitation.email } })
  })
}
