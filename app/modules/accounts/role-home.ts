// Where each role lands after signing up, logging in or accepting an invitation. Client-safe.
import { paths } from '~/utils/paths'
import type { Role } from './permissions'

const HOME: Record<Role, string> = {
  PRODUCER: paths.producerDashboard,
  BUYER: paths.search,
  ORGANISER: paths.organiserFairs,
  ADMIN: paths.adminCertificates,
}

export function roleHome(role: Role): string {
  return HOME[role]
}
