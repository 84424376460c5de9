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
  producerInquiries: '/nha-san-xuat/hop-thu',
  producerFairs: '/nha-san-xuat/hoi-cho',
  buyerInquiries: '/nguoi-mua/yeu-cau',
  organiserFairs: '/ban-to-chuc/hoi-cho',
  organiserAllocation: '/ban-to-chuc/phan-bo',
  adminCertificates: '/quan-tri/chung-nhan',
  adminUsers: '/quan-tri/nguoi-dung',
  adminReports: '/quan-tri/bao-cao',
  language: '/resources/language',
  health: '/healthz',
  // Catalogue (issue 4): the public browsing pages and the producer's listing screens.
  catalogue: '/san-pham',
  producer: (slug: string) => `/chu-the/${encodeURIComponent(slug)}`,
  productGroup: (slug: string) => `/nhom/${encodeURIComponent(slug)}`,
  /** Stored photo paths look like "products/<name>.webp"; the image route serves them from /products/. */
  productPhoto: (storedPath: string) => `/${storedPath.replace(/^\/+/, '')}`,
  producerProductNew: '/nha-san-xuat/san-pham/moi',
  producerProductEdit: (id: string) => `/nha-san-xuat/san-pham/${encodeURIComponent(id)}`,
  producerProductImport: '/nha-san-xuat/san-pham/nhap-csv',
  producerProductTemplate: '/nha-san-xuat/san-pham/mau-csv',
  producerProductExport: '/nha-san-xuat/san-pham/xuat-csv',
  producerProfile: '/nha-san-xuat/ho-so',
  /** The buyer's inquiry form arrives with the inquiries issue; until then the link leads to a 404. */
  newInquiry: (productSlug: string) => `/nguoi-mua/yeu-cau/moi?san-pham=${encodeURIComponent(productSlug)}`,
  // Accounts, producer onboarding and certificates (issue 3).
  forgotPassword: '/quen-mat-khau',
  resetPassword: (token: string) => `/dat-lai-mat-khau/${encodeURIComponent(token)}`,
  account: '/tai-khoan',
  invitation: (token: string) => `/loi-moi/${encodeURIComponent(token)}`,
  devMailbox: '/dev/mailbox',
  producerCertificateNew: '/nha-san-xuat/chung-nhan/moi',
  producerCertificate: (id: string) => `/nha-san-xuat/chung-nhan/${encodeURIComponent(id)}`,
  certificateDocument: (id: string) => `/tai-lieu/chung-nhan/${encodeURIComponent(id)}`,
  communes: '/resources/communes',
  /** Stored logo paths look like "logos/<name>.webp"; /logos/<name> serves them. */
  producerLogo: (storedPath: string) => `/${storedPath.replace(/^\/+/, '')}`,
} as const
