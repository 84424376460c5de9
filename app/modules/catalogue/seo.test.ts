import { describe, expect, it } from 'vitest'
import { absoluteUrl, organizationJsonLd, pageMeta, productJsonLd, tierRanges } from './seo'

describe('product JSON-LD', () => {
  const product = {
    name: 'Kẹo dừa sáp Mỏ Cày',
    description: 'Kẹo dừa sáp thơm béo',
    url: 'https://ocop.example/san-pham/keo-dua-sap-mo-cay',
    slug: 'keo-dua-sap-mo-cay',
    images: ['https://ocop.example/products/abc.webp'],
    category: 'Chế biến từ rau, củ, quả, hạt',
    unit: 'hộp',
    tiers: [
      { minQuantity: 50, priceVnd: 42000 },
      { minQuantity: 500, priceVnd: 39000 },
    ],
    producer: { name: 'HTX Dừa Xanh', url: 'https://ocop.example/chu-the/htx-dua-xanh' },
    badge: { stars: 4, certificateNumber: '2025/OCOP-0001', expiresAt: '2028-01-01' },
  }

  it('offers every wholesale tier in VND with its minimum quantity', () => {
    const ld = productJsonLd(product)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Kẹo dừa sáp Mỏ Cày',
      award: 'OCOP 4 sao (2025/OCOP-0001)',
      offers: { '@type': 'AggregateOffer', priceCurrency: 'VND', lowPrice: 39000, highPrice: 42000, offerCount: 2 },
    })
    expect(ld.offers?.offers.map((offer) => [offer.price, offer.priceCurrency, offer.eligibleQuantity.minValue])).toEqual([
      [42000, 'VND', 50],
      [39000, 'VND', 500],
    ])
  })

  it('claims no award without a valid certificate', () => {
    expect(productJsonLd({ ...product, badge: null })).not.toHaveProperty('award')
  })
})

describe('organization JSON-LD and meta', () => {
  it('describes the producer with a Vietnamese postal address', () => {
    expect(
      organizationJsonLd({
        name: 'HTX Dừa Xanh',
        legalName: 'Hợp tác xã Dừa Xanh',
        url: 'https://ocop.example/chu-the/htx-dua-xanh',
        description: null,
        website: null,
        address: { street: 'Ấp 3, Xã Phước Mỹ Trung', locality: 'Xã Phước Mỹ Trung', region: 'Vĩnh Long' },
        awards: ['OCOP 4 sao (2025/OCOP-0001)'],
      }),
    ).toMatchObject({ '@type': 'Organization', address: { '@type': 'PostalAddress', addressRegion: 'Vĩnh Long', addressCountry: 'VN' } })
  })

  it('gives title, description, canonical and Open Graph tags together', () => {
    const meta = pageMeta({ title: 'T', description: 'D', canonical: 'https://ocop.example/san-pham', siteName: 'OCOP Connect', lang: 'vi', image: 'https://ocop.example/products/a.webp' })
    expect(meta).toEqual(
      expect.arrayContaining([
        { title: 'T' },
        { name: 'description', content: 'D' },
        { tagName: 'link', rel: 'canonical', href: 'https://ocop.example/san-pham' },
        { property: 'og:url', content: 'https://ocop.example/san-pham' },
        { property: 'og:image', content: 'https://ocop.example/products/a.webp' },
        { property: 'og:locale', content: 'vi_VN' },
      ]),
    )
  })

  it('builds absolute URLs on APP_URL with or without a trailing slash', () => {
    expect(absoluteUrl('https://ocop.example', '/san-pham/a')).toBe('https://ocop.example/san-pham/a')
    expect(absoluteUrl('https://ocop.example/', '/san-pham/a')).toBe('https://ocop.example/san-pham/a')
  })
})

describe('tierRanges', () => {
  it('closes each tier one below the next and leaves the last open', () => {
    expect(
      tierRanges([
        { minQuantity: 50, priceVnd: 3 },
        { minQuantity: 500, priceVnd: 2 },
        { minQuantity: 2000, priceVnd: 1 },
      ]).map((tier) => [tier.minQuantity, tier.maxQuantity]),
    ).toEqual([
      [50, 499],
      [500, 1999],
      [2000, null],
    ])
  })
})
