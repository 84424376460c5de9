// Certificate scans are private: only the producer's own members and admins may open one. Anyone
// else gets "not found", so the existence of another producer's certificate never leaks.
import { unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Actor } from '~/modules/accounts/permissions'
import { requirePermission } from '~/modules/accounts/permissions.server'
import { slugify } from '~/utils/slug'
import { storageRoot, storeFile, type FileKind } from '~/utils/uploads.server'
import { getCertificateForActor } from './certificates.server'

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }
const STORED_DOCUMENT = /^certificates\/[a-f0-9]{32}\.(pdf|jpg|png)$/

export async function getCertificateDocument(actor: Actor, certificateId: string) {
  const certificate = await getCertificateForActor(actor, certificateId)
  // getCertificateForActor already scopes the query; the policy is asked too, as everywhere.
  requirePermission(actor, 'read:certificate', { producerId: certificate.producerId }, 404)
  const stored = certificate.documentPath
  const mime = certificate.documentMime
  if (!stored || !mime || !EXTENSIONS[mime] || !STORED_DOCUMENT.test(stored)) {
    throw new Response('Chứng nhận này chưa có bản scan', { status: 404 })
  }
  const root = storageRoot()
  const file = path.join(root, stored)
  if (!file.startsWith(root + path.sep)) throw new Response('Không tìm thấy', { status: 404 })
  return {
    file,
    mime,
    filename: `chung-nhan-ocop-${slugify(certificate.certificateNumber) || certificate.id}.${EXTENSIONS[mime]}`,
  }
}

/** Content-Disposition with an ASCII name (our names are slugs) and its RFC 5987 twin. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/** Stores a checked scan under STORAGE_DIR/certificates; returns what createCertificate records. */
export async function storeCertificateDocument(upload: { bytes: Uint8Array; kind: FileKind; mime: string }) {
  return { path: await storeFile('certificates', upload.bytes, upload.kind), mime: upload.mime }
}

/** Best effort removal of a scan whose certificate was not created (duplicate number…). */
export async function discardCertificateDocument(relative: string) {
  if (!STORED_DOCUMENT.test(relative)) return
  await unlink(path.join(storageRoot(), relative)).catch(() => undefined)
}
