// Any URL no other route matches: a real 404 status with the bilingual "not found" page, inside
// the normal layout so the header and the language switch stay usable.
import type { MetaFunction } from '@remix-run/node'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { translatorFromMatches } from '~/i18n/meta'

export async function loader() {
  throw new Response('Not found', { status: 404 })
}

export default function NotFoundRoute() {
  // Never rendered (the loader always throws); kept so the route is not a resource route.
  return <ErrorBoundary />
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('error.notFound.meta')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
