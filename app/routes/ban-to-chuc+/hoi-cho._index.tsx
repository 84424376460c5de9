// /ban-to-chuc/hoi-cho: where the header and invitations send organisers; the list lives at /ban-to-chuc.
import { redirect } from '@remix-run/node'
import { fairPaths } from '~/modules/fairs/paths'

export function loader() {
  return redirect(fairPaths.organiserHome)
}
