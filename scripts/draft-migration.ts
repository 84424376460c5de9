// `npm run db:draft-migration -- <name> [--from <git-ref>]`
// Drafts the SQL for a schema change with a throw-away Prisma 6 whose WebAssembly schema engine
// runs offline (Prisma 7's native engine cannot be downloaded here). It diffs the schema at a git
// ref (default HEAD) against the working copy. The engine insists on a database connection (it does
// not change it): the one in DATABASE_URL or the embedded development server. Review the output!
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot, startPostgres } from './services.ts'

const args = process.argv.slice(2)
const fromIndex = args.indexOf('--from')
const fromRef = fromIndex >= 0 ? args[fromIndex + 1] : 'HEAD'
const name = args.find((arg, i) => !arg.startsWith('--') && (fromIndex < 0 || i !== fromIndex + 1))
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:draft-migration -- <snake_case_name> [--from <git-ref>]')
  process.exit(2)
}

const work = path.join(projectRoot, 'node_modules', '.cache', 'ocop', 'prisma6')
mkdirSync(work, { recursive: true })
if (!existsSync(path.join(work, 'node_modules', 'prisma', 'package.json'))) {
  console.log('Installing a throw-away prisma@6.19.3 in node_modules/.cache (not a project dependency)…')
  writeFileSync(path.join(work, 'package.json'), '{"private":true}\n')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', 'prisma@6.19.3', '@prisma/adapter-pg@6.19.3'], {
    cwd: work,
    stdio: 'inherit',
  })
}

// Prisma 6 wants the classic generator and a url; neither affects the SQL it drafts.
const toPrisma6 = (schema: string) =>
  schema
    .replace(/generator client \{[\s\S]*?\n\}/, 'generator client {\n  provider = "prisma-client-js"\n}')
    .replace(/datasource db \{[\s\S]*?\n\}/, 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}')

const current = readFileSync(path.join(projectRoot, 'prisma', 'schema.prisma'), 'utf8')
const previous = execFileSync('git', ['show', `${fromRef}:prisma/schema.prisma`], { cwd: projectRoot, encoding: 'utf8' })
writeFileSync(path.join(work, 'from.prisma'), toPrisma6(previous))
writeFileSync(path.join(work, 'to.prisma'), toPrisma6(current))
writeFileSync(
  path.join(work, 'prisma.config.ts'),
  `import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'to.prisma',
  async adapter() { return new PrismaPg({ connectionString: process.env.DATABASE_URL }) },
})
`,
)
const postgres = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres'), port: 54329, database: 'ocop', log: () => {} })
const stubLibrary = path.join(work, 'no-query-engine.so.node')
writeFileSync(stubLibrary, '')

const sql = execFileSync(
  path.join(work, 'node_modules', '.bin', 'prisma'),
  ['migrate', 'diff', '--from-schema-datamodel', 'from.prisma', '--to-schema-datamodel', 'to.prisma', '--script'],
  {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: postgres.url, PRISMA_QUERY_ENGINE_LIBRARY: stubLibrary, CHECKPOINT_DISABLE: '1' },
  },
)
await postgres.stop()
if (!sql.trim() || /empty migration/i.test(sql)) {
  console.log(`No schema difference between ${fromRef} and the working copy.`)
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const folder = path.join(projectRoot, 'prisma', 'migrations', `${stamp}_${name}`)
mkdirSync(folder, { recursive: true })
writeFileSync(path.join(folder, 'migration.sql'), sql)
console.log(`Drafted ${path.relative(projectRoot, folder)}/migration.sql — review it, then npm run db:migrate`)
