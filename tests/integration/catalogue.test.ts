// Listings on a real database: outbox rows share the product's transaction, slugs stay unique,
// CSV import is all-or-nothing, and one producer cannot touch another's listing.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '~/modules/accounts/permissions'
import { exportProductCsv, importProductCsv } from '~/modules/catalogue/csv.server'
import { createProduct, getOwnProduct, setProductsStatus, updateProduct } from '~/modules/catalogue/products.server'
import type { ProductInput } from '~/modules/catalogue/schemas'
import { parseCsv } from '~/utils/csv'
import { prisma, resetDatabase } from '../helpers/db'

async function producerActor(slug: string, status: 'VERIFIED' | 'PENDING' = 'VERIFIED'): Promise<Actor> {
  const producer = await prisma.producer.create({ data: { slug, legalName: `Cơ sở ${slug}`, type: 'HOUSEHOLD', status } })
  const user = await prisma.user.create({ data: { email: `${slug}@vi.du`, passwordHash: 'x', name: slug, role: 'PRODUCER', producerId: producer.id } })
  return { id: user.id, role: 'PRODUCER', producerId: producer.id, buyerOrgId: null, organiserId: null, memberRole: 'OWNER' }
}

const listing = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  nameVi: 'Kẹo dừa sáp Bến Tre',
  groupId: '1',
  descriptionVi: 'Kẹo dừa **sáp** thơm béo',
  unit: 'hộp 500 g',
  minOrderQuantity: 20,
  samplesAvailable: true,
  standards: ['HACCP'],
  exportMarkets: [],
  tiers: [
    { minQuantity: 20, priceVnd: 45000 },
    { minQuantity: 200, priceVnd: 41000 },
  ],
  ...overrides,
})

beforeEach(async () => {
  await resetDatabase()
  await prisma.productCategory.createMany({
    data: [
      { id: '1', level: 'GROUP', nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham' },
      { id: '4', level: 'GROUP', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong-my-nghe' },
    ],
  })
})

describe('product writes and the search outbox', () => {
  it('writes one outbox row per change, in the same transaction', async () => {
    const actor = await producerActor('co-so-a')
    const product = await createProduct(actor, listing())
    await updateProduct(actor, product.id, listing({ nameVi: 'Kẹo dừa sữa Bến Tre' }))
    await setProductsStatus(actor, [product.id], 'PUBLISHED')
    const rows = await prisma.searchOutbox.findMany({ where: { entityId: product.id } })
    expect(rows).toHaveLength(3)
    expect(rows.every((row) => row.entity === 'PRODUCT' && row.processedAt === null)).toBe(true)
  })

  it('rolls the outbox row back with a failed product write', async () => {
    const actor = await producerActor('co-so-b')
    await expect(
      prisma.$transaction(async (tx) => {
        await createProduct(actor, listing(), tx)
        throw new Error('something later in the same transaction failed')
      }),
    ).rejects.toThrow('something later')
    expect(await prisma.product.count()).toBe(0)
    expect(await prisma.searchOutbox.count()).toBe(0)
  })

  it('gives readable, unique slugs from Vietnamese names', async () => {
    const actor = await producerActor('co-so-c')
    const a = await createProduct(actor, listing())
    const b = await createProduct(actor, listing())
    expect(a.slug).toBe('keo-dua-sap-ben-tre')
    expect(b.slug).toBe('keo-dua-sap-ben-tre-2')
  })

  it('lets only a verified producer publish', async () => {
    const actor = await producerActor('chua-xac-minh', 'PENDING')
    const product = await createProduct(actor, listing())
    expect(await setProductsStatus(actor, [product.id], 'PUBLISHED')).toMatchObject({ ok: false, message: expect.stringContaining('xác minh') })
  })

  it('hides another producer’s listing (404) and ignores it in bulk actions', async () => {
    const owner = await producerActor('chu-so-huu')
    const intruder = await producerActor('ke-la')
    const product = await createProduct(owner, listing())
    await expect(getOwnProduct(intruder, product.id)).rejects.toMatchObject({ status: 404 })
    await expect(updateProduct(intruder, product.id, listing({ nameVi: 'Bị sửa trộm' }))).rejects.toMatchObject({ status: 404 })
    expect(await setProductsStatus(intruder, [product.id], 'ARCHIVED')).toEqual({ ok: true, changed: 0 })
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe('DRAFT')
  })
})

describe('CSV import and export', () => {
  const header = 'nameVi,groupId,unit,minOrderQuantity,priceTiers,standards,samplesAvailable,descriptionVi'
  it('imports nothing from a file with a bad row and reports each problem by row and column', async () => {
    const actor = await producerActor('nhap-csv')
    const csv = [
      header,
      'Bánh phồng sữa Sơn Đốc,1,gói,50,50:30000;500:27000,VIETGAP,có,Giòn thơm',
      'Chiếu cói,4,chiếc,10,10:90000;5:80000,,không,',
      ',1,hộp,5,5:1000,,,',
      'Mật ong hoa dừa,9,chai,10,10:120000,ISO 22000,có,',
    ].join('\n')
    const result = await importProductCsv(actor, csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'priceTiers', message: 'Số lượng của mức sau phải lớn hơn mức trước' },
        { row: 4, column: 'nameVi', message: expect.any(String) },
        { row: 5, column: 'groupId', message: 'Mã nhóm sản phẩm OCOP không tồn tại' },
      ]),
    )
    expect(result.errors.some((error) => error.row === 2)).toBe(false)
    expect(await prisma.product.count()).toBe(0)
  })

  it('imports a clean file in one go and exports it back', async () => {
    const actor = await producerActor('nhap-csv-sach')
    const csv = [header, 'Bánh phồng sữa Sơn Đốc,1,gói,50,"50:30000; 500:27000",VIETGAP,có,"Giòn, thơm"', 'Chiếu cói Định Yên,4,chiếc,10,10:90000,,không,'].join('\r\n')
    expect(await importProductCsv(actor, csv)).toEqual({ ok: true, created: 2 })
    const exported = parseCsv(await exportProductCsv(actor))
    expect(exported).toHaveLength(3)
    expect(exported[1]).toEqual(expect.arrayContaining(['Bánh phồng sữa Sơn Đốc', '50:30000;500:27000', 'VIETGAP', 'có', 'Giòn, thơm']))
    expect(await prisma.searchOutbox.count()).toBe(2)
  })
})
