// /chu-the/<slug>: a verified producer's storefront (no log-in): story, location (with the former
// province since the 2025 merger, e.g. "Bến Tre (cũ)"), valid OCOP certificates and all products.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ProductGrid } from '~/components/catalogue/product-grid'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { MapPinIcon, StarIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { langFromMatches, translatorFromMatches } from '~/i18n/meta'
import { getProducerStorefront } from '~/modules/catalogue/public.server'
import { ProducerInquiryBlock } from '~/components/inquiries/trust'
import { publicTrustSignals } from '~/modules/inquiries/inbox.server'
import { plainText } from '~/modules/catalogue/rich-text'
import { absoluteUrl, organizationJsonLd, pageMeta } from '~/modules/catalogue/seo'
import { serverEnv } from '~/utils/env.server'
import { formatDate } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ params }: LoaderFunctionArgs) {
  const producer = await getProducerStorefront(params.slug ?? '')
  if (!producer) throw new Response('Không tìm thấy nhà sản xuất', { status: 404 })
  const appUrl = serverEnv().APP_URL
  return {
    appUrl,
    trust: await publicTrustSignals(producer.id),
    canonical: absoluteUrl(appUrl, paths.producer(producer.slug)),
    producer: {
      slug: producer.slug,
      name: producer.tradeName ?? producer.legalName,
      legalName: producer.legalName,
      type: producer.type,
      logoPath: producer.logoPath,
      story: producer.story,
      website: producer.website && /^https?:\/\//i.test(producer.website) ? producer.website : null,
      addressLine: producer.addressLine,
      commune: producer.commune?.name ?? null,
      province: producer.province?.name ?? null,
      formerProvince: producer.formerProvince?.name ?? null,
      certificates: producer.certificates.map((certificate) => ({
        id: certificate.id,
        stars: certificate.stars,
        certificateNumber: certificate.certificateNumber,
        expiresAt: certificate.expiresAt,
        product: certificate.product,
      })),
      products: producer.products,
    },
  }
}

export default function ProducerStorefrontRoute() {
  const { producer, trust } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  // The address line usually names the commune already ("Ấp 3, Xã Phước Mỹ Trung"): not twice.
  const place = [
    producer.addressLine,
    producer.commune && !producer.addressLine?.includes(producer.commune) ? producer.commune : null,
    producer.province,
  ]
    .filter(Boolean)
    .join(', ')
  const stories = (producer.story ?? '').split(/\n{2,}/).filter((part) => part.trim())
  return (
    <div className="bg-white">
      <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
          <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
            {producer.logoPath ? (
              <img src={paths.producerLogo(producer.logoPath)} alt="" className="h-20 w-20 shrink-0 rounded-2xl bg-white object-contain shadow-sm ring-1 ring-slate-200" />
            ) : (
              <span aria-hidden="true" className="flex h-20 w-20 shrink-0 items-center justify-center rounded-2xl bg-brand-700 text-3xl font-bold text-white shadow-sm">
                {producer.name.trim().charAt(0).toLocaleUpperCase('vi')}
              </span>
            )}
            <div className="min-w-0">
              <p className="text-sm font-semibold text-brand-800">{t(`producerType.${producer.type}` as MessageKey)}</p>
              <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900">{producer.name}</h1>
              {producer.legalName !== producer.name ? <p className="text-slate-600">{producer.legalName}</p> : null}
              {place || producer.formerProvince ? (
                <p className="mt-2 flex items-start gap-1.5 text-slate-700">
                  <MapPinIcon width={18} height={18} className="mt-0.5 shrink-0 text-slate-400" />
                  <span>
                    {place}
                    {producer.formerProvince ? <span className="text-slate-500"> · {t('catalogue.place.former', { name: producer.formerProvince })}</span> : null}
                  </span>
                </p>
              ) : null}
              <ProducerInquiryBlock producerSlug={producer.slug} trust={trust} />
            </div>
          </div>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="grid gap-8 lg:grid-cols-[1.6fr_1fr]">
          <section aria-labelledby="story-title">
            <h2 id="story-title" className="text-xl font-bold text-slate-900">
              {t('catalogue.storefront.story')}
            </h2>
            {stories.length ? (
              <div className="mt-3 max-w-prose space-y-4 text-base leading-7 text-slate-700">
                {stories.map((part, index) => (
                  <p key={index}>{part}</p>
                ))}
              </div>
            ) : (
              <p className="mt-3 text-slate-500">{t('catalogue.storefront.noStory')}</p>
            )}
            {producer.website ? (
              <p className="mt-4 text-sm">
                <a href={producer.website} rel="noopener noreferrer nofollow" className="font-semibold text-brand-700 hover:text-brand-900">
                  {t('catalogue.storefront.website')} ↗
                </a>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="certificates-title" className="rounded-2xl bg-star-50/60 p-5 ring-1 ring-star-100">
            <h2 id="certificates-title" className="text-lg font-bold text-slate-900">
              {t('catalogue.storefront.certificates')}
            </h2>
            {producer.certificates.length ? (
              <ul className="mt-3 space-y-3">
                {producer.certificates.map((certificate) => (
                  <li key={certificate.id} className="rounded-xl bg-white p-3 text-sm ring-1 ring-star-100">
                    <p className="flex items-center gap-1.5 font-semibold text-slate-900">
                      <span className="inline-flex items-center gap-0.5 text-star-500" aria-hidden="true">
                        {Array.from({ length: certificate.stars }, (_, i) => (
                          <StarIcon key={i} width={14} height={14} />
                        ))}
                      </span>
                      {t('catalogue.storefront.certificateStars', { stars: certificate.stars })}
                    </p>
                    {certificate.product ? (
                      <p className="mt-0.5">
                        <Link to={paths.product(certificate.product.slug)} className="text-brand-700 hover:text-brand-900">
                          {certificate.product.nameVi}
                        </Link>
                      </p>
                    ) : null}
                    <p className="mt-0.5 text-slate-600">
                      {t('catalogue.product.certificateNumber', { number: certificate.certificateNumber })} ·{' '}
                      {t('catalogue.product.validUntil', { date: formatDate(certificate.expiresAt) })}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm text-slate-600">{t('catalogue.storefront.noCertificates')}</p>
            )}
          </section>
        </div>

        <section aria-labelledby="products-title" className="mt-12">
          <h2 id="products-title" className="text-xl font-bold text-slate-900">
            {t('catalogue.storefront.products', { count: producer.products.length })}
          </h2>
          {producer.products.length ? (
            <div className="mt-5">
              <ProductGrid products={producer.products} showProducer={false} />
            </div>
          ) : (
            <p className="mt-3 text-slate-500">{t('catalogue.storefront.noProducts')}</p>
          )}
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  if (!data) return [{ title: `${t('error.notFound.meta')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
  const { producer, canonical } = data
  const lang = langFromMatches(matches)
  const place = [producer.province, producer.formerProvince ? t('catalogue.place.former', { name: producer.formerProvince }) : null].filter(Boolean).join(' · ')
  const description =
    plainText(producer.story ?? '', 155) ||
    t('catalogue.storefront.metaDescription', { name: producer.name, place, count: producer.products.length })
  return pageMeta({
    title: `${producer.name} — ${t('catalogue.storefront.metaSuffix')} | ${t('app.name')}`,
    description,
    canonical,
    siteName: t('app.name'),
    lang,
    type: 'profile',
    image: producer.products[0]?.coverImage ? absoluteUrl(data.appUrl, paths.productPhoto(producer.products[0].coverImage)) : null,
    jsonLd: organizationJsonLd({
      name: producer.name,
      legalName: producer.legalName,
      url: canonical,
      description: producer.story ? plainText(producer.story, 500) : null,
      website: producer.website,
      address: { street: producer.addressLine, locality: producer.commune, region: producer.province },
      awards: producer.certificates.map((certificate) => `OCOP ${certificate.stars} sao (${certificate.certificateNumber})`),
    }),
  })
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
