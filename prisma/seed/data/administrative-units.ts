// Administrative units after the 2025 reform (Resolution 202/2025/QH15: 34 provinces from
// 1 July 2025; districts abolished; communes rearranged, e.g. Resolution 1687/NQ-UBTVQH15 for
// Vĩnh Long). Codes of current provinces follow the national list (the merged province keeps the
// code of the province that hosts its capital). Former units keep an "F" + old code id.
//
// Communes: only a modest set, where the demo producers are. `code` is the official 5-digit code
// where we could check it (all of Vĩnh Long's, a few elsewhere); otherwise null and the row id
// falls back to "<province code>-<slug>" until someone loads the full national list.

export const REFORM_DATE = '2025-07-01'
export const FORMER_UNITS_VALID_TO = '2025-06-30'
export const MEKONG_DELTA = 'ĐBSCL'

export interface ProvinceData {
  id: string
  name: string
  /** "tỉnh" or "thành phố" (centrally governed city). */
  kind: 'tỉnh' | 'thành phố'
  slug: string
  region: string | null
  /** Pre-2025 provinces it was formed from (empty: unchanged by the reform). */
  formedFrom: string[]
}

export const PROVINCES: ProvinceData[] = [
  { id: '01', name: 'Hà Nội', kind: 'thành phố', slug: 'ha-noi', region: null, formedFrom: [] },
  { id: '04', name: 'Cao Bằng', kind: 'tỉnh', slug: 'cao-bang', region: null, formedFrom: [] },
  { id: '08', name: 'Tuyên Quang', kind: 'tỉnh', slug: 'tuyen-quang', region: null, formedFrom: ['Hà Giang', 'Tuyên Quang'] },
  { id: '11', name: 'Điện Biên', kind: 'tỉnh', slug: 'dien-bien', region: null, formedFrom: [] },
  { id: '12', name: 'Lai Châu', kind: 'tỉnh', slug: 'lai-chau', region: null, formedFrom: [] },
  { id: '14', name: 'Sơn La', kind: 'tỉnh', slug: 'son-la', region: null, formedFrom: [] },
  { id: '15', name: 'Lào Cai', kind: 'tỉnh', slug: 'lao-cai', region: null, formedFrom: ['Lào Cai', 'Yên Bái'] },
  { id: '19', name: 'Thái Nguyên', kind: 'tỉnh', slug: 'thai-nguyen', region: null, formedFrom: ['Bắc Kạn', 'Thái Nguyên'] },
  { id: '20', name: 'Lạng Sơn', kind: 'tỉnh', slug: 'lang-son', region: null, formedFrom: [] },
  { id: '22', name: 'Quảng Ninh', kind: 'tỉnh', slug: 'quang-ninh', region: null, formedFrom: [] },
  { id: '24', name: 'Bắc Ninh', kind: 'tỉnh', slug: 'bac-ninh', region: null, formedFrom: ['Bắc Giang', 'Bắc Ninh'] },
  { id: '25', name: 'Phú Thọ', kind: 'tỉnh', slug: 'phu-tho', region: null, formedFrom: ['Hòa Bình', 'Vĩnh Phúc', 'Phú Thọ'] },
  { id: '31', name: 'Hải Phòng', kind: 'thành phố', slug: 'hai-phong', region: null, formedFrom: ['Hải Dương', 'Hải Phòng'] },
  { id: '33', name: 'Hưng Yên', kind: 'tỉnh', slug: 'hung-yen', region: null, formedFrom: ['Thái Bình', 'Hưng Yên'] },
  { id: '37', name: 'Ninh Bình', kind: 'tỉnh', slug: 'ninh-binh', region: null, formedFrom: ['Hà Nam', 'Nam Định', 'Ninh Bình'] },
  { id: '38', name: 'Thanh Hóa', kind: 'tỉnh', slug: 'thanh-hoa', region: null, formedFrom: [] },
  { id: '40', name: 'Nghệ An', kind: 'tỉnh', slug: 'nghe-an', region: null, formedFrom: [] },
  { id: '42', name: 'Hà Tĩnh', kind: 'tỉnh', slug: 'ha-tinh', region: null, formedFrom: [] },
  { id: '44', name: 'Quảng Trị', kind: 'tỉnh', slug: 'quang-tri', region: null, formedFrom: ['Quảng Bình', 'Quảng Trị'] },
  { id: '46', name: 'Huế', kind: 'thành phố', slug: 'hue', region: null, formedFrom: [] },
  { id: '48', name: 'Đà Nẵng', kind: 'thành phố', slug: 'da-nang', region: null, formedFrom: ['Quảng Nam', 'Đà Nẵng'] },
  { id: '51', name: 'Quảng Ngãi', kind: 'tỉnh', slug: 'quang-ngai', region: null, formedFrom: ['Kon Tum', 'Quảng Ngãi'] },
  { id: '52', name: 'Gia Lai', kind: 'tỉnh', slug: 'gia-lai', region: null, formedFrom: ['Bình Định', 'Gia Lai'] },
  { id: '56', name: 'Khánh Hòa', kind: 'tỉnh', slug: 'khanh-hoa', region: null, formedFrom: ['Ninh Thuận', 'Khánh Hòa'] },
  { id: '66', name: 'Đắk Lắk', kind: 'tỉnh', slug: 'dak-lak', region: null, formedFrom: ['Phú Yên', 'Đắk Lắk'] },
  { id: '68', name: 'Lâm Đồng', kind: 'tỉnh', slug: 'lam-dong', region: null, formedFrom: ['Đắk Nông', 'Bình Thuận', 'Lâm Đồng'] },
  { id: '75', name: 'Đồng Nai', kind: 'tỉnh', slug: 'dong-nai', region: null, formedFrom: ['Bình Phước', 'Đồng Nai'] },
  { id: '79', name: 'TP. Hồ Chí Minh', kind: 'thành phố', slug: 'ho-chi-minh', region: null, formedFrom: ['Bình Dương', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'] },
  { id: '80', name: 'Tây Ninh', kind: 'tỉnh', slug: 'tay-ninh', region: null, formedFrom: ['Long An', 'Tây Ninh'] },
  { id: '82', name: 'Đồng Tháp', kind: 'tỉnh', slug: 'dong-thap', region: MEKONG_DELTA, formedFrom: ['Tiền Giang', 'Đồng Tháp'] },
  { id: '86', name: 'Vĩnh Long', kind: 'tỉnh', slug: 'vinh-long', region: MEKONG_DELTA, formedFrom: ['Bến Tre', 'Trà Vinh', 'Vĩnh Long'] },
  { id: '91', name: 'An Giang', kind: 'tỉnh', slug: 'an-giang', region: MEKONG_DELTA, formedFrom: ['Kiên Giang', 'An Giang'] },
  { id: '92', name: 'Cần Thơ', kind: 'thành phố', slug: 'can-tho', region: MEKONG_DELTA, formedFrom: ['Sóc Trăng', 'Hậu Giang', 'Cần Thơ'] },
  { id: '96', name: 'Cà Mau', kind: 'tỉnh', slug: 'ca-mau', region: MEKONG_DELTA, formedFrom: ['Bạc Liêu', 'Cà Mau'] },
]

export interface FormerProvinceData {
  id: string
  name: string
  kind: 'tỉnh' | 'thành phố'
  slug: string
  successorId: string
  region: string
}

/**
 * The thirteen pre-2025 Mekong Delta provinces, all closed on 30 June 2025. Those whose name the
 * merged province kept (Vĩnh Long, Đồng Tháp, An Giang, Cần Thơ, Cà Mau) are listed too: "Đồng
 * Tháp (cũ)" is a smaller territory than today's Đồng Tháp. Long An joined Tây Ninh, which is
 * grouped with the South-East since the reform.
 */
export const FORMER_PROVINCES: FormerProvinceData[] = [
  { id: 'F80', name: 'Long An', kind: 'tỉnh', slug: 'long-an', successorId: '80', region: MEKONG_DELTA },
  { id: 'F82', name: 'Tiền Giang', kind: 'tỉnh', slug: 'tien-giang', successorId: '82', region: MEKONG_DELTA },
  { id: 'F83', name: 'Bến Tre', kind: 'tỉnh', slug: 'ben-tre', successorId: '86', region: MEKONG_DELTA },
  { id: 'F84', name: 'Trà Vinh', kind: 'tỉnh', slug: 'tra-vinh', successorId: '86', region: MEKONG_DELTA },
  { id: 'F86', name: 'Vĩnh Long', kind: 'tỉnh', slug: 'vinh-long', successorId: '86', region: MEKONG_DELTA },
  { id: 'F87', name: 'Đồng Tháp', kind: 'tỉnh', slug: 'dong-thap', successorId: '82', region: MEKONG_DELTA },
  { id: 'F89', name: 'An Giang', kind: 'tỉnh', slug: 'an-giang', successorId: '91', region: MEKONG_DELTA },
  { id: 'F91', name: 'Kiên Giang', kind: 'tỉnh', slug: 'kien-giang', successorId: '91', region: MEKONG_DELTA },
  { id: 'F92', name: 'Cần Thơ', kind: 'thành phố', slug: 'can-tho', successorId: '92', region: MEKONG_DELTA },
  { id: 'F93', name: 'Hậu Giang', kind: 'tỉnh', slug: 'hau-giang', successorId: '92', region: MEKONG_DELTA },
  { id: 'F94', name: 'Sóc Trăng', kind: 'tỉnh', slug: 'soc-trang', successorId: '92', region: MEKONG_DELTA },
  { id: 'F95', name: 'Bạc Liêu', kind: 'tỉnh', slug: 'bac-lieu', successorId: '96', region: MEKONG_DELTA },
  { id: 'F96', name: 'Cà Mau', kind: 'tỉnh', slug: 'ca-mau', successorId: '96', region: MEKONG_DELTA },
]

export interface FormerDistrictData {
  /** Short name without the unit type, e.g. "Chợ Lách". */
  name: string
  /** huyện, thị xã, thành phố (provincial city) or quận (urban district of Cần Thơ). */
  kind: 'huyện' | 'thị xã' | 'thành phố' | 'quận'
  formerProvinceId: string
}

/** Pre-2025 districts (closed on 30 June 2025) that the demo communes and 3★ certificates refer to. */
export const FORMER_DISTRICTS: FormerDistrictData[] = [
  // Bến Tre
  { name: 'Bến Tre', kind: 'thành phố', formerProvinceId: 'F83' },
  { name: 'Châu Thành', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Chợ Lách', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Mỏ Cày Nam', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Mỏ Cày Bắc', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Giồng Trôm', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Bình Đại', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Ba Tri', kind: 'huyện', formerProvinceId: 'F83' },
  { name: 'Thạnh Phú', kind: 'huyện', formerProvinceId: 'F83' },
  // Trà Vinh
  { name: 'Trà Vinh', kind: 'thành phố', formerProvinceId: 'F84' },
  { name: 'Cầu Kè', kind: 'huyện', formerProvinceId: 'F84' },
  { name: 'Cầu Ngang', kind: 'huyện', formerProvinceId: 'F84' },
  { name: 'Trà Cú', kind: 'huyện', formerProvinceId: 'F84' },
  { name: 'Duyên Hải', kind: 'thị xã', formerProvinceId: 'F84' },
  // Vĩnh Long (cũ)
  { name: 'Vĩnh Long', kind: 'thành phố', formerProvinceId: 'F86' },
  { name: 'Long Hồ', kind: 'huyện', formerProvinceId: 'F86' },
  { name: 'Mang Thít', kind: 'huyện', formerProvinceId: 'F86' },
  { name: 'Tam Bình', kind: 'huyện', formerProvinceId: 'F86' },
  { name: 'Bình Minh', kind: 'thị xã', formerProvinceId: 'F86' },
  { name: 'Bình Tân', kind: 'huyện', formerProvinceId: 'F86' },
  // Tiền Giang
  { name: 'Mỹ Tho', kind: 'thành phố', formerProvinceId: 'F82' },
  { name: 'Cái Bè', kind: 'huyện', formerProvinceId: 'F82' },
  { name: 'Châu Thành', kind: 'huyện', formerProvinceId: 'F82' },
  { name: 'Chợ Gạo', kind: 'huyện', formerProvinceId: 'F82' },
  { name: 'Tân Phước', kind: 'huyện', formerProvinceId: 'F82' },
  { name: 'Gò Công', kind: 'thị xã', formerProvinceId: 'F82' },
  { name: 'Gò Công Đông', kind: 'huyện', formerProvinceId: 'F82' },
  // Đồng Tháp (cũ)
  { name: 'Cao Lãnh', kind: 'thành phố', formerProvinceId: 'F87' },
  { name: 'Sa Đéc', kind: 'thành phố', formerProvinceId: 'F87' },
  { name: 'Lai Vung', kind: 'huyện', formerProvinceId: 'F87' },
  { name: 'Lấp Vò', kind: 'huyện', formerProvinceId: 'F87' },
  { name: 'Tháp Mười', kind: 'huyện', formerProvinceId: 'F87' },
  { name: 'Tam Nông', kind: 'huyện', formerProvinceId: 'F87' },
  // Cần Thơ (cũ)
  { name: 'Ninh Kiều', kind: 'quận', formerProvinceId: 'F92' },
  { name: 'Cái Răng', kind: 'quận', formerProvinceId: 'F92' },
  { name: 'Phong Điền', kind: 'huyện', formerProvinceId: 'F92' },
  { name: 'Thới Lai', kind: 'huyện', formerProvinceId: 'F92' },
  // Sóc Trăng
  { name: 'Sóc Trăng', kind: 'thành phố', formerProvinceId: 'F94' },
  { name: 'Vĩnh Châu', kind: 'thị xã', formerProvinceId: 'F94' },
  { name: 'Trần Đề', kind: 'huyện', formerProvinceId: 'F94' },
  // Hậu Giang
  { name: 'Vị Thanh', kind: 'thành phố', formerProvinceId: 'F93' },
  { name: 'Phụng Hiệp', kind: 'huyện', formerProvinceId: 'F93' },
  { name: 'Long Mỹ', kind: 'thị xã', formerProvinceId: 'F93' },
  // An Giang (cũ)
  { name: 'Long Xuyên', kind: 'thành phố', formerProvinceId: 'F89' },
  { name: 'Châu Đốc', kind: 'thành phố', formerProvinceId: 'F89' },
  { name: 'Tân Châu', kind: 'thị xã', formerProvinceId: 'F89' },
  { name: 'Tri Tôn', kind: 'huyện', formerProvinceId: 'F89' },
  { name: 'Thoại Sơn', kind: 'huyện', formerProvinceId: 'F89' },
  // Kiên Giang
  { name: 'Phú Quốc', kind: 'thành phố', formerProvinceId: 'F91' },
  { name: 'Rạch Giá', kind: 'thành phố', formerProvinceId: 'F91' },
  { name: 'U Minh Thượng', kind: 'huyện', formerProvinceId: 'F91' },
  // Cà Mau (cũ)
  { name: 'Cà Mau', kind: 'thành phố', formerProvinceId: 'F96' },
  { name: 'U Minh', kind: 'huyện', formerProvinceId: 'F96' },
  { name: 'Năm Căn', kind: 'huyện', formerProvinceId: 'F96' },
  { name: 'Ngọc Hiển', kind: 'huyện', formerProvinceId: 'F96' },
  { name: 'Trần Văn Thời', kind: 'huyện', formerProvinceId: 'F96' },
  // Bạc Liêu
  { name: 'Bạc Liêu', kind: 'thành phố', formerProvinceId: 'F95' },
  { name: 'Hồng Dân', kind: 'huyện', formerProvinceId: 'F95' },
  { name: 'Đông Hải', kind: 'huyện', formerProvinceId: 'F95' },
]

export interface CommuneData {
  /** Official 5-digit code where checked, else null. */
  code: string | null
  /** Official name with its type: "Xã Chợ Lách", "Phường An Hội", "Đặc khu Phú Quốc". */
  name: string
  provinceId: string
  formerProvinceId: string
  /** The pre-2025 district most of its territory came from (for 3★ certificates issued before July 2025). */
  formerDistrict: string
  /** The place name people and labels use for products from there ("Cái Mơn", "Sơn Đốc"). */
  area: string
}

export const COMMUNES: CommuneData[] = [
  // Vĩnh Long — from Bến Tre (cũ). Codes from the list of Resolution 1687/NQ-UBTVQH15.
  { code: '28777', name: 'Phường An Hội', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bến Tre', area: 'Bến Tre' },
  { code: '28756', name: 'Phường Phú Khương', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bến Tre', area: 'Bến Tre' },
  { code: '28783', name: 'Phường Sơn Đông', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bến Tre', area: 'Bến Tre' },
  { code: '28789', name: 'Phường Bến Tre', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bến Tre', area: 'Bến Tre' },
  { code: '28858', name: 'Phường Phú Tân', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Châu Thành', area: 'Châu Thành' },
  { code: '28807', name: 'Xã Giao Long', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Châu Thành', area: 'Châu Thành' },
  { code: '28810', name: 'Xã Phú Túc', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Châu Thành', area: 'Châu Thành' },
  { code: '28840', name: 'Xã Tân Phú', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Châu Thành', area: 'Châu Thành' },
  { code: '28861', name: 'Xã Tiên Thủy', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Châu Thành', area: 'Châu Thành' },
  { code: '28870', name: 'Xã Chợ Lách', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Chợ Lách', area: 'Chợ Lách' },
  { code: '28879', name: 'Xã Phú Phụng', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Chợ Lách', area: 'Chợ Lách' },
  { code: '28894', name: 'Xã Vĩnh Thành', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Chợ Lách', area: 'Cái Mơn' },
  { code: '28901', name: 'Xã Hưng Khánh Trung', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Chợ Lách', area: 'Chợ Lách' },
  { code: '28903', name: 'Xã Mỏ Cày', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Nam', area: 'Mỏ Cày' },
  { code: '28945', name: 'Xã Đồng Khởi', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Nam', area: 'Mỏ Cày' },
  { code: '28957', name: 'Xã An Định', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Nam', area: 'Mỏ Cày' },
  { code: '28969', name: 'Xã Thành Thới', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Nam', area: 'Mỏ Cày' },
  { code: '28981', name: 'Xã Hương Mỹ', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Nam', area: 'Mỏ Cày' },
  { code: '28915', name: 'Xã Phước Mỹ Trung', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Bắc', area: 'Mỏ Cày Bắc' },
  { code: '28921', name: 'Xã Tân Thành Bình', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Bắc', area: 'Mỏ Cày Bắc' },
  { code: '28948', name: 'Xã Nhuận Phú Tân', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Mỏ Cày Bắc', area: 'Mỏ Cày Bắc' },
  { code: '28984', name: 'Xã Giồng Trôm', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '28987', name: 'Xã Lương Hòa', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '28993', name: 'Xã Lương Phú', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '28996', name: 'Xã Châu Hòa', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '29020', name: 'Xã Phước Long', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '29029', name: 'Xã Tân Hào', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Giồng Trôm' },
  { code: '29044', name: 'Xã Hưng Nhượng', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Giồng Trôm', area: 'Sơn Đốc' },
  { code: '29050', name: 'Xã Bình Đại', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29062', name: 'Xã Phú Thuận', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29077', name: 'Xã Lộc Thuận', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29083', name: 'Xã Châu Hưng', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29089', name: 'Xã Thạnh Trị', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29104', name: 'Xã Thạnh Phước', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29107', name: 'Xã Thới Thuận', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Bình Đại', area: 'Bình Đại' },
  { code: '29110', name: 'Xã Ba Tri', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29122', name: 'Xã Mỹ Chánh Hòa', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29125', name: 'Xã Bảo Thạnh', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29137', name: 'Xã Tân Xuân', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29143', name: 'Xã An Ngãi Trung', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29158', name: 'Xã An Hiệp', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29167', name: 'Xã Tân Thủy', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Ba Tri', area: 'Ba Tri' },
  { code: '29182', name: 'Xã Thạnh Phú', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  { code: '29191', name: 'Xã Quới Điền', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  { code: '29194', name: 'Xã Đại Điền', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  { code: '29221', name: 'Xã Thạnh Hải', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  { code: '29224', name: 'Xã An Qui', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  { code: '29227', name: 'Xã Thạnh Phong', provinceId: '86', formerProvinceId: 'F83', formerDistrict: 'Thạnh Phú', area: 'Thạnh Phú' },
  // Vĩnh Long — from Trà Vinh and Vĩnh Long (cũ).
  { code: '29242', name: 'Phường Trà Vinh', provinceId: '86', formerProvinceId: 'F84', formerDistrict: 'Trà Vinh', area: 'Trà Vinh' },
  { code: '29308', name: 'Xã Cầu Kè', provinceId: '86', formerProvinceId: 'F84', formerDistrict: 'Cầu Kè', area: 'Cầu Kè' },
  { code: '29416', name: 'Xã Cầu Ngang', provinceId: '86', formerProvinceId: 'F84', formerDistrict: 'Cầu Ngang', area: 'Cầu Ngang' },
  { code: '29461', name: 'Xã Trà Cú', provinceId: '86', formerProvinceId: 'F84', formerDistrict: 'Trà Cú', area: 'Trà Cú' },
  { code: '29512', name: 'Phường Duyên Hải', provinceId: '86', formerProvinceId: 'F84', formerDistrict: 'Duyên Hải', area: 'Duyên Hải' },
  { code: '29551', name: 'Phường Long Châu', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Vĩnh Long', area: 'Vĩnh Long' },
  { code: '29584', name: 'Xã An Bình', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Long Hồ', area: 'cù lao An Bình' },
  { code: '29641', name: 'Xã Cái Nhum', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Mang Thít', area: 'Mang Thít' },
  { code: '29719', name: 'Xã Tam Bình', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Tam Bình', area: 'Tam Bình' },
  { code: '29771', name: 'Phường Bình Minh', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Bình Minh', area: 'Bình Minh' },
  { code: '29800', name: 'Xã Tân Quới', provinceId: '86', formerProvinceId: 'F86', formerDistrict: 'Bình Tân', area: 'Bình Tân' },
  // Đồng Tháp — from Tiền Giang and Đồng Tháp (cũ).
  { code: '28261', name: 'Phường Mỹ Tho', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Mỹ Tho', area: 'Mỹ Tho' },
  { code: null, name: 'Xã Cái Bè', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Cái Bè', area: 'Cái Bè' },
  { code: null, name: 'Xã Vĩnh Kim', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Châu Thành', area: 'Lò Rèn Vĩnh Kim' },
  { code: null, name: 'Xã Chợ Gạo', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Chợ Gạo', area: 'Chợ Gạo' },
  { code: null, name: 'Xã Tân Phước 1', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Tân Phước', area: 'Tân Phước' },
  { code: null, name: 'Phường Gò Công', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Gò Công', area: 'Gò Công' },
  { code: null, name: 'Xã Gò Công Đông', provinceId: '82', formerProvinceId: 'F82', formerDistrict: 'Gò Công Đông', area: 'Gò Công' },
  { code: null, name: 'Phường Cao Lãnh', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Cao Lãnh', area: 'Cao Lãnh' },
  { code: null, name: 'Phường Sa Đéc', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Sa Đéc', area: 'Sa Đéc' },
  { code: null, name: 'Xã Lai Vung', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Lai Vung', area: 'Lai Vung' },
  { code: null, name: 'Xã Lấp Vò', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Lấp Vò', area: 'Định Yên' },
  { code: null, name: 'Xã Tháp Mười', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Tháp Mười', area: 'Tháp Mười' },
  { code: null, name: 'Xã Tràm Chim', provinceId: '82', formerProvinceId: 'F87', formerDistrict: 'Tam Nông', area: 'Tràm Chim' },
  // Cần Thơ — from Cần Thơ (cũ), Sóc Trăng and Hậu Giang.
  { code: '31135', name: 'Phường Ninh Kiều', provinceId: '92', formerProvinceId: 'F92', formerDistrict: 'Ninh Kiều', area: 'Cần Thơ' },
  { code: '31120', name: 'Phường Cái Khế', provinceId: '92', formerProvinceId: 'F92', formerDistrict: 'Ninh Kiều', area: 'Cần Thơ' },
  { code: null, name: 'Phường Cái Răng', provinceId: '92', formerProvinceId: 'F92', formerDistrict: 'Cái Răng', area: 'Cái Răng' },
  { code: null, name: 'Xã Phong Điền', provinceId: '92', formerProvinceId: 'F92', formerDistrict: 'Phong Điền', area: 'Phong Điền' },
  { code: null, name: 'Xã Thới Lai', provinceId: '92', formerProvinceId: 'F92', formerDistrict: 'Thới Lai', area: 'Thới Lai' },
  { code: null, name: 'Phường Sóc Trăng', provinceId: '92', formerProvinceId: 'F94', formerDistrict: 'Sóc Trăng', area: 'Sóc Trăng' },
  { code: null, name: 'Phường Vĩnh Châu', provinceId: '92', formerProvinceId: 'F94', formerDistrict: 'Vĩnh Châu', area: 'Vĩnh Châu' },
  { code: null, name: 'Xã Trần Đề', provinceId: '92', formerProvinceId: 'F94', formerDistrict: 'Trần Đề', area: 'Sóc Trăng' },
  { code: null, name: 'Phường Vị Thanh', provinceId: '92', formerProvinceId: 'F93', formerDistrict: 'Vị Thanh', area: 'Vị Thanh' },
  { code: null, name: 'Xã Hỏa Lựu', provinceId: '92', formerProvinceId: 'F93', formerDistrict: 'Vị Thanh', area: 'Cầu Đúc' },
  { code: null, name: 'Xã Phụng Hiệp', provinceId: '92', formerProvinceId: 'F93', formerDistrict: 'Phụng Hiệp', area: 'Phụng Hiệp' },
  { code: null, name: 'Phường Long Mỹ', provinceId: '92', formerProvinceId: 'F93', formerDistrict: 'Long Mỹ', area: 'Long Mỹ' },
  // An Giang — from An Giang (cũ) and Kiên Giang.
  { code: '30307', name: 'Phường Long Xuyên', provinceId: '91', formerProvinceId: 'F89', formerDistrict: 'Long Xuyên', area: 'Long Xuyên' },
  { code: '30316', name: 'Phường Châu Đốc', provinceId: '91', formerProvinceId: 'F89', formerDistrict: 'Châu Đốc', area: 'Châu Đốc' },
  { code: null, name: 'Phường Tân Châu', provinceId: '91', formerProvinceId: 'F89', formerDistrict: 'Tân Châu', area: 'Tân Châu' },
  { code: null, name: 'Xã Tri Tôn', provinceId: '91', formerProvinceId: 'F89', formerDistrict: 'Tri Tôn', area: 'Bảy Núi' },
  { code: null, name: 'Xã Thoại Sơn', provinceId: '91', formerProvinceId: 'F89', formerDistrict: 'Thoại Sơn', area: 'Thoại Sơn' },
  { code: null, name: 'Đặc khu Phú Quốc', provinceId: '91', formerProvinceId: 'F91', formerDistrict: 'Phú Quốc', area: 'Phú Quốc' },
  { code: null, name: 'Phường Rạch Giá', provinceId: '91', formerProvinceId: 'F91', formerDistrict: 'Rạch Giá', area: 'Rạch Giá' },
  { code: null, name: 'Xã U Minh Thượng', provinceId: '91', formerProvinceId: 'F91', formerDistrict: 'U Minh Thượng', area: 'U Minh Thượng' },
  // Cà Mau — from Cà Mau (cũ) and Bạc Liêu.
  { code: null, name: 'Phường An Xuyên', provinceId: '96', formerProvinceId: 'F96', formerDistrict: 'Cà Mau', area: 'Cà Mau' },
  { code: null, name: 'Xã U Minh', provinceId: '96', formerProvinceId: 'F96', formerDistrict: 'U Minh', area: 'U Minh Hạ' },
  { code: null, name: 'Xã Năm Căn', provinceId: '96', formerProvinceId: 'F96', formerDistrict: 'Năm Căn', area: 'Năm Căn' },
  { code: null, name: 'Xã Tân Ân', provinceId: '96', formerProvinceId: 'F96', formerDistrict: 'Ngọc Hiển', area: 'Rạch Gốc' },
  { code: null, name: 'Xã Sông Đốc', provinceId: '96', formerProvinceId: 'F96', formerDistrict: 'Trần Văn Thời', area: 'Sông Đốc' },
  { code: '31825', name: 'Phường Bạc Liêu', provinceId: '96', formerProvinceId: 'F95', formerDistrict: 'Bạc Liêu', area: 'Bạc Liêu' },
  { code: null, name: 'Xã Hồng Dân', provinceId: '96', formerProvinceId: 'F95', formerDistrict: 'Hồng Dân', area: 'Hồng Dân' },
  { code: null, name: 'Xã Gành Hào', provinceId: '96', formerProvinceId: 'F95', formerDistrict: 'Đông Hải', area: 'Gành Hào' },
  { code: null, name: 'Xã Đông Hải', provinceId: '96', formerProvinceId: 'F95', formerDistrict: 'Đông Hải', area: 'Bạc Liêu' },
]
