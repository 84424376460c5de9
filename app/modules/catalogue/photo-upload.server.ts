// Reads the editor's multipart body with bounded memory. An oversized photo must not cost the
// producer the rest of the form: instead of failing the whole request (what Remix's memory
// handler does), it keeps only the first MAX+1 bytes, so the schema sees a file that is too large
// and reports it next to the photo field, while every other field arrives intact.
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node'

export function boundedFileHandler(options: { field: string; maxBytes: number; maxFiles: number }): UploadHandler {
  let files = 0
  return async ({ name, filename, contentType, data }) => {
    if (name !== options.field || !filename) return undefined
    files++
    const keep = files <= options.maxFiles + 1 ? options.maxBytes + 1 : 1
    const chunks: Uint8Array[] = []
    let kept = 0
    for await (const chunk of data) {
      if (kept < keep) {
        const part = chunk.subarray(0, keep - kept)
        chunks.push(part)
        kept += part.byteLength
      }
      // Past the limit the rest is read and dropped: the body must be consumed to reach the next field.
    }
    return new File(chunks as unknown as BlobPart[], filename, { type: contentType })
  }
}

/** Form fields up to 64 KB each (a description is at most 8,000 characters), photos as above. */
export async function parseEditorForm(request: Request, options: { field: string; maxBytes: number; maxFiles: number }) {
  const contentType = request.headers.get('Content-Type') ?? ''
  if (!contentType.startsWith('multipart/form-data')) return request.formData()
  return parseMultipartFormData(
    request,
    composeUploadHandlers(boundedFileHandler(options), createMemoryUploadHandler({ maxPartSize: 64 * 1024 })),
  )
}
