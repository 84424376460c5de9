// /nhom/<slug>: one OCOP product group (Decision 919/2022 classification), its published
// products newest first, 24 a page. A page past the last one is a 404, not an empty page.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { PageLinks } from '~/components/catalogue/page-links'
import { ProductGrid } from '~/components/catalogue/product-grid'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { langFromMatches, translatorFromMatches } from '~/i18n/meta'
import { getGroupPage } from '~/modules/catalogue/public.server'
import { absoluteUrl, itemListJsonLd, pageMeta } from '~/modules/catalogue/seo'
import { serverEnv } from '~/utils/env.server'
import { paths } from '~/utils/paths'

const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = PageSchema.parse(new URL(request.url).searchParams.get('page') ?? 1)
  const result = await getGroupPage(params.slug ?? '', page)
  if (!result || page > result.pageCount) throw new Response('Không tìm thấy nhóm sản phẩm', { status: 404 })
  const appUrl = serverEnv().APP_URL
  const path = paths.productGroup(result.group.slug)
  return { ...result, appUrl, canonical: absoluteUrl(appUrl, page > 1 ? `${path}?page=${page}` : path) }
}

export default function ProductGroupRoute() {
  const { group, products, total, page, pageCount } = useLoaderData<typeof loader>()
  const { t, lang } = useTranslation()
  const name = (node: { nameVi: string; nameEn: string | null }) => (lang === 'en' && node.nameEn ? node.nameEn : node.nameVi)
  return (
    <div className="bg-white">
      <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <nav aria-label={t('catalogue.breadcrumb.label')} className="text-sm">
            <Link to={paths.catalogue} className="font-medium text-brand-700 hover:text-brand-900">
              {t('catalogue.index.title')}
            </Link>
          </nav>
          <p className="mt-3 text-sm font-semibold text-brand-800">{t('catalogue.group.eyebrow', { id: group.id })}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{name(group)}</h1>
          {group.children.length ? (
            <p className="mt-3 max-w-3xl text-slate-600">{t('catalogue.group.includes', { list: group.children.map(name).join(', ') })}</p>
          ) : null}
          <p className="mt-3 text-sm font-medium text-slate-700" role="status">
            {t('catalogue.group.count', { count: total })}
          </p>
        </div>
      </section>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {products.length ? (
          <>
            <ProductGrid products={products} />
            <PageLinks page={page} pageCount={pageCount} />
          </>
        ) : (
          <div className="rounded-2xl border-2 border-dashed border-slate-300 px-6 py-14 text-center">
            <p className="text-lg font-semibold text-slate-900">{t('catalogue.group.emptyTitle')}</p>
            <p className="mt-2 text-slate-600">{t('catalogue.group.emptyBody')}</p>
            <Link to={paths.catalogue} className="mt-6 inline-flex font-semibold text-brand-700 hover:text-brand-900">
              {t('catalogue.group.otherGroups')} →
            </Link>
          </div>
        )}
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  if (!data) return [{ title: `${t('error.notFound.meta')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
  const lang = langFromMatches(matches)
  const name = lang === 'en' && data.group.nameEn ? data.group.nameEn : data.group.nameVi
  const pageSuffix = data.page > 1 ? ` — ${t('catalogue.pagination.page', { page: data.page })}` : ''
  const title = `${t('catalogue.group.metaTitle', { name })}${pageSuffix} | ${t('app.name')}`
  return pageMeta({
    title,
    description: t('catalogue.group.metaDescription', { name, count: data.total }),
    canonical: data.canonical,
    siteName: t('app.name'),
    lang,
    image: data.products[0]?.coverImage ? absoluteUrl(data.appUrl, paths.productPhoto(data.products[0].coverImage)) : null,
    jsonLd: itemListJsonLd(
      name,
      data.canonical,
      data.products.map((product) => ({ name: product.nameVi, url: absoluteUrl(data.appUrl, paths.product(product.slug)) })),
    ),
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
