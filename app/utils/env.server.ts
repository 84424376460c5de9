// One zod schema for the server's configuration, validated at boot. `getEnv()` is the explicit
// allow-list of what the browser may see (it ends up in window.ENV through the root loader).
import { z } from 'zod'

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  MEILI_HOST: z.string().url({ message: 'MEILI_HOST must be the URL of a Meilisearch server' }),
  MEILI_MASTER_KEY: z.string().min(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' }),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]*$/).default(''),
  APP_URL: z.string().url().default('http://localhost:3000'),
  STORAGE_DIR: z.string().default('.data/uploads'),
  SMTP_URL: z.string().url().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Tests and local development only: point the Stripe client at a fake (e.g. http://127.0.0.1:12111). */
  STRIPE_API_BASE: z.string().url({ message: 'STRIPE_API_BASE must be a URL such as http://127.0.0.1:12111' }).optional(),
  SEARCH_WORKER: z.enum(['inline', 'off']).default('inline'),
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

let cached: ServerEnv | undefined

/** Parses process.env; throws one error naming every missing or invalid variable. */
export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.')
      return source[name] === undefined ? `${name} is not set` : `${name}: ${issue.message}`
    })
    throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
  }
  return result.data
}

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv()
  return cached
}

/** What the browser may know. Never add secrets here. */
export function getEnv() {
  const env = serverEnv()
  return {
    MODE: env.NODE_ENV,
    APP_URL: env.APP_URL,
    PAYMENTS: env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET ? ('stripe' as const) : ('bank-transfer' as const),
  }
}

export type ClientEnv = ReturnType<typeof getEnv>

/** The site's origin for links in emails; read at call time (tests point it elsewhere). */
export const appUrl = () => process.env.APP_URL ?? 'http://localhost:3000'
