// Fixed-window rate limits kept in PostgreSQL, so they hold across processes and restarts.
// One atomic upsert per hit: no read-then-write race between concurrent requests.
import { prisma } from '~/utils/db.server'
import { now } from '~/utils/clock.server'

export interface RateLimitRule {
  limit: number
  windowSeconds: number
}

export const RATE_LIMITS = {
  loginPerIp: { limit: 20, windowSeconds: 15 * 60 },
  loginPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signupPerIp: { limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 5, windowSeconds: 60 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Counts `cost` hits (e.g. one per recipient of a bulk send) and says whether the key is still within its limit. */
export async function hitRateLimit(key: string, rule: RateLimitRule, cost = 1): Promise<RateLimitResult> {
  const at = now()
  const windowStart = new Date(at.getTime() - rule.windowSeconds * 1000)
  const [row] = await prisma.$queryRaw<Array<{ count: number; windowStartsAt: Date }>>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStartsAt") VALUES (${key}, ${cost}, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= ${windowStart} THEN ${cost} ELSE "RateLimitBucket"."count" + ${cost} END,
      "windowStartsAt" = CASE WHEN "RateLimitBucket"."windowStartsAt" <= ${windowStart} THEN ${at} ELSE "RateLimitBucket"."windowStartsAt" END
    RETURNING "count", "windowStartsAt"`
  if (row.count <= rule.limit) return { allowed: true }
  const retryAt = row.windowStartsAt.getTime() + rule.windowSeconds * 1000
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - at.getTime()) / 1000)) }
}

/** Clears a key, e.g. the per-account login counter after a successful log-in. */
export async function clearRateLimit(key: string) {
  await prisma.rateLimitBucket.deleteMany({ where: { key } })
}
