// Product photos: checked by content, re-encoded by sharp to web sizes (which also strips any
// embedded metadata or payload), stored under STORAGE_DIR/products.
import { randomBytes } from 'node:crypto'
import { copyFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { readUpload, storageRoot, storeFile } from '~/utils/uploads.server'
import { MAX_PHOTO_BYTES } from './photo-limits'

export { MAX_PHOTOS, MAX_PHOTO_BYTES } from './photo-limits'

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

/** Stored photo names are ours alone: 32 hex characters and an image extension, nothing else. */
const STORED_PHOTO_NAME = /^[a-f0-9]{32}\.(webp|jpg|png)$/

/**
 * The absolute file behind a public photo URL, or null. Only bare names under STORAGE_DIR/products
 * pass, so "..", slashes, encoded separators or other folders (certificates) can never be reached.
 */
export function productPhotoFile(name: string): string | null {
  if (!STORED_PHOTO_NAME.test(name)) return null
  const folder = path.join(storageRoot(), 'products')
  const file = path.join(folder, name)
  return path.dirname(file) === folder ? file : null
}

function absoluteStoredPhoto(relative: string): string | null {
  const [folder, name, ...rest] = relative.split('/')
  return folder === 'products' && name && rest.length === 0 ? productPhotoFile(name) : null
}

/** Best effort: a file that is already gone is fine, and a failure must not undo a committed change. */
export async function removeStoredPhotos(relativePaths: string[]) {
  await Promise.all(
    relativePaths.map(async (relative) => {
      const file = absoluteStoredPhoto(relative)
      if (file) await unlink(file).catch(() => undefined)
    }),
  )
}

/** Copies of a listing's photos under new names (for a duplicated listing). */
export async function copyStoredPhotos<T extends { path: string; width: number; height: number; alt: string | null; position: number; isCover: boolean }>(
  images: T[],
) {
  const copies: Array<{ path: string; width: number; height: number; alt: string | null; position: number; isCover: boolean }> = []
  for (const image of images) {
    const source = absoluteStoredPhoto(image.path)
    if (!source) continue
    const extension = path.extname(source)
    const relative = path.posix.join('products', `${randomBytes(16).toString('hex')}${extension}`)
    try {
      await copyFile(source, path.join(storageRoot(), relative))
    } catch {
      continue // a photo whose file is missing is left out of the copy rather than pointing nowhere
    }
    copies.push({ path: relative, width: image.width, height: image.height, alt: image.alt, position: image.position, isCover: image.isCover })
  }
  if (copies.length && !copies.some((copy) => copy.isCover)) copies[0].isCover = true
  return copies
}
