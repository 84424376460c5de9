// The header's links for the signed-in role (or a visitor). Takes `{ role } | null` rather than the
// whole session user so it can be rendered in tests and stories without an account.
import { Form, NavLink } from '@remix-run/react'
import { useTranslation } from '~/i18n/hook'
import type { Role } from '~/modules/accounts/permissions'
import { paths } from '~/utils/paths'
import { navigationFor } from './navigation'

export type NavUser = { role: Role; unreadInquiries?: number } | null

type Layout = 'bar' | 'stack'

const linkClass = (layout: Layout) => ({ isActive }: { isActive: boolean }) =>
  layout === 'bar'
    ? `whitespace-nowrap rounded-md px-2.5 py-2 text-sm font-medium transition hover:bg-brand-50 hover:text-brand-800 ${
        isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700'
      }`
    : `block rounded-md px-3 py-3 text-base font-medium hover:bg-brand-50 ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`

export function SiteNav({ user, layout = 'bar', className = '' }: { user: NavUser; layout?: Layout; className?: string }) {
  const { t } = useTranslation()
  const { main } = navigationFor(user)
  return (
    <nav aria-label={t('nav.main')} className={className}>
      <ul className={layout === 'bar' ? 'flex items-center gap-1' : 'flex flex-col gap-1'}>
        {main.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={linkClass(layout)} prefetch="intent">
              {t(item.label)}
              {(item.to === paths.producerInquiries || item.to === paths.buyerInquiries) && user?.unreadInquiries ? (
                <span className="ml-1.5 inline-flex min-w-[1.25rem] items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-bold text-white" data-testid="unread-badge">
                  <span aria-hidden="true">{user.unreadInquiries}</span>
                  <span className="sr-only">{t('inquiries.unread', { count: user.unreadInquiries })}</span>
                </span>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Log in / sign up for visitors; the role and a log-out button for signed-in users. */
export function AccountLinks({ user, layout = 'bar' }: { user: NavUser; layout?: Layout }) {
  const { t } = useTranslation()
  const { account } = navigationFor(user)
  const stack = layout === 'stack'
  if (user) {
    return (
      <div className={stack ? 'flex flex-col gap-2 px-3' : 'flex items-center gap-3'}>
        {/* The account page (password, sessions, preferences), labelled with the signed-in role. */}
        <NavLink
          to={paths.account}
          title={t('nav.signedInAs', { role: t(`role.${user.role}`) })}
          className={({ isActive }) =>
            `whitespace-nowrap rounded-md px-2 py-1 leading-tight hover:bg-brand-50 hover:text-brand-800 ${isActive ? 'bg-brand-50 text-brand-800' : 'text-slate-700'}`
          }
        >
          <span className="block text-sm font-medium">{t('nav.account')}</span>
          <span className="block text-xs text-slate-500">{t(`role.${user.role}`)}</span>
        </NavLink>
        <Form method="post" action={paths.logout}>
          <button
            type="submit"
            className="whitespace-nowrap rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700"
          >
            {t('nav.logout')}
          </button>
        </Form>
      </div>
    )
  }
  const [login, signup] = account
  return (
    <div className={stack ? 'grid grid-cols-2 gap-2 px-3' : 'flex items-center gap-2'}>
      <NavLink
        to={login.to}
        className="rounded-md px-3 py-2 text-center text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:text-brand-800 hover:ring-brand-600"
      >
        {t(login.label)}
      </NavLink>
      <NavLink
        to={signup.to}
        className="rounded-md bg-brand-700 px-3 py-2 text-center text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
      >
        {t(signup.label)}
      </NavLink>
    </div>
  )
}
