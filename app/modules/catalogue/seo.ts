// Search-engine and link-preview data of the public catalogue pages: meta descriptors (title,
// description, Open Graph, canonical) and schema.org JSON-LD. Pure and client-safe; Remix's <Meta>
// escapes "<" in the JSON-LD, so user text cannot close the script element.
import type { MetaDescriptor } from '@remix-run/node'
import type { Lang } from '~/i18n/types'

export function absoluteUrl(appUrl: string, path: string) {
  return new URL(path, appUrl.endsWith('/') ? appUrl : `${appUrl}/`).toString()
}

export function pageMeta(options: {
  title: string
  description: string
  canonical: string
  siteName: string
  lang: Lang
  type?: 'website' | 'product' | 'profile'
  image?: string | null
  jsonLd?: Record<string, unknown>
}): MetaDescriptor[] {
  const descriptors: MetaDescriptor[] = [
    { title: options.title },
    { name: 'description', content: options.description },
    { tagName: 'link', rel: 'canonical', href: options.canonical },
    { property: 'og:title', content: options.title },
    { property: 'og:description', content: options.description },
    { property: 'og:type', content: options.type ?? 'website' },
    { property: 'og:url', content: options.canonical },
    { property: 'og:site_name', content: options.siteName },
    { property: 'og:locale', content: options.lang === 'en' ? 'en_US' : 'vi_VN' },
    { name: 'twitter:card', content: options.image ? 'summary_large_image' : 'summary' },
  ]
  if (options.image) descriptors.push({ property: 'og:image', content: options.image })
  if (options.jsonLd) descriptors.push({ 'script:ld+json': options.jsonLd })
  return descriptors
}

export interface ProductLd {
  name: string
  description: string
  url: string
  slug: string
  images: string[]
  category: string | null
  unit: string
  tiers: Array<{ minQuantity: number; priceVnd: number }>
  producer: { name: string; url: string }
  badge: { stars: number; certificateNumber: string; expiresAt: Date | string } | null
}

/** schema.org Product with one VND offer per wholesale tier, grouped in an AggregateOffer. */
export function productJsonLd(product: ProductLd) {
  const prices = product.tiers.map((tier) => tier.priceVnd)
  const seller = { '@type': 'Organization', name: product.producer.name, url: product.producer.url }
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    url: product.url,
    sku: product.slug,
    ...(product.images.length ? { image: product.images } : {}),
    ...(product.category ? { category: product.category } : {}),
    brand: { '@type': 'Brand', name: product.producer.name },
    manufacturer: seller,
    ...(product.badge ? { award: `OCOP ${product.badge.stars} sao (${product.badge.certificateNumber})` } : {}),
    ...(prices.length
      ? {
          offers: {
            '@type': 'AggregateOffer',
            priceCurrency: 'VND',
            lowPrice: Math.min(...prices),
            highPrice: Math.max(...prices),
            offerCount: prices.length,
            availability: 'https://schema.org/InStock',
            offers: product.tiers.map((tier) => ({
              '@type': 'Offer',
              url: product.url,
              price: tier.priceVnd,
              priceCurrency: 'VND',
              availability: 'https://schema.org/InStock',
              businessFunction: 'http://purl.org/goodrelations/v1#Sell',
              eligibleQuantity: { '@type': 'QuantitativeValue', minValue: tier.minQuantity, unitText: product.unit },
              seller,
            })),
          },
        }
      : {}),
  }
}

export interface OrganizationLd {
  name: string
  legalName: string
  url: string
  description: string | null
  website: string | null
  address: { street: string | null; locality: string | null; region: string | null }
  awards: string[]
}

export function organizationJsonLd(organization: OrganizationLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organization.name,
    legalName: organization.legalName,
    url: organization.url,
    ...(organization.description ? { description: organization.description } : {}),
    ...(organization.website ? { sameAs: [organization.website] } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(organization.address.street ? { streetAddress: organization.address.street } : {}),
      ...(organization.address.locality ? { addressLocality: organization.address.locality } : {}),
      ...(organization.address.region ? { addressRegion: organization.address.region } : {}),
      addressCountry: 'VN',
    },
    ...(organization.awards.length ? { award: organization.awards } : {}),
  }
}

export function itemListJsonLd(name: string, url: string, items: Array<{ name: string; url: string }>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url,
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
    },
  }
}

/** Wholesale tier ranges as shown in the price table: "50 – 249", then "2.000 trở lên". */
export function tierRanges(tiers: Array<{ minQuantity: number; priceVnd: number }>) {
  return tiers.map((tier, index) => ({ ...tier, maxQuantity: index + 1 < tiers.length ? tiers[index + 1].minQuantity - 1 : null }))
}
