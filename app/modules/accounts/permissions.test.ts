import { describe, expect, it } from 'vitest'
import { can, type Actor } from './permissions'

const producer: Actor = { id: 'u1', role: 'PRODUCER', producerId: 'p1', buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
const otherProducer: Actor = { ...producer, id: 'u2', producerId: 'p2' }
const buyer: Actor = { id: 'u3', role: 'BUYER', producerId: null, buyerOrgId: 'b1', organiserId: null, memberRole: 'MEMBER' }
const organiser: Actor = { id: 'u4', role: 'ORGANISER', producerId: null, buyerOrgId: null, organiserId: 'o1' }
const admin: Actor = { id: 'u5', role: 'ADMIN', producerId: null, buyerOrgId: null, organiserId: null }

describe('policy', () => {
  it('lets a producer act only on its own records', () => {
    expect(can(producer, 'update:product', { producerId: 'p1' })).toBe(true)
    expect(can(otherProducer, 'update:product', { producerId: 'p1' })).toBe(false)
    expect(can(otherProducer, 'read:certificate', { producerId: 'p1' })).toBe(false)
  })
  it('shows an inquiry only to its two parties', () => {
    const inquiry = { producerId: 'p1', buyerOrgId: 'b1' }
    expect(can(producer, 'read:inquiry', inquiry)).toBe(true)
    expect(can(buyer, 'read:inquiry', inquiry)).toBe(true)
    expect(can(otherProducer, 'read:inquiry', inquiry)).toBe(false)
    expect(can(admin, 'read:inquiry', inquiry)).toBe(false)
    expect(can(buyer, 'quote:inquiry', inquiry)).toBe(false)
  })
  it('keeps certificate verification and organiser invitations for admins', () => {
    expect(can(admin, 'verify:certificate')).toBe(true)
    expect(can(producer, 'verify:certificate')).toBe(false)
    expect(can(organiser, 'invite:organiser')).toBe(false)
    expect(can(admin, 'list:users')).toBe(true)
    expect(can(producer, 'list:users')).toBe(false)
  })
  it('lets only the organiser of a fair review its applications', () => {
    expect(can(organiser, 'review:application', { organiserId: 'o1' })).toBe(true)
    expect(can(organiser, 'review:application', { organiserId: 'o2' })).toBe(false)
    expect(can(producer, 'review:application', { organiserId: 'o1' })).toBe(false)
  })
  it('lets only owners invite members, and nobody without a session', () => {
    expect(can(producer, 'invite:member', { producerId: 'p1' })).toBe(true)
    expect(can(buyer, 'invite:member', { buyerOrgId: 'b1' })).toBe(false)
    expect(can(null, 'read:producer-dashboard')).toBe(false)
  })
})
