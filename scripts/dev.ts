// `npm run dev`: services, migrations, demo data, search worker, then Remix's dev server on :3000.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { bootAppServices } from './lib/app-services.ts'
import { projectRoot } from './services.ts'

const production = process.argv.includes('--production')
const port = process.env.PORT ?? '3000'

async function main() {
  const services = await bootAppServices()
  const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: production ? 'production' : 'development',
    PORT: port,
    HOST: process.env.HOST ?? '127.0.0.1',
  }
  if (production) {
    const build = spawn(bin('remix'), ['build'], { stdio: 'inherit', env, cwd: projectRoot })
    const code = await new Promise<number | null>((resolve) => build.once('exit', resolve))
    if (code !== 0) throw new Error('remix build failed')
  }
  const server = `${bin('tsx')} scripts/server.ts`
  const [command, args]: [string, string[]] = production
    ? [bin('tsx'), ['scripts/server.ts']]
    : [bin('remix'), ['dev', '--manual', '-c', server]]
  const web = spawn(command, args, { stdio: 'inherit', env, cwd: projectRoot })
  console.log(`OCOP Connect: http://localhost:${port}  (Ctrl-C stops everything)`)

  let stopping = false
  const shutdown = async (code = 0) => {
    if (stopping) return
    stopping = true
    console.log('\nStopping OCOP Connect…')
    if (web.exitCode === null) {
      web.kill('SIGTERM')
      await new Promise((resolve) => web.once('exit', resolve))
    }
    await services.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))
  web.once('exit', (code: number | null) => void shutdown(code ?? 1))
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
