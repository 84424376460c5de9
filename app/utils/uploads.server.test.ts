import { describe, expect, it } from 'vitest'
import { detectFileKind, readUpload } from './uploads.server'

const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) // a Linux executable
const windowsExe = new TextEncoder().encode('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode')

describe('uploads are judged by content', () => {
  it('recognises PDF and images by their magic bytes', () => {
    expect(detectFileKind(pdf)).toBe('pdf')
    expect(detectFileKind(png)).toBe('png')
    expect(detectFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
  })

  it('refuses an executable renamed to .pdf whatever its declared type', async () => {
    for (const bytes of [elf, windowsExe]) {
      const file = new File([bytes], 'chung-nhan.pdf', { type: 'application/pdf' })
      expect(await readUpload(file, { allowed: ['pdf', 'jpeg', 'png'], maxBytes: 1024 })).toEqual({ ok: false, error: 'wrong-type' })
    }
  })

  it('refuses empty and oversized files', async () => {
    expect(await readUpload(new File([], 'a.pdf'), { allowed: ['pdf'], maxBytes: 10 })).toEqual({ ok: false, error: 'empty' })
    expect(await readUpload(new File([pdf], 'a.pdf'), { allowed: ['pdf'], maxBytes: 10 })).toEqual({ ok: false, error: 'too-large' })
  })

  it('accepts a real PDF', async () => {
    const result = await readUpload(new File([pdf], 'scan.bin'), { allowed: ['pdf'], maxBytes: 1024 })
    expect(result).toMatchObject({ ok: true, kind: 'pdf', mime: 'application/pdf' })
  })
})
