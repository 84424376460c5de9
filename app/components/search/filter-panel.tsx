// The filters: one fieldset per facet, checkboxes with the number of results each would give.
// Plain form controls named like the URL parameters, so without JavaScript the form's GET submit
// carries them; with JavaScript every change searches at once (number inputs after a pause).
import type { ReactNode } from 'react'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey, Translate } from '~/i18n/index'
import { formatNumber } from '~/utils/format'
import type { FacetLabels } from '../../../search/labels.server'
import type { SearchPageResult } from '../../../search/page.server'
import { PRODUCER_TYPE_VALUES, STANDARD_VALUES } from '../../../search/query'
import { toggle, type ListField, type SearchForm } from './form-state'
import { TYPING_DELAY_MS } from './use-instant-search'

const VISIBLE_PROVINCES = 8

type Option = { value: string; label: string; count?: number }

export function provinceLabel(labels: FacetLabels, id: string, t: Translate) {
  const province = labels.provinces.find((p) => p.id === id)
  if (!province) return id
  return province.former ? t('search.province.former', { name: province.name }) : province.name
}

function Fieldset({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="border-t border-slate-200 py-4 first:border-t-0 first:pt-0">
      <legend className="float-left mb-2 w-full text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="clear-both mb-2 text-xs text-slate-500">{hint}</p> : null}
      <div className="clear-both">{children}</div>
    </fieldset>
  )
}

function CheckboxList({
  name,
  options,
  selected,
  onToggle,
}: {
  name: ListField
  options: Option[]
  selected: string[]
  onToggle: (field: ListField, value: string, on: boolean) => void
}) {
  const { t, lang } = useTranslation()
  return (
    <ul className="space-y-0.5">
      {options.map((option) => {
        const checked = selected.includes(option.value)
        return (
          <li key={option.value}>
            <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-1.5 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={checked}
                onChange={(event) => onToggle(name, option.value, event.currentTarget.checked)}
                className="h-4 w-4 shrink-0 rounded accent-brand-700"
              />
              <span className={`flex-1 ${option.count === 0 && !checked ? 'text-slate-400' : ''}`}>{option.label}</span>
              {option.count !== undefined ? (
                <>
                  <span aria-hidden="true" className="rounded-full bg-slate-100 px-2 py-0.5 text-xs tabular-nums text-slate-600">
                    {formatNumber(option.count, lang)}
                  </span>
                  <span className="sr-only">{t('search.facet.count', { count: option.count })}</span>
                </>
              ) : null}
            </label>
          </li>
        )
      })}
    </ul>
  )
}

function NumberInput({ name, label, value, placeholder, onChange }: { name: keyof SearchForm; label: string; value: string; placeholder?: string; onChange: (value: string) => void }) {
  const id = `search-${name}`
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.currentTarget.value)}
        className="mt-1 w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm tabular-nums shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      />
    </div>
  )
}

export function FilterPanel({
  form,
  result,
  labels,
  change,
}: {
  form: SearchForm
  result: SearchPageResult
  labels: FacetLabels
  change: (next: SearchForm, delay?: number) => void
}) {
  const { t, lang } = useTranslation()
  const onToggle = (field: ListField, value: string, on: boolean) => change({ ...form, [field]: toggle(form[field], value, on) })
  const degraded = result.tab === 'products' ? result.products.mode === 'degraded' : result.producers.mode === 'degraded'
  const counts = (distribution: Record<string, number> | undefined, value: string) => (degraded ? undefined : (distribution?.[value] ?? 0))

  const provinceDistribution = result.tab === 'products' ? result.products.facets.provinceIds : result.producers.facets.provinceIds
  const provinceIds = [...new Set([...form.province, ...Object.keys(provinceDistribution ?? {})])]
  const provinces: Option[] = provinceIds
    .map((id) => ({ value: id, label: provinceLabel(labels, id, t), count: counts(provinceDistribution, id) }))
    .sort((a, b) => Number(form.province.includes(b.value)) - Number(form.province.includes(a.value)) || (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label, 'vi'))
  const typeDistribution = result.tab === 'products' ? result.products.facets.producerType : result.producers.facets.type
  const types: Option[] = PRODUCER_TYPE_VALUES.map((type) => ({ value: type, label: t(`search.producerType.${type}`), count: counts(typeDistribution, type) }))

  const provinceFieldset = (
    <Fieldset legend={t('search.facet.province')}>
      {provinces.length === 0 ? (
        <p className="text-sm text-slate-500">{t('search.facet.none')}</p>
      ) : (
        <>
          <CheckboxList name="province" options={provinces.slice(0, VISIBLE_PROVINCES)} selected={form.province} onToggle={onToggle} />
          {provinces.length > VISIBLE_PROVINCES ? (
            <details className="mt-1">
              <summary className="cursor-pointer rounded-md px-1.5 py-1 text-sm font-medium text-brand-700 hover:text-brand-900">
                {t('search.facet.more', { count: provinces.length - VISIBLE_PROVINCES })}
              </summary>
              <CheckboxList name="province" options={provinces.slice(VISIBLE_PROVINCES)} selected={form.province} onToggle={onToggle} />
            </details>
          ) : null}
        </>
      )}
    </Fieldset>
  )

  if (result.tab === 'producers') {
    return (
      <>
        <Fieldset legend={t('search.facet.type')}>
          <CheckboxList name="type" options={types} selected={form.type} onToggle={onToggle} />
        </Fieldset>
        {provinceFieldset}
      </>
    )
  }

  const { facets, priceStats } = result.products
  const groups: Option[] = labels.groups
    .map((group) => ({ value: group.id, label: lang === 'en' ? group.nameEn : group.nameVi, count: counts(facets.groupId, group.id) }))
    .filter((option) => option.count !== 0 || form.group.includes(option.value))
  const stars: Option[] = ['5', '4', '3'].map((value) => ({ value, label: t('search.filter.stars', { count: Number(value) }), count: counts(facets.stars, value) }))
  const standards: Option[] = STANDARD_VALUES.map((value) => ({ value, label: t(`search.standard.${value}` as MessageKey), count: counts(facets.standards, value) })).filter(
    (option) => option.count !== 0 || form.standard.includes(option.value),
  )
  const samples = counts(facets.samplesAvailable, 'true')

  return (
    <>
      <Fieldset legend={t('search.facet.group')}>
        {groups.length ? <CheckboxList name="group" options={groups} selected={form.group} onToggle={onToggle} /> : <p className="text-sm text-slate-500">{t('search.facet.none')}</p>}
      </Fieldset>
      {provinceFieldset}
      <Fieldset legend={t('search.facet.stars')}>
        <CheckboxList name="stars" options={stars} selected={form.stars} onToggle={onToggle} />
      </Fieldset>
      <Fieldset legend={t('search.facet.type')}>
        <CheckboxList name="type" options={types} selected={form.type} onToggle={onToggle} />
      </Fieldset>
      <Fieldset legend={t('search.facet.standard')}>
        {standards.length ? (
          <CheckboxList name="standard" options={standards} selected={form.standard} onToggle={onToggle} />
        ) : (
          <p className="text-sm text-slate-500">{t('search.facet.none')}</p>
        )}
      </Fieldset>
      <Fieldset legend={t('search.facet.price')} hint={t('search.facet.priceHint')}>
        <div className="flex gap-2">
          <NumberInput
            name="priceMin"
            label={t('search.facet.priceMin')}
            value={form.priceMin}
            placeholder={priceStats ? formatNumber(priceStats.min, lang) : undefined}
            onChange={(value) => change({ ...form, priceMin: value }, TYPING_DELAY_MS)}
          />
          <NumberInput
            name="priceMax"
            label={t('search.facet.priceMax')}
            value={form.priceMax}
            placeholder={priceStats ? formatNumber(priceStats.max, lang) : undefined}
            onChange={(value) => change({ ...form, priceMax: value }, TYPING_DELAY_MS)}
          />
        </div>
      </Fieldset>
      <Fieldset legend={t('search.facet.moq')} hint={t('search.facet.moqHint')}>
        <NumberInput name="moqMax" label={t('search.facet.moqMax')} value={form.moqMax} onChange={(value) => change({ ...form, moqMax: value }, TYPING_DELAY_MS)} />
      </Fieldset>
      <Fieldset legend={t('search.facet.samples')}>
        <label className="flex cursor-pointer items-center gap-2.5 rounded-md px-1.5 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
          <input
            type="checkbox"
            name="samples"
            value="1"
            checked={form.samples}
            onChange={(event) => change({ ...form, samples: event.currentTarget.checked })}
            className="h-4 w-4 shrink-0 rounded accent-brand-700"
          />
          <span className="flex-1">{t('search.facet.samplesOption')}</span>
          {samples !== undefined ? (
            <>
              <span aria-hidden="true" className="rounded-full bg-slate-100 px-2 py-0.5 text-xs tabular-nums text-slate-600">
                {formatNumber(samples, lang)}
              </span>
              <span className="sr-only">{t('search.facet.count', { count: samples })}</span>
            </>
          ) : null}
        </label>
      </Fieldset>
    </>
  )
}
