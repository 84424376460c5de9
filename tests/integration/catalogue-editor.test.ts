// The producer's listing screens through their real loaders and actions: multipart Requests with
// real images, a real session cookie, the per-worker PostgreSQL and a temporary STORAGE_DIR.
import { existsSync } from 'node:fs'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSession } from '~/modules/accounts/auth.server'
import type { Actor } from '~/modules/accounts/permissions'
import { listOwnProducts, saveListing } from '~/modules/catalogue/listings.server'
import { MAX_PHOTO_BYTES } from '~/modules/catalogue/photo-limits'
import { deleteProduct, duplicateProduct } from '~/modules/catalogue/products.server'
import { action as editAction, loader as editLoader } from '~/routes/nha-san-xuat+/san-pham.$id'
import { action as listAction, loader as listLoader } from '~/routes/nha-san-xuat+/san-pham._index'
import { action as newAction } from '~/routes/nha-san-xuat+/san-pham.moi'
import { action as importAction } from '~/routes/nha-san-xuat+/san-pham.nhap-csv'
import { flattenTaxonomy, TAXONOMY_VERSION } from '../../prisma/seed/data/taxonomy'
import { prisma, resetDatabase } from '../helpers/db'

let storage: string
const previousStorage = process.env.STORAGE_DIR
beforeAll(async () => {
  storage = await mkdtemp(path.join(tmpdir(), 'ocop-editor-'))
  process.env.STORAGE_DIR = storage
})
afterAll(() => {
  process.env.STORAGE_DIR = previousStorage
})

beforeEach(async () => {
  await resetDatabase()
  await prisma.productCategory.createMany({ data: flattenTaxonomy().map((row) => ({ ...row, taxonomyVersion: TAXONOMY_VERSION })) })
})

interface Producer {
  actor: Actor
  cookie: string
}

async function producer(slug: string, status: 'VERIFIED' | 'PENDING' = 'VERIFIED'): Promise<Producer> {
  const row = await prisma.producer.create({ data: { slug, legalName: `Hợp tác xã ${slug}`, type: 'COOPERATIVE', status } })
  const user = await prisma.user.create({ data: { email: `${slug}@vi.du`, passwordHash: 'x', name: slug, role: 'PRODUCER', producerId: row.id } })
  const setCookie = await startSession(user.id, new Request('http://localhost/'))
  return {
    actor: { id: user.id, role: 'PRODUCER', producerId: row.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' },
    cookie: setCookie.split(';')[0],
  }
}

async function jpeg(colour: string, name: string) {
  const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } }).jpeg().toBuffer()
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
}

function listingForm(fields: Record<string, string | File | Array<string | File>> = {}) {
  const form = new FormData()
  const base: Record<string, string> = {
    nameVi: 'Kẹo dừa sáp Mỏ Cày',
    groupId: '1',
    subgroupId: '1.3.3',
    descriptionVi: 'Kẹo dừa **sáp**\n\n- Không chất bảo quản',
    unit: 'hộp 400 g',
    minOrderQuantity: '50',
    'tiers[0].minQuantity': '50',
    'tiers[0].priceVnd': '42.000',
    'tiers[1].minQuantity': '500',
    'tiers[1].priceVnd': '39.000',
    standards: 'HACCP',
    samplesAvailable: 'on',
    exportMarkets: 'Hàn Quốc, Úc',
  }
  for (const [name, value] of Object.entries({ ...base, ...fields })) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  return form
}

function post(url: string, who: Producer, body: FormData | URLSearchParams) {
  return new Request(`http://localhost${url}`, { method: 'POST', body, headers: { Cookie: who.cookie } })
}

/** Remix's `data(value, init)` result, as an action returns it. */
type DataResult = { data: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }; init: { status: number } }

const storedFiles = async () => (existsSync(path.join(storage, 'products')) ? readdir(path.join(storage, 'products')) : [])

describe('the editor action', () => {
  it('answers invalid tiers with 400, the errors on the fields and every submitted value kept', async () => {
    const who = await producer('htx-a')
    const result = (await newAction({
      request: post('/nha-san-xuat/san-pham/moi', who, listingForm({ 'tiers[1].minQuantity': '40', 'tiers[1].priceVnd': '45.000' })),
      params: {},
      context: {},
    })) as unknown as DataResult
    expect(result.init.status).toBe(400)
    expect(result.data.status).toBe('error')
    expect(result.data.error).toEqual({
      'tiers[1].minQuantity': ['Số lượng của mức sau phải lớn hơn mức trước'],
      'tiers[1].priceVnd': ['Giá của mức sau không được cao hơn mức trước'],
    })
    expect(result.data.initialValue).toEqual({
      nameVi: 'Kẹo dừa sáp Mỏ Cày',
      groupId: '1',
      subgroupId: '1.3.3',
      // A multipart body carries line breaks as CRLF, as browsers send a textarea.
      descriptionVi: expect.stringMatching(/^Kẹo dừa \*\*sáp\*\*\r?\n\r?\n- Không chất bảo quản$/),
      unit: 'hộp 400 g',
      minOrderQuantity: '50',
      tiers: [
        { minQuantity: '50', priceVnd: '42.000' },
        { minQuantity: '40', priceVnd: '45.000' },
      ],
      standards: 'HACCP',
      samplesAvailable: 'on',
      exportMarkets: 'Hàn Quốc, Úc',
    })
    expect(await prisma.product.count()).toBe(0)
  })

  it('refuses an oversized photo next to the photo field, stores nothing and keeps the rest', async () => {
    const who = await producer('htx-b')
    const big = new File([new Uint8Array(MAX_PHOTO_BYTES + 10)], 'qua-lon.jpg', { type: 'image/jpeg' })
    const result = (await newAction({
      request: post('/nha-san-xuat/san-pham/moi', who, listingForm({ newPhotos: [await jpeg('#166140', 'nho.jpg'), big] })),
      params: {},
      context: {},
    })) as unknown as DataResult
    expect(result.init.status).toBe(400)
    expect(result.data.error).toEqual({ newPhotos: ['Ảnh “qua-lon.jpg” vượt quá 8 MB'] })
    expect(result.data.initialValue).toMatchObject({ nameVi: 'Kẹo dừa sáp Mỏ Cày', tiers: [{ priceVnd: '42.000' }, { priceVnd: '39.000' }] })
    expect(await prisma.product.count()).toBe(0)
    expect(await storedFiles()).toEqual([])
  })

  it('refuses a photo that is not an image by its content, naming the file', async () => {
    const who = await producer('htx-c')
    const fake = new File([new TextEncoder().encode('<html><script>alert(1)</script></html>')], 'anh.jpg', { type: 'image/jpeg' })
    const result = (await newAction({
      request: post('/nha-san-xuat/san-pham/moi', who, listingForm({ newPhotos: [await jpeg('#166140', 'that.jpg'), fake] })),
      params: {},
      context: {},
    })) as unknown as DataResult
    expect(result.init.status).toBe(400)
    expect(result.data.error).toEqual({ newPhotos: ['“anh.jpg”: Chỉ nhận ảnh JPEG, PNG hoặc WebP'] })
    expect(await prisma.product.count()).toBe(0)
    expect(await storedFiles()).toEqual([]) // the good photo processed before it was removed again
  })

  it('creates and publishes a listing with its photos in one go, then redirects to its editor', async () => {
    const who = await producer('htx-d')
    const response = (await newAction({
      request: post(
        '/nha-san-xuat/san-pham/moi',
        who,
        listingForm({ intent: 'publish', newPhotos: [await jpeg('#166140', '1.jpg'), await jpeg('#80d0a3', '2.jpg'), await jpeg('#9a530a', '3.jpg')] }),
      ),
      params: {},
      context: {},
    })) as Response
    expect(response.status).toBe(302)
    const product = await prisma.product.findFirstOrThrow({ include: { images: { orderBy: { position: 'asc' } }, priceTiers: { orderBy: { minQuantity: 'asc' } } } })
    expect(response.headers.get('Location')).toBe(`/nha-san-xuat/san-pham/${product.id}?thong-bao=da-dang`)
    expect(product).toMatchObject({ slug: 'keo-dua-sap-mo-cay', status: 'PUBLISHED', samplesAvailable: true, standards: ['HACCP'], exportMarkets: ['Hàn Quốc', 'Úc'], subgroupId: '1.3.3' })
    expect(product.priceTiers.map((tier) => [tier.minQuantity, tier.priceVnd])).toEqual([
      [50, 42000],
      [500, 39000],
    ])
    expect(product.images.map((image) => [image.position, image.isCover, image.width])).toEqual([
      [0, true, 900],
      [1, false, 900],
      [2, false, 900],
    ])
    expect((await storedFiles()).sort()).toEqual(product.images.map((image) => path.basename(image.path)).sort())
    // Create and publish: two outbox rows, both committed with the listing.
    expect(await prisma.searchOutbox.count({ where: { entityId: product.id } })).toBe(2)
  })

  it('lets an unverified producer save a draft but not publish, with a clear message', async () => {
    const who = await producer('htx-e', 'PENDING')
    const refused = (await newAction({ request: post('/nha-san-xuat/san-pham/moi', who, listingForm({ intent: 'publish' })), params: {}, context: {} })) as unknown as DataResult
    expect(refused.init.status).toBe(400)
    expect(refused.data.error).toEqual({ '': ['Hồ sơ nhà sản xuất cần được xác minh trước khi đăng bán sản phẩm'] })
    expect(await prisma.product.count()).toBe(0)
    const saved = (await newAction({ request: post('/nha-san-xuat/san-pham/moi', who, listingForm({ intent: 'save' })), params: {}, context: {} })) as Response
    expect(saved.status).toBe(302)
    expect((await prisma.product.findFirstOrThrow()).status).toBe('DRAFT')
  })

  it('applies a list intent without JavaScript (add a tier) and saves nothing', async () => {
    const who = await producer('htx-f')
    const form = listingForm({ __intent__: JSON.stringify({ type: 'insert', payload: { name: 'tiers' } }) })
    const result = (await newAction({ request: post('/nha-san-xuat/san-pham/moi', who, form), params: {}, context: {} })) as unknown as DataResult
    expect(result.init.status).toBe(200)
    expect((result.data.initialValue as { tiers: unknown[] }).tiers).toHaveLength(3)
    expect(await prisma.product.count()).toBe(0)
  })

  it('answers 404 for another producer’s listing, on the page and on the action, and changes nothing', async () => {
    const owner = await producer('chu-so-huu')
    const intruder = await producer('ke-la')
    const created = await saveListing(owner.actor, { input: { ...baseInput }, photos: { keep: [], added: [] } })
    if (!created.ok) throw new Error('setup')
    const request = new Request(`http://localhost/nha-san-xuat/san-pham/${created.id}`, { headers: { Cookie: intruder.cookie } })
    await expect(editLoader({ request, params: { id: created.id }, context: {} })).rejects.toMatchObject({ status: 404 })
    await expect(
      editAction({ request: post(`/nha-san-xuat/san-pham/${created.id}`, intruder, listingForm({ nameVi: 'Bị sửa trộm' })), params: { id: created.id }, context: {} }),
    ).rejects.toMatchObject({ status: 404 })
    expect((await prisma.product.findUniqueOrThrow({ where: { id: created.id } })).nameVi).toBe('Kẹo dừa sáp')
  })
})

const baseInput = {
  nameVi: 'Kẹo dừa sáp',
  groupId: '1',
  descriptionVi: '',
  unit: 'hộp',
  minOrderQuantity: 20,
  samplesAvailable: false,
  standards: [],
  exportMarkets: [],
  tiers: [{ minQuantity: 20, priceVnd: 45000 }],
}

describe('photos of a saved listing', () => {
  it('reorders, changes the cover, removes (deleting the file) and appends, all in one save', async () => {
    const who = await producer('htx-anh')
    const created = await saveListing(who.actor, {
      input: baseInput,
      photos: { keep: [], added: [await jpeg('#111111', 'a.jpg'), await jpeg('#222222', 'b.jpg'), await jpeg('#333333', 'c.jpg')] },
    })
    if (!created.ok) throw new Error('setup')
    const [a, b, c] = await prisma.productImage.findMany({ where: { productId: created.id }, orderBy: { position: 'asc' } })
    // Through the edit action, as the form sends it: c first, a second, b removed, c the cover, one new photo.
    const form = listingForm({ 'photos[0].id': c.id, 'photos[1].id': a.id, cover: c.id, newPhotos: [await jpeg('#444444', 'd.jpg')] })
    const response = (await editAction({ request: post(`/nha-san-xuat/san-pham/${created.id}`, who, form), params: { id: created.id }, context: {} })) as Response
    expect(response.headers.get('Location')).toBe(`/nha-san-xuat/san-pham/${created.id}?thong-bao=da-luu`)
    const after = await prisma.productImage.findMany({ where: { productId: created.id }, orderBy: { position: 'asc' } })
    expect(after.map((image) => image.id).slice(0, 2)).toEqual([c.id, a.id])
    expect(after.map((image) => image.isCover)).toEqual([true, false, false])
    expect(after).toHaveLength(3)
    expect(existsSync(path.join(storage, b.path))).toBe(false)
    expect(existsSync(path.join(storage, after[2].path))).toBe(true)
  })

  it('ignores photo ids of another product in the kept list', async () => {
    const who = await producer('htx-anh-2')
    const other = await producer('htx-khac')
    const theirs = await saveListing(other.actor, { input: baseInput, photos: { keep: [], added: [await jpeg('#555555', 'x.jpg')] } })
    const mine = await saveListing(who.actor, { input: { ...baseInput, nameVi: 'Mứt dừa' }, photos: { keep: [], added: [] } })
    if (!theirs.ok || !mine.ok) throw new Error('setup')
    const [foreign] = await prisma.productImage.findMany({ where: { productId: theirs.id } })
    await saveListing(who.actor, { id: mine.id, input: { ...baseInput, nameVi: 'Mứt dừa' }, photos: { keep: [foreign.id], cover: foreign.id, added: [] } })
    expect(await prisma.productImage.count({ where: { productId: mine.id } })).toBe(0)
    expect(await prisma.productImage.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ productId: theirs.id })
  })

  it('gives a duplicate its own copies of the photos, and deleting a listing removes its files only', async () => {
    const who = await producer('htx-ban-sao')
    const created = await saveListing(who.actor, { input: baseInput, photos: { keep: [], added: [await jpeg('#666666', 'a.jpg')] } })
    if (!created.ok) throw new Error('setup')
    const copy = await duplicateProduct(who.actor, created.id)
    const [original] = await prisma.productImage.findMany({ where: { productId: created.id } })
    const [copied] = await prisma.productImage.findMany({ where: { productId: copy.id } })
    expect(copied.path).not.toBe(original.path)
    expect(copied.isCover).toBe(true)
    await deleteProduct(who.actor, created.id)
    expect(existsSync(path.join(storage, original.path))).toBe(false)
    expect(existsSync(path.join(storage, copied.path))).toBe(true)
  })
})

describe('the listings table', () => {
  it('shows only the producer’s own listings with views, inquiries received and certificate status', async () => {
    const who = await producer('htx-bang')
    const other = await producer('htx-khac-2')
    const listed = await saveListing(who.actor, { input: baseInput, photos: { keep: [], added: [] }, publish: true })
    await saveListing(other.actor, { input: { ...baseInput, nameVi: 'Không phải của tôi' }, photos: { keep: [], added: [] } })
    if (!listed.ok) throw new Error('setup')
    await prisma.product.update({ where: { id: listed.id }, data: { viewCount: 42 } })
    const buyer = await prisma.buyerOrganisation.create({ data: { slug: 'nha-phan-phoi', name: 'Nhà phân phối', type: 'DISTRIBUTOR' } })
    const buyerUser = await prisma.user.create({ data: { email: 'mua@vi.du', passwordHash: 'x', name: 'Mua', role: 'BUYER', buyerOrgId: buyer.id } })
    for (let i = 0; i < 3; i++) {
      await prisma.inquiry.create({
        data: { buyerOrgId: buyer.id, producerId: who.actor.producerId!, productId: listed.id, createdById: buyerUser.id, subject: `Hỏi giá ${i}`, quantity: 100, unit: 'hộp' },
      })
    }
    await prisma.certificate.create({
      data: {
        producerId: who.actor.producerId!,
        productId: listed.id,
        stars: 4,
        certificateNumber: '2025/OCOP-0042',
        decisionNumber: '12/QĐ-UBND',
        decisionDate: new Date('2025-09-01'),
        issuingLevel: 'PROVINCE',
        issuingAuthority: 'UBND tỉnh Vĩnh Long',
        issuedAt: new Date('2025-09-01'),
        expiresAt: new Date('2028-09-01'),
        status: 'VERIFIED',
      },
    })
    const page = await listOwnProducts(who.actor, 1)
    expect(page.total).toBe(1)
    expect(page.products).toEqual([
      expect.objectContaining({ id: listed.id, status: 'PUBLISHED', viewCount: 42, inquiryCount: 3, certificate: { status: 'valid', stars: 4 } }),
    ])

    const loaded = await listLoader({ request: new Request('http://localhost/nha-san-xuat/san-pham?page=7', { headers: { Cookie: who.cookie } }), params: {}, context: {} })
    expect(loaded).toMatchObject({ hasProfile: true, page: 1, pageCount: 1, total: 1 })
  })

  it('publishes and archives in bulk (only the producer’s own), refuses publishing for an unverified producer', async () => {
    const who = await producer('htx-loat')
    const other = await producer('htx-loat-khac')
    const ids: string[] = []
    for (const name of ['Kẹo dừa một', 'Kẹo dừa hai']) {
      const saved = await saveListing(who.actor, { input: { ...baseInput, nameVi: name }, photos: { keep: [], added: [] } })
      if (saved.ok) ids.push(saved.id)
    }
    const theirs = await saveListing(other.actor, { input: baseInput, photos: { keep: [], added: [] } })
    if (!theirs.ok) throw new Error('setup')
    const body = new URLSearchParams([['intent', 'publish'], ...[...ids, theirs.id].map((id) => ['ids', id])])
    const published = (await listAction({ request: post('/nha-san-xuat/san-pham', who, body), params: {}, context: {} })) as Response
    expect(published.headers.get('Location')).toBe('/nha-san-xuat/san-pham?thong-bao=da-dang&so-luong=2')
    expect(await prisma.product.count({ where: { status: 'PUBLISHED' } })).toBe(2)
    expect((await prisma.product.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('DRAFT')

    const none = (await listAction({ request: post('/nha-san-xuat/san-pham', who, new URLSearchParams({ intent: 'archive' })), params: {}, context: {} })) as unknown as {
      data: { error: string }
      init: { status: number }
    }
    expect(none).toMatchObject({ init: { status: 400 }, data: { error: 'Hãy chọn ít nhất một sản phẩm' } })

    const pending = await producer('htx-cho-duyet', 'PENDING')
    const draft = await saveListing(pending.actor, { input: baseInput, photos: { keep: [], added: [] } })
    if (!draft.ok) throw new Error('setup')
    const refused = (await listAction({
      request: post('/nha-san-xuat/san-pham', pending, new URLSearchParams({ intent: 'publish', ids: draft.id })),
      params: {},
      context: {},
    })) as unknown as { data: { error: string }; init: { status: number } }
    expect(refused).toMatchObject({ init: { status: 400 }, data: { error: expect.stringContaining('xác minh') } })
  })
})

describe('CSV import page', () => {
  it('imports nothing from a file with a bad row and reports it; imports a clean file and redirects', async () => {
    const who = await producer('htx-csv')
    const upload = (text: string) => {
      const form = new FormData()
      form.append('file', new File([text], 'san-pham.csv', { type: 'text/csv' }))
      return post('/nha-san-xuat/san-pham/nhap-csv', who, form)
    }
    const header = 'nameVi,groupId,subgroupId,unit,minOrderQuantity,priceTiers'
    const bad = (await importAction({
      request: upload([header, 'Bánh phồng sữa,1,1.3.2,gói,50,50:30000;500:27000', 'Chiếu cói,4,1.3.3,chiếc,10,10:90000'].join('\n')),
      params: {},
      context: {},
    })) as unknown as { data: { errors: unknown[] }; init: { status: number } }
    expect(bad.init.status).toBe(400)
    expect(bad.data.errors).toEqual([{ row: 3, column: 'subgroupId', message: 'Phân nhóm không thuộc nhóm sản phẩm đã chọn' }])
    expect(await prisma.product.count()).toBe(0)

    const good = (await importAction({ request: upload([header, 'Bánh phồng sữa,1,1.3.2,gói,50,50:30000;500:27000'].join('\r\n')), params: {}, context: {} })) as Response
    expect(good.headers.get('Location')).toBe('/nha-san-xuat/san-pham?thong-bao=da-nhap&so-luong=1')
    expect(await prisma.product.count({ where: { producerId: who.actor.producerId!, status: 'DRAFT' } })).toBe(1)
  })

  it('says so when the file is not UTF-8 text', async () => {
    const who = await producer('htx-csv-2')
    const form = new FormData()
    form.append('file', new File([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xff, 0xfe, 0x0a])], 'excel.csv', { type: 'text/csv' }))
    const result = (await importAction({ request: post('/nha-san-xuat/san-pham/nhap-csv', who, form), params: {}, context: {} })) as unknown as {
      data: { fileError: string }
      init: { status: number }
    }
    expect(result.init.status).toBe(400)
    expect(result.data.fileError).toContain('UTF-8')
  })
})
