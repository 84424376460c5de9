// CSV import and export of listings. Import is all-or-nothing: every row is validated first and a
// file with any bad row imports nothing, with a row-by-row report; a clean file is one transaction.
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { prisma } from '~/utils/db.server'
import { parseCsvObjects, toCsv } from '~/utils/csv'
import { createProduct } from './products.server'
import { CSV_COLUMNS, MAX_IMPORT_ROWS, type RowError } from './csv-format'
import { ProductSchema, STANDARDS, type ProductInput } from './schemas'

export { CSV_COLUMNS, MAX_IMPORT_ROWS, type RowError }

/** "10:45000; 100:42000" → tiers. */
function parseTiers(value: string) {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [quantity, price] = part.split(':').map((s) => s.trim())
      return { minQuantity: quantity ?? '', priceVnd: price ?? '' }
    })
}

function rowToForm(record: Record<string, string>) {
  return {
    nameVi: record.nameVi,
    nameEn: record.nameEn,
    groupId: record.groupId,
    subgroupId: record.subgroupId,
    unit: record.unit,
    packaging: record.packaging,
    minOrderQuantity: record.minOrderQuantity,
    monthlyCapacity: record.monthlyCapacity,
    shelfLifeDays: record.shelfLifeDays,
    leadTimeDays: record.leadTimeDays,
    samplesAvailable: ['có', 'co', 'yes', 'true', '1', 'x'].includes((record.samplesAvailable ?? '').toLowerCase()),
    standards: (record.standards ?? '')
      .split(';')
      .map((s) => s.trim().toUpperCase().replace(/[\s-]+/g, '_'))
      .filter(Boolean),
    exportMarkets: record.exportMarkets ? record.exportMarkets.split(';').join(',') : '',
    tiers: parseTiers(record.priceTiers ?? ''),
    descriptionVi: record.descriptionVi ?? '',
  }
}

export async function validateProductCsv(csv: string) {
  const { header, records } = parseCsvObjects(csv)
  const errors: RowError[] = []
  const missingColumns = ['nameVi', 'groupId', 'unit', 'minOrderQuantity', 'priceTiers'].filter((c) => !header.includes(c))
  if (missingColumns.length) {
    return { rows: [], errors: [{ row: 1, column: missingColumns.join(', '), message: 'Thiếu cột bắt buộc' }] }
  }
  if (records.length === 0) return { rows: [], errors: [{ row: 2, column: '', message: 'Tệp không có dòng dữ liệu nào' }] }
  if (records.length > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ row: MAX_IMPORT_ROWS + 2, column: '', message: `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập` }] }
  }
  const groups = new Set((await prisma.productCategory.findMany({ select: { id: true } })).map((c) => c.id))
  const rows: ProductInput[] = []
  records.forEach((record, index) => {
    const rowNumber = index + 2 // line 1 is the header
    const parsed = ProductSchema.safeParse(rowToForm(record))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] === 'tiers' ? 'priceTiers' : String(issue.path[0] ?? '')
        const unknownStandard = column === 'standards' ? ` (cho phép: ${STANDARDS.join(', ')})` : ''
        errors.push({ row: rowNumber, column, message: issue.message + unknownStandard })
      }
      return
    }
    if (!groups.has(parsed.data.groupId)) errors.push({ row: rowNumber, column: 'groupId', message: 'Mã nhóm sản phẩm OCOP không tồn tại' })
    if (parsed.data.subgroupId && !groups.has(parsed.data.subgroupId))
      errors.push({ row: rowNumber, column: 'subgroupId', message: 'Mã phân nhóm không tồn tại' })
    // Codes are hierarchical ("1.3.3" sits under group "1"), so membership is a prefix check.
    else if (parsed.data.subgroupId && !parsed.data.subgroupId.startsWith(`${parsed.data.groupId}.`))
      errors.push({ row: rowNumber, column: 'subgroupId', message: 'Phân nhóm không thuộc nhóm sản phẩm đã chọn' })
    rows.push(parsed.data)
  })
  return { rows, errors }
}

export async function importProductCsv(actor: Actor, csv: string) {
  requirePermission(actor, 'create:product', { producerId: actor.producerId })
  const { rows, errors } = await validateProductCsv(csv)
  if (errors.length) return { ok: false as const, errors }
  const created = await prisma.$transaction(
    async (tx) => {
      const ids: string[] = []
      for (const row of rows) ids.push((await createProduct(actor, row, tx)).id)
      return ids
    },
    { timeout: 60_000 },
  )
  return { ok: true as const, created: created.length }
}

export async function exportProductCsv(actor: Actor) {
  requirePermission(actor, 'update:product', { producerId: actor.producerId })
  const products = await prisma.product.findMany({
    where: { producerId: actor.producerId! },
    include: { priceTiers: { orderBy: { minQuantity: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  })
  return toCsv(
    [...CSV_COLUMNS, 'status', 'slug'],
    products.map((p) => [
      p.nameVi,
      p.nameEn ?? '',
      p.groupId,
      p.subgroupId ?? '',
      p.unit,
      p.packaging ?? '',
      p.minOrderQuantity,
      p.monthlyCapacity ?? '',
      p.shelfLifeDays ?? '',
      p.leadTimeDays ?? '',
      p.samplesAvailable ? 'có' : 'không',
      p.standards.join(';'),
      p.exportMarkets.join(';'),
      p.priceTiers.map((t) => `${t.minQuantity}:${t.priceVnd}`).join(';'),
      p.descriptionVi,
      p.status,
      p.slug,
    ]),
  )
}

/** Example rows of the downloadable import template (valid: the template imports as it is). */
export const CSV_TEMPLATE_ROWS: Array<Partial<Record<(typeof CSV_COLUMNS)[number], string>>> = [
  {
    nameVi: 'Kẹo dừa sáp Mỏ Cày',
    nameEn: 'Mo Cay soft coconut candy',
    groupId: '1',
    subgroupId: '1.3.3',
    unit: 'hộp 400 g',
    packaging: 'Thùng 40 hộp',
    minOrderQuantity: '50',
    monthlyCapacity: '5000',
    shelfLifeDays: '180',
    leadTimeDays: '5',
    samplesAvailable: 'có',
    standards: 'HACCP;TRACEABILITY_QR',
    exportMarkets: 'Hàn Quốc;Úc',
    priceTiers: '50:42000;500:39000;2000:36500',
    descriptionVi: 'Kẹo dừa **sáp** thơm béo, làm từ dừa tươi.\n\n- Không chất bảo quản\n- Đóng hộp giấy',
  },
  {
    nameVi: 'Chiếu cói Định Yên',
    groupId: '4',
    subgroupId: '4.1',
    unit: 'chiếc',
    minOrderQuantity: '10',
    samplesAvailable: 'không',
    priceTiers: '10:90000;100:82000',
  },
]
