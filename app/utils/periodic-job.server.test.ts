import { describe, expect, it } from 'vitest'
import { startPeriodicJob } from './periodic-job.server'

describe('startPeriodicJob', () => {
  it('runs again after each pass, logs an error once per streak, and stops after the pass in progress', async () => {
    const lines: string[] = []
    let passes = 0
    const stop = startPeriodicJob({
      name: 'Test job',
      intervalMs: 1,
      log: (line) => lines.push(line),
      run: async () => {
        passes++
        if (passes <= 3) throw new Error('database away')
      },
    })
    while (passes < 5) await new Promise((resolve) => setTimeout(resolve, 2))
    await stop()
    const after = passes
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(passes).toBe(after)
    expect(lines).toEqual(['Test job: database away'])
  })
})
