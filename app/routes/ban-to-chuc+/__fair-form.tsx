// The fair form shared by /ban-to-chuc/hoi-cho/moi and .../$slug/thong-tin: details, dates in
// Vietnam time, eligibility rules, booth limits and the subsidy rule. One zod schema on both sides.
import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { Form, Link } from '@remix-run/react'
import { buttonClass, Card, Field, FormErrors, inputClass, SubmitButton, InputField } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { FairFormSchema, SUBSIDY_KINDS } from '~/modules/fairs/schemas'

export interface FairFormReference {
  provinces: Array<{ id: string; name: string }>
  groups: Array<{ id: string; nameVi: string; nameEn: string }>
}

export function FairForm({
  reference,
  defaultValue,
  lastResult,
  submitLabel,
  cancelTo,
}: {
  reference: FairFormReference
  defaultValue?: Record<string, unknown>
  lastResult?: SubmissionResult<string[]> | null
  submitLabel: string
  cancelTo: string
}) {
  const { t, lang } = useTranslation()
  const [form, fields] = useForm({
    id: 'fair-form',
    lastResult,
    defaultValue: { minStars: '3', verifiedOnly: 'on', maxBoothsPerProducer: '2', cooperativeTargetPercent: '20', paymentDueDays: '14', subsidyKind: 'none', ...defaultValue },
    constraint: getZodConstraint(FairFormSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: FairFormSchema }),
  })
  const subsidy = fields.subsidyKind.value ?? 'none'
  const hint = (id: string) => `${id}-hint`
  // The fair's own province and the subsidised province choose from the same list.
  const provinceOptions = (
    <>
      <option value="">{t('fairs.form.chooseProvince')}</option>
      {reference.provinces.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  )

  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <FormErrors id={form.errorId} errors={form.errors} />
      <Card id="fair-general" title={t('fairs.form.general')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field className="sm:col-span-2" label={t('fairs.form.nameVi')} htmlFor={fields.nameVi.id} required errors={fields.nameVi.errors} errorId={fields.nameVi.errorId}>
            <input {...getInputProps(fields.nameVi, { type: 'text' })} className={inputClass} />
          </Field>
          <Field className="sm:col-span-2" label={t('fairs.form.nameEn')} htmlFor={fields.nameEn.id} errors={fields.nameEn.errors} errorId={fields.nameEn.errorId}>
            <input {...getInputProps(fields.nameEn, { type: 'text' })} className={inputClass} />
          </Field>
          <Field className="sm:col-span-2" label={t('fairs.form.description')} htmlFor={fields.descriptionVi.id} errors={fields.descriptionVi.errors} errorId={fields.descriptionVi.errorId}>
            <textarea {...getTextareaProps(fields.descriptionVi)} rows={4} className={inputClass} />
          </Field>
          <InputField meta={fields.venue} label={t('fairs.form.venue')} required />
          <Field label={t('fairs.form.province')} htmlFor={fields.provinceId.id} errors={fields.provinceId.errors} errorId={fields.provinceId.errorId}>
            <select {...getSelectProps(fields.provinceId)} className={inputClass}>
              {provinceOptions}
            </select>
          </Field>
          <Field className="sm:col-span-2" label={t('fairs.form.address')} htmlFor={fields.addressLine.id} required errors={fields.addressLine.errors} errorId={fields.addressLine.errorId}>
            <input {...getInputProps(fields.addressLine, { type: 'text' })} className={inputClass} />
          </Field>
        </div>
      </Card>

      <Card id="fair-dates" title={t('fairs.form.dates')} description={t('fairs.form.timeHint')}>
        <div className="grid gap-5 sm:grid-cols-2">
          {(['startsAt', 'endsAt', 'applicationOpensAt', 'applicationClosesAt'] as const).map((name) => (
            <Field key={name} label={t(`fairs.form.${name}`)} htmlFor={fields[name].id} required errors={fields[name].errors} errorId={fields[name].errorId}>
              <input {...getInputProps(fields[name], { type: 'datetime-local' })} className={inputClass} />
            </Field>
          ))}
          <InputField meta={fields.openingHours} label={t('fairs.form.openingHours')} placeholder="08:00–21:00" />
        </div>
      </Card>

      <Card id="fair-rules" title={t('fairs.form.rules')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('fairs.form.minStars')} htmlFor={fields.minStars.id} required errors={fields.minStars.errors} errorId={fields.minStars.errorId}>
            <select {...getSelectProps(fields.minStars)} className={inputClass}>
              {[3, 4, 5].map((stars) => (
                <option key={stars} value={stars}>
                  {t('stars.label', { count: stars })}
                </option>
              ))}
            </select>
          </Field>
          <InputField meta={fields.maxBoothsPerProducer} type="number" label={t('fairs.form.maxBooths')} required />
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-slate-800">{t('fairs.form.groups')}</legend>
            <p className="text-sm text-slate-600">{t('fairs.form.groupsHint')}</p>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {getCollectionProps(fields.allowedGroupIds, { type: 'checkbox', options: reference.groups.map((g) => g.id) }).map((props) => {
                const group = reference.groups.find((g) => g.id === props.value)!
                return (
                  <label key={props.key} className="flex items-center gap-2 text-sm text-slate-800">
                    <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300 text-brand-700" />
                    {lang === 'en' ? group.nameEn : group.nameVi}
                  </label>
                )
              })}
            </div>
          </fieldset>
          <Field
            className="sm:col-span-2"
            label={t('fairs.form.provinces')}
            htmlFor={fields.allowedProvinceIds.id}
            hint={t('fairs.form.provincesHint')}
            hintId={hint(fields.allowedProvinceIds.id)}
            errors={fields.allowedProvinceIds.errors}
            errorId={fields.allowedProvinceIds.errorId}
          >
            <select {...getSelectProps(fields.allowedProvinceIds)} multiple size={8} className={inputClass} aria-describedby={hint(fields.allowedProvinceIds.id)}>
              {reference.provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800 sm:col-span-2">
            <input {...getInputProps(fields.verifiedOnly, { type: 'checkbox' })} className="h-4 w-4 rounded border-slate-300 text-brand-700" />
            {t('fairs.form.verifiedOnly')}
          </label>
          <InputField meta={fields.cooperativeTargetPercent} type="number" label={t('fairs.form.cooperativeTarget')} required />
        </div>
      </Card>

      <Card id="fair-fees" title={t('fairs.form.fees')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <InputField meta={fields.paymentDueDays} type="number" label={t('fairs.form.paymentDueDays')} required />
          <Field label={t('fairs.form.subsidy')} htmlFor={fields.subsidyKind.id} errors={fields.subsidyKind.errors} errorId={fields.subsidyKind.errorId}>
            <select {...getSelectProps(fields.subsidyKind)} className={inputClass}>
              {SUBSIDY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`fairs.form.subsidy.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          {subsidy === 'percentByProducerType' ? (
            <InputField meta={fields.subsidyPercent} type="number" label={t('fairs.form.subsidyPercent')} required />
          ) : null}
          {subsidy === 'freeBoothsForProvince' ? (
            <>
              <Field label={t('fairs.form.subsidyProvince')} htmlFor={fields.subsidyProvinceId.id} required errors={fields.subsidyProvinceId.errors} errorId={fields.subsidyProvinceId.errorId}>
                <select {...getSelectProps(fields.subsidyProvinceId)} className={inputClass}>
                  {provinceOptions}
                </select>
              </Field>
              <InputField meta={fields.subsidyFreeBooths} type="number" label={t('fairs.form.subsidyFreeBooths')} required />
            </>
          ) : null}
        </div>
      </Card>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Link to={cancelTo} className={buttonClass.secondary}>
          {t('accounts.form.cancel')}
        </Link>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  )
}
