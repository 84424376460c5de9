// The editor's multipart reading on real requests: an oversized photo is cut at MAX+1 bytes (so
// the schema can name it) while the fields after it still arrive.
import { MaxPartSizeExceededError } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { parseEditorForm } from './photo-upload.server'

const options = { field: 'newPhotos', maxBytes: 1024, maxFiles: 2 }

function request(build: (form: FormData) => void) {
  const form = new FormData()
  build(form)
  return new Request('http://localhost/nha-san-xuat/san-pham/moi', { method: 'POST', body: form })
}

describe('parseEditorForm', () => {
  it('keeps small photos whole and every text field, before and after a large photo', async () => {
    const data = await parseEditorForm(
      request((form) => {
        form.append('nameVi', 'Kẹo dừa sáp')
        form.append('newPhotos', new File([new Uint8Array(500).fill(7)], 'nho.jpg', { type: 'image/jpeg' }))
        form.append('newPhotos', new File([new Uint8Array(50_000).fill(9)], 'lon.png', { type: 'image/png' }))
        form.append('tiers[0].priceVnd', '42.000')
      }),
      options,
    )
    const photos = data.getAll('newPhotos') as File[]
    expect(photos.map((photo) => [photo.name, photo.size, photo.type])).toEqual([
      ['nho.jpg', 500, 'image/jpeg'],
      ['lon.png', 1025, 'image/png'],
    ])
    expect(new Uint8Array(await photos[0].arrayBuffer()).every((byte) => byte === 7)).toBe(true)
    expect(data.get('nameVi')).toBe('Kẹo dừa sáp')
    expect(data.get('tiers[0].priceVnd')).toBe('42.000')
  })

  it('skips an empty file input and bounds how much of surplus files is kept', async () => {
    const data = await parseEditorForm(
      request((form) => {
        form.append('newPhotos', new File([], ''))
        for (let i = 0; i < 5; i++) form.append('newPhotos', new File([new Uint8Array(4000)], `anh-${i}.jpg`, { type: 'image/jpeg' }))
      }),
      options,
    )
    const photos = (data.getAll('newPhotos') as Array<File | string>).filter((entry): entry is File => typeof entry !== 'string')
    expect(photos.map((photo) => photo.size)).toEqual([1025, 1025, 1025, 1, 1])
  })

  it('refuses a text field over 64 KB instead of buffering it', async () => {
    await expect(parseEditorForm(request((form) => form.append('descriptionVi', 'x'.repeat(70_000))), options)).rejects.toBeInstanceOf(
      MaxPartSizeExceededError,
    )
  })
})
