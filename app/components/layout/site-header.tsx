import { Link, useLocation } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { CloseIcon, LogoMark, MenuIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { LanguageSwitch } from './language-switch'
import { AccountLinks, SiteNav, type NavUser } from './site-nav'

export function SiteHeader({ user }: { user: NavUser }) {
  const { t } = useTranslation()
  const menu = useRef<HTMLDetailsElement>(null)
  const location = useLocation()
  // <details> keeps the phone menu usable without JavaScript; with it, close after navigating.
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [location.key])

  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-3 px-4 sm:gap-4 sm:px-6">
        <Link to="/" className="flex shrink-0 items-center gap-2.5 rounded-md" aria-label={t('nav.home')}>
          <LogoMark />
          <span className="text-base font-bold tracking-tight text-brand-900 min-[400px]:text-lg">{t('app.name')}</span>
        </Link>

        {/* The bar from xl only: a producer's five links, the language switch and the account fit on
            one line at 1280 px, not at 1024 px (the menu serves tablets). */}
        <SiteNav user={user} className="ml-2 hidden xl:block" />

        <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
          <LanguageSwitch />
          <div className="hidden xl:block">
            <AccountLinks user={user} />
          </div>
          <details ref={menu} className="group xl:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:text-brand-800 [&::-webkit-details-marker]:hidden">
              <MenuIcon width={18} height={18} className="group-open:hidden" />
              <CloseIcon width={18} height={18} className="hidden group-open:block" />
              {/* Icon only on the narrowest phones; the word stays for screen readers. */}
              <span className="max-[374px]:sr-only">{t('nav.menu')}</span>
            </summary>
            <div className="absolute inset-x-0 top-16 border-b border-slate-200 bg-white px-4 pb-5 pt-3 shadow-lg sm:px-6">
              <SiteNav user={user} layout="stack" />
              <div className="mt-3 border-t border-slate-200 pt-4">
                <AccountLinks user={user} layout="stack" />
              </div>
            </div>
          </details>
        </div>
      </div>
    </header>
  )
}
