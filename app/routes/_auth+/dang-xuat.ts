// /dang-xuat: POST only (a link or a prefetch must never log anyone out). Ends this session,
// clears the cookie and goes home. A stray GET just goes home too.
import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession, getSessionUser, lucia } from '~/modules/accounts/auth.server'
import { paths } from '~/utils/paths'

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await getSessionUser(request)
  const cookie = user ? await endSession(user.sessionId) : lucia.createBlankSessionCookie().serialize()
  return redirect(paths.home, { status: 303, headers: { 'Set-Cookie': cookie } })
}

export async function loader() {
  return redirect(paths.home)
}
