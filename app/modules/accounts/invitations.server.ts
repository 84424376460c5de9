// Invitations: admins invite organisers (who cannot sign up on their own); an organisation's
// owner invites colleagues into the same producer, buyer or organiser organisation.
import { createHash, randomBytes } from 'node:crypto'
import { enqueueEmail } from '~/modules/mail/outbox.server'
import { writeAudit } from '~/modules/audit/audit.server'
import { now } from '~/utils/clock.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { normaliseEmail, startSession } from './auth.server'
import { hashPassword } from './password.server'
import type { Actor } from './permissions'
import { requirePermission } from './permissions.server'
import { appUrl } from '~/utils/env.server'

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Admin → a new organiser with a new organiser organisation. */
export async function inviteOrganiser(actor: Actor, input: { email: string; organisationName: string }) {
  requirePermission(actor, 'invite:organiser')
  const token = randomBytes(32).toString('base64url')
  const email = normaliseEmail(input.email)
  await prisma.$transaction(async (tx) => {
    const organiser = await tx.organiser.create({
      data: { legalName: input.organisationName, slug: `${slugify(input.organisationName) || 'ban-to-chuc'}-${Date.now().toString(36)}` },
      select: { id: true },
    })
    const invitation = await tx.invitation.create({
      data: { email, role: 'ORGANISER', organiserId: organiser.id, tokenHash: hashToken(token), invitedById: actor.id, expiresAt: new Date(now().getTime() + INVITATION_TTL_MS) },
      select: { id: true },
    })
    await enqueueEmail(tx, { to: email, template: 'organiser-invite', data: { url: `${appUrl()}/loi-moi/${token}`, invitedBy: 'OCOP Connect' } })
    await writeAudit(tx, { actorId: actor.id, action: 'invitation.organiser', entityType: 'Invitation', entityId: invitation.id, data: { email } })
  })
  return { token }
}

/** Owner → a colleague in the owner's own organisation, with the owner's role. */
export async function inviteMember(actor: Actor, input: { email: string }) {
  const organisation = { producerId: actor.producerId, buyerOrgId: actor.buyerOrgId, organiserId: actor.organiserId }
  requirePermission(actor, 'invite:member', organisation)
  const token = randomBytes(32).toString('base64url')
  const email = normaliseEmail(input.email)
  const name =
    (actor.producerId && (await prisma.producer.findUnique({ where: { id: actor.producerId }, select: { legalName: true } }))?.legalName) ||
    (actor.buyerOrgId && (await prisma.buyerOrganisation.findUnique({ where: { id: actor.buyerOrgId }, select: { name: true } }))?.name) ||
    (actor.organiserId && (await prisma.organiser.findUnique({ where: { id: actor.organiserId }, select: { legalName: true } }))?.legalName) ||
    'OCOP Connect'
  await prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { email, role: actor.role, ...organisation, tokenHash: hashToken(token), invitedById: actor.id, expiresAt: new Date(now().getTime() + INVITATION_TTL_MS) },
      select: { id: true },
    })
    await enqueueEmail(tx, { to: email, template: 'member-invite', data: { url: `${appUrl()}/loi-moi/${token}`, organisation: name, invitedBy: name } })
    await writeAudit(tx, { actorId: actor.id, action: 'invitation.member', entityType: 'Invitation', entityId: invitation.id, data: { email } })
  })
  return { token }
}

export async function findOpenInvitation(token: string) {
  const invitation = await prisma.invitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true } })
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now()) return null
  return invitation
}

/** Creates the account in the inviting organisation, uses the invitation once, and logs in. */
export async function acceptInvitation(request: Request, token: string, input: { name: string; password: string; locale: 'vi' | 'en' }) {
  const passwordHash = await hashPassword(input.password)
  const result = await prisma
    .$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now() } },
      data: { acceptedAt: now() },
    })
    if (claimed.count !== 1) return null
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })
    // Throwing rolls the claim back, so the invitation stays usable after the conflict is fixed.
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new AccountExists()
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        passwordHash,
        name: input.name,
        role: invitation.role,
        locale: input.locale,
        producerId: invitation.producerId,
        buyerOrgId: invitation.buyerOrgId,
        organiserId: invitation.organiserId,
        // Invited organisers own their new organisation; invited colleagues are members.
        memberRole: invitation.role === 'ORGANISER' && invitation.invitedById !== null && !(await tx.user.count({ where: { organiserId: invitation.organiserId } })) ? 'OWNER' : 'MEMBER',
      },
      select: { id: true },
    })
    await writeAudit(tx, { actorId: user.id, action: 'invitation.accept', entityType: 'Invitation', entityId: invitation.id })
    return { userId: user.id }
  })
    .catch((error) => {
      if (error instanceof AccountExists) return { error: 'exists' as const }
      throw error
    })
  if (!result) return { ok: false as const, message: 'Lời mời không còn hiệu lực' }
  if ('error' in result) return { ok: false as const, message: 'Email này đã có tài khoản' }
  return { ok: true as const, userId: result.userId, cookie: await startSession(result.userId, request) }
}

class AccountExists extends Error {}
