// Product photos: checked by content, re-encoded by sharp to web sizes (which also strips any
// embedded metadata or payload), stored under STORAGE_DIR/products.
import sharp from 'sharp'
import { readUpload, storeFile } from '~/utils/uploads.server'

export const MAX_PHOTOS = 8
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
const WEB_WIDTH = 1200

export type PhotoError = 'empty' | 'too-large' | 'wrong-type' | 'unreadable'

export const PHOTO_ERROR_MESSAGES: Record<PhotoError, string> = {
  empty: 'Tệp ảnh trống',
  'too-large': 'Ảnh vượt quá 8 MB',
  'wrong-type': 'Chỉ nhận ảnh JPEG, PNG hoặc WebP',
  unreadable: 'Không đọc được ảnh này',
}

export async function processProductPhoto(file: File): Promise<{ ok: true; path: string; width: number; height: number } | { ok: false; error: PhotoError }> {
  const upload = await readUpload(file, { allowed: ['jpeg', 'png', 'webp'], maxBytes: MAX_PHOTO_BYTES })
  if (!upload.ok) return upload
  try {
    const { data, info } = await sharp(upload.bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: WEB_WIDTH, height: WEB_WIDTH, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    const path = await storeFile('products', data, 'webp')
    return { ok: true, path, width: info.width, height: info.height }
  } catch {
    return { ok: false, error: 'unreadable' }
  }
}
