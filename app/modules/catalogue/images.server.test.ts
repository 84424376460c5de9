// Stored photos: the public route can reach nothing but our own names under STORAGE_DIR/products.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyStoredPhotos, processProductPhoto, productPhotoFile, removeStoredPhotos } from './images.server'

let root: string
const previous = process.env.STORAGE_DIR
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ocop-photos-'))
  process.env.STORAGE_DIR = root
})
afterAll(() => {
  process.env.STORAGE_DIR = previous
})

describe('productPhotoFile', () => {
  it('maps a generated name into STORAGE_DIR/products', () => {
    expect(productPhotoFile('0123456789abcdef0123456789abcdef.webp')).toBe(path.join(root, 'products', '0123456789abcdef0123456789abcdef.webp'))
  })

  it.each(['../certificates/0123456789abcdef0123456789abcdef.pdf', '..%2f..%2fetc%2fpasswd', '/etc/passwd', '0123456789abcdef0123456789abcdef.webp/..', 'ABCDEF0123456789abcdef0123456789.webp', 'x.webp', '0123456789abcdef0123456789abcdef.svg', ''])(
    'refuses %j',
    (name) => {
      expect(productPhotoFile(name)).toBeNull()
    },
  )
})

describe('processing, copying and removing photos', () => {
  it('re-encodes a real JPEG to a WebP of web size, copies it, and removes only product photos', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#166140' } }).jpeg().toBuffer()
    const stored = await processProductPhoto(new File([new Uint8Array(jpeg)], 'anh.jpg', { type: 'image/jpeg' }))
    expect(stored).toMatchObject({ ok: true, width: 1200, height: 800 })
    if (!stored.ok) return
    expect(stored.path).toMatch(/^products\/[a-f0-9]{32}\.webp$/)
    expect((await sharp(path.join(root, stored.path)).metadata()).format).toBe('webp')

    const [copy] = await copyStoredPhotos([{ path: stored.path, width: 1200, height: 800, alt: null, position: 0, isCover: false }])
    expect(copy.path).not.toBe(stored.path)
    expect(copy.isCover).toBe(true)
    expect(existsSync(path.join(root, copy.path))).toBe(true)

    await mkdir(path.join(root, 'certificates'), { recursive: true })
    const certificate = path.join(root, 'certificates', '0123456789abcdef0123456789abcdef.pdf')
    await writeFile(certificate, '%PDF-1.4')
    await removeStoredPhotos([stored.path, copy.path, 'certificates/0123456789abcdef0123456789abcdef.pdf', 'products/../certificates/x.pdf'])
    expect(existsSync(path.join(root, stored.path))).toBe(false)
    expect(existsSync(path.join(root, copy.path))).toBe(false)
    expect(existsSync(certificate)).toBe(true)
  })

  it('refuses a file that only pretends to be an image', async () => {
    const fake = new File([new TextEncoder().encode('<svg onload="alert(1)"></svg>')], 'anh.jpg', { type: 'image/jpeg' })
    expect(await processProductPhoto(fake)).toEqual({ ok: false, error: 'wrong-type' })
  })
})
