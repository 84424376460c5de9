// The editor's action, shared by the create and edit routes: parse (photos with bounded memory),
// validate with the editor schema, save through the catalogue module, redirect. Invalid input
// comes back as a 400 with Conform's reply, so every typed value stays in the form.
import { parseWithZod } from '@conform-to/zod'
import { data, MaxPartSizeExceededError, redirect, type ActionFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/modules/accounts/auth.server'
import { productEditorSchema } from '~/modules/catalogue/editor-schema'
import { loadTaxonomy, saveListing } from '~/modules/catalogue/listings.server'
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '~/modules/catalogue/photo-limits'
import { parseEditorForm } from '~/modules/catalogue/photo-upload.server'
import { getOwnProduct } from '~/modules/catalogue/products.server'
import { paths } from '~/utils/paths'

export async function productEditorAction({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProducts)
  // Someone else's listing is "not found" before a single uploaded byte is processed.
  if (params.id) await getOwnProduct(user, params.id)

  let formData: FormData
  try {
    formData = await parseEditorForm(request, { field: 'newPhotos', maxBytes: MAX_PHOTO_BYTES, maxFiles: MAX_PHOTOS })
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      throw new Response('Nội dung gửi lên quá lớn', { status: 413 })
    }
    throw error
  }

  const submission = parseWithZod(formData, { schema: productEditorSchema(await loadTaxonomy()) })
  // A list intent (add/remove a tier, move a photo) without JavaScript: apply it and show the form again.
  if (submission.status !== 'success') return data(submission.reply(), { status: submission.status === 'error' ? 400 : 200 })

  const { photos, cover, newPhotos, ...input } = submission.value
  const publish = formData.get('intent') === 'publish'
  const result = await saveListing(user, {
    id: params.id,
    input,
    photos: { keep: photos.map((photo) => photo.id), cover, added: newPhotos },
    publish,
  })
  if (!result.ok) {
    return data(submission.reply({ formErrors: result.formError ? [result.formError] : undefined, fieldErrors: result.fieldErrors }), {
      status: 400,
    })
  }
  const notice = publish && result.published ? 'da-dang' : 'da-luu'
  return redirect(`${paths.producerProductEdit(result.id)}?thong-bao=${notice}`)
}
