// /products/<name>: product photos stored under STORAGE_DIR/products. Only our own generated names
// pass (see productPhotoFile), so no path can leave that folder. Names are random and files never
// change, hence a year of immutable caching.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node'
import { productPhotoFile } from '~/modules/catalogue/images.server'

const TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' }

export async function loader({ params }: LoaderFunctionArgs) {
  const file = productPhotoFile(params.file ?? '')
  const info = file ? await stat(file).catch(() => null) : null
  if (!file || !info?.isFile()) throw new Response('Không tìm thấy ảnh', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return new Response(createReadableStreamFromReadable(createReadStream(file)), {
    headers: {
      'Content-Type': TYPES[file.slice(file.lastIndexOf('.') + 1)],
      'Content-Length': String(info.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
