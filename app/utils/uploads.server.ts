// Uploaded files are trusted only by their content: the first bytes must match an allowed type,
// whatever the file name or the browser-declared type say. Stored under STORAGE_DIR with a random name.
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type FileKind = 'pdf' | 'jpeg' | 'png' | 'webp'

const MIME: Record<FileKind, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

export function detectFileKind(bytes: Uint8Array): FileKind | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf' // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50)
    return 'webp' // RIFF....WEBP
  return null
}

export type UploadError = 'empty' | 'too-large' | 'wrong-type'

export async function readUpload(
  file: File,
  options: { allowed: FileKind[]; maxBytes: number },
): Promise<{ ok: true; bytes: Uint8Array; kind: FileKind; mime: string } | { ok: false; error: UploadError }> {
  if (file.size === 0) return { ok: false, error: 'empty' }
  if (file.size > options.maxBytes) return { ok: false, error: 'too-large' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = detectFileKind(bytes)
  if (!kind || !options.allowed.includes(kind)) return { ok: false, error: 'wrong-type' }
  return { ok: true, bytes, kind, mime: MIME[kind] }
}

export function storageRoot() {
  return path.resolve(process.env.STORAGE_DIR ?? '.data/uploads')
}

/** Writes bytes under STORAGE_DIR/<folder>/ with an unguessable name; returns the relative path. */
export async function storeFile(folder: 'certificates' | 'products' | 'logos' | 'attachments', bytes: Uint8Array, kind: FileKind) {
  const extension = kind === 'jpeg' ? 'jpg' : kind
  const relative = path.posix.join(folder, `${randomBytes(16).toString('hex')}.${extension}`)
  const absolute = path.join(storageRoot(), relative)
  await mkdir(path.dirname(absolute), { recursive: true })
  await writeFile(absolute, bytes)
  return relative
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
