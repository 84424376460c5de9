// /robots.txt: crawl the public catalogue, not the signed-in areas or resource endpoints.
import { absoluteUrl } from '~/modules/catalogue/seo'
import { serverEnv } from '~/utils/env.server'

const PRIVATE_PREFIXES = ['/nha-san-xuat/', '/nguoi-mua/', '/ban-to-chuc/', '/quan-tri/', '/resources/', '/dang-nhap', '/dang-ky']

export function loader() {
  const appUrl = serverEnv().APP_URL
  const lines = ['User-agent: *', 'Allow: /', ...PRIVATE_PREFIXES.map((prefix) => `Disallow: ${prefix}`), '', `Sitemap: ${absoluteUrl(appUrl, '/sitemap.xml')}`]
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  })
}
