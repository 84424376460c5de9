// Deterministic randomness for the demo data: the same seed gives the same catalogue on every
// machine, so counts and proportions asserted by tests never drift.
import { createHash } from 'node:crypto'

export type Random = () => number

/** mulberry32: tiny, fast, good enough for picking demo values. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(random: Random, list: readonly T[]): T {
  if (list.length === 0) throw new Error('pick() from an empty list')
  return list[Math.floor(random() * list.length)]
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** A few distinct items, in the list's order (so the result reads naturally). */
export function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>()
  const wanted = Math.min(count, list.length)
  while (chosen.size < wanted) chosen.add(Math.floor(random() * list.length))
  return [...chosen].sort((a, b) => a - b).map((index) => list[index])
}

/** Stable pseudo-random number from a string (for values that must not depend on generation order). */
export function hashNumber(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0)
}

/**
 * A cuid-looking id derived from a natural key: the same record gets the same id on every run,
 * which is what makes the seed an upsert instead of a second copy.
 */
export function stableId(kind: string, key: string): string {
  const digest = createHash('sha256').update(`${kind}:${key}`).digest()
  let value = BigInt(`0x${digest.subarray(0, 16).toString('hex')}`)
  let text = ''
  while (text.length < 24) {
    text += (value % 36n).toString(36)
    value /= 36n
  }
  return `c${text}`
}
