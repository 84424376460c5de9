// Public URLs of the app in one place (Vietnamese slugs, as in mails and redirects elsewhere).
// Several pages arrive in later issues; until then their links lead to the 404 page.
export const paths = {
  home: '/',
  // The product list is the search page (every product when nothing is typed); one product lives at /san-pham/<slug>.
  products: '/tim-kiem',
  product: (slug: string) => `/san-pham/${encodeURIComponent(slug)}`,
  producers: '/chu-the',
  fairs: '/hoi-cho',
  search: '/tim-kiem',
  login: '/dang-nhap',
  signup: '/dang-ky',
  logout: '/dang-xuat',
  producerDashboard: '/nha-san-xuat',
  producerProducts: '/nha-san-xuat/san-pham',
  producerCertificates: '/nha-san-xuat/chung-nhan',
  producerInquiries: '/nha-san-xuat/yeu-cau',
  producerFairs: '/nha-san-xuat/hoi-cho',
  buyerInquiries: '/nguoi-mua/yeu-cau',
  organiserFairs: '/ban-to-chuc/hoi-cho',
  organiserAllocation: '/ban-to-chuc/phan-bo',
  adminCertificates: '/quan-tri/chung-nhan',
  adminUsers: '/quan-tri/nguoi-dung',
  language: '/resources/language',
  health: '/healthz',
} as const
