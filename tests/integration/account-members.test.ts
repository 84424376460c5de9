// The "Thành viên" section of /tai-khoan through the real loader and action: an owner invites a
// colleague (one invitation, one email in the outbox), typed input is kept on errors, duplicates
// and existing accounts are refused next to the field, a pending invitation can be revoked (its
// link stops working) but not another organisation's, and members who are not owners see nothing.
import { beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import { findOpenInvitation, inviteMember } from '~/modules/accounts/invitations.server'
import { action, loader } from '~/routes/tai-khoan'
import { prisma, resetDatabase } from '../helpers/db'
import { args, cookieOf, formData as form, outcome, request } from '../helpers/routes'

beforeEach(() => resetDatabase())




async function world() {
  const producer = await prisma.producer.create({ data: { slug: 'htx-a', legalName: 'HTX Dừa A', type: 'COOPERATIVE', status: 'VERIFIED' } })
  const owner = await prisma.user.create({ data: { email: 'chu@a.vn', passwordHash: 'x', name: 'Chủ A', role: 'PRODUCER', producerId: producer.id } })
  const member = await prisma.user.create({ data: { email: 'nv@a.vn', passwordHash: 'x', name: 'Nhân viên A', role: 'PRODUCER', producerId: producer.id, memberRole: 'MEMBER' } })
  const otherProducer = await prisma.producer.create({ data: { slug: 'htx-b', legalName: 'HTX B', type: 'COOPERATIVE', status: 'VERIFIED' } })
  const otherOwner = await prisma.user.create({ data: { email: 'chu@b.vn', passwordHash: 'x', name: 'Chủ B', role: 'PRODUCER', producerId: otherProducer.id } })
  return {
    owner,
    otherOwner,
    ownerCookie: cookieOf(await startSession(owner.id, request('/'))),
    memberCookie: cookieOf(await startSession(member.id, request('/'))),
    otherCookie: cookieOf(await startSession(otherOwner.id, request('/'))),
  }
}

const load = async (cookie: string) => (await loader(args(request('/tai-khoan', { cookie })))) as Exclude<Awaited<ReturnType<typeof loader>>, Response>

describe('/tai-khoan members section', () => {
  it('lets the owner invite a colleague and lists the pending invitation and the members', async () => {
    const w = await world()
    const before = await load(w.ownerCookie)
    expect(before.team?.members.map((m) => [m.name, m.memberRole])).toEqual([
      ['Chủ A', 'OWNER'],
      ['Nhân viên A', 'MEMBER'],
    ])
    expect(before.team?.pending).toEqual([])

    const response = await action(args(request('/tai-khoan', { cookie: w.ownerCookie, body: form({ intent: 'invite-member', email: 'Dong.Nghiep@A.vn' }) })))
    expect((response as Response).status).toBe(303)
    expect((response as Response).headers.get('Location')).toBe('/tai-khoan?thong-bao=da-moi&email=dong.nghiep%40a.vn#members')
    const invitations = await prisma.invitation.findMany()
    expect(invitations).toHaveLength(1)
    expect(invitations[0]).toMatchObject({ email: 'dong.nghiep@a.vn', role: 'PRODUCER', producerId: (await prisma.producer.findUniqueOrThrow({ where: { slug: 'htx-a' } })).id })
    expect(await prisma.emailOutbox.count({ where: { toEmail: 'dong.nghiep@a.vn', template: 'member-invite' } })).toBe(1)
    const after = await load(w.ownerCookie)
    expect(after.team?.pending.map((p) => p.email)).toEqual(['dong.nghiep@a.vn'])
    // The other organisation's owner does not see it.
    expect((await load(w.otherCookie)).team?.pending).toEqual([])
  })

  it('keeps the typed email and explains a bad address, a duplicate invitation or an existing account', async () => {
    const w = await world()
    const attempt = async (email: string) => {
      const result = (await action(args(request('/tai-khoan', { cookie: w.ownerCookie, body: form({ intent: 'invite-member', email }) })))) as unknown as {
        data: { intent: string; result: { initialValue: Record<string, unknown>; error: Record<string, string[]> } }
        init: { status: number }
      }
      expect(result.init.status).toBe(400)
      expect(result.data.result.initialValue.email).toBe(email)
      return result.data.result.error.email
    }
    expect((await attempt('khong-phai-email'))?.length).toBeGreaterThan(0)
    expect(await attempt('chu@b.vn')).toEqual(['Email này đã có tài khoản OCOP Connect'])
    await action(args(request('/tai-khoan', { cookie: w.ownerCookie, body: form({ intent: 'invite-member', email: 'moi@a.vn' }) })))
    expect(await attempt('moi@a.vn')).toEqual(['Email này đã được mời và lời mời vẫn còn hiệu lực'])
    expect(await prisma.invitation.count()).toBe(1)
  })

  it('revokes a pending invitation so its link stops working, but not another organisation’s', async () => {
    const w = await world()
    const actor = { id: w.owner.id, role: 'PRODUCER' as const, producerId: w.owner.producerId, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' as const }
    const { token } = await inviteMember(actor, { email: 'tam@a.vn' })
    const invitation = await prisma.invitation.findFirstOrThrow()
    expect(await findOpenInvitation(token)).not.toBeNull()

    expect(await outcome(() => action(args(request('/tai-khoan', { cookie: w.otherCookie, body: form({ intent: 'revoke-invitation', invitation: invitation.id }) }))))).toBe(404)
    expect(await findOpenInvitation(token)).not.toBeNull()

    const response = await action(args(request('/tai-khoan', { cookie: w.ownerCookie, body: form({ intent: 'revoke-invitation', invitation: invitation.id }) })))
    expect((response as Response).status).toBe(303)
    expect(await findOpenInvitation(token)).toBeNull()
    expect((await load(w.ownerCookie)).team?.pending).toEqual([])
    expect(await prisma.auditLog.count({ where: { action: 'invitation.revoke', entityId: invitation.id } })).toBe(1)
    // Revoking twice: nothing left to revoke.
    expect(await outcome(() => action(args(request('/tai-khoan', { cookie: w.ownerCookie, body: form({ intent: 'revoke-invitation', invitation: invitation.id }) }))))).toBe(404)
  })

  it('shows no members section to a member who is not the owner and refuses their invitations', async () => {
    const w = await world()
    expect((await load(w.memberCookie)).team).toBeNull()
    expect(await outcome(() => action(args(request('/tai-khoan', { cookie: w.memberCookie, body: form({ intent: 'invite-member', email: 'x@a.vn' }) }))))).toBe(403)
    expect(await prisma.invitation.count()).toBe(0)
  })
})
