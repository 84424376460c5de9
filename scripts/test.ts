// `npm test`: type-check, Vitest (unit + integration on real PostgreSQL and Meilisearch), build,
// Playwright end-to-end in Debian's Chromium. Ends with one "N passed, N failed" line for CI.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from './services.ts'

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)
const reportDir = path.join(projectRoot, 'tests', '.tmp', 'reports')
rmSync(reportDir, { recursive: true, force: true })
mkdirSync(reportDir, { recursive: true })

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  return new Promise<boolean>((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: projectRoot, env: { ...process.env, ...env } })
    child.once('exit', (code) => {
      console.log(`◀ ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve(code === 0)
    })
  })
}

function readJson(file: string): any {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

const vitestJson = path.join(reportDir, 'vitest.json')
const playwrightJson = path.join(reportDir, 'playwright.json')
const only = process.argv.slice(2)
const wants = (step: string) => only.length === 0 || only.includes(step)

const results: Record<string, boolean> = {}
if (wants('typecheck')) results.typecheck = await run('Type-check', bin('tsc'), ['--noEmit'])
if (wants('vitest'))
  results.vitest = await run('Vitest', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ])
if (wants('e2e')) {
  results.build = await run('Build', bin('remix'), ['build'], { NODE_ENV: 'production' })
  if (results.build)
    results.e2e = await run('Playwright', bin('playwright'), ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    })
}

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson(vitestJson)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
}
const playwright = readJson(playwrightJson)
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
}
// Steps without their own test count (type-check, build) count as one check each.
for (const step of ['typecheck', 'build'] as const) {
  if (step in results) results[step] ? passed++ : failed++
}
for (const [step, ok] of Object.entries(results)) if (!ok && step !== 'typecheck' && step !== 'build') failed ||= 1
if (skipped > 0) failed += skipped // no silent skips

console.log(`\nSummary: ${Object.entries(results).map(([k, v]) => `${k} ${v ? 'ok' : 'FAILED'}`).join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && Object.values(results).every(Boolean) ? 0 : 1)
