// The fair factories other tests build on: a wrong default here would mislead every fair test.
import { beforeEach, describe, expect, it } from 'vitest'
import { createApplication, createFairWithBooths } from '../factories/fairs.ts'
import { createReferenceData } from '../factories/reference.ts'
import { prisma, resetDatabase } from '../helpers/db.ts'

beforeEach(async () => {
  await resetDatabase()
  await createReferenceData(prisma)
})

describe('createFairWithBooths', () => {
  it('lays out non-overlapping booths with corner ends, a refrigerated half-row and zones per row', async () => {
    const { fair, booths, boothTypes } = await createFairWithBooths(prisma, { rows: 2, boothsPerRow: 6 })
    expect(fair.status).toBe('PUBLISHED')
    expect(booths.map((b) => b.code)).toEqual(Array.from({ length: 12 }, (_, i) => `A-${String(i + 1).padStart(2, '0')}`))
    const typeOf = (code: string) => boothTypes.find((t) => t.id === booths.find((b) => b.code === code)!.boothTypeId)!.code
    expect([typeOf('A-01'), typeOf('A-02'), typeOf('A-05'), typeOf('A-06'), typeOf('A-08')]).toEqual(['GOC', 'TC', 'LANH', 'GOC', 'TC'])
    expect(new Set(booths.map((b) => b.zone))).toEqual(new Set(['Trái cây', 'Đặc sản dừa']))
    for (const a of booths)
      for (const b of booths)
        if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.depth <= b.y || b.y + b.depth <= a.y).toBe(true)
  })

  it('creates an accepted application with a producer and a certified product by default', async () => {
    const { fair, boothTypes } = await createFairWithBooths(prisma)
    const application = await createApplication(prisma, { fairId: fair.id, boothTypeId: boothTypes[0].id })
    expect(application.status).toBe('ACCEPTED')
    expect(application.products).toHaveLength(1)
    const certificates = await prisma.certificate.count({ where: { productId: application.products[0].productId, status: 'VERIFIED' } })
    expect(certificates).toBe(1)
  })
})
