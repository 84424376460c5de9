// /san-pham/<slug>: the public product page (no log-in). Only published products of verified
// producers exist here; anything else is a 404. The star badge shows only for a verified,
// unexpired certificate (decided by getPublicProduct with the server's clock).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { isbot } from 'isbot'
import { useState } from 'react'
import { PhotoPlaceholder } from '~/components/catalogue/product-grid'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ArrowRightIcon, MapPinIcon, StarIcon, StoreIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { langFromMatches, translatorFromMatches } from '~/i18n/meta'
import { recordProductView } from '~/modules/catalogue/public.server'
import { getPublicProduct } from '~/modules/catalogue/products.server'
import { plainText, renderRichText } from '~/modules/catalogue/rich-text'
import { absoluteUrl, pageMeta, productJsonLd, tierRanges } from '~/modules/catalogue/seo'
import type { loader as rootLoader } from '~/root'
import { serverEnv } from '~/utils/env.server'
import { formatDate, formatNumber, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

/** Views by people, not by crawlers or link previews. */
function countsAsView(request: Request) {
  const purpose = request.headers.get('Sec-Purpose') ?? request.headers.get('Purpose') ?? ''
  return !isbot(request.headers.get('User-Agent') ?? '') && !purpose.includes('prefetch')
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const product = await getPublicProduct(params.slug ?? '')
  if (!product) throw new Response('Không tìm thấy sản phẩm', { status: 404 })
  if (countsAsView(request)) await recordProductView(product.id)
  const appUrl = serverEnv().APP_URL
  const { producer } = product
  return {
    appUrl,
    canonical: absoluteUrl(appUrl, paths.product(product.slug)),
    product: {
      slug: product.slug,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      descriptionVi: product.descriptionVi,
      descriptionEn: product.descriptionEn,
      unit: product.unit,
      packaging: product.packaging,
      minOrderQuantity: product.minOrderQuantity,
      monthlyCapacity: product.monthlyCapacity,
      shelfLifeDays: product.shelfLifeDays,
      leadTimeDays: product.leadTimeDays,
      samplesAvailable: product.samplesAvailable,
      standards: product.standards,
      exportMarkets: product.exportMarkets,
      tiers: product.priceTiers.map((tier) => ({ minQuantity: tier.minQuantity, priceVnd: tier.priceVnd })),
      images: product.images.map((image) => ({ path: image.path, width: image.width, height: image.height, alt: image.alt })),
      group: product.group,
      subgroup: product.subgroup,
      badge: product.badge
        ? {
            stars: product.badge.stars,
            certificateNumber: product.badge.certificateNumber,
            expiresAt: product.badge.expiresAt,
            issuingAuthority: product.badge.issuingAuthority,
          }
        : null,
      producer: {
        slug: producer.slug,
        name: producer.tradeName ?? producer.legalName,
        legalName: producer.legalName,
        type: producer.type,
        logoPath: producer.logoPath,
        province: producer.province?.name ?? null,
        formerProvince: producer.formerProvince?.name ?? null,
        commune: producer.commune?.name ?? null,
      },
    },
  }
}

function Gallery({ images, name }: { images: Array<{ path: string; width: number; height: number; alt: string | null }>; name: string }) {
  const { t } = useTranslation()
  const [selected, setSelected] = useState(0)
  if (images.length === 0) {
    return (
      <div className="aspect-[4/3] overflow-hidden rounded-2xl ring-1 ring-slate-200">
        <PhotoPlaceholder name={name} label={t('catalogue.card.noPhoto')} large />
      </div>
    )
  }
  const current = images[Math.min(selected, images.length - 1)]
  return (
    <div>
      <div className="aspect-[4/3] overflow-hidden rounded-2xl bg-slate-100 ring-1 ring-slate-200">
        <img
          src={paths.productPhoto(current.path)}
          width={current.width}
          height={current.height}
          alt={current.alt ?? t('catalogue.product.photoAlt', { name, position: selected + 1, count: images.length })}
          className="h-full w-full object-cover"
        />
      </div>
      {images.length > 1 ? (
        <ul className="mt-3 grid grid-cols-4 gap-2 sm:grid-cols-6" aria-label={t('catalogue.product.photos')}>
          {images.map((image, index) => (
            <li key={image.path}>
              {/* A link to the full photo without JavaScript; with it, a switch of the large photo. */}
              <a
                href={paths.productPhoto(image.path)}
                onClick={(event) => {
                  event.preventDefault()
                  setSelected(index)
                }}
                aria-current={index === selected ? 'true' : undefined}
                className={`block aspect-square overflow-hidden rounded-lg ring-2 ring-offset-1 transition ${index === selected ? 'ring-brand-600' : 'ring-transparent hover:ring-slate-300'}`}
              >
                <img src={paths.productPhoto(image.path)} alt={t('catalogue.product.showPhoto', { position: index + 1 })} loading="lazy" className="h-full w-full object-cover" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export default function ProductRoute() {
  const { product } = useLoaderData<typeof loader>()
  const root = useRouteLoaderData<typeof rootLoader>('root')
  const { t, lang } = useTranslation()
  const english = lang === 'en'
  const name = english && product.nameEn ? product.nameEn : product.nameVi
  const description = english && product.descriptionEn ? product.descriptionEn : product.descriptionVi
  const user = root?.user ?? null
  const inquiryHref = paths.newInquiry(product.slug)
  const cta = !user
    ? { href: `${paths.login}?redirectTo=${encodeURIComponent(inquiryHref)}`, note: t('catalogue.product.ctaLogin') }
    : user.role === 'BUYER'
      ? { href: inquiryHref, note: null }
      : null
  const place = [product.producer.commune, product.producer.province].filter(Boolean).join(', ')
  const ranges = tierRanges(product.tiers)
  const facts: Array<[string, string]> = [
    [t('catalogue.product.moq'), `${formatNumber(product.minOrderQuantity, lang)} ${product.unit}`],
    [t('catalogue.product.unit'), product.unit],
    ...(product.packaging ? ([[t('catalogue.product.packaging'), product.packaging]] as Array<[string, string]>) : []),
    ...(product.monthlyCapacity !== null
      ? ([[t('catalogue.product.capacity'), t('catalogue.product.perMonth', { quantity: formatNumber(product.monthlyCapacity, lang), unit: product.unit })]] as Array<[string, string]>)
      : []),
    ...(product.shelfLifeDays !== null ? ([[t('catalogue.product.shelfLife'), t('catalogue.product.days', { count: product.shelfLifeDays })]] as Array<[string, string]>) : []),
    ...(product.leadTimeDays !== null ? ([[t('catalogue.product.leadTime'), t('catalogue.product.days', { count: product.leadTimeDays })]] as Array<[string, string]>) : []),
    [t('catalogue.product.samples'), product.samplesAvailable ? t('catalogue.product.samplesYes') : t('catalogue.product.samplesNo')],
    ...(product.exportMarkets.length ? ([[t('catalogue.product.exportMarkets'), product.exportMarkets.join(', ')]] as Array<[string, string]>) : []),
  ]
  const groupName = (node: { nameVi: string; nameEn: string | null }) => (english && node.nameEn ? node.nameEn : node.nameVi)

  return (
    <div className="bg-white">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        <nav aria-label={t('catalogue.breadcrumb.label')} className="text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-1.5">
            <li>
              <Link to={paths.catalogue} className="font-medium text-brand-700 hover:text-brand-900">
                {t('catalogue.index.title')}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li>
              <Link to={paths.productGroup(product.group.slug)} className="font-medium text-brand-700 hover:text-brand-900">
                {groupName(product.group)}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="text-slate-700">
              {name}
            </li>
          </ol>
        </nav>

        <div className="mt-6 grid gap-8 lg:grid-cols-[1.1fr_1fr] lg:gap-12">
          <Gallery images={product.images} name={product.nameVi} />

          <div>
            {product.badge ? (
              <div className="inline-flex items-start gap-3 rounded-2xl bg-star-50 px-4 py-3 ring-1 ring-inset ring-star-300" aria-label={t('catalogue.product.badgeLabel', { stars: product.badge.stars })} role="group">
                <span className="flex h-11 shrink-0 items-center gap-0.5 rounded-xl bg-star-400 px-2.5 text-brand-950" aria-hidden="true">
                  {Array.from({ length: product.badge.stars }, (_, i) => (
                    <StarIcon key={i} width={16} height={16} />
                  ))}
                </span>
                <div className="text-sm">
                  <p className="font-bold text-slate-900">{t('catalogue.product.badgeTitle', { stars: product.badge.stars })}</p>
                  <p className="text-slate-700">
                    {t('catalogue.product.certificateNumber', { number: product.badge.certificateNumber })} ·{' '}
                    {t('catalogue.product.validUntil', { date: formatDate(product.badge.expiresAt) })}
                  </p>
                  <p className="text-slate-600">{product.badge.issuingAuthority}</p>
                </div>
              </div>
            ) : null}

            <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{name}</h1>
            {english && product.nameEn ? (
              <p lang="vi" className="mt-1 text-lg text-slate-600">
                {product.nameVi}
              </p>
            ) : null}
            <p className="mt-2 text-sm text-slate-600">
              {groupName(product.group)}
              {product.subgroup ? ` › ${groupName(product.subgroup)}` : ''}
            </p>

            <section aria-labelledby="tiers-title" className="mt-6">
              <h2 id="tiers-title" className="text-base font-semibold text-slate-900">
                {t('catalogue.product.tiersTitle')}
              </h2>
              <table className="mt-3 w-full overflow-hidden rounded-xl text-left text-sm ring-1 ring-slate-200">
                <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2.5">
                      {t('catalogue.product.tierQuantity', { unit: product.unit })}
                    </th>
                    <th scope="col" className="px-4 py-2.5 text-right">
                      {t('catalogue.product.tierPrice', { unit: product.unit })}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {ranges.map((tier) => (
                    <tr key={tier.minQuantity}>
                      <td className="px-4 py-3 text-slate-800">
                        {tier.maxQuantity !== null
                          ? t('catalogue.product.tierRange', { from: formatNumber(tier.minQuantity, lang), to: formatNumber(tier.maxQuantity, lang) })
                          : t('catalogue.product.tierOpen', { from: formatNumber(tier.minQuantity, lang) })}
                      </td>
                      <td className="px-4 py-3 text-right text-base font-bold tabular-nums text-brand-800">{formatVnd(tier.priceVnd, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-500">{t('catalogue.product.tiersNote')}</p>
            </section>

            <div className="mt-6 rounded-2xl bg-brand-900 p-5 text-white">
              {cta ? (
                <>
                  <Link
                    to={cta.href}
                    className="inline-flex w-full items-center justify-center gap-2 rounded-lg bg-star-400 px-5 py-3 text-base font-semibold text-brand-950 shadow-sm transition hover:bg-star-300 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
                  >
                    {t('catalogue.product.cta')}
                    <ArrowRightIcon width={18} height={18} />
                  </Link>
                  {cta.note ? <p className="mt-2 text-center text-sm text-brand-100">{cta.note}</p> : null}
                </>
              ) : (
                <p className="text-sm text-brand-100">{t('catalogue.product.ctaBuyersOnly')}</p>
              )}
            </div>
          </div>
        </div>

        <div className="mt-12 grid gap-8 lg:grid-cols-[1.6fr_1fr]">
          <div className="space-y-10">
            <section aria-labelledby="description-title">
              <h2 id="description-title" className="text-xl font-bold text-slate-900">
                {t('catalogue.product.descriptionTitle')}
              </h2>
              {description.trim() ? (
                <div
                  className="mt-3 max-w-prose text-base leading-7 text-slate-700 [&_li]:mt-1 [&_p+p]:mt-4 [&_p+ul]:mt-4 [&_ul+p]:mt-4 [&_ul]:list-disc [&_ul]:pl-6"
                  lang={english && product.descriptionEn ? 'en' : 'vi'}
                  // renderRichText escapes every character typed before adding its few tags.
                  dangerouslySetInnerHTML={{ __html: renderRichText(description) }}
                />
              ) : (
                <p className="mt-3 text-slate-500">{t('catalogue.product.noDescription')}</p>
              )}
            </section>

            <section aria-labelledby="facts-title">
              <h2 id="facts-title" className="text-xl font-bold text-slate-900">
                {t('catalogue.product.factsTitle')}
              </h2>
              <dl className="mt-3 grid gap-x-6 sm:grid-cols-2">
                {facts.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-4 border-b border-slate-100 py-2.5 text-sm">
                    <dt className="text-slate-600">{label}</dt>
                    <dd className="text-right font-medium text-slate-900">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>

            {product.standards.length ? (
              <section aria-labelledby="standards-title">
                <h2 id="standards-title" className="text-xl font-bold text-slate-900">
                  {t('catalogue.product.standardsTitle')}
                </h2>
                <ul className="mt-3 flex flex-wrap gap-2">
                  {product.standards.map((standard) => (
                    <li key={standard} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-inset ring-brand-200">
                      {t(`catalogue.standard.${standard}` as MessageKey)}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>

          <aside aria-labelledby="producer-title">
            <div className="rounded-2xl bg-slate-50 p-5 ring-1 ring-slate-200">
              <h2 id="producer-title" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
                {t('catalogue.product.producerTitle')}
              </h2>
              <div className="mt-3 flex items-start gap-3">
                {product.producer.logoPath ? (
                  <img src={paths.producerLogo(product.producer.logoPath)} alt="" className="h-12 w-12 shrink-0 rounded-xl bg-white object-contain ring-1 ring-slate-200" />
                ) : (
                  <span aria-hidden="true" className="flex h-12 w-12 shrink-0 items-center justify-center rounded-xl bg-brand-700 text-lg font-bold text-white">
                    {product.producer.name.trim().charAt(0).toLocaleUpperCase('vi')}
                  </span>
                )}
                <div className="min-w-0">
                  <p className="font-semibold text-slate-900">{product.producer.name}</p>
                  <p className="text-sm text-brand-800">{t(`producerType.${product.producer.type}` as MessageKey)}</p>
                </div>
              </div>
              {place || product.producer.formerProvince ? (
                <p className="mt-3 flex items-start gap-1.5 text-sm text-slate-700">
                  <MapPinIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
                  <span>
                    {place}
                    {product.producer.formerProvince ? (
                      <span className="text-slate-500"> · {t('catalogue.place.former', { name: product.producer.formerProvince })}</span>
                    ) : null}
                  </span>
                </p>
              ) : null}
              <Link
                to={paths.producer(product.producer.slug)}
                className="mt-4 inline-flex items-center gap-1.5 text-sm font-semibold text-brand-700 hover:text-brand-900"
              >
                <StoreIcon width={16} height={16} />
                {t('catalogue.product.visitStorefront')}
              </Link>
            </div>
          </aside>
        </div>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  if (!data) return [{ title: `${t('error.notFound.meta')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
  const { product, canonical, appUrl } = data
  const lang = langFromMatches(matches)
  const name = lang === 'en' && product.nameEn ? product.nameEn : product.nameVi
  const from = product.tiers.length ? Math.min(...product.tiers.map((tier) => tier.priceVnd)) : null
  const summary = plainText(lang === 'en' && product.descriptionEn ? product.descriptionEn : product.descriptionVi, 150)
  const description =
    summary ||
    t('catalogue.product.metaDescription', {
      name,
      producer: product.producer.name,
      moq: formatNumber(product.minOrderQuantity, lang),
      unit: product.unit,
    })
  const images = product.images.map((image) => absoluteUrl(appUrl, paths.productPhoto(image.path)))
  const producerUrl = absoluteUrl(appUrl, paths.producer(product.producer.slug))
  return pageMeta({
    title: `${name}${product.badge ? ` — OCOP ${product.badge.stars}★` : ''} | ${product.producer.name}`,
    description: from ? `${description} ${t('catalogue.product.metaPrice', { price: formatVnd(from, lang), unit: product.unit })}` : description,
    canonical,
    siteName: t('app.name'),
    lang,
    type: 'product',
    image: images[0] ?? null,
    jsonLd: productJsonLd({
      name,
      description: summary || description,
      url: canonical,
      slug: product.slug,
      images,
      category: product.subgroup?.nameVi ?? product.group.nameVi,
      unit: product.unit,
      tiers: product.tiers,
      producer: { name: product.producer.name, url: producerUrl },
      badge: product.badge,
    }),
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
