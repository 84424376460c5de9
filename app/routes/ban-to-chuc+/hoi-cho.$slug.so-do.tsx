// /ban-to-chuc/hoi-cho/$slug/so-do: the floor-plan editor. Booth types, halls with a metric grid,
// booths placed one by one or as a row (A-01 … A-10), aisles and entrances, CSV/JSON import and
// export, and a live preview (the shared floor-plan component; choosing a booth loads it into the
// booth form). Every change is validated against the whole plan by the fairs module.
import { getCollectionProps, getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useState, type ReactNode } from 'react'
import type { z } from 'zod'
import { buttonClass, Card, Field, FormErrors, inputClass, Notice, PageHeader, PageShell, InputField } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { OrganiserFairTabs, toPlanHalls } from '~/components/fairs/ui'
import { FloorPlan } from '~/components/floor-plan'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getOrganiserFair, getPlan } from '~/modules/fairs/fairs.server'
import { BOOTH_FEATURES, FEATURE_KINDS } from '~/modules/fairs/floor-plan'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { addBoothRow, addFeature, deleteBooth, deleteBoothType, deleteFeature, deleteHall, importPlan, saveBooth, saveBoothType, saveHall, type PlanResult } from '~/modules/fairs/plan.server'
import { BOOTH_INCLUDES, BoothRowSchema, BoothSchema, BoothTypeSchema, FeatureSchema, HallSchema } from '~/modules/fairs/schemas'
import { planEditable } from '~/modules/fairs/status'
import { formatVnd } from '~/utils/format'
import { parseFormWithFile } from '~/utils/multipart.server'

const MAX_PLAN_BYTES = 2 * 1024 * 1024

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const fair = await getOrganiserFair(user, params.slug!)
  const plan = await getPlan(fair.id)
  return { fair: { slug: fair.slug, nameVi: fair.nameVi, status: fair.status }, editable: planEditable(fair.status), ...plan }
}

type Reply = { intent: string; result: SubmissionResult<string[]>; message?: string }

function toReply(intent: string, submission: { reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]>; resetForm?: boolean }) => SubmissionResult<string[]> }, result: PlanResult) {
  if (result.ok) return data<Reply>({ intent, result: submission.reply({ resetForm: intent !== 'row' && intent !== 'booth' }), message: result.message })
  const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: result.errors } }) : submission.reply({ formErrors: result.errors })
  return data<Reply>({ intent, result: reply }, { status: 400 })
}

const SCHEMAS = { 'booth-type': BoothTypeSchema, hall: HallSchema, row: BoothRowSchema, booth: BoothSchema, feature: FeatureSchema } as const

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const slug = params.slug!
  const formData = await parseFormWithFile(request, { field: 'file', maxBytes: MAX_PLAN_BYTES })
  const intent = String(formData.get('intent') ?? '')
  const id = String(formData.get('id') ?? '')
  const simple = (result: PlanResult) => data<Reply>({ intent, result: { status: result.ok ? 'success' : 'error', error: result.ok ? undefined : { '': result.errors } } as SubmissionResult<string[]>, message: result.ok ? result.message : undefined }, { status: result.ok ? 200 : 400 })
  switch (intent) {
    case 'delete-booth-type':
      return simple(await deleteBoothType(user, slug, id))
    case 'delete-hall':
      return simple(await deleteHall(user, slug, id))
    case 'delete-booth':
      return simple(await deleteBooth(user, slug, id))
    case 'delete-feature':
      return simple(await deleteFeature(user, slug, id))
    case 'import': {
      const file = formData.get('file')
      if (!(file instanceof File) || file.size === 0) return simple({ ok: false, errors: ['Chọn tệp CSV hoặc JSON'] })
      if (file.size > MAX_PLAN_BYTES) return simple({ ok: false, errors: ['Tệp tối đa 2 MB'] })
      const text = await file.text()
      const format = file.name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{') ? 'json' : 'csv'
      return simple(await importPlan(user, slug, format, text))
    }
  }
  if (!(intent in SCHEMAS)) throw new Response('Thao tác không hợp lệ', { status: 400 })
  const submission = parseWithZod(formData, { schema: SCHEMAS[intent as keyof typeof SCHEMAS] })
  if (submission.status !== 'success') return data<Reply>({ intent, result: submission.reply() }, { status: 400 })
  const value = submission.value
  switch (value.intent) {
    case 'booth-type':
      return toReply(intent, submission, await saveBoothType(user, slug, value))
    case 'hall':
      return toReply(intent, submission, await saveHall(user, slug, value))
    case 'row':
      return toReply(intent, submission, await addBoothRow(user, slug, value))
    case 'booth':
      return toReply(intent, submission, await saveBooth(user, slug, value))
    case 'feature':
      return toReply(intent, submission, await addFeature(user, slug, value))
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Booth = LoaderData['halls'][number]['booths'][number]

function useIntentForm<S extends z.ZodTypeAny>(intent: string, schema: S, defaultValue?: Record<string, unknown>, id = `form-${intent}`) {
  const reply = useActionData<typeof action>()
  return useForm<z.input<S>>({
    id,
    lastResult: reply?.intent === intent ? reply.result : undefined,
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  })
}

function Submit({ children }: { children: ReactNode }) {
  const navigation = useNavigation()
  return (
    <button type="submit" className={buttonClass.primary} disabled={navigation.state === 'submitting'}>
      {children}
    </button>
  )
}

function DeleteButton({ intent, id, label, confirm }: { intent: string; id: string; label: string; confirm: string }) {
  const { t } = useTranslation()
  return (
    <Form
      method="post"
      className="inline"
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault()
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm font-medium text-red-700 hover:text-red-900" aria-label={label}>
        {t('fairs.plan.delete')}
      </button>
    </Form>
  )
}

function Num({ field, label, step = '0.1' }: { field: Parameters<typeof getInputProps>[0]; label: string; step?: string }) {
  return (
    <InputField meta={field} type="number" label={label} required step={step} inputMode="decimal" />
  )
}

function BoothTypeForm({ type, onDone }: { type: LoaderData['boothTypes'][number] | null; onDone: () => void }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(
    'booth-type',
    BoothTypeSchema,
    type
      ? { code: type.code, nameVi: type.nameVi, widthM: String(type.widthM), depthM: String(type.depthM), priceVnd: String(type.priceVnd), includes: type.includes }
      : { widthM: '3', depthM: '3' },
    `form-booth-type-${type?.id ?? 'new'}`,
  )
  return (
    <Form method="post" {...getFormProps(form)} className="mt-5 space-y-4 border-t border-slate-100 pt-5">
      <input type="hidden" name="intent" value="booth-type" />
      {type ? <input type="hidden" name="id" value={type.id} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-5">
        <InputField meta={fields.code} label={t('fairs.plan.typeCode')} required placeholder="TC" />
        <Field className="sm:col-span-2" label={t('fairs.plan.typeName')} htmlFor={fields.nameVi.id} required errors={fields.nameVi.errors} errorId={fields.nameVi.errorId}>
          <input {...getInputProps(fields.nameVi, { type: 'text' })} placeholder="Gian tiêu chuẩn 3 × 3 m" className={inputClass} />
        </Field>
        <Num field={fields.widthM} label={t('fairs.plan.width')} />
        <Num field={fields.depthM} label={t('fairs.plan.depth')} />
        <Field className="sm:col-span-2" label={t('fairs.plan.price')} htmlFor={fields.priceVnd.id} required errors={fields.priceVnd.errors} errorId={fields.priceVnd.errorId}>
          <input {...getInputProps(fields.priceVnd, { type: 'text' })} inputMode="numeric" placeholder="8.000.000" className={inputClass} />
        </Field>
        <fieldset className="sm:col-span-3">
          <legend className="text-sm font-medium text-slate-800">{t('fairs.plan.includes')}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {getCollectionProps(fields.includes, { type: 'checkbox', options: [...BOOTH_INCLUDES] }).map((props) => (
              <label key={props.key} className="flex items-center gap-1.5 text-sm">
                <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300" />
                {props.value}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="flex flex-wrap gap-3">
        <Submit>{type ? t('fairs.plan.saveType') : t('fairs.plan.addType')}</Submit>
        {type ? (
          <button type="button" className={buttonClass.secondary} onClick={onDone}>
            {t('accounts.form.cancel')}
          </button>
        ) : null}
      </div>
    </Form>
  )
}

function HallForm({ hall, onDone }: { hall: LoaderData['halls'][number] | null; onDone: () => void }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(
    'hall',
    HallSchema,
    hall ? { name: hall.name, widthM: String(hall.widthM), depthM: String(hall.depthM), gridM: String(hall.gridM) } : { widthM: '40', depthM: '30', gridM: '1' },
    `form-hall-${hall?.id ?? 'new'}`,
  )
  return (
    <Form method="post" {...getFormProps(form)} className="mt-5 space-y-4 border-t border-slate-100 pt-5">
      <input type="hidden" name="intent" value="hall" />
      {hall ? <input type="hidden" name="id" value={hall.id} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-4">
        <InputField meta={fields.name} label={t('fairs.plan.hallName')} required placeholder="Nhà A" />
        <Num field={fields.widthM} label={t('fairs.plan.width')} />
        <Num field={fields.depthM} label={t('fairs.plan.depth')} />
        <Num field={fields.gridM} label={t('fairs.plan.grid')} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Submit>{hall ? t('fairs.plan.saveHall') : t('fairs.plan.addHall')}</Submit>
        {hall ? (
          <button type="button" className={buttonClass.secondary} onClick={onDone}>
            {t('accounts.form.cancel')}
          </button>
        ) : null}
      </div>
    </Form>
  )
}

function HallAndTypeSelects({ fields, halls, types }: { fields: { hallId: Parameters<typeof getSelectProps>[0]; boothTypeId: Parameters<typeof getSelectProps>[0] }; halls: LoaderData['halls']; types: LoaderData['boothTypes'] }) {
  const { t } = useTranslation()
  return (
    <>
      <Field label={t('fairs.plan.hall')} htmlFor={fields.hallId.id} required errors={fields.hallId.errors} errorId={fields.hallId.errorId}>
        <select {...getSelectProps(fields.hallId)} className={inputClass}>
          <option value="">{t('fairs.plan.chooseHall')}</option>
          {halls.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('fairs.plan.boothType')} htmlFor={fields.boothTypeId.id} required errors={fields.boothTypeId.errors} errorId={fields.boothTypeId.errorId}>
        <select {...getSelectProps(fields.boothTypeId)} className={inputClass}>
          <option value="">{t('fairs.plan.chooseType')}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.code} · {type.nameVi}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}

function FeatureChecks({ field }: { field: Parameters<typeof getCollectionProps>[0] }) {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t('fairs.plan.features')}</legend>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {getCollectionProps(field, { type: 'checkbox', options: [...BOOTH_FEATURES] }).map((props) => (
          <label key={props.key} className="flex items-center gap-1.5 text-sm">
            <input {...props} key={props.key} className="h-4 w-4 rounded border-slate-300" />
            {t(`fairs.plan.feature.${props.value as 'power'}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function RowForm({ halls, types }: { halls: LoaderData['halls']; types: LoaderData['boothTypes'] }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('row', BoothRowSchema, {
    hallId: halls[0]?.id,
    boothTypeId: types[0]?.id,
    prefix: 'A',
    start: '1',
    count: '10',
    x: '0',
    y: '0',
    width: String(types[0]?.widthM ?? 3),
    depth: String(types[0]?.depthM ?? 3),
    direction: 'horizontal',
    features: ['power'],
    cornerEnds: 'on',
  })
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <input type="hidden" name="intent" value="row" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-4">
        <HallAndTypeSelects fields={fields} halls={halls} types={types} />
        <InputField meta={fields.prefix} label={t('fairs.plan.prefix')} required />
        <Num field={fields.start} label={t('fairs.plan.start')} step="1" />
        <Num field={fields.count} label={t('fairs.plan.count')} step="1" />
        <Field label={t('fairs.plan.direction')} htmlFor={fields.direction.id} errors={fields.direction.errors} errorId={fields.direction.errorId}>
          <select {...getSelectProps(fields.direction)} className={inputClass}>
            <option value="horizontal">{t('fairs.plan.horizontal')}</option>
            <option value="vertical">{t('fairs.plan.vertical')}</option>
          </select>
        </Field>
        <Num field={fields.x} label={t('fairs.plan.x')} />
        <Num field={fields.y} label={t('fairs.plan.y')} />
        <Num field={fields.width} label={t('fairs.plan.boothWidth')} />
        <Num field={fields.depth} label={t('fairs.plan.boothDepth')} />
        <Field className="sm:col-span-2" label={t('fairs.plan.zone')} htmlFor={fields.zone.id} hint={t('fairs.plan.zoneHint')} errors={fields.zone.errors} errorId={fields.zone.errorId}>
          <input {...getInputProps(fields.zone, { type: 'text' })} className={inputClass} />
        </Field>
        <div className="space-y-3 sm:col-span-2">
          <FeatureChecks field={fields.features} />
          <label className="flex items-center gap-2 text-sm">
            <input {...getInputProps(fields.cornerEnds, { type: 'checkbox' })} className="h-4 w-4 rounded border-slate-300" />
            {t('fairs.plan.cornerEnds')}
          </label>
        </div>
      </div>
      <Submit>{t('fairs.plan.createRow')}</Submit>
    </Form>
  )
}

function BoothForm({ halls, types, booth }: { halls: LoaderData['halls']; types: LoaderData['boothTypes']; booth: (Booth & { hallId: string }) | null }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(
    'booth',
    BoothSchema,
    booth
      ? { id: booth.id, hallId: booth.hallId, boothTypeId: booth.boothTypeId, code: booth.code, x: String(booth.x), y: String(booth.y), width: String(booth.width), depth: String(booth.depth), zone: booth.zone ?? '', features: booth.features }
      : { hallId: halls[0]?.id, boothTypeId: types[0]?.id, width: String(types[0]?.widthM ?? 3), depth: String(types[0]?.depthM ?? 3), x: '0', y: '0' },
    `form-booth-${booth?.id ?? 'new'}`,
  )
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <input type="hidden" name="intent" value="booth" />
      {booth ? <input type="hidden" name="id" value={booth.id} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-4">
        <HallAndTypeSelects fields={fields} halls={halls} types={types} />
        <InputField meta={fields.code} label={t('fairs.plan.code')} required placeholder="A-11" />
        <InputField meta={fields.zone} label={t('fairs.plan.zone')} />
        <Num field={fields.x} label={t('fairs.plan.x')} />
        <Num field={fields.y} label={t('fairs.plan.y')} />
        <Num field={fields.width} label={t('fairs.plan.width')} />
        <Num field={fields.depth} label={t('fairs.plan.depth')} />
        <div className="sm:col-span-4">
          <FeatureChecks field={fields.features} />
        </div>
      </div>
      <Submit>{t('fairs.plan.saveBooth')}</Submit>
    </Form>
  )
}

function FeatureForm({ halls }: { halls: LoaderData['halls'] }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('feature', FeatureSchema, { hallId: halls[0]?.id, kind: 'AISLE', x: '0', y: '0', width: '2', depth: '2' })
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <input type="hidden" name="intent" value="feature" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label={t('fairs.plan.hall')} htmlFor={fields.hallId.id} required errors={fields.hallId.errors} errorId={fields.hallId.errorId}>
          <select {...getSelectProps(fields.hallId)} className={inputClass}>
            {halls.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('fairs.plan.kind')} htmlFor={fields.kind.id} required errors={fields.kind.errors} errorId={fields.kind.errorId}>
          <select {...getSelectProps(fields.kind)} className={inputClass}>
            {FEATURE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`plan.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field className="sm:col-span-2" label={t('fairs.plan.label')} htmlFor={fields.label.id} errors={fields.label.errors} errorId={fields.label.errorId}>
          <input {...getInputProps(fields.label, { type: 'text' })} placeholder="Cửa chính" className={inputClass} />
        </Field>
        <Num field={fields.x} label={t('fairs.plan.x')} />
        <Num field={fields.y} label={t('fairs.plan.y')} />
        <Num field={fields.width} label={t('fairs.plan.width')} />
        <Num field={fields.depth} label={t('fairs.plan.depth')} />
      </div>
      <Submit>{t('fairs.plan.addFeature')}</Submit>
    </Form>
  )
}

export default function FloorPlanEditorRoute() {
  const { fair, editable, halls, boothTypes } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t, lang } = useTranslation()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editingTypeId, setEditingTypeId] = useState<string | null>(null)
  const [editingHallId, setEditingHallId] = useState<string | null>(null)
  const editingType = boothTypes.find((type) => type.id === editingTypeId) ?? null
  const editingHall = halls.find((hall) => hall.id === editingHallId) ?? null
  const allBooths = halls.flatMap((h) => h.booths.map((b) => ({ ...b, hallId: h.id })))
  const selected = allBooths.find((b) => b.id === selectedId) ?? null
  const simpleErrors = reply && !['booth-type', 'hall', 'row', 'booth', 'feature'].includes(reply.intent) ? Object.values(reply.result.error ?? {}).flat() : []

  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={t('fairs.plan.title')}
        intro={t('fairs.plan.intro')}
        breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { to: fairPaths.organiserFair(fair.slug), label: fair.nameVi }, { label: t('fairs.tabs.plan') }]}
      />
      <OrganiserFairTabs slug={fair.slug} />
      <div className="space-y-6">
        {reply?.message ? (
          <Notice tone="success" role="status">
            {reply.message}
          </Notice>
        ) : null}
        <FormErrors errors={simpleErrors as string[]} />
        {!editable ? <Notice tone="warning">{t('fairs.plan.locked')}</Notice> : null}

        <Card id="plan-preview" title={t('fairs.plan.preview')}>
          <FloorPlan halls={toPlanHalls(halls)} selectedBoothIds={selectedId ? [selectedId] : []} onBoothSelect={editable ? (booth) => setSelectedId(booth.id) : undefined} />
        </Card>

        <Card id="plan-types" title={t('fairs.plan.types')}>
          {boothTypes.length === 0 ? (
            <p className="text-sm text-slate-600">{t('fairs.plan.noTypes')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {boothTypes.map((type) => (
                <li key={type.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>{type.code}</strong> · {type.nameVi} · {type.widthM} × {type.depthM} m · {formatVnd(type.priceVnd, lang)}
                    {type.includes.length ? <span className="text-slate-600"> · {type.includes.join(', ')}</span> : null}
                  </span>
                  {editable ? (
                    <span className="flex gap-3">
                      <button type="button" className="text-sm font-medium text-brand-800 hover:underline" onClick={() => setEditingTypeId(type.id)} aria-label={t('fairs.plan.editNamed', { name: type.code })}>
                        {t('fairs.plan.edit')}
                      </button>
                      <DeleteButton intent="delete-booth-type" id={type.id} label={`${t('fairs.plan.delete')} ${type.code}`} confirm={t('fairs.plan.confirmDelete')} />
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {editable ? <BoothTypeForm key={editingType?.id ?? 'new'} type={editingType} onDone={() => setEditingTypeId(null)} /> : null}
        </Card>

        <Card id="plan-halls" title={t('fairs.plan.halls')}>
          {halls.length === 0 ? (
            <p className="text-sm text-slate-600">{t('fairs.plan.noHalls')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {halls.map((hall) => (
                <li key={hall.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>{hall.name}</strong> · {hall.widthM} × {hall.depthM} m · {t('fairs.plan.grid')} {hall.gridM} · {t('fairs.organiser.booths', { count: hall.booths.length })}
                  </span>
                  {editable ? (
                    <span className="flex gap-3">
                      <button type="button" className="text-sm font-medium text-brand-800 hover:underline" onClick={() => setEditingHallId(hall.id)} aria-label={t('fairs.plan.editNamed', { name: hall.name })}>
                        {t('fairs.plan.edit')}
                      </button>
                      <DeleteButton intent="delete-hall" id={hall.id} label={t('fairs.plan.deleteHall', { name: hall.name })} confirm={t('fairs.plan.confirmDeleteHall')} />
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {editable ? <HallForm key={editingHall?.id ?? 'new'} hall={editingHall} onDone={() => setEditingHallId(null)} /> : null}
        </Card>

        {editable && halls.length > 0 && boothTypes.length > 0 ? (
          <>
            <Card id="plan-row" title={t('fairs.plan.row')} description={t('fairs.plan.rowHint')}>
              <RowForm halls={halls} types={boothTypes} />
            </Card>
            <Card id="plan-booth" title={selected ? `${t('fairs.plan.booth')} — ${selected.code}` : t('fairs.plan.booth')}>
              <BoothForm key={selected?.id ?? 'new'} halls={halls} types={boothTypes} booth={selected} />
            </Card>
            <Card id="plan-features" title={t('fairs.plan.featureSection')}>
              <ul className="mb-5 divide-y divide-slate-100 text-sm">
                {halls.flatMap((hall) =>
                  hall.features.map((feature) => (
                    <li key={feature.id} className="flex items-center justify-between gap-2 py-2">
                      <span>
                        {hall.name} · {t(`plan.kind.${feature.kind}`)} {feature.label ? `“${feature.label}”` : ''} · ({feature.x}, {feature.y}) {feature.width} × {feature.depth} m
                      </span>
                      <DeleteButton intent="delete-feature" id={feature.id} label={t('fairs.plan.deleteFeature', { kind: t(`plan.kind.${feature.kind}`), label: feature.label ?? '' })} confirm={t('fairs.plan.confirmDelete')} />
                    </li>
                  )),
                )}
              </ul>
              <FeatureForm halls={halls} />
            </Card>
          </>
        ) : null}

        {allBooths.length > 0 ? (
          <Card id="plan-booths" title={t('fairs.plan.booths', { count: allBooths.length })}>
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('fairs.plan.booths', { count: allBooths.length })}</summary>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full min-w-[36rem] text-sm">
                  <thead>
                    <tr className="border-b border-slate-200 text-left text-slate-600">
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t('fairs.plan.code')}</th>
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t('fairs.plan.boothType')}</th>
                      <th scope="col" className="py-1.5 pr-3 font-medium">x, y</th>
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t('fairs.plan.zone')}</th>
                      <th scope="col" className="py-1.5 font-medium"><span className="sr-only">{t('fairs.plan.delete')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {allBooths.map((booth) => (
                      <tr key={booth.id} className="border-b border-slate-100">
                        <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                          {editable ? (
                            <button type="button" className="text-brand-800 hover:underline" onClick={() => setSelectedId(booth.id)}>
                              {booth.code}
                            </button>
                          ) : (
                            booth.code
                          )}
                        </th>
                        <td className="py-1.5 pr-3">{booth.boothType.code}</td>
                        <td className="py-1.5 pr-3 tabular-nums">
                          {booth.x}, {booth.y} · {booth.width} × {booth.depth}
                        </td>
                        <td className="py-1.5 pr-3">{booth.zone}</td>
                        <td className="py-1.5 text-right">{editable ? <DeleteButton intent="delete-booth" id={booth.id} label={t('fairs.plan.deleteBooth', { code: booth.code })} confirm={t('fairs.plan.confirmDelete')} /> : null}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </Card>
        ) : null}

        <Card id="plan-exchange" title={t('fairs.plan.exchange')} description={t('fairs.plan.exchangeHint')}>
          <div className="flex flex-wrap gap-3">
            <a href={fairPaths.organiserPlanExport(fair.slug, 'csv')} className={buttonClass.secondary} download>
              {t('fairs.plan.exportCsv')}
            </a>
            <a href={fairPaths.organiserPlanExport(fair.slug, 'json')} className={buttonClass.secondary} download>
              {t('fairs.plan.exportJson')}
            </a>
          </div>
          {editable ? (
            <Form
              method="post"
              encType="multipart/form-data"
              className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-end"
              onSubmit={(event) => {
                if (!window.confirm(t('fairs.plan.confirmImport'))) event.preventDefault()
              }}
            >
              <input type="hidden" name="intent" value="import" />
              <div className="flex-1">
                <label htmlFor="plan-file" className="block text-sm font-medium text-slate-800">
                  {t('fairs.plan.file')}
                </label>
                <input id="plan-file" name="file" type="file" accept=".csv,.json,text/csv,application/json" required className="mt-1.5 block w-full text-sm" />
              </div>
              <Submit>{t('fairs.plan.import')}</Submit>
            </Form>
          ) : null}
        </Card>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.plan.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
