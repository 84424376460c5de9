// Reads a form with at most one file field and bounded memory. Text fields are capped by Remix's
// memory handler; the file keeps at most maxBytes + 1 bytes, so an oversized file reaches the
// schema as "too large" (a field error next to the input) instead of failing the whole request.
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node'

function singleFileHandler(field: string, maxBytes: number): UploadHandler {
  let seen = false
  return async ({ name, filename, contentType, data }) => {
    if (name !== field || !filename) return undefined
    const keep = seen ? 0 : maxBytes + 1
    seen = true
    const chunks: Uint8Array<ArrayBuffer>[] = []
    let kept = 0
    for await (const chunk of data) {
      if (kept < keep) {
        const part = new Uint8Array(chunk.subarray(0, keep - kept))
        chunks.push(part)
        kept += part.byteLength
      }
      // The rest is read and dropped: the body must be consumed to reach the next field.
    }
    return new File(chunks, filename, { type: contentType })
  }
}

export async function parseFormWithFile(request: Request, options: { field: string; maxBytes: number; maxFieldBytes?: number }) {
  const contentType = request.headers.get('Content-Type') ?? ''
  if (!contentType.startsWith('multipart/form-data')) return request.formData()
  return parseMultipartFormData(
    request,
    composeUploadHandlers(singleFileHandler(options.field, options.maxBytes), createMemoryUploadHandler({ maxPartSize: options.maxFieldBytes ?? 64 * 1024 })),
  )
}
