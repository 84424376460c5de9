// Multi-producer request for quotation from the search results (buyers only): a checkbox under each
// product card picks its producer; the bar sends the picked producers (at most 10) to the request
// form. The checkboxes belong to the bar's own GET form (form="rfq-form"), not to the search form,
// so picking never changes the search URL.
import { useRouteLoaderData } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from '~/i18n/hook'
import { MAX_RFQ_PRODUCERS } from '~/modules/inquiries/schemas'
import type { loader as rootLoader } from '~/root'

const FORM_ID = 'rfq-form'

function useIsBuyer() {
  const root = useRouteLoaderData<typeof rootLoader>('root')
  return root?.user?.role === 'BUYER'
}

function pickedSlugs() {
  if (typeof document === 'undefined') return []
  const boxes = document.querySelectorAll<HTMLInputElement>(`input[form="${FORM_ID}"][name="chu-the"]:checked`)
  return [...new Set([...boxes].map((box) => box.value))]
}

export function RfqCheckbox({ producerSlug, producerName, productId }: { producerSlug: string; producerName: string; productId: string }) {
  const { t } = useTranslation()
  if (!useIsBuyer()) return null
  const id = `rfq-${productId}`
  return (
    // Above the card's stretched link overlay, which would otherwise swallow the click.
    <label htmlFor={id} className="relative z-10 mt-2 flex items-center gap-2 text-sm text-slate-700">
      <input id={id} type="checkbox" name="chu-the" value={producerSlug} form={FORM_ID} className="h-4 w-4 rounded border-slate-300" />
      {t('inquiries.rfq.pick', { name: producerName })}
    </label>
  )
}

export function RfqBar() {
  const { t } = useTranslation()
  const isBuyer = useIsBuyer()
  const [picked, setPicked] = useState<string[]>([])
  useEffect(() => {
    if (!isBuyer) return
    const update = () => {
      const slugs = pickedSlugs()
      setPicked(slugs)
      // At the limit, boxes of producers not yet picked are disabled.
      document.querySelectorAll<HTMLInputElement>(`input[form="${FORM_ID}"][name="chu-the"]`).forEach((box) => {
        box.disabled = !box.checked && slugs.length >= MAX_RFQ_PRODUCERS && !slugs.includes(box.value)
      })
    }
    document.addEventListener('change', update)
    return () => document.removeEventListener('change', update)
  }, [isBuyer])
  if (!isBuyer) return null
  return (
    <form id={FORM_ID} method="get" action="/nguoi-mua/yeu-cau/moi" className={picked.length ? 'sticky bottom-0 z-20 border-t border-brand-200 bg-white/95 px-4 py-3 shadow-lg' : 'hidden'}>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-800" role="status">
          {t('inquiries.rfq.count', { count: picked.length, max: MAX_RFQ_PRODUCERS })}
        </p>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800">
          {t('inquiries.rfq.submit')}
        </button>
      </div>
    </form>
  )
}
