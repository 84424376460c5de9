// /sitemap.xml: every public catalogue page (published products of verified producers, verified
// producers' storefronts, OCOP groups) with absolute URLs on APP_URL.
import { sitemapEntries } from '~/modules/catalogue/public.server'
import { absoluteUrl } from '~/modules/catalogue/seo'
import { serverEnv } from '~/utils/env.server'
import { paths } from '~/utils/paths'

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

export async function loader() {
  const appUrl = serverEnv().APP_URL
  const { products, producers, groups } = await sitemapEntries()
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(absoluteUrl(appUrl, path))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`
  const body = [
    url(paths.home),
    url(paths.catalogue),
    ...groups.map((group) => url(paths.productGroup(group.slug))),
    ...producers.map((producer) => url(paths.producer(producer.slug), producer.updatedAt)),
    ...products.map((product) => url(paths.product(product.slug), product.updatedAt)),
  ]
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body.join('\n')}\n</urlset>\n`
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
