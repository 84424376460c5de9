// Attachments of inquiry messages: checked by content (PDF/JPEG/PNG/WebP, 10 MB), stored under
// STORAGE_DIR/attachments with a random name, served only to the thread's two parties.
import path from 'node:path'
import type { Actor } from '~/modules/accounts/permissions'
import { storageRoot, storeFile, readUpload } from '~/utils/uploads.server'
import { getAttachment } from './inquiries.server'
import { ATTACHMENT_ERRORS, MAX_ATTACHMENT_BYTES } from './schemas'

const STORED = /^attachments\/[a-f0-9]{32}\.(pdf|jpg|png|webp)$/

/** Reads an optional uploaded file; null when none was chosen. */
export async function acceptAttachment(file: File | undefined): Promise<{ ok: true; attachment: { path: string; name: string; mime: string } | null } | { ok: false; message: string }> {
  if (!file || (file.size === 0 && !file.name)) return { ok: true, attachment: null }
  const upload = await readUpload(file, { allowed: ['pdf', 'jpeg', 'png', 'webp'], maxBytes: MAX_ATTACHMENT_BYTES })
  if (!upload.ok) return { ok: false, message: ATTACHMENT_ERRORS[upload.error] }
  const stored = await storeFile('attachments', upload.bytes, upload.kind)
  // The shown name is the user's, trimmed and stripped of path parts and control characters.
  const name = path.basename(file.name).replace(/[\u0000-\u001f"\\]/g, '_').slice(0, 120) || `tep-dinh-kem.${upload.kind}`
  return { ok: true, attachment: { path: stored, name, mime: upload.mime } }
}

export async function openAttachment(actor: Actor, messageId: string) {
  const attachment = await getAttachment(actor, messageId)
  if (!STORED.test(attachment.path)) throw new Response('Không tìm thấy', { status: 404 })
  const root = storageRoot()
  const file = path.join(root, attachment.path)
  if (!file.startsWith(root + path.sep)) throw new Response('Không tìm thấy', { status: 404 })
  return { file, name: attachment.name, mime: attachment.mime }
}
