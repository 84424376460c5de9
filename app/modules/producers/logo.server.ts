// Producer logos: accepted by content (JPEG, PNG, WebP), re-encoded by sharp to a small WebP, which
// also drops anything hidden in the original file. Served publicly from /logos/<name>.
import path from 'node:path'
import sharp from 'sharp'
import { readUpload, storageRoot, storeFile } from '~/utils/uploads.server'
import { MAX_LOGO_BYTES } from './forms'

const LOGO_SIZE = 512

export type LogoError = 'empty' | 'too-large' | 'wrong-type' | 'unreadable'

export async function processProducerLogo(file: File): Promise<{ ok: true; path: string } | { ok: false; error: LogoError }> {
  const upload = await readUpload(file, { allowed: ['jpeg', 'png', 'webp'], maxBytes: MAX_LOGO_BYTES })
  if (!upload.ok) return upload
  try {
    const data = await sharp(upload.bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: LOGO_SIZE, height: LOGO_SIZE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer()
    return { ok: true, path: await storeFile('logos', data, 'webp') }
  } catch {
    return { ok: false, error: 'unreadable' }
  }
}

const STORED_LOGO_NAME = /^[a-f0-9]{32}\.webp$/

/** The file behind /logos/<name>, or null: only our own generated names inside STORAGE_DIR/logos. */
export function producerLogoFile(name: string): string | null {
  if (!STORED_LOGO_NAME.test(name)) return null
  const folder = path.join(storageRoot(), 'logos')
  const file = path.join(folder, name)
  return path.dirname(file) === folder ? file : null
}
