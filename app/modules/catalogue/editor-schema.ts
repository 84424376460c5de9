// The listing editor's form: ProductSchema plus the photo fields, one schema for the browser
// (Conform checks it before anything is uploaded) and the server (which checks it again).
// Client-safe: no database, no Node APIs.
import { z } from 'zod'
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_MIME_TYPES } from './photo-limits'
import { ProductSchema } from './schemas'

/** The official classification as the editor shows it: group → category → subgroup. */
export interface TaxonomyNode {
  id: string
  nameVi: string
  nameEn: string
}
export interface TaxonomyCategory extends TaxonomyNode {
  subgroups: TaxonomyNode[]
}
export interface TaxonomyGroup extends TaxonomyNode {
  slug: string
  categories: TaxonomyCategory[]
}

/** A product's subgroupId is the most specific node: a subgroup, or a category that has none. */
export function subgroupChoices(group: TaxonomyGroup | undefined): string[] {
  if (!group) return []
  return group.categories.flatMap((category) => (category.subgroups.length ? category.subgroups.map((s) => s.id) : [category.id]))
}

export function photoSizeLabel(bytes: number) {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File

const PhotoFieldsSchema = z
  .object({
    /** Saved photos in the order the producer wants them (ids of ProductImage rows). */
    photos: z.array(z.object({ id: z.string().min(1).max(40) })).default([]),
    cover: z.string().max(40).optional(),
    newPhotos: z.array(z.custom<File>(isFile, 'Tệp ảnh không hợp lệ')).default([]),
  })
  // Checked on its own side of the intersection, so photo errors show together with the others.
  .superRefine((value, ctx) => {
    const room = MAX_PHOTOS - value.photos.length
    if (value.newPhotos.length > room) {
      ctx.addIssue({
        code: 'custom',
        path: ['newPhotos'],
        message: room > 0 ? `Mỗi sản phẩm có tối đa ${MAX_PHOTOS} ảnh: chỉ còn chỗ cho ${room} ảnh` : `Mỗi sản phẩm có tối đa ${MAX_PHOTOS} ảnh`,
      })
      return
    }
    for (const file of value.newPhotos) {
      if (file.size > MAX_PHOTO_BYTES) {
        ctx.addIssue({ code: 'custom', path: ['newPhotos'], message: `Ảnh “${file.name}” vượt quá ${photoSizeLabel(MAX_PHOTO_BYTES)}` })
      } else if (file.size === 0) {
        ctx.addIssue({ code: 'custom', path: ['newPhotos'], message: `Tệp “${file.name}” trống` })
      } else if (file.type && !(PHOTO_MIME_TYPES as readonly string[]).includes(file.type)) {
        // The declared type is only a first hint for the browser; the server trusts the content.
        ctx.addIssue({ code: 'custom', path: ['newPhotos'], message: `“${file.name}”: chỉ nhận ảnh JPEG, PNG hoặc WebP` })
      }
    }
  })

export function productEditorSchema(taxonomy: TaxonomyGroup[]) {
  return ProductSchema.and(PhotoFieldsSchema).superRefine((value, ctx) => {
    const group = taxonomy.find((g) => g.id === value.groupId)
    if (!group) ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'Chọn nhóm sản phẩm OCOP' })
    else if (value.subgroupId && !subgroupChoices(group).includes(value.subgroupId)) {
      ctx.addIssue({ code: 'custom', path: ['subgroupId'], message: 'Phân nhóm không thuộc nhóm sản phẩm đã chọn' })
    }
  })
}

export type ProductEditorValue = z.infer<ReturnType<typeof productEditorSchema>>

/** The form as the browser holds it: every value a string, as typed. */
export type ProductEditorForm = {
  nameVi: string
  nameEn: string
  groupId: string
  subgroupId: string
  descriptionVi: string
  descriptionEn: string
  unit: string
  packaging: string
  minOrderQuantity: string
  monthlyCapacity: string
  shelfLifeDays: string
  leadTimeDays: string
  samplesAvailable: string
  standards: string[]
  exportMarkets: string
  tiers: Array<{ minQuantity: string; priceVnd: string }>
  photos: Array<{ id: string }>
  cover: string
  newPhotos: File[]
}

export type ProductEditorDefaults = Omit<ProductEditorForm, 'newPhotos'>
