// The database guarantees a booth is never held twice. Many producers' attempts at one booth run
// at the same moment on separate connections, each in its own transaction: exactly one commits,
// every other one gets the same clear Vietnamese refusal. The organiser's manual assignment
// racing an automatic release (which offers the booth to the waiting list) ends the same way.
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client'
import { releaseApplicationBooths } from '~/modules/allocation/release.server'
import { boothTakenMessage, takeBooth } from '~/modules/allocation/take-booth.server'
import { createApplicant, createWorld } from '../helpers/allocation-world'
import { prisma, resetDatabase } from '../helpers/db'

// A pool big enough that the attempts really overlap (the app's own client keeps 10 connections).
let wide: PrismaClient
beforeAll(() => {
  wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 40 }) })
})
afterAll(() => wide.$disconnect())
beforeEach(() => resetDatabase())

describe('one booth, many takers', () => {
  it('100 concurrent attempts on the same booth: exactly one holder and 99 clear refusals', async () => {
    const world = await createWorld(prisma, { rows: [['TC', 'TC']] })
    const applicants = []
    for (let i = 0; i < 100; i++) applicants.push(await createApplicant(prisma, world, { withUser: false }))
    const booth = world.booths['A-01']

    const results = await Promise.all(
      applicants.map((a) => takeBooth({ fairId: world.fair.id, boothId: booth.id, applicationId: a.application.id, actorId: world.actor.id }, wide)),
    )
    const winners = results.filter((r) => r.ok)
    const refusals = results.filter((r): r is { ok: false; message: string } => !r.ok)
    expect(winners).toHaveLength(1)
    expect(refusals).toHaveLength(99)
    expect(new Set(refusals.map((r) => r.message))).toEqual(new Set([boothTakenMessage('A-01')]))

    const rows = await prisma.allocation.findMany({ where: { boothId: booth.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0].id).toBe((winners[0] as { allocationId: string }).allocationId)
    expect(await prisma.allocation.count()).toBe(1)
    // Only the winner's assignment was audited: the refused transactions rolled back entirely.
    expect(await prisma.auditLog.count({ where: { action: 'allocation.assign' } })).toBe(1)
  })

  it('the organiser assigning a booth while a release offers it to the waiting list: one holder, never two', async () => {
    for (let round = 0; round < 8; round++) {
      await resetDatabase()
      const world = await createWorld(prisma, { rows: [['TC', 'TC']], status: 'ALLOCATED' })
      const booth = world.booths['A-01']
      const leaving = await createApplicant(prisma, world, { withUser: false })
      await prisma.allocation.create({ data: { fairId: world.fair.id, boothId: booth.id, applicationId: leaving.application.id, producerId: leaving.producer.id, publishedAt: new Date() } })
      // Odd rounds: the list's first application suits the booth, and the organiser picks it too.
      // Even rounds: only a refrigerated request waits, so the release offers nobody, and the
      // organiser assigns an accepted application that has no booth yet.
      const waiting = await createApplicant(prisma, world, { status: 'WAITLISTED', waitlistPosition: 1, boothType: round % 2 ? 'TC' : 'LANH', withUser: false })
      const manual = round % 2 ? waiting : await createApplicant(prisma, world, { status: 'ACCEPTED', withUser: false })

      const [released, assigned] = await Promise.all([
        wide.$transaction((tx) => releaseApplicationBooths(tx, { applicationId: leaving.application.id, reason: 'Chưa thanh toán', actorId: null })),
        takeBooth({ fairId: world.fair.id, boothId: booth.id, applicationId: manual.application.id, actorId: world.actor.id }, wide),
      ])
      expect(released.releasedBoothIds).toEqual([booth.id])
      const holders = await prisma.allocation.findMany({ where: { boothId: booth.id } })
      expect(holders.length).toBeLessThanOrEqual(1)
      if (round % 2) {
        // The release's offer and the manual assignment both want `waiting`; exactly one of them placed it.
        expect(holders).toHaveLength(1)
        expect(holders[0].applicationId).toBe(waiting.application.id)
        expect(await prisma.allocation.count({ where: { applicationId: waiting.application.id } })).toBe(1)
      } else if (assigned.ok) {
        expect(holders.map((h) => h.applicationId)).toEqual([manual.application.id])
      } else {
        // The booth was still held when the organiser tried: a clear refusal, and it is free now.
        expect(assigned.message).toBe(boothTakenMessage('A-01'))
        expect(holders).toEqual([])
      }
      if (assigned.ok) expect(await prisma.boothApplication.findUniqueOrThrow({ where: { id: manual.application.id } })).toMatchObject({ status: 'ACCEPTED' })
    }
  })
})
