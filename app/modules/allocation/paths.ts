// URLs of the allocation screens (kept here rather than in utils/paths.ts, which other branches edit).
export const allocationPaths = {
  index: '/ban-to-chuc/phan-bo',
  fair: (slug: string) => `/ban-to-chuc/hoi-cho/${encodeURIComponent(slug)}/phan-bo`,
  producerBooth: (slug: string) => `/nha-san-xuat/hoi-cho/${encodeURIComponent(slug)}/gian-hang`,
} as const
