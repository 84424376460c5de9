// Prisma CLI configuration. The CLI is used only for `prisma generate` here: migrations are applied
// by scripts/migrate.ts because Prisma's native schema engine cannot be downloaded (see README).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
