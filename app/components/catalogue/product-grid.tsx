// Product cards of the public catalogue pages (catalogue index, group pages, storefronts).
import { Link } from '@remix-run/react'
import { MapPinIcon, StoreIcon } from '~/components/icons'
import { StarsBadge } from '~/components/search/cards'
import { useTranslation } from '~/i18n/hook'
import type { ProductCard } from '~/modules/catalogue/public.server'
import { formatNumber, formatVnd } from '~/utils/format'
import { paths } from '~/utils/paths'

export type CardData = ProductCard

export function PhotoPlaceholder({ name, label, large = false }: { name: string; label?: string; large?: boolean }) {
  return (
    <div className="flex h-full w-full flex-col items-center justify-center gap-1 bg-gradient-to-br from-brand-50 via-brand-100 to-star-50 text-brand-700">
      <span aria-hidden="true" className={`font-bold opacity-60 ${large ? 'text-6xl' : 'text-3xl sm:text-4xl'}`}>
        {name.trim().charAt(0).toLocaleUpperCase('vi')}
      </span>
      {label ? <span className={`text-xs font-medium text-brand-800/80 ${large ? 'sm:text-sm' : 'hidden sm:block'}`}>{label}</span> : null}
    </div>
  )
}

export function CatalogueCard({ product, showProducer = true }: { product: CardData; showProducer?: boolean }) {
  const { t, lang } = useTranslation()
  const english = lang === 'en' && product.nameEn ? product.nameEn : null
  return (
    <article className="group relative flex h-full overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-300 hover:shadow-md sm:flex-col">
      {/* Phones: a small square on the left; from `sm`: a wide photo on top with the stars on it. */}
      <div className="relative w-28 shrink-0 overflow-hidden bg-slate-100 sm:aspect-[4/3] sm:w-auto">
        {product.coverImage ? (
          <img
            src={paths.productPhoto(product.coverImage)}
            alt=""
            loading="lazy"
            className="h-full w-full object-cover transition group-hover:scale-[1.02]"
          />
        ) : (
          <PhotoPlaceholder name={product.nameVi} label={t('catalogue.card.noPhoto')} />
        )}
        {product.stars ? <StarsBadge stars={product.stars} className="absolute left-3 top-3 hidden sm:inline-flex" /> : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col p-3.5 sm:p-4">
        {product.stars ? <StarsBadge stars={product.stars} className="mb-1.5 self-start sm:hidden" /> : null}
        <h3 className="text-base font-semibold leading-snug text-slate-900">
          <Link to={paths.product(product.slug)} className="after:absolute after:inset-0 after:content-[''] focus:outline-none group-hover:text-brand-800">
            {english ?? product.nameVi}
          </Link>
        </h3>
        {english ? (
          <p lang="vi" className="mt-0.5 text-sm text-slate-500">
            {product.nameVi}
          </p>
        ) : null}
        {showProducer ? (
          <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700">
            <StoreIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
            <span>{product.producerName}</span>
          </p>
        ) : null}
        {showProducer && product.provinceName ? (
          <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-600">
            <MapPinIcon width={16} height={16} className="mt-0.5 shrink-0 text-slate-400" />
            <span>{product.provinceName}</span>
          </p>
        ) : null}
        <div className="mt-auto flex flex-wrap items-end justify-between gap-x-3 gap-y-1 pt-3 sm:pt-4">
          <p className="text-base font-bold text-brand-800">
            {product.fromPriceVnd !== null ? (
              <>
                {t('catalogue.card.fromPrice', { price: formatVnd(product.fromPriceVnd, lang) })}
                <span className="text-sm font-medium text-slate-500">{t('catalogue.card.perUnit', { unit: product.unit })}</span>
              </>
            ) : (
              <span className="text-sm font-medium text-slate-600">{t('catalogue.card.askPrice')}</span>
            )}
          </p>
          <p className="text-sm text-slate-600">
            {t('catalogue.card.moq', { quantity: formatNumber(product.minOrderQuantity, lang), unit: product.unit })}
          </p>
        </div>
      </div>
    </article>
  )
}

export function ProductGrid({ products, showProducer = true }: { products: CardData[]; showProducer?: boolean }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <CatalogueCard product={product} showProducer={showProducer} />
        </li>
      ))}
    </ul>
  )
}
