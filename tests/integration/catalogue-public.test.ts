// The public catalogue through its real loaders (no log-in): what is visible, the star badge rule,
// view counting, SEO data, sitemap/robots and the photo route.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { setNow } from '~/utils/clock.server'
import { loader as producerLoader } from '~/routes/chu-the+/$slug'
import { loader as groupLoader } from '~/routes/nhom+/$slug'
import { loader as photoLoader } from '~/routes/products+/$file'
import { loader as robotsLoader } from '~/routes/robots[.]txt'
import { loader as productLoader, meta as productMeta } from '~/routes/san-pham+/$slug'
import { loader as indexLoader } from '~/routes/san-pham+/_index'
import { loader as sitemapLoader } from '~/routes/sitemap[.]xml'
import { buildCertificate, createProducer, createProduct } from '../factories'
import { prisma, resetDatabase } from '../helpers/db'

const APP_URL = process.env.APP_URL ?? 'http://localhost:3000'
const at = new Date('2026-11-29T03:00:00Z')

let storage: string
const previousStorage = process.env.STORAGE_DIR
beforeAll(async () => {
  storage = await mkdtemp(path.join(tmpdir(), 'ocop-public-'))
  process.env.STORAGE_DIR = storage
})
afterAll(() => {
  process.env.STORAGE_DIR = previousStorage
})

beforeEach(async () => {
  await resetDatabase()
  setNow(at)
  await prisma.administrativeUnit.createMany({
    data: [
      { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' },
      { id: 'F83', name: 'Bến Tre', slug: 'ben-tre', level: 'PROVINCE', successorId: '86', validTo: new Date('2025-06-30') },
    ],
  })
  await prisma.productCategory.createMany({
    data: [
      { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham', position: 0 },
      { id: '4', level: 'GROUP', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong-my-nghe', position: 3 },
    ],
  })
})
afterEach(() => setNow(null))

const visit = (url: string, userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130') => new Request(`http://localhost${url}`, { headers: { 'User-Agent': userAgent } })
const ctx = { context: {} }

async function benTreCooperative(status: 'VERIFIED' | 'PENDING' = 'VERIFIED') {
  return createProducer(prisma, { legalName: `Hợp tác xã Dừa Mỏ Cày ${status}`, status, provinceId: '86', formerProvinceId: 'F83', story: 'Chúng tôi nấu kẹo dừa từ năm 1995.' })
}

describe('the product page', () => {
  it('shows a published product of a verified producer with its badge from a verified, unexpired certificate', async () => {
    const producer = await benTreCooperative()
    const product = await createProduct(prisma, { producerId: producer.id, nameVi: 'Kẹo dừa sáp Mỏ Cày' }, { certificate: { stars: 4, certificateNumber: '2025/OCOP-0007', expiresAt: new Date('2028-09-10') } })
    await prisma.certificate.create({ data: buildCertificate({ producerId: producer.id, productId: product.id, stars: 5, certificateNumber: 'CU-5', expiresAt: new Date('2026-11-28') }) })
    const data = await productLoader({ request: visit(`/san-pham/${product.slug}`), params: { slug: product.slug }, ...ctx })
    expect(data.product).toMatchObject({
      nameVi: 'Kẹo dừa sáp Mỏ Cày',
      badge: { stars: 4, certificateNumber: '2025/OCOP-0007', expiresAt: new Date('2028-09-10') },
      producer: { province: 'Vĩnh Long', formerProvince: 'Bến Tre' },
    })
    expect(data.canonical).toBe(`${APP_URL}/san-pham/keo-dua-sap-mo-cay`)
  })

  it('shows no badge when the only certificate has expired or is still pending', async () => {
    const producer = await benTreCooperative()
    const expired = await createProduct(prisma, { producerId: producer.id, nameVi: 'Mứt dừa' }, { certificate: { expiresAt: new Date('2026-11-28') } })
    const pending = await createProduct(prisma, { producerId: producer.id, nameVi: 'Thạch dừa' }, { certificate: { status: 'PENDING', certificateNumber: 'P-1' } })
    for (const product of [expired, pending]) {
      const data = await productLoader({ request: visit(`/san-pham/${product.slug}`), params: { slug: product.slug }, ...ctx })
      expect(data.product.badge).toBeNull()
    }
  })

  it('is a 404 for an unknown slug, a draft, an archived product or an unverified producer’s product', async () => {
    const verified = await benTreCooperative()
    const pendingProducer = await benTreCooperative('PENDING')
    const draft = await createProduct(prisma, { producerId: verified.id, nameVi: 'Bản nháp', status: 'DRAFT' })
    const archived = await createProduct(prisma, { producerId: verified.id, nameVi: 'Đã lưu trữ', status: 'ARCHIVED' })
    const unverified = await createProduct(prisma, { producerId: pendingProducer.id, nameVi: 'Chưa xác minh' })
    for (const slug of ['khong-co-san-pham-nay', draft.slug, archived.slug, unverified.slug]) {
      await expect(productLoader({ request: visit(`/san-pham/${slug}`), params: { slug }, ...ctx })).rejects.toMatchObject({ status: 404 })
    }
  })

  it('counts views by people, not by crawlers or prefetches, without touching updatedAt', async () => {
    const producer = await benTreCooperative()
    const product = await createProduct(prisma, { producerId: producer.id, nameVi: 'Bưởi da xanh', viewCount: 10 })
    const before = await prisma.product.findUniqueOrThrow({ where: { id: product.id } })
    await productLoader({ request: visit(`/san-pham/${product.slug}`), params: { slug: product.slug }, ...ctx })
    await productLoader({ request: visit(`/san-pham/${product.slug}`), params: { slug: product.slug }, ...ctx })
    await productLoader({ request: visit(`/san-pham/${product.slug}`, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'), params: { slug: product.slug }, ...ctx })
    const prefetch = new Request(`http://localhost/san-pham/${product.slug}`, { headers: { 'User-Agent': 'Mozilla/5.0 Chrome/130', 'Sec-Purpose': 'prefetch' } })
    await productLoader({ request: prefetch, params: { slug: product.slug }, ...ctx })
    const after = await prisma.product.findUniqueOrThrow({ where: { id: product.id } })
    expect(after.viewCount).toBe(12)
    expect(after.updatedAt).toEqual(before.updatedAt)
    expect(await prisma.searchOutbox.count()).toBe(0)
  })

  it('describes itself to search engines: title, description, canonical, Open Graph, Product JSON-LD in VND', async () => {
    const producer = await benTreCooperative()
    const product = await createProduct(prisma, { producerId: producer.id, nameVi: 'Kẹo dừa </script><script>alert(1)</script>', descriptionVi: 'Kẹo **dừa** thơm béo' }, { certificate: { stars: 3 } })
    await prisma.priceTier.create({ data: { productId: product.id, minQuantity: 500, priceVnd: 40000 } })
    await prisma.productImage.create({ data: { productId: product.id, path: 'products/0123456789abcdef0123456789abcdef.webp', width: 1200, height: 900, isCover: true } })
    const data = await productLoader({ request: visit(`/san-pham/${product.slug}`), params: { slug: product.slug }, ...ctx })
    const tags = productMeta({ data, matches: [{ id: 'root', data: { lang: 'vi' } }] } as never) as Array<Record<string, unknown>>
    const canonical = `${APP_URL}/san-pham/${product.slug}`
    expect(product.slug).toBe('keo-dua-script-script-alert-1-script')
    expect(tags).toEqual(
      expect.arrayContaining([
        { title: expect.stringContaining('Kẹo dừa </script>') },
        { name: 'description', content: expect.stringMatching(/^Kẹo dừa thơm béo Giá sỉ từ 40\.000/) },
        { tagName: 'link', rel: 'canonical', href: canonical },
        { property: 'og:type', content: 'product' },
        { property: 'og:image', content: `${APP_URL}/products/0123456789abcdef0123456789abcdef.webp` },
      ]),
    )
    const jsonLd = tags.find((tag) => 'script:ld+json' in tag)?.['script:ld+json']
    expect(jsonLd).toMatchObject({
      '@type': 'Product',
      url: canonical,
      award: 'OCOP 3 sao (' + (await prisma.certificate.findFirstOrThrow()).certificateNumber + ')',
      offers: { priceCurrency: 'VND', lowPrice: 40000, highPrice: 45000, offerCount: 2 },
    })
  })
})

describe('producer storefront, group and catalogue pages', () => {
  it('shows a verified producer with the former province, valid certificates and published products only', async () => {
    const producer = await benTreCooperative()
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Kẹo dừa sáp' }, { certificate: { stars: 4, certificateNumber: 'OK-4' } })
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Kẹo dừa sữa' }, { certificate: { stars: 5, certificateNumber: 'HET-5', expiresAt: new Date('2026-01-01') } })
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Bản nháp', status: 'DRAFT' }, { certificate: null })
    const data = await producerLoader({ request: visit(`/chu-the/${producer.slug}`), params: { slug: producer.slug }, ...ctx })
    expect(data.producer).toMatchObject({ province: 'Vĩnh Long', formerProvince: 'Bến Tre', story: 'Chúng tôi nấu kẹo dừa từ năm 1995.' })
    expect(data.producer.certificates.map((c) => c.certificateNumber)).toEqual(['OK-4'])
    expect(data.producer.products.map((p) => p.nameVi).sort()).toEqual(['Kẹo dừa sáp', 'Kẹo dừa sữa'])
    expect(data.producer.products.find((p) => p.nameVi === 'Kẹo dừa sữa')?.stars).toBeNull()

    const pending = await benTreCooperative('PENDING')
    await expect(producerLoader({ request: visit(`/chu-the/${pending.slug}`), params: { slug: pending.slug }, ...ctx })).rejects.toMatchObject({ status: 404 })
  })

  it('pages an OCOP group 24 at a time and answers 404 past the last page', async () => {
    const producer = await benTreCooperative()
    for (let i = 0; i < 25; i++) await createProduct(prisma, { producerId: producer.id, nameVi: `Kẹo dừa số ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)) }, { certificate: null })
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Chiếu cói', groupId: '4' }, { certificate: null })
    const first = await groupLoader({ request: visit('/nhom/thuc-pham'), params: { slug: 'thuc-pham' }, ...ctx })
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 })
    expect(first.products[0].nameVi).toBe('Kẹo dừa số 24')
    const second = await groupLoader({ request: visit('/nhom/thuc-pham?page=2'), params: { slug: 'thuc-pham' }, ...ctx })
    expect(second.products.map((p) => p.nameVi)).toEqual(['Kẹo dừa số 0'])
    expect(second.canonical).toBe(`${APP_URL}/nhom/thuc-pham?page=2`)
    await expect(groupLoader({ request: visit('/nhom/thuc-pham?page=3'), params: { slug: 'thuc-pham' }, ...ctx })).rejects.toMatchObject({ status: 404 })
    await expect(groupLoader({ request: visit('/nhom/khong-co'), params: { slug: 'khong-co' }, ...ctx })).rejects.toMatchObject({ status: 404 })

    const index = await indexLoader({ request: visit('/san-pham?page=abc'), params: {}, ...ctx })
    expect(index.page).toBe(1)
    expect(index.groups.map((group) => [group.slug, group.productCount])).toEqual([
      ['thuc-pham', 25],
      ['thu-cong-my-nghe', 1],
    ])
  })
})

describe('sitemap, robots and photos', () => {
  it('lists public pages only in sitemap.xml and points robots.txt at it', async () => {
    const producer = await benTreCooperative()
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Kẹo dừa sáp' }, { certificate: null })
    await createProduct(prisma, { producerId: producer.id, nameVi: 'Bản nháp bí mật', status: 'DRAFT' }, { certificate: null })
    const response = await sitemapLoader()
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain(`<loc>${APP_URL}/san-pham/keo-dua-sap</loc>`)
    expect(xml).toContain(`<loc>${APP_URL}/chu-the/${producer.slug}</loc>`)
    expect(xml).toContain(`<loc>${APP_URL}/nhom/thuc-pham</loc>`)
    expect(xml).not.toContain('ban-nhap-bi-mat')

    const robots = await robotsLoader().text()
    expect(robots).toContain(`Sitemap: ${APP_URL}/sitemap.xml`)
    expect(robots).toContain('Disallow: /nha-san-xuat/')
  })

  it('serves stored photos with a long immutable cache and nothing outside STORAGE_DIR/products', async () => {
    await mkdir(path.join(storage, 'products'), { recursive: true })
    await mkdir(path.join(storage, 'certificates'), { recursive: true })
    const name = 'abcdefabcdefabcdefabcdefabcdef12.webp'
    await writeFile(path.join(storage, 'products', name), 'RIFF0000WEBPVP8 ')
    await writeFile(path.join(storage, 'certificates', 'abcdefabcdefabcdefabcdefabcdef12.pdf'), '%PDF-1.4 secret')
    const response = await photoLoader({ request: visit(`/products/${name}`), params: { file: name }, ...ctx })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('image/webp')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await response.text()).toBe('RIFF0000WEBPVP8 ')
    for (const file of ['../certificates/abcdefabcdefabcdefabcdefabcdef12.pdf', '..%2Fcertificates%2Fabcdefabcdefabcdefabcdefabcdef12.pdf', 'ffffffffffffffffffffffffffffffff.webp']) {
      await expect(photoLoader({ request: visit('/products/x'), params: { file }, ...ctx })).rejects.toMatchObject({ status: 404 })
    }
  })
})
