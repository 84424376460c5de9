// GET /tai-lieu/chung-nhan/<id>: the scan of a certificate, for the producer that owns it and for
// admins only; everyone else (other producers, buyers) gets 404. Shown inline by default,
// downloaded with ?tai-ve=1. Never cached by shared caches.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/modules/accounts/auth.server'
import { contentDisposition, getCertificateDocument } from '~/modules/producers/documents.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const document = await getCertificateDocument(user, params.id ?? '')
  const info = await stat(document.file).catch(() => null)
  if (!info?.isFile()) throw new Response('Không tìm thấy tệp', { status: 404 })
  const download = new URL(request.url).searchParams.get('tai-ve') === '1'
  return new Response(createReadableStreamFromReadable(createReadStream(document.file)), {
    headers: {
      'Content-Type': document.mime,
      'Content-Length': String(info.size),
      'Content-Disposition': contentDisposition(download ? 'attachment' : 'inline', document.filename),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
