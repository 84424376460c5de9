// The few reference rows most tests need after resetDatabase(): provinces (current and former)
// and top-level product groups, so products and producers satisfy their foreign keys.
import type { PrismaClient } from '../../app/generated/prisma/client.ts'

export const REFERENCE_PROVINCES = [
  { id: '86', name: 'Vĩnh Long', slug: 'vinh-long', level: 'PROVINCE' as const },
  { id: '82', name: 'Cần Thơ', slug: 'can-tho', level: 'PROVINCE' as const },
  { id: 'F83', name: 'Bến Tre', slug: 'ben-tre', level: 'PROVINCE' as const, successorId: '86', validTo: new Date('2025-06-30') },
]

export const REFERENCE_GROUPS = [
  { id: '1', level: 'GROUP' as const, nameVi: 'Thực phẩm', nameEn: 'Food', slug: 'thuc-pham', position: 0 },
  { id: '2', level: 'GROUP' as const, nameVi: 'Đồ uống', nameEn: 'Beverages', slug: 'do-uong', position: 1 },
  { id: '4', level: 'GROUP' as const, nameVi: 'Hàng thủ công mỹ nghệ', nameEn: 'Handicrafts', slug: 'thu-cong-my-nghe', position: 3 },
]

/** Idempotent: safe to call in every beforeEach. */
export async function createReferenceData(prisma: PrismaClient) {
  await prisma.administrativeUnit.createMany({ data: REFERENCE_PROVINCES.filter((p) => !p.successorId), skipDuplicates: true })
  await prisma.administrativeUnit.createMany({ data: REFERENCE_PROVINCES.filter((p) => p.successorId), skipDuplicates: true })
  await prisma.productCategory.createMany({ data: REFERENCE_GROUPS, skipDuplicates: true })
}
