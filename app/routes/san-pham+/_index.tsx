// /san-pham: the catalogue's front door: the six OCOP product groups and the newest products,
// paginated. Searching with filters lives at /tim-kiem.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { PageLinks } from '~/components/catalogue/page-links'
import { ProductGrid } from '~/components/catalogue/product-grid'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ArrowRightIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { langFromMatches, translatorFromMatches } from '~/i18n/meta'
import { getCatalogueIndex } from '~/modules/catalogue/public.server'
import { absoluteUrl, itemListJsonLd, pageMeta } from '~/modules/catalogue/seo'
import { serverEnv } from '~/utils/env.server'
import { paths } from '~/utils/paths'

const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1)

export async function loader({ request }: LoaderFunctionArgs) {
  const page = PageSchema.parse(new URL(request.url).searchParams.get('page') ?? 1)
  const result = await getCatalogueIndex(page)
  if (page > result.pageCount) throw new Response('Không có trang này', { status: 404 })
  const appUrl = serverEnv().APP_URL
  return { ...result, appUrl, canonical: absoluteUrl(appUrl, page > 1 ? `${paths.catalogue}?page=${page}` : paths.catalogue) }
}

const GROUP_TINTS = ['from-brand-50 to-brand-100', 'from-sky-50 to-sky-100', 'from-emerald-50 to-lime-100', 'from-amber-50 to-orange-100', 'from-rose-50 to-pink-100', 'from-teal-50 to-cyan-100']

export default function CatalogueIndexRoute() {
  const { groups, products, total, page, pageCount } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  const name = (node: { nameVi: string; nameEn: string | null }) => (lang === 'en' && node.nameEn ? node.nameEn : node.nameVi)
  return (
    <div className="bg-white">
      <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('catalogue.index.title')}</h1>
          <p className="mt-3 max-w-3xl text-lg text-slate-600">{t('catalogue.index.intro', { count: total })}</p>
          <Link to={paths.search} className="mt-5 inline-flex items-center gap-1.5 font-semibold text-brand-700 hover:text-brand-900">
            {t('catalogue.index.search')}
            <ArrowRightIcon width={16} height={16} />
          </Link>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <section aria-labelledby="groups-title">
          <h2 id="groups-title" className="text-xl font-bold text-slate-900">
            {t('catalogue.index.groups')}
          </h2>
          <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {groups.map((group, index) => (
              <li key={group.id}>
                <Link
                  to={paths.productGroup(group.slug)}
                  className={`flex h-full flex-col justify-between rounded-2xl bg-gradient-to-br ${GROUP_TINTS[index % GROUP_TINTS.length]} p-5 ring-1 ring-slate-200 transition hover:shadow-md hover:ring-brand-300`}
                >
                  <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t('catalogue.group.eyebrow', { id: group.id })}</span>
                  <span className="mt-1 text-lg font-semibold leading-snug text-slate-900">{name(group)}</span>
                  <span className="mt-3 text-sm font-medium text-brand-800">{t('catalogue.group.count', { count: group.productCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="newest-title" className="mt-14">
          <h2 id="newest-title" className="text-xl font-bold text-slate-900">
            {t('catalogue.index.newest')}
          </h2>
          {products.length ? (
            <div className="mt-5">
              <ProductGrid products={products} />
              <PageLinks page={page} pageCount={pageCount} />
            </div>
          ) : (
            <p className="mt-4 rounded-2xl border-2 border-dashed border-slate-300 px-6 py-12 text-center text-slate-600">{t('catalogue.index.empty')}</p>
          )}
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  if (!data) return [{ title: `${t('error.notFound.meta')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
  const lang = langFromMatches(matches)
  const pageSuffix = data.page > 1 ? ` — ${t('catalogue.pagination.page', { page: data.page })}` : ''
  return pageMeta({
    title: `${t('catalogue.index.metaTitle')}${pageSuffix} | ${t('app.name')}`,
    description: t('catalogue.index.metaDescription', { count: data.total }),
    canonical: data.canonical,
    siteName: t('app.name'),
    lang,
    jsonLd: itemListJsonLd(
      t('catalogue.index.metaTitle'),
      data.canonical,
      data.groups.map((group) => ({ name: group.nameVi, url: absoluteUrl(data.appUrl, paths.productGroup(group.slug)) })),
    ),
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
