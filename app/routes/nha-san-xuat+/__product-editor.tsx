// The listing editor shared by /nha-san-xuat/san-pham/moi and /nha-san-xuat/san-pham/<id>.
// Conform drives it: the browser checks the same schema as the server before uploading anything,
// and without JavaScript the add/remove/reorder buttons are plain submit buttons whose "intent"
// the server applies, so the form works either way and never loses what was typed.
import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Form, Link, useNavigation } from '@remix-run/react'
import { useEffect, useId, useMemo, useState } from 'react'
import { buttonClass, Card, describedBy, ErrorList, Field, inputClass, Notice } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { photoSizeLabel, productEditorSchema, subgroupChoices, type ProductEditorDefaults, type ProductEditorForm, type ProductEditorValue, type TaxonomyGroup } from '~/modules/catalogue/editor-schema'
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_MIME_TYPES } from '~/modules/catalogue/photo-limits'
import { MAX_TIERS } from '~/modules/catalogue/price-tiers'
import { renderRichText } from '~/modules/catalogue/rich-text'
import { STANDARDS } from '~/modules/catalogue/schemas'
import { formatNumber } from '~/utils/format'
import { paths } from '~/utils/paths'
import { useHydrated } from '~/utils/use-hydrated'

export interface EditorProduct {
  id: string
  slug: string
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'
  images: Array<{ id: string; path: string; width: number; height: number }>
  defaults: ProductEditorDefaults
}


/** Previews of the files picked in the photo input (browser only), revoked when replaced. */
function useFilePreviews() {
  const [previews, setPreviews] = useState<Array<{ name: string; size: number; url: string | null }>>([])
  useEffect(() => () => previews.forEach((preview) => preview.url && URL.revokeObjectURL(preview.url)), [previews])
  return {
    previews,
    pick(files: FileList | null) {
      setPreviews(
        Array.from(files ?? []).map((file) => ({
          name: file.name,
          size: file.size,
          url: (PHOTO_MIME_TYPES as readonly string[]).includes(file.type) && file.size <= MAX_PHOTO_BYTES ? URL.createObjectURL(file) : null,
        })),
      )
    },
  }
}

export function ProductEditor({
  taxonomy,
  product,
  producerVerified,
  lastResult,
}: {
  taxonomy: TaxonomyGroup[]
  product?: EditorProduct
  producerVerified: boolean
  lastResult?: SubmissionResult<string[]> | null
}) {
  const { t, lang } = useTranslation()
  const hydrated = useHydrated()
  const navigation = useNavigation()
  const saving = navigation.state === 'submitting'
  const schema = useMemo(() => productEditorSchema(taxonomy), [taxonomy])
  const [form, fields] = useForm<ProductEditorForm, ProductEditorValue>({
    id: product ? `product-${product.id}` : 'product-new',
    lastResult,
    defaultValue: product?.defaults ?? { tiers: [{ minQuantity: '', priceVnd: '' }], photos: [], standards: [] },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  })
  const name = (node: { nameVi: string; nameEn: string }) => (lang === 'en' ? node.nameEn : node.nameVi)

  // The subgroup list follows the chosen group once JavaScript runs; before that it lists them all.
  const [groupId, setGroupId] = useState(fields.groupId.initialValue ?? '')
  const group = taxonomy.find((g) => g.id === groupId)
  const visibleGroups = hydrated ? (group ? [group] : []) : taxonomy
  const subgroupDefault = hydrated && !subgroupChoices(group).includes(fields.subgroupId.initialValue ?? '') ? '' : (fields.subgroupId.initialValue ?? '')

  const [description, setDescription] = useState(fields.descriptionVi.initialValue ?? '')
  const previewHtml = useMemo(() => renderRichText(description), [description])
  const { previews, pick } = useFilePreviews()
  const tiers = fields.tiers.getFieldList()
  const photos = fields.photos.getFieldList()
  const imageById = new Map((product?.images ?? []).map((image) => [image.id, image]))
  const roomForPhotos = MAX_PHOTOS - photos.length
  const ids = {
    descriptionHint: useId(),
    photosHint: useId(),
    tiersHint: useId(),
    marketsHint: useId(),
    summary: useId(),
  }
  const invalid = form.status === 'error' && (form.allErrors ? Object.keys(form.allErrors).length > 0 : true)
  const formProps = getFormProps(form)

  const input = (field: Parameters<typeof getInputProps>[0], type: 'text' | 'number' | 'checkbox' = 'text') => {
    const { key, ...props } = type === 'checkbox' ? getInputProps(field, { type: 'checkbox' }) : getInputProps(field, { type: 'text' })
    return { key, props: { ...props, ...(type === 'number' ? { inputMode: 'numeric' as const } : {}) } }
  }

  return (
    <Form method="post" encType="multipart/form-data" {...formProps} className="space-y-6" aria-describedby={invalid ? ids.summary : undefined}>
      {invalid ? (
        <div id={ids.summary} role="alert">
          <Notice tone="error">
            <p className="font-semibold">{t('catalogue.editor.errorSummary')}</p>
            <ErrorList errors={form.errors} />
          </Notice>
        </div>
      ) : null}

      {!producerVerified ? (
        <Notice tone="warning">
          {t('catalogue.editor.unverified')}{' '}
          <Link to={paths.producerProfile} className="font-semibold underline">
            {t('catalogue.editor.unverifiedLink')}
          </Link>
        </Notice>
      ) : null}

      <Card contentClassName="space-y-5" id="basics" title={t('catalogue.editor.section.basics')}>
        <div className="grid gap-5 md:grid-cols-2">
          {(() => {
            const { key, props } = input(fields.nameVi)
            return (
              <Field label={t('catalogue.editor.nameVi')} htmlFor={fields.nameVi.id} required errors={fields.nameVi.errors} errorId={fields.nameVi.errorId}>
                <input key={key} {...props} required maxLength={160} autoComplete="off" className={inputClass} aria-describedby={describedBy(fields.nameVi.errors && fields.nameVi.errorId)} />
              </Field>
            )
          })()}
          {(() => {
            const { key, props } = input(fields.nameEn)
            return (
              <Field label={t('catalogue.editor.nameEn')} htmlFor={fields.nameEn.id} errors={fields.nameEn.errors} errorId={fields.nameEn.errorId}>
                <input key={key} {...props} lang="en" maxLength={160} autoComplete="off" className={inputClass} aria-describedby={describedBy(fields.nameEn.errors && fields.nameEn.errorId)} />
              </Field>
            )
          })()}
          {(() => {
            const { key, ...props } = getSelectProps(fields.groupId)
            return (
              <Field label={t('catalogue.editor.group')} htmlFor={fields.groupId.id} required errors={fields.groupId.errors} errorId={fields.groupId.errorId}>
                <select
                  key={key}
                  {...props}
                  required
                  onChange={(event) => setGroupId(event.currentTarget.value)}
                  className={inputClass}
                  aria-describedby={describedBy(fields.groupId.errors && fields.groupId.errorId)}
                >
                  <option value="">{t('catalogue.editor.groupPlaceholder')}</option>
                  {taxonomy.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.id}. {name(g)}
                    </option>
                  ))}
                </select>
              </Field>
            )
          })()}
          {(() => {
            const { key, ...props } = getSelectProps(fields.subgroupId)
            return (
              <Field
                label={t('catalogue.editor.subgroup')}
                htmlFor={fields.subgroupId.id}
                hint={hydrated && !group ? t('catalogue.editor.subgroupPickGroup') : undefined}
                errors={fields.subgroupId.errors}
                errorId={fields.subgroupId.errorId}
              >
                <select
                  {...props}
                  key={`${key}-${hydrated ? groupId : 'all'}`}
                  defaultValue={subgroupDefault}
                  disabled={hydrated && !group}
                  className={inputClass}
                  aria-describedby={describedBy(fields.subgroupId.errors && fields.subgroupId.errorId)}
                >
                  <option value="">{t('catalogue.editor.subgroupNone')}</option>
                  {visibleGroups.map((g) =>
                    g.categories.map((category) =>
                      category.subgroups.length ? (
                        <optgroup key={category.id} label={hydrated ? name(category) : `${name(g)} › ${name(category)}`}>
                          {category.subgroups.map((subgroup) => (
                            <option key={subgroup.id} value={subgroup.id}>
                              {name(subgroup)}
                            </option>
                          ))}
                        </optgroup>
                      ) : (
                        <option key={category.id} value={category.id}>
                          {hydrated ? name(category) : `${name(g)} › ${name(category)}`}
                        </option>
                      ),
                    ),
                  )}
                </select>
              </Field>
            )
          })()}
        </div>
      </Card>

      <Card contentClassName="space-y-5" id="description" title={t('catalogue.editor.section.description')}>
        {(() => {
          const { key, ...props } = getTextareaProps(fields.descriptionVi)
          return (
            <div className="grid gap-5 lg:grid-cols-2">
              <Field
                label={t('catalogue.editor.descriptionVi')}
                htmlFor={fields.descriptionVi.id}
                hint={t('catalogue.editor.formatHint')}
                hintId={ids.descriptionHint}
                errors={fields.descriptionVi.errors}
                errorId={fields.descriptionVi.errorId}
              >
                <textarea
                  key={key}
                  {...props}
                  rows={9}
                  maxLength={8000}
                  onChange={(event) => setDescription(event.currentTarget.value)}
                  className={`${inputClass} font-[inherit]`}
                  aria-describedby={describedBy(ids.descriptionHint, fields.descriptionVi.errors && fields.descriptionVi.errorId)}
                />
              </Field>
              <div>
                <p className="text-sm font-medium text-slate-800" id={`${ids.descriptionHint}-preview`}>
                  {t('catalogue.editor.preview')}
                </p>
                <div
                  aria-labelledby={`${ids.descriptionHint}-preview`}
                  role="region"
                  className="rich-text mt-1.5 min-h-[8rem] rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-3 text-sm leading-6 text-slate-800 [&_li]:mt-1 [&_p+p]:mt-3 [&_p+ul]:mt-3 [&_ul+p]:mt-3 [&_ul]:list-disc [&_ul]:pl-5"
                >
                  {previewHtml ? (
                    // renderRichText escapes everything typed before adding its few tags.
                    <div dangerouslySetInnerHTML={{ __html: previewHtml }} />
                  ) : (
                    <p className="text-slate-500">{t('catalogue.editor.previewEmpty')}</p>
                  )}
                </div>
              </div>
            </div>
          )
        })()}
        {(() => {
          const { key, ...props } = getTextareaProps(fields.descriptionEn)
          return (
            <Field label={t('catalogue.editor.descriptionEn')} htmlFor={fields.descriptionEn.id} errors={fields.descriptionEn.errors} errorId={fields.descriptionEn.errorId}>
              <textarea key={key} {...props} lang="en" rows={4} maxLength={8000} className={inputClass} aria-describedby={describedBy(fields.descriptionEn.errors && fields.descriptionEn.errorId)} />
            </Field>
          )
        })()}
      </Card>

      <Card contentClassName="space-y-5" id="photos" title={t('catalogue.editor.section.photos')} description={t('catalogue.editor.photosIntro', { max: MAX_PHOTOS, size: photoSizeLabel(MAX_PHOTO_BYTES) })}>
        {photos.length ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t('catalogue.editor.savedPhotos')}</legend>
            <ol className="mt-3 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
              {photos.map((photo, index) => {
                const { id } = photo.getFieldset()
                const image = imageById.get(String(id.value ?? id.initialValue ?? ''))
                const { key, ...hidden } = getInputProps(id, { type: 'hidden' })
                const position = index + 1
                return (
                  <li key={photo.key} className="overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
                    <input key={key} {...hidden} />
                    <div className="aspect-[4/3] bg-slate-100">
                      {image ? <img src={paths.productPhoto(image.path)} alt={t('catalogue.editor.photoAlt', { position })} className="h-full w-full object-cover" /> : null}
                    </div>
                    <div className="space-y-2 p-2.5 sm:p-3">
                      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                        <input
                          type="radio"
                          name={fields.cover.name}
                          value={image?.id ?? ''}
                          defaultChecked={(fields.cover.initialValue ?? photos[0]?.getFieldset().id.initialValue) === image?.id}
                          className="h-4 w-4 border-slate-300 text-brand-700 focus:ring-brand-600"
                        />
                        {t('catalogue.editor.cover', { position })}
                      </label>
                      <div className="flex flex-wrap gap-1.5">
                        <button
                          {...form.reorder.getButtonProps({ name: fields.photos.name, from: index, to: index - 1 })}
                          disabled={index === 0}
                          className={buttonClass.small}
                          aria-label={t('catalogue.editor.photoEarlier', { position })}
                        >
                          ←
                        </button>
                        <button
                          {...form.reorder.getButtonProps({ name: fields.photos.name, from: index, to: index + 1 })}
                          disabled={index === photos.length - 1}
                          className={buttonClass.small}
                          aria-label={t('catalogue.editor.photoLater', { position })}
                        >
                          →
                        </button>
                        <button {...form.remove.getButtonProps({ name: fields.photos.name, index })} className={`${buttonClass.small} text-red-700`}>
                          {t('catalogue.editor.photoRemove')}
                          <span className="sr-only"> {t('catalogue.editor.photoNumber', { position })}</span>
                        </button>
                      </div>
                    </div>
                  </li>
                )
              })}
            </ol>
          </fieldset>
        ) : null}
        <Field
          label={photos.length ? t('catalogue.editor.addPhotos') : t('catalogue.editor.choosePhotos')}
          htmlFor={fields.newPhotos.id}
          hint={
            roomForPhotos > 0
              ? t(photos.length ? 'catalogue.editor.photosHintMore' : 'catalogue.editor.photosHintFirst', { room: roomForPhotos })
              : t('catalogue.editor.photosFull', { max: MAX_PHOTOS })
          }
          hintId={ids.photosHint}
          errors={fields.newPhotos.errors}
          errorId={fields.newPhotos.errorId}
        >
          <input
            id={fields.newPhotos.id}
            name={fields.newPhotos.name}
            type="file"
            multiple
            accept={PHOTO_MIME_TYPES.join(',')}
            disabled={roomForPhotos <= 0}
            onChange={(event) => pick(event.currentTarget.files)}
            aria-invalid={fields.newPhotos.errors ? true : undefined}
            aria-describedby={describedBy(ids.photosHint, fields.newPhotos.errors && fields.newPhotos.errorId)}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2.5 file:text-sm file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
          />
        </Field>
        {previews.length ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('catalogue.editor.pickedPhotos')}>
            {previews.map((preview, index) => (
              <li key={`${preview.name}-${index}`} className="overflow-hidden rounded-lg ring-1 ring-slate-200">
                <div className="aspect-[4/3] bg-slate-100">
                  {preview.url ? <img src={preview.url} alt="" className="h-full w-full object-cover" /> : null}
                </div>
                <p className={`truncate px-2 py-1 text-xs ${preview.size > MAX_PHOTO_BYTES ? 'font-semibold text-red-700' : 'text-slate-600'}`}>
                  {preview.name} · {formatNumber(Math.round(preview.size / 1024), lang)} KB
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card contentClassName="space-y-5" id="wholesale" title={t('catalogue.editor.section.wholesale')}>
        <div className="grid gap-5 md:grid-cols-3">
          {(() => {
            const { key, props } = input(fields.unit)
            return (
              <Field label={t('catalogue.editor.unit')} htmlFor={fields.unit.id} required hint={t('catalogue.editor.unitHint')} errors={fields.unit.errors} errorId={fields.unit.errorId}>
                <input key={key} {...props} required maxLength={40} className={inputClass} aria-describedby={describedBy(fields.unit.errors && fields.unit.errorId)} />
              </Field>
            )
          })()}
          {(() => {
            const { key, props } = input(fields.packaging)
            return (
              <Field label={t('catalogue.editor.packaging')} htmlFor={fields.packaging.id} hint={t('catalogue.editor.packagingHint')} errors={fields.packaging.errors} errorId={fields.packaging.errorId}>
                <input key={key} {...props} maxLength={200} className={inputClass} aria-describedby={describedBy(fields.packaging.errors && fields.packaging.errorId)} />
              </Field>
            )
          })()}
          {(() => {
            const { key, props } = input(fields.minOrderQuantity, 'number')
            return (
              <Field label={t('catalogue.editor.moq')} htmlFor={fields.minOrderQuantity.id} required errors={fields.minOrderQuantity.errors} errorId={fields.minOrderQuantity.errorId}>
                <input key={key} {...props} required className={inputClass} aria-describedby={describedBy(fields.minOrderQuantity.errors && fields.minOrderQuantity.errorId)} />
              </Field>
            )
          })()}
        </div>

        <fieldset aria-describedby={describedBy(ids.tiersHint, fields.tiers.errors && fields.tiers.errorId)}>
          <legend className="text-sm font-medium text-slate-800">
            {t('catalogue.editor.tiers')}
            <span className="ml-0.5 text-red-700" aria-hidden="true">
              *
            </span>
          </legend>
          <p id={ids.tiersHint} className="mt-1 text-sm text-slate-600">
            {t('catalogue.editor.tiersHint')}
          </p>
          <ErrorList id={fields.tiers.errorId} errors={fields.tiers.errors} />
          <div className="mt-3 hidden grid-cols-[3rem_1fr_1fr_auto] gap-3 px-1 text-xs font-semibold uppercase tracking-wide text-slate-500 sm:grid" aria-hidden="true">
            <span>#</span>
            <span>{t('catalogue.editor.tierFrom')}</span>
            <span>{t('catalogue.editor.tierPrice')}</span>
            <span className="w-20" />
          </div>
          <ol className="mt-2 space-y-3">
            {tiers.map((tier, index) => {
              const tierFields = tier.getFieldset()
              const quantity = input(tierFields.minQuantity, 'number')
              const price = input(tierFields.priceVnd, 'number')
              const position = index + 1
              return (
                <li key={tier.key} className="grid grid-cols-2 items-start gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 sm:grid-cols-[3rem_1fr_1fr_auto] sm:bg-transparent sm:p-1 sm:ring-0">
                  <span className="col-span-2 text-sm font-semibold text-slate-700 sm:col-span-1 sm:pt-2.5">
                    <span className="sm:hidden">{t('catalogue.editor.tierNumber', { position })}</span>
                    <span className="hidden sm:inline" aria-hidden="true">
                      {position}
                    </span>
                  </span>
                  <div>
                    <label htmlFor={tierFields.minQuantity.id} className="mb-1 block text-xs font-medium text-slate-600 sm:sr-only">
                      {t('catalogue.editor.tierFromLabel', { position })}
                    </label>
                    <input
                      key={quantity.key}
                      {...quantity.props}
                      required
                      placeholder="100"
                      className={inputClass}
                      aria-describedby={describedBy(tierFields.minQuantity.errors && tierFields.minQuantity.errorId)}
                    />
                    <ErrorList id={tierFields.minQuantity.errorId} errors={tierFields.minQuantity.errors} />
                  </div>
                  <div>
                    <label htmlFor={tierFields.priceVnd.id} className="mb-1 block text-xs font-medium text-slate-600 sm:sr-only">
                      {t('catalogue.editor.tierPriceLabel', { position })}
                    </label>
                    <input
                      key={price.key}
                      {...price.props}
                      required
                      placeholder="45.000"
                      className={inputClass}
                      aria-describedby={describedBy(tierFields.priceVnd.errors && tierFields.priceVnd.errorId)}
                    />
                    <ErrorList id={tierFields.priceVnd.errorId} errors={tierFields.priceVnd.errors} />
                  </div>
                  <div className="col-span-2 sm:col-span-1 sm:pt-1">
                    <button
                      {...form.remove.getButtonProps({ name: fields.tiers.name, index })}
                      disabled={tiers.length <= 1}
                      className={`${buttonClass.small} w-full sm:w-20`}
                    >
                      {t('catalogue.editor.tierRemove')}
                      <span className="sr-only"> {t('catalogue.editor.tierNumber', { position })}</span>
                    </button>
                  </div>
                </li>
              )
            })}
          </ol>
          <button
            {...form.insert.getButtonProps({ name: fields.tiers.name, defaultValue: { minQuantity: '', priceVnd: '' } })}
            disabled={tiers.length >= MAX_TIERS}
            className={`${buttonClass.secondary} mt-3`}
          >
            + {t('catalogue.editor.tierAdd')}
          </button>
        </fieldset>
      </Card>

      <Card contentClassName="space-y-5" id="supply" title={t('catalogue.editor.section.supply')}>
        <div className="grid gap-5 md:grid-cols-3">
          {([
            ['monthlyCapacity', 'catalogue.editor.capacity', 'catalogue.editor.capacityHint'],
            ['shelfLifeDays', 'catalogue.editor.shelfLife', 'catalogue.editor.daysHint'],
            ['leadTimeDays', 'catalogue.editor.leadTime', 'catalogue.editor.daysHint'],
          ] as const).map(([fieldName, label, hint]) => {
            const field = fields[fieldName]
            const { key, props } = input(field, 'number')
            return (
              <Field key={fieldName} label={t(label)} htmlFor={field.id} hint={t(hint)} errors={field.errors} errorId={field.errorId}>
                <input key={key} {...props} className={inputClass} aria-describedby={describedBy(field.errors && field.errorId)} />
              </Field>
            )
          })}
        </div>
        {(() => {
          const { key, props } = input(fields.exportMarkets)
          return (
            <Field label={t('catalogue.editor.exportMarkets')} htmlFor={fields.exportMarkets.id} hint={t('catalogue.editor.exportMarketsHint')} hintId={ids.marketsHint} errors={fields.exportMarkets.errors} errorId={fields.exportMarkets.errorId}>
              <input key={key} {...props} className={inputClass} aria-describedby={describedBy(ids.marketsHint, fields.exportMarkets.errors && fields.exportMarkets.errorId)} />
            </Field>
          )
        })()}
        {(() => {
          const { key, props } = input(fields.samplesAvailable, 'checkbox')
          return (
            <label className="flex items-start gap-3 text-sm text-slate-800">
              <input key={key} {...props} className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-700 focus:ring-brand-600" />
              <span>
                <span className="font-medium">{t('catalogue.editor.samples')}</span>
                <span className="block text-slate-600">{t('catalogue.editor.samplesHint')}</span>
              </span>
            </label>
          )
        })()}
      </Card>

      <Card contentClassName="space-y-5" id="standards" title={t('catalogue.editor.section.standards')} description={t('catalogue.editor.standardsHint')}>
        <fieldset>
          <legend className="sr-only">{t('catalogue.editor.section.standards')}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {getCollectionProps(fields.standards, { type: 'checkbox', options: [...STANDARDS] }).map(({ key, ...props }) => (
              <label key={key} className="flex items-center gap-2.5 rounded-lg px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
                <input {...props} className="h-4 w-4 rounded border-slate-300 text-brand-700 focus:ring-brand-600" />
                {t(`catalogue.standard.${props.value}` as MessageKey)}
              </label>
            ))}
          </div>
          <ErrorList id={fields.standards.errorId} errors={fields.standards.errors} />
        </fieldset>
      </Card>

      <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-2xl sm:border sm:py-4 sm:shadow-lg">
        <div className="flex items-center gap-2 sm:gap-3">
          <Link to={paths.producerProducts} className={`${buttonClass.secondary} hidden sm:mr-auto sm:inline-flex`}>
            {t('catalogue.editor.cancel')}
          </Link>
          {product?.status === 'PUBLISHED' ? (
            <button type="submit" name="intent" value="save" className={`${buttonClass.primary} flex-1 sm:flex-none`} disabled={saving}>
              {saving ? t('catalogue.editor.saving') : t('catalogue.editor.saveChanges')}
            </button>
          ) : (
            <>
              <button
                type="submit"
                name="intent"
                value="save"
                className={`${producerVerified ? buttonClass.secondary : buttonClass.primary} flex-1 sm:flex-none`}
                disabled={saving}
              >
                {t('catalogue.editor.saveDraft')}
              </button>
              {producerVerified ? (
                <button type="submit" name="intent" value="publish" className={`${buttonClass.primary} flex-1 sm:flex-none`} disabled={saving}>
                  {t('catalogue.editor.saveAndPublish')}
                </button>
              ) : null}
            </>
          )}
        </div>
      </div>
    </Form>
  )
}
