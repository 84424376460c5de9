// GET /logos/<name>: a producer's logo (public, like the profile it belongs to). Only names the
// app generated are served, straight from STORAGE_DIR/logos; anything else is a 404.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node'
import { producerLogoFile } from '~/modules/producers/logo.server'

export async function loader({ params }: LoaderFunctionArgs) {
  const file = producerLogoFile(params.name ?? '')
  const info = file ? await stat(file).catch(() => null) : null
  if (!file || !info?.isFile()) throw new Response('Không tìm thấy', { status: 404 })
  return new Response(createReadableStreamFromReadable(createReadStream(file)), {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(info.size),
      // Names are random and never reused, so a logo can be cached for good.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
