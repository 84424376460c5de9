// Runs `prisma generate` offline. Prisma's install script cannot download its native schema engine
// here; generate never runs it but insists the file exists, so we point it at a stub that exits 1
// (an empty file would make `prisma migrate` "succeed" silently doing nothing).
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const stubDir = path.join(root, 'node_modules', '.cache', 'ocop')
const stub = path.join(stubDir, 'schema-engine-stub')

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  mkdirSync(stubDir, { recursive: true })
  writeFileSync(
    stub,
    '#!/bin/sh\necho "Prisma schema engine is not available offline: use npm run db:migrate" >&2\nexit 1\n',
  )
  chmodSync(stub, 0o755)
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = stub
}

execFileSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
})
