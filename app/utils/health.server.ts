// Can the app reach PostgreSQL? Bounded by a timeout so a hung connection still answers the probe.
import { prisma } from '~/utils/db.server'

export async function checkDatabase(timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database check timed out')), timeoutMs)
    })
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout])
    return true
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
