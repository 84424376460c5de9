// The one Prisma client of the server process. Prisma 7 talks to PostgreSQL through the `pg` driver
// adapter (no native query engine). Created lazily so importing this module never connects.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '~/generated/prisma/client'

declare global {
  // Reused across Remix dev rebuilds so we do not leak connection pools.
  var __ocopPrisma: PrismaClient | undefined
}

export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) })
}

function getPrisma(): PrismaClient {
  if (!globalThis.__ocopPrisma) {
    const url = process.env.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm run dev` or set DATABASE_URL')
    globalThis.__ocopPrisma = createPrismaClient(url)
  }
  return globalThis.__ocopPrisma
}

/** Proxy so `prisma.product.findMany()` works while the client is created on first use. */
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma()
    const value = Reflect.get(client, property, client)
    return typeof value === 'function' ? value.bind(client) : value
  },
})

export type { PrismaClient }
