import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import { useEffect, type ReactNode } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { SiteFooter } from '~/components/layout/site-footer'
import { SiteHeader } from '~/components/layout/site-header'
import { useTranslation } from '~/i18n/hook'
import { getLanguage } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { getSessionUser } from '~/modules/accounts/auth.server'
import { countUnread } from '~/modules/inquiries/inquiries.server'
import type { Role } from '~/modules/accounts/permissions'
import { getEnv, type ClientEnv } from '~/utils/env.server'
import tailwindStylesheet from '~/tailwind.css'

declare global {
  interface Window {
    ENV: ClientEnv
  }
}

export type RootUser = { id: string; name: string; role: Role; unreadInquiries?: number } | null

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: tailwindStylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, setCookie } = await getSessionUser(request)
  const rootUser: RootUser = user ? { id: user.id, name: user.name, role: user.role } : null
  // The header's unread badge for the inquiry inbox (producers) or sent list (buyers).
  if (rootUser && user && (user.role === 'PRODUCER' || user.role === 'BUYER')) rootUser.unreadInquiries = await countUnread(user)
  // A sliding session renews its cookie; a dead one is cleared.
  return data(
    { lang: getLanguage(request), user: rootUser, ENV: getEnv() },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  )
}

/** Wraps both the app and the error pages, so the header, footer and language stay on a 404. */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  const { lang, t } = useTranslation()
  return (
    <html lang={lang} className="h-full scroll-smooth">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#166140" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-semibold focus:text-brand-800 focus:shadow-lg"
        >
          {t('a11y.skipToContent')}
        </a>
        <SiteHeader user={data?.user ?? null} />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
        {data?.ENV ? (
          <script
            // The browser-safe allow-list from getEnv(); "<" escaped so no value can close the tag.
            dangerouslySetInnerHTML={{ __html: `window.ENV = ${JSON.stringify(data.ENV).replace(/</g, '\\u003c')}` }}
          />
        ) : null}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

/** Fallback title and description; routes replace them with their own. */
export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: t('app.name') }, { name: 'description', content: t('app.tagline') }]
}

export default function App() {
  // Marks the page as interactive once React has hydrated it: end-to-end tests wait for it before
  // typing into fields whose behaviour needs JavaScript (instant search), instead of sleeping.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
