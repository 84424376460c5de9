// The one policy: "may this user do this to this record?". Pure and client-safe, so the UI can
// hide what the server would refuse; permissions.server.ts turns a "no" into a 403 response.
export type Role = 'PRODUCER' | 'BUYER' | 'ORGANISER' | 'ADMIN'

export interface Actor {
  id: string
  role: Role
  producerId: string | null
  buyerOrgId: string | null
  organiserId: string | null
  memberRole?: 'OWNER' | 'MEMBER'
}

/** What a record carries that decides ownership. */
export interface OwnedResource {
  producerId?: string | null
  buyerOrgId?: string | null
  organiserId?: string | null
}

export type Action =
  | 'read:producer-dashboard'
  | 'update:producer-profile'
  | 'create:certificate'
  | 'read:certificate'
  | 'verify:certificate'
  | 'create:product'
  | 'update:product'
  | 'send:inquiry'
  | 'read:inquiry'
  | 'reply:inquiry'
  | 'quote:inquiry'
  | 'decide:quotation'
  | 'create:fair'
  | 'update:fair'
  | 'apply:fair'
  | 'read:application'
  | 'update:application'
  | 'review:application'
  | 'allocate:booth'
  | 'manage:payment'
  | 'pay:booth'
  | 'invite:member'
  | 'invite:organiser'
  | 'list:users'
  | 'read:audit-log'

type Rule = (actor: Actor, resource: OwnedResource) => boolean

const ownsProducer: Rule = (a, r) => a.role === 'PRODUCER' && !!a.producerId && a.producerId === r.producerId
const ownsBuyer: Rule = (a, r) => a.role === 'BUYER' && !!a.buyerOrgId && a.buyerOrgId === r.buyerOrgId
const ownsOrganiser: Rule = (a, r) => a.role === 'ORGANISER' && !!a.organiserId && a.organiserId === r.organiserId
const isAdmin: Rule = (a) => a.role === 'ADMIN'
const role =
  (...roles: Role[]): Rule =>
  (a) =>
    roles.includes(a.role)
const any =
  (...rules: Rule[]): Rule =>
  (a, r) =>
    rules.some((rule) => rule(a, r))

const rules: Record<Action, Rule> = {
  'read:producer-dashboard': role('PRODUCER'),
  'update:producer-profile': (a, r) => (r.producerId === undefined ? a.role === 'PRODUCER' : ownsProducer(a, r)),
  'create:certificate': ownsProducer,
  'read:certificate': any(ownsProducer, isAdmin),
  'verify:certificate': isAdmin,
  'create:product': ownsProducer,
  'update:product': ownsProducer,
  'send:inquiry': (a) => a.role === 'BUYER' && !!a.buyerOrgId,
  'read:inquiry': any(ownsProducer, ownsBuyer),
  'reply:inquiry': any(ownsProducer, ownsBuyer),
  'quote:inquiry': ownsProducer,
  'decide:quotation': ownsBuyer,
  'create:fair': (a) => a.role === 'ORGANISER' && !!a.organiserId,
  'update:fair': ownsOrganiser,
  'apply:fair': (a) => a.role === 'PRODUCER' && !!a.producerId,
  'read:application': any(ownsProducer, ownsOrganiser),
  'update:application': ownsProducer,
  'review:application': ownsOrganiser,
  'allocate:booth': ownsOrganiser,
  'manage:payment': ownsOrganiser,
  'pay:booth': ownsProducer,
  'invite:member': (a, r) =>
    a.memberRole === 'OWNER' && (ownsProducer(a, r) || ownsBuyer(a, r) || ownsOrganiser(a, r)),
  'invite:organiser': isAdmin,
  'list:users': isAdmin,
  'read:audit-log': isAdmin,
}

export function can(actor: Actor | null | undefined, action: Action, resource: OwnedResource = {}): boolean {
  if (!actor) return false
  return rules[action](actor, resource)
}
