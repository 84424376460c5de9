// The few reference rows most tests need after resetDatabase(): provinces (current and former)
// and top-level product groups, so products and producers satisfy their foreign keys.
import type { PrismaClient } from '../../app/generated/prisma/client.ts'

export const REFERENCE_PROVINCES = [
  { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' as const },
  { id: '82', name: 'Đồng Tháp', slug: 'dong-thap', level: 'PROVINCE' as const },
  { id: '92', name: 'Cần Thơ', slug: 'can-tho', level: 'PROVINCE' as const },
  { id: '96', name: 'Cà Mau', slug: 'ca-mau', level: 'PROVINCE' as const },
  { id: 'F83', name: 'Bến Tre', slug: 'ben-tre', level: 'PROVINCE' as const, successorId: '86', validTo: new Date('2025-06-30') },
]

/** Top-level groups, and under Food one category with two subgroups (for "same subgroup" rules). */
export const REFERENCE_GROUPS = [
  { id: '1', level: 'GROUP' as const, nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham', position: 0 },
  { id: '2', level: 'GROUP' as const, nameVi: 'Đồ uống', nameEn: 'Beverages', slug: 'do-uong', position: 1 },
  { id: '4', level: 'GROUP' as const, nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong-my-nghe', position: 3 },
  { id: '1.1', level: 'CATEGORY' as const, nameVi: 'Thực phẩm tươi sống', nameEn: 'Fresh food', slug: 'tuoi-song', parentId: '1', position: 0 },
  { id: '1.1.1', level: 'SUBGROUP' as const, nameVi: 'Rau, củ, quả', nameEn: 'Fruit and vegetables', slug: 'rau-cu-qua', parentId: '1.1', position: 0 },
  { id: '1.1.2', level: 'SUBGROUP' as const, nameVi: 'Kẹo', nameEn: 'Sweets', slug: 'keo', parentId: '1.1', position: 1 },
]

/** Idempotent: safe to call in every beforeEach. */
export async function createReferenceData(prisma: PrismaClient) {
  await prisma.administrativeUnit.createMany({ data: REFERENCE_PROVINCES.filter((p) => !p.successorId), skipDuplicates: true })
  await prisma.administrativeUnit.createMany({ data: REFERENCE_PROVINCES.filter((p) => p.successorId), skipDuplicates: true })
  // Parents before children: one createMany per level.
  for (const level of ['GROUP', 'CATEGORY', 'SUBGROUP'] as const) {
    await prisma.productCategory.createMany({ data: REFERENCE_GROUPS.filter((g) => g.level === level), skipDuplicates: true })
  }
}
