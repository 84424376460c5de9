// What the header offers to whom. Pure data, so it is tested without rendering.
import type { MessageKey } from '~/i18n/types'
import type { Role } from '~/modules/accounts/permissions'
import { paths } from '~/utils/paths'

export interface NavItem {
  to: string
  label: MessageKey
  /** Active only on this exact path (a dashboard whose path prefixes every other link of the role). */
  end?: boolean
}

export interface Navigation {
  /** The main links of the role. */
  main: NavItem[]
  /** Log in / sign up for visitors; empty for signed-in users (they get a log-out form). */
  account: NavItem[]
}

const byRole: Record<Role, NavItem[]> = {
  PRODUCER: [
    { to: paths.producerDashboard, label: 'nav.dashboard', end: true },
    { to: paths.producerProducts, label: 'nav.myProducts' },
    { to: paths.producerCertificates, label: 'nav.certificates' },
    { to: paths.producerInquiries, label: 'nav.inquiries' },
    { to: paths.producerFairs, label: 'nav.fairs' },
  ],
  BUYER: [
    { to: paths.search, label: 'nav.findProducts' },
    { to: paths.buyerInquiries, label: 'nav.sentInquiries' },
  ],
  ORGANISER: [
    { to: paths.organiserFairs, label: 'nav.myFairs' },
    { to: paths.organiserAllocation, label: 'nav.boothAllocation' },
  ],
  ADMIN: [
    { to: paths.adminCertificates, label: 'nav.reviewCertificates' },
    { to: paths.adminUsers, label: 'nav.users' },
    { to: paths.adminReports, label: 'nav.reports' },
  ],
}

const visitor: Navigation = {
  main: [
    { to: paths.products, label: 'nav.products' },
    { to: paths.producers, label: 'nav.producers' },
    { to: paths.fairs, label: 'nav.fairs' },
  ],
  account: [
    { to: paths.login, label: 'nav.login' },
    { to: paths.signup, label: 'nav.signup' },
  ],
}

export function navigationFor(user: { role: Role } | null): Navigation {
  if (!user) return visitor
  return { main: byRole[user.role], account: [] }
}
