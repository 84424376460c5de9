// URLs of the fair screens in one place (client-safe). Kept here rather than in utils/paths.ts,
// which other branches also edit.
const s = (slug: string) => encodeURIComponent(slug)

export const fairPaths = {
  organiserNew: '/ban-to-chuc/hoi-cho/moi',
  organiserFair: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}`,
  organiserInfo: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/thong-tin`,
  organiserPlan: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/so-do`,
  organiserPlanExport: (slug: string, format: 'csv' | 'json') => `/ban-to-chuc/hoi-cho/${s(slug)}/so-do/xuat?dinh-dang=${format}`,
  organiserApplications: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/ho-so-dang-ky`,
  organiserApplication: (slug: string, id: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/ho-so-dang-ky/${encodeURIComponent(id)}`,
  organiserExhibitors: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/danh-sach-gian-hang`,
  organiserExhibitorsCsv: (slug: string) => `/ban-to-chuc/hoi-cho/${s(slug)}/danh-sach-gian-hang/csv`,
  producerFairs: '/nha-san-xuat/hoi-cho',
  producerFair: (slug: string) => `/nha-san-xuat/hoi-cho/${s(slug)}`,
  publicFairs: '/hoi-cho',
  publicFair: (slug: string) => `/hoi-cho/${s(slug)}`,
} as const
