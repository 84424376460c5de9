// URLs of the payment screens (client-safe). Kept here rather than in utils/paths.ts so the
// payments branch adds no lines to a file every branch edits.
const enc = encodeURIComponent

export const paymentPaths = {
  producerPayments: '/nha-san-xuat/thanh-toan',
  producerPayment: (id: string) => `/nha-san-xuat/thanh-toan/${enc(id)}`,
  producerReceipt: (id: string) => `/nha-san-xuat/thanh-toan/${enc(id)}/bien-nhan`,
  organiserPayments: (slug: string) => `/ban-to-chuc/hoi-cho/${enc(slug)}/thanh-toan`,
  organiserPayment: (slug: string, id: string) => `/ban-to-chuc/hoi-cho/${enc(slug)}/thanh-toan/${enc(id)}`,
  organiserReceipt: (slug: string, id: string) => `/ban-to-chuc/hoi-cho/${enc(slug)}/thanh-toan/${enc(id)}/bien-nhan`,
  organiserPaymentsCsv: (slug: string) => `/ban-to-chuc/hoi-cho/${enc(slug)}/thanh-toan/xuat-csv`,
  webhook: '/webhooks/stripe',
} as const
