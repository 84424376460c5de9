// The test harness itself: each worker gets its own migrated database and the test Meilisearch,
// resetDatabase() empties tables and restarts sequences, console.error is caught.
import { inject } from 'vitest'
import { prisma, resetDatabase } from '../helpers/db.ts'
import { takeConsoleErrors } from '../setup/console-guard.ts'
import { TEST_MEILI_PORT, TEST_PG_PORT, workerId } from '../setup/test-services.ts'

describe('test harness', () => {
  it('points the app at a per-worker database and the test Meilisearch', () => {
    const url = new URL(process.env.DATABASE_URL!)
    expect(url.port).toBe(String(TEST_PG_PORT))
    expect(url.pathname).toBe(`/ocop_test_w${workerId()}`)
    expect(process.env.NODE_ENV).toBe('test')
    expect(process.env.MEILI_HOST).toBe(`http://127.0.0.1:${TEST_MEILI_PORT}`)
    expect(process.env.MEILI_MASTER_KEY).toBe(inject('testMeiliMasterKey'))
    expect(process.env.MEILI_INDEX_PREFIX).toBe(`test_w${workerId()}_`)
  })

  it('gives every test file a migrated, empty database', async () => {
    const [{ count }] = await prisma.$queryRawUnsafe<{ count: bigint }[]>('SELECT count(*) AS count FROM _prisma_migrations')
    expect(Number(count)).toBeGreaterThan(0)
    expect(await prisma.user.count()).toBe(0)
  })

  it('resetDatabase() empties the tables and restarts identity sequences', async () => {
    await prisma.auditLog.create({ data: { action: 'test.one', entityType: 'Test', entityId: '1' } })
    const second = await prisma.auditLog.create({ data: { action: 'test.two', entityType: 'Test', entityId: '2' } })
    expect(second.id).toBe(2n)
    await prisma.user.create({ data: { email: 'harness@example.vn', passwordHash: 'x', name: 'Harness', role: 'BUYER' } })

    await resetDatabase()

    expect(await prisma.user.count()).toBe(0)
    expect(await prisma.auditLog.count()).toBe(0)
    const again = await prisma.auditLog.create({ data: { action: 'test.three', entityType: 'Test', entityId: '3' } })
    expect(again.id).toBe(1n)
    const migrations = await prisma.$queryRawUnsafe<unknown[]>('SELECT 1 FROM _prisma_migrations')
    expect(migrations.length).toBeGreaterThan(0)
  })

  it('reaches the test Meilisearch with the master key', async () => {
    const response = await fetch(`${process.env.MEILI_HOST}/indexes`, {
      headers: { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
    })
    expect(response.status).toBe(200)
    const unauthorised = await fetch(`${process.env.MEILI_HOST}/indexes`)
    expect(unauthorised.status).toBe(401)
  })

  it('records console.error calls so the per-worker hook can fail the test', () => {
    console.error('deliberate error for the guard test')
    // Taking the messages here keeps this test green; left in place, the afterEach hook throws.
    expect(takeConsoleErrors()).toEqual(['deliberate error for the guard test'])
  })
})
