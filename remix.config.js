// Remix v2 classic compiler. Kept small on purpose: a later move to Vite / React Router 7 should be
// mechanical. Routes follow remix-flat-routes "hybrid" folders (e.g. routes/resources+/language.ts).
import { flatRoutes } from 'remix-flat-routes'

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ['**/*'],
  routes: async (defineRoutes) =>
    flatRoutes('routes', defineRoutes, {
      // `__name.tsx` files hold code shared by sibling routes (e.g. one editor for create and edit).
      ignoredRouteFiles: ['**/.*', '**/*.test.{ts,tsx}', '**/*.css', '**/__*.*'],
    }),
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  tailwind: true,
  watchPaths: ['./tailwind.config.ts'],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
}
