// The HTTP server: Express in front of the Remix request handler. It exists for what Remix v2 has
// no hook for: refusing cross-origin state-changing requests before any action runs, recording
// the client's address from the socket, security headers, and long-lived caching of built assets.
// `npm run dev` runs it under `remix dev --manual`; `npm start` and the e2e tests run it directly.
import { existsSync, watch } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, installGlobals, type ServerBuild } from '@remix-run/node'
import express from 'express'
import { CLIENT_IP_HEADER } from '../app/utils/client-ip.server.ts'
import { checkSameOrigin } from '../app/utils/csrf.server.ts'

installGlobals({ nativeFetch: true })

const root = path.resolve(import.meta.dirname, '..')
const buildPath = path.join(root, 'build', 'index.js')
const development = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'

async function importBuild(): Promise<ServerBuild> {
  if (!existsSync(buildPath)) throw new Error(`No build at ${buildPath}: run \`npm run build\` first`)
  return import(`${pathToFileURL(buildPath).href}?t=${Date.now()}`)
}

let build = await importBuild()
if (development) {
  // Re-import the server build whenever `remix dev` rewrites it, then tell the dev server.
  let timer: NodeJS.Timeout | undefined
  watch(path.dirname(buildPath), () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      try {
        build = await importBuild()
        await broadcastDevReady(build)
      } catch (error) {
        console.error(error)
      }
    }, 150)
  })
}

const app = express()
app.disable('x-powered-by')
if (process.env.TRUST_PROXY === '1') app.set('trust proxy', true)

app.use((req, res, next) => {
  // Only the server decides the client address used by rate limits; a client header cannot.
  req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  if (!development) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  next()
})

app.use((req, res, next) => {
  const verdict = checkSameOrigin({
    method: req.method,
    path: req.path,
    host: req.headers.host,
    protocol: req.protocol,
    origin: req.headers.origin,
    secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
  })
  if (verdict.ok) return next()
  res
    .status(403)
    .type('text/plain; charset=utf-8')
    .send('Yêu cầu bị từ chối: biểu mẫu không được gửi từ OCOP Connect. / Request refused: the form was not sent from OCOP Connect.')
})

app.use('/build', express.static(path.join(root, 'public', 'build'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(root, 'public'), { maxAge: '1h' }))

app.all(
  '*',
  development
    ? (req, res, next) => createRequestHandler({ build, mode: 'development' })(req, res, next)
    : createRequestHandler({ build, mode: 'production' }),
)

app.listen(port, host, async () => {
  console.log(`Web server listening on http://${host}:${port}`)
  if (development) await broadcastDevReady(build)
})
