// Multi-producer request for quotation from the search results (buyers only): a checkbox under each
// product card picks its producer; the bar sends the picked producers (at most 10) to the request
// form. The pick lives in sessionStorage, so it survives changing the results page or the search
// and a reload, but not the browser tab. The bar's own GET form carries the picks as hidden inputs,
// so picking never changes the search URL.
import { useRouteLoaderData } from '@remix-run/react'
import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from '~/i18n/hook'
import { MAX_RFQ_PRODUCERS } from '~/modules/inquiries/schemas'
import type { loader as rootLoader } from '~/root'

const FORM_ID = 'rfq-form'
const STORAGE_KEY = 'ocop.rfq.selection'

type Pick = { slug: string; name: string }

// A tiny external store over sessionStorage shared by every checkbox and the bar.
const EMPTY: Pick[] = []
let cache: Pick[] | null = null
const listeners = new Set<() => void>()

function read(): Pick[] {
  if (cache) return cache
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]')
    cache = Array.isArray(parsed)
      ? parsed.filter((p): p is Pick => typeof p?.slug === 'string' && typeof p?.name === 'string').slice(0, MAX_RFQ_PRODUCERS)
      : []
  } catch {
    cache = []
  }
  return cache
}

function write(next: Pick[]) {
  cache = next
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  } catch {
    // Storage full or blocked: the pick still works for this page.
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function useSelection() {
  return useSyncExternalStore(subscribe, read, () => EMPTY)
}

/** Forget the pick, e.g. once the request went out. */
export function clearRfqSelection() {
  if (typeof window === 'undefined') return
  write([])
}

function useIsBuyer() {
  const root = useRouteLoaderData<typeof rootLoader>('root')
  return root?.user?.role === 'BUYER'
}

export function RfqCheckbox({ producerSlug, producerName, productId }: { producerSlug: string; producerName: string; productId: string }) {
  const { t } = useTranslation()
  const selection = useSelection()
  const isBuyer = useIsBuyer()
  if (!isBuyer) return null
  const id = `rfq-${productId}`
  const checked = selection.some((p) => p.slug === producerSlug)
  const full = selection.length >= MAX_RFQ_PRODUCERS
  return (
    // Above the card's stretched link overlay, which would otherwise swallow the click.
    <label htmlFor={id} className="relative z-10 mt-2 flex items-center gap-2 text-sm text-slate-700">
      <input
        id={id}
        type="checkbox"
        value={producerSlug}
        checked={checked}
        // At the limit, producers not yet picked cannot be added; the bar says why.
        disabled={!checked && full}
        aria-describedby={!checked && full ? 'rfq-limit' : undefined}
        onChange={(event) => {
          const current = read()
          if (event.target.checked) {
            if (current.some((p) => p.slug === producerSlug) || current.length >= MAX_RFQ_PRODUCERS) return
            write([...current, { slug: producerSlug, name: producerName }])
          } else {
            write(current.filter((p) => p.slug !== producerSlug))
          }
        }}
        className="h-4 w-4 rounded border-slate-300"
      />
      {t('inquiries.rfq.pick', { name: producerName })}
    </label>
  )
}

export function RfqBar() {
  const { t } = useTranslation()
  const isBuyer = useIsBuyer()
  const picked = useSelection()
  const [showNames, setShowNames] = useState(false)
  if (!isBuyer || picked.length === 0) return null
  const full = picked.length >= MAX_RFQ_PRODUCERS
  return (
    <form id={FORM_ID} method="get" action="/nguoi-mua/yeu-cau/moi" aria-label={t('inquiries.rfq.bar')} className="sticky bottom-0 z-20 border-t border-brand-200 bg-white/95 px-4 py-3 shadow-lg">
      {picked.map((p) => (
        <input key={p.slug} type="hidden" name="chu-the" value={p.slug} />
      ))}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <p className="text-sm text-slate-800" role="status">
            {t('inquiries.rfq.count', { count: picked.length, max: MAX_RFQ_PRODUCERS })}{' '}
            <button type="button" className="text-brand-800 underline" aria-expanded={showNames} onClick={() => setShowNames((v) => !v)}>
              {showNames ? t('inquiries.rfq.hideNames') : t('inquiries.rfq.showNames')}
            </button>
          </p>
          {showNames ? (
            <ul className="flex flex-wrap gap-2 text-xs text-slate-700" aria-label={t('inquiries.rfq.names')}>
              {picked.map((p) => (
                <li key={p.slug} className="rounded-full bg-brand-50 px-2 py-0.5 ring-1 ring-brand-200">
                  {p.name}
                </li>
              ))}
            </ul>
          ) : null}
          {full ? (
            <p id="rfq-limit" className="text-sm font-medium text-amber-800">
              {t('inquiries.rfq.limit', { max: MAX_RFQ_PRODUCERS })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => clearRfqSelection()} className="rounded-lg px-3 py-2.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
            {t('inquiries.rfq.clear')}
          </button>
          <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800">
            {t('inquiries.rfq.submit')}
          </button>
        </div>
      </div>
    </form>
  )
}
