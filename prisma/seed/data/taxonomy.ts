// OCOP product classification of the 2021–2025 programme (Decision 919/QĐ-TTg, 2022), used by the
// evaluation criteria of Decision 148/QĐ-TTg (2023): 6 groups (ngành) → categories (nhóm) →
// subgroups (phân nhóm). Some categories have no subgroups: there the category is the leaf, and a
// product's `subgroupId` points at it (the most specific official node).
export const TAXONOMY_VERSION = '919/2022'

export interface CategoryData {
  id: string
  nameVi: string
  nameEn: string
  slug: string
  children?: CategoryData[]
}

export const TAXONOMY: CategoryData[] = [
  {
    id: '1',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    slug: 'thuc-pham',
    children: [
      {
        id: '1.1',
        nameVi: 'Thực phẩm tươi sống',
        nameEn: 'Fresh food',
        slug: 'thuc-pham-tuoi-song',
        children: [
          { id: '1.1.1', nameVi: 'Rau, củ, quả, hạt tươi', nameEn: 'Fresh vegetables, fruit and nuts', slug: 'rau-cu-qua-hat-tuoi' },
          { id: '1.1.2', nameVi: 'Thịt, trứng, sữa tươi', nameEn: 'Fresh meat, eggs and milk', slug: 'thit-trung-sua-tuoi' },
        ],
      },
      {
        id: '1.2',
        nameVi: 'Thực phẩm thô, sơ chế',
        nameEn: 'Raw and minimally processed food',
        slug: 'thuc-pham-tho-so-che',
        children: [
          { id: '1.2.1', nameVi: 'Gạo, ngũ cốc', nameEn: 'Rice and cereals', slug: 'gao-ngu-coc' },
          { id: '1.2.2', nameVi: 'Mật ong, các sản phẩm từ mật ong, mật khác', nameEn: 'Honey, honey products and other syrups', slug: 'mat-ong-mat-khac' },
        ],
      },
      {
        id: '1.3',
        nameVi: 'Thực phẩm chế biến',
        nameEn: 'Processed food',
        slug: 'thuc-pham-che-bien',
        children: [
          { id: '1.3.1', nameVi: 'Đồ ăn nhanh', nameEn: 'Convenience food', slug: 'do-an-nhanh' },
          { id: '1.3.2', nameVi: 'Chế biến từ gạo, ngũ cốc', nameEn: 'Rice and cereal products', slug: 'che-bien-tu-gao-ngu-coc' },
          { id: '1.3.3', nameVi: 'Chế biến từ rau, củ, quả, hạt', nameEn: 'Fruit, vegetable and nut products', slug: 'che-bien-tu-rau-cu-qua-hat' },
          { id: '1.3.4', nameVi: 'Chế biến từ thịt, trứng, sữa', nameEn: 'Meat, egg and dairy products', slug: 'che-bien-tu-thit-trung-sua' },
          { id: '1.3.5', nameVi: 'Chế biến từ thủy, hải sản', nameEn: 'Fish and seafood products', slug: 'che-bien-tu-thuy-hai-san' },
        ],
      },
      {
        id: '1.4',
        nameVi: 'Gia vị',
        nameEn: 'Condiments and spices',
        slug: 'gia-vi',
        children: [
          { id: '1.4.1', nameVi: 'Tương, nước mắm, gia vị dạng lỏng khác', nameEn: 'Fish sauce, soy sauce and other liquid condiments', slug: 'tuong-nuoc-mam-gia-vi-long' },
          { id: '1.4.2', nameVi: 'Gia vị khác', nameEn: 'Other condiments and spices', slug: 'gia-vi-khac' },
        ],
      },
      {
        id: '1.5',
        nameVi: 'Chè',
        nameEn: 'Tea',
        slug: 'che',
        children: [
          { id: '1.5.1', nameVi: 'Chè tươi, chế biến', nameEn: 'Fresh and processed tea', slug: 'che-tuoi-che-bien' },
          { id: '1.5.2', nameVi: 'Các sản phẩm khác từ chè, trà', nameEn: 'Other tea and herbal infusion products', slug: 'san-pham-khac-tu-che-tra' },
        ],
      },
      { id: '1.6', nameVi: 'Cà phê, ca cao', nameEn: 'Coffee and cocoa', slug: 'ca-phe-ca-cao' },
    ],
  },
  {
    id: '2',
    nameVi: 'Đồ uống',
    nameEn: 'Beverages',
    slug: 'do-uong',
    children: [
      {
        id: '2.1',
        nameVi: 'Đồ uống có cồn',
        nameEn: 'Alcoholic beverages',
        slug: 'do-uong-co-con',
        children: [
          { id: '2.1.1', nameVi: 'Rượu trắng', nameEn: 'Rice and grain spirits', slug: 'ruou-trang' },
          { id: '2.1.2', nameVi: 'Đồ uống có cồn khác', nameEn: 'Other alcoholic beverages', slug: 'do-uong-co-con-khac' },
        ],
      },
      {
        id: '2.2',
        nameVi: 'Đồ uống không cồn',
        nameEn: 'Non-alcoholic beverages',
        slug: 'do-uong-khong-con',
        children: [
          { id: '2.2.1', nameVi: 'Nước khoáng thiên nhiên, nước uống đóng chai', nameEn: 'Natural mineral and bottled drinking water', slug: 'nuoc-khoang-nuoc-uong-dong-chai' },
          { id: '2.2.2', nameVi: 'Đồ uống không cồn khác', nameEn: 'Other non-alcoholic beverages', slug: 'do-uong-khong-con-khac' },
        ],
      },
    ],
  },
  {
    id: '3',
    nameVi: 'Dược liệu và sản phẩm từ dược liệu',
    nameEn: 'Herbs and herbal products',
    slug: 'duoc-lieu',
    children: [
      {
        id: '3.1',
        nameVi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
        nameEn: 'Health supplements, herbal and traditional medicines',
        slug: 'thuc-pham-chuc-nang-thuoc-duoc-lieu',
      },
      { id: '3.2', nameVi: 'Mỹ phẩm có thành phần từ thảo dược', nameEn: 'Cosmetics with herbal ingredients', slug: 'my-pham-thao-duoc' },
      { id: '3.3', nameVi: 'Tinh dầu và thảo dược khác', nameEn: 'Essential oils and other herbal products', slug: 'tinh-dau-thao-duoc-khac' },
    ],
  },
  {
    id: '4',
    nameVi: 'Hàng thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    slug: 'thu-cong-my-nghe',
    children: [
      { id: '4.1', nameVi: 'Thủ công mỹ nghệ gia dụng, trang trí', nameEn: 'Household and decorative handicrafts', slug: 'thu-cong-my-nghe-gia-dung-trang-tri' },
      { id: '4.2', nameVi: 'Vải, may mặc', nameEn: 'Textiles and garments', slug: 'vai-may-mac' },
    ],
  },
  {
    id: '5',
    nameVi: 'Sinh vật cảnh',
    nameEn: 'Ornamental plants and animals',
    slug: 'sinh-vat-canh',
    children: [
      { id: '5.1', nameVi: 'Hoa', nameEn: 'Flowers', slug: 'hoa' },
      { id: '5.2', nameVi: 'Cây cảnh', nameEn: 'Ornamental plants and bonsai', slug: 'cay-canh' },
      { id: '5.3', nameVi: 'Động vật cảnh', nameEn: 'Ornamental animals', slug: 'dong-vat-canh' },
    ],
  },
  {
    id: '6',
    nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    nameEn: 'Community tourism, eco-tourism and tourist sites',
    slug: 'du-lich',
    children: [
      {
        id: '6.1',
        nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        nameEn: 'Community tourism, eco-tourism and tourist sites',
        slug: 'dich-vu-du-lich-cong-dong-sinh-thai',
      },
    ],
  },
]

export interface FlatCategory {
  id: string
  level: 'GROUP' | 'CATEGORY' | 'SUBGROUP'
  nameVi: string
  nameEn: string
  slug: string
  parentId: string | null
  position: number
}

/** Parents before children, so rows can be inserted in this order. */
export function flattenTaxonomy(nodes: CategoryData[] = TAXONOMY): FlatCategory[] {
  const levels = ['GROUP', 'CATEGORY', 'SUBGROUP'] as const
  const rows: FlatCategory[] = []
  let layer = nodes.map((node, position) => ({ node, position, parentId: null as string | null }))
  for (let depth = 0; layer.length > 0; depth++) {
    const next: typeof layer = []
    for (const { node, position, parentId } of layer) {
      rows.push({ id: node.id, level: levels[depth], nameVi: node.nameVi, nameEn: node.nameEn, slug: node.slug, parentId, position })
      node.children?.forEach((child, index) => next.push({ node: child, position: index, parentId: node.id }))
    }
    layer = next
  }
  return rows
}

/** Leaves of the tree: the values a product's subgroupId may take. */
export function taxonomyLeaves(nodes: CategoryData[] = TAXONOMY): string[] {
  return nodes.flatMap((node) => (node.children?.length ? taxonomyLeaves(node.children) : [node.id]))
}

export function groupOf(categoryId: string): string {
  return categoryId.split('.')[0]
}
