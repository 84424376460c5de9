import { can, type Action, type Actor, type OwnedResource } from './permissions'

/** Throws a 403 response unless the policy allows the action (use 404 where existence is private). */
export function requirePermission(actor: Actor | null, action: Action, resource: OwnedResource = {}, status: 403 | 404 = 403) {
  if (!can(actor, action, resource)) {
    throw new Response(status === 404 ? 'Không tìm thấy' : 'Bạn không có quyền thực hiện thao tác này', { status })
  }
}
