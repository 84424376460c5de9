// The editor's schema as Conform runs it (parseWithZod with its coercion), on both sides.
import { parseWithZod } from '@conform-to/zod'
import { describe, expect, it } from 'vitest'
import { productEditorSchema, subgroupChoices, type TaxonomyGroup } from './editor-schema'
import { MAX_PHOTO_BYTES } from './photo-limits'

const taxonomy: TaxonomyGroup[] = [
  {
    id: '1',
    slug: 'thuc-pham',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    categories: [
      { id: '1.3', nameVi: 'Thực phẩm chế biến', nameEn: 'Processed food', subgroups: [{ id: '1.3.3', nameVi: 'Chế biến từ rau, củ, quả, hạt', nameEn: 'Fruit products' }] },
      { id: '1.6', nameVi: 'Cà phê, ca cao', nameEn: 'Coffee, cocoa', subgroups: [] },
    ],
  },
  { id: '4', slug: 'thu-cong-my-nghe', nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', categories: [{ id: '4.1', nameVi: 'Gia dụng', nameEn: 'Household', subgroups: [] }] },
]
const schema = productEditorSchema(taxonomy)

function form(fields: Record<string, string | string[] | File[]>) {
  const data = new FormData()
  const base = { nameVi: 'Kẹo dừa sáp', groupId: '1', unit: 'hộp', minOrderQuantity: '50', 'tiers[0].minQuantity': '50', 'tiers[0].priceVnd': '42000' }
  for (const [name, value] of Object.entries({ ...base, ...fields })) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item)
  }
  return data
}

/** The field errors of a submission (null when it passed). */
function errorsOf(data: FormData) {
  const submission = parseWithZod(data, { schema })
  return submission.status === 'success' ? null : submission.error
}

const file = (bytes: number, name = 'anh.jpg', type = 'image/jpeg') => new File([new Uint8Array(bytes)], name, { type })

describe('productEditorSchema', () => {
  it('reads prices and quantities typed the Vietnamese way ("45.000", "1.000")', () => {
    const submission = parseWithZod(
      form({ minOrderQuantity: '1.000', 'tiers[0].minQuantity': '1.000', 'tiers[0].priceVnd': '45.000', 'tiers[1].minQuantity': '10 000', 'tiers[1].priceVnd': '42.500 ₫' }),
      { schema },
    )
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.minOrderQuantity).toBe(1000)
    expect(submission.value.tiers).toEqual([
      { minQuantity: 1000, priceVnd: 45000 },
      { minQuantity: 10000, priceVnd: 42500 },
    ])
  })

  it('puts tier errors on the offending field, in Vietnamese', () => {
    expect(errorsOf(form({ 'tiers[1].minQuantity': '40', 'tiers[1].priceVnd': '45000' }))).toEqual({
      'tiers[1].minQuantity': ['Số lượng của mức sau phải lớn hơn mức trước'],
      'tiers[1].priceVnd': ['Giá của mức sau không được cao hơn mức trước'],
    })
    expect(errorsOf(form({ 'tiers[1].minQuantity': '', 'tiers[1].priceVnd': 'abc' }))).toEqual({ 'tiers[1].minQuantity': ['Nhập số lượng'], 'tiers[1].priceVnd': ['Nhập giá bằng số đồng'] })
  })

  it('reports photo problems together with the other fields’ errors', () => {
    expect(errorsOf(form({ nameVi: '', newPhotos: [file(MAX_PHOTO_BYTES + 1, 'qua-lon.png', 'image/png')] }))).toEqual({ nameVi: ['Nhập tên sản phẩm'], newPhotos: ['Ảnh “qua-lon.png” vượt quá 8 MB'] })
  })

  it('accepts a subgroup of the chosen group (or a category without subgroups) and refuses another group’s', () => {
    expect(subgroupChoices(taxonomy[0])).toEqual(['1.3.3', '1.6'])
    expect(parseWithZod(form({ subgroupId: '1.6' }), { schema }).status).toBe('success')
    expect(errorsOf(form({ subgroupId: '4.1' }))).toEqual({ subgroupId: ['Phân nhóm không thuộc nhóm sản phẩm đã chọn'] })
    expect(errorsOf(form({ groupId: '9' }))).toEqual({ groupId: ['Chọn nhóm sản phẩm OCOP'] })
  })

  it('refuses an oversized photo by name, ignores an empty file input, and counts saved photos against the limit of 8', () => {
    expect(errorsOf(form({ newPhotos: [file(1000, 'nho.jpg'), file(MAX_PHOTO_BYTES + 1, 'qua-lon.png', 'image/png')] }))).toEqual({ newPhotos: ['Ảnh “qua-lon.png” vượt quá 8 MB'] })

    const nothingChosen = parseWithZod(form({ newPhotos: [new File([], '')] }), { schema })
    expect(nothingChosen.status).toBe('success')
    if (nothingChosen.status === 'success') expect(nothingChosen.value.newPhotos).toEqual([])

    const saved = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`photos[${i}].id`, `anh${i}`]))
    expect(errorsOf(form({ ...saved, newPhotos: [file(10, 'a.jpg'), file(10, 'b.jpg')] }))).toEqual({ newPhotos: ['Mỗi sản phẩm có tối đa 8 ảnh: chỉ còn chỗ cho 1 ảnh'] })
  })

  it('keeps what was typed in the reply of a failed submission (files excluded)', () => {
    const submission = parseWithZod(form({ descriptionVi: 'Thơm **béo**', 'tiers[1].minQuantity': '10', 'tiers[1].priceVnd': '1' }), { schema })
    expect(submission.reply().initialValue).toMatchObject({
      nameVi: 'Kẹo dừa sáp',
      descriptionVi: 'Thơm **béo**',
      tiers: [
        { minQuantity: '50', priceVnd: '42000' },
        { minQuantity: '10', priceVnd: '1' },
      ],
    })
  })
})
