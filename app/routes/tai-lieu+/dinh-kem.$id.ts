// GET /tai-lieu/dinh-kem/<messageId>: the attachment of an inquiry message, for the thread's two
// parties only; everyone else gets 404. Never cached by shared caches, never sniffed as HTML.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/modules/accounts/auth.server'
import { openAttachment } from '~/modules/inquiries/attachments.server'
import { contentDisposition } from '~/modules/producers/documents.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const attachment = await openAttachment(user, params.id ?? '')
  const info = await stat(attachment.file).catch(() => null)
  if (!info?.isFile()) throw new Response('Không tìm thấy tệp', { status: 404 })
  return new Response(createReadableStreamFromReadable(createReadStream(attachment.file)), {
    headers: {
      'Content-Type': attachment.mime,
      'Content-Length': String(info.size),
      'Content-Disposition': contentDisposition('attachment', attachment.name),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
