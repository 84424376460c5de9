// Names for the facet values the search engine returns as ids: OCOP product groups and provinces
// (current ones and those merged away in 2025, which buyers still search by). Reference data that
// changes about once a decade, so it is cached in the process for a minute.
import type { PrismaClient } from '~/generated/prisma/client'

export interface FacetLabels {
  groups: Array<{ id: string; nameVi: string; nameEn: string }>
  provinces: Array<{ id: string; name: string; former: boolean }>
}

const TTL_MS = 60_000
let cache: { at: number; labels: FacetLabels } | undefined

export async function loadFacetLabels(prisma: PrismaClient): Promise<FacetLabels> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.labels
  const [groups, provinces] = await Promise.all([
    prisma.productCategory.findMany({
      where: { level: 'GROUP' },
      select: { id: true, nameVi: true, nameEn: true },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    }),
    prisma.administrativeUnit.findMany({
      where: { level: 'PROVINCE' },
      select: { id: true, name: true, validTo: true },
      orderBy: { name: 'asc' },
    }),
  ])
  const labels: FacetLabels = {
    groups,
    provinces: provinces.map((unit) => ({ id: unit.id, name: unit.name, former: unit.validTo !== null })),
  }
  cache = { at: Date.now(), labels }
  return labels
}

/** Tests only: forget cached labels after the reference tables changed. */
export function resetFacetLabels() {
  cache = undefined
}
