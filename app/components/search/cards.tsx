// Result cards. Highlighted names are split into text and <mark> by highlightParts: nothing from
// the search engine is ever inserted as HTML.
import { Link } from '@remix-run/react'
import { MapPinIcon, StarIcon, StoreIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'
import { highlightParts } from '../../../search/highlight'
import type { ProducerHit } from '../../../search/page.server'
import type { ProductHit } from '../../../search/search.server'

export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-star-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}

export function StarsBadge({ stars, className = '' }: { stars: number; className?: string }) {
  const { t } = useTranslation()
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full bg-star-400 px-2 py-0.5 text-xs font-bold text-brand-950 shadow-sm ${className}`}
      title={t('stars.label', { count: stars })}
    >
      <StarIcon width={13} height={13} />
      <span aria-hidden="true">{t('search.card.stars', { count: stars })}</span>
      <span className="sr-only">{t('stars.label', { count: stars })}</span>
    </span>
  )
}

function Placeholder({ name }: { name: string }) {
  const { t } = useTranslation()
  // A calm tile with the product's initial, so a grid without photos still reads as products.
  return (
    <div className="flex h-full w-full flex-col items-center justify-center gap-1 bg-gradient-to-br from-brand-50 via-brand-100 to-star-50 text-brand-700">
      <span aria-hidden="true" className="text-3xl font-bold opacity-60 sm:text-4xl">
        {name.trim().charAt(0).toLocaleUpperCase('vi')}
      </span>
      <span className="hidden text-xs font-medium text-brand-800/80 sm:block">{t('search.card.noImage')}</span>
    </div>
  )
}

export function ProductCard({ hit }: { hit: ProductHit }) {
  const { t, lang } = useTranslation()
  const name = lang === 'en' && hit.nameEn ? hit.nameEn : null
  return (
    <article className="group relative flex flex-1 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:border-brand-300 hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600 sm:flex-col">
      {/* Phones: a small square on the left; from `sm`: a wide picture on top with the stars on it. */}
      <div className="relative w-28 shrink-0 overflow-hidden bg-slate-100 sm:aspect-[16/10] sm:w-auto">
        {hit.coverImage ? (
          <img src={paths.productPhoto(hit.coverImage)} alt="" loading="lazy" className="h-full w-full object-cover transition group-hover:scale-[1.02]" />
        ) : (
          <Placeholder name={hit.nameVi} />
        )}
        {hit.stars ? <StarsBadge stars={hit.stars} className="absolute left-3 top-3 hidden sm:inline-flex" /> : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col p-3.5 sm:p-4">
        {hit.stars ? <StarsBadge stars={hit.stars} className="mb-1.5 self-start sm:hidden" /> : null}
        <h3 className="text-base font-semibold leading-snug text-slate-900">
          <Link
            to={paths.product(hit.slug)}
            className="after:absolute after:inset-0 after:content-[''] focus:outline-none group-hover:text-brand-800"
          >
            <Highlighted text={hit.highlightedName} />
          </Link>
        </h3>
        {name ? (
          <p lang="en" className="mt-0.5 text-sm text-slate-500">
            {name}
          </p>
        ) : null}
        <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700">
          <StoreIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
          <span>{hit.producerName}</span>
        </p>
        {hit.provinceName || hit.formerProvinceName ? (
          <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-600">
            <MapPinIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
            <span>
              {[hit.provinceName, hit.formerProvinceName ? t('search.province.former', { name: hit.formerProvinceName }) : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </p>
        ) : null}
        <div className="mt-auto flex flex-wrap items-end justify-between gap-x-3 gap-y-1 pt-3 sm:pt-4">
          <p className="text-base font-bold text-brand-800">
            {hit.priceMin !== null ? (
              <>
                {t('search.card.fromPrice', { price: formatVnd(hit.priceMin, lang) })}
                <span className="text-sm font-medium text-slate-500">{t('search.card.perUnit', { unit: hit.unit })}</span>
              </>
            ) : (
              <span className="text-sm font-medium text-slate-600">{t('search.card.askPrice')}</span>
            )}
          </p>
          <p className="text-sm text-slate-600">{t('search.card.moq', { count: hit.moq, unit: hit.unit })}</p>
        </div>
        {hit.samplesAvailable ? (
          <p className="mt-2">
            <span className="inline-flex rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-inset ring-brand-200">
              {t('search.card.samples')}
            </span>
          </p>
        ) : null}
      </div>
    </article>
  )
}

export function ProducerCard({ hit }: { hit: ProducerHit }) {
  const { t } = useTranslation()
  const display = hit.tradeName ?? hit.name
  return (
    <article className="relative flex h-full gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600">
      <span
        aria-hidden="true"
        className="flex h-14 w-14 shrink-0 items-center justify-center rounded-xl bg-brand-700 text-xl font-bold text-white"
      >
        {display.trim().charAt(0).toLocaleUpperCase('vi')}
      </span>
      <div className="min-w-0 flex-1">
        <h3 className="text-base font-semibold leading-snug text-slate-900">
          <Link to={paths.producer(hit.slug)} className="after:absolute after:inset-0 after:content-[''] focus:outline-none hover:text-brand-800">
            {display}
          </Link>
        </h3>
        {hit.tradeName && hit.tradeName !== hit.name ? <p className="text-sm text-slate-500">{hit.name}</p> : null}
        <p className="mt-1 text-sm font-medium text-brand-800">{t(`search.producerType.${hit.type}` as MessageKey)}</p>
        {hit.provinceNames.length ? (
          <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-600">
            <MapPinIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
            <span>
              {hit.provinceNames.map((name, i) => (i === 0 ? name : t('search.province.former', { name }))).join(' · ')}
            </span>
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>{t('search.card.producerProducts', { count: hit.productCount })}</span>
          {hit.maxStars ? <StarsBadge stars={hit.maxStars} /> : null}
        </p>
      </div>
    </article>
  )
}
