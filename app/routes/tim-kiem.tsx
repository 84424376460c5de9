// /tim-kiem: the buyers' search. A plain GET form that works without JavaScript; with it, results
// follow the typing through /resources/search and the URL keeps the whole state (shareable).
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useId, useState } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ActiveFilterChips, EmptyState } from '~/components/search/active-filters'
import { ProducerCard, ProductCard } from '~/components/search/cards'
import { FilterPanel } from '~/components/search/filter-panel'
import { tabSearch } from '~/components/search/form-state'
import { Pagination } from '~/components/search/pagination'
import { instantSearchShouldRevalidate, TYPING_DELAY_MS, useInstantSearch } from '~/components/search/use-instant-search'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { activeFilters, type FilterKey } from '../../search/filters'
import { loadFacetLabels } from '../../search/labels.server'
import { runSearch } from '../../search/page.server'
import { parseSearchState, searchStateToParams, SORTS } from '../../search/query'
import { prisma } from '~/utils/db.server'
import { RfqBar, RfqCheckbox } from '~/components/inquiries/rfq-picker'
import { paths } from '~/utils/paths'
import { useHydrated } from '~/utils/use-hydrated'

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const state = parseSearchState(url.searchParams)
  // One URL per search: a no-JS form submit (empty fields, defaults) lands on the canonical address.
  const canonical = searchStateToParams(state).toString()
  if (canonical !== new URLSearchParams(url.search).toString()) throw redirect(`${paths.search}${canonical ? `?${canonical}` : ''}`)
  const [result, labels] = await Promise.all([runSearch(state, prisma), loadFacetLabels(prisma)])
  return { state, result, labels }
}

export const shouldRevalidate = instantSearchShouldRevalidate

// What the producers tab can filter on.
const PRODUCER_FILTERS: FilterKey[] = ['type', 'province']


function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="11" cy="11" r="7" />
      <path d="M20 20l-3.5-3.5" />
    </svg>
  )
}

export default function SearchRoute() {
  const loaded = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const hydrated = useHydrated()
  const { form, change, submitNow, shown, pending } = useInstantSearch(loaded)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const introId = useId()
  const { labels } = loaded
  const state = shown.state
  const products = shown.tab === 'products' ? shown.products : null
  const producers = shown.tab === 'producers' ? shown.producers : null
  const total = products?.total ?? producers?.total ?? 0
  const degraded = (products ?? producers)?.mode === 'degraded'
  const activeCount = activeFilters(state).filter((filter) => shown.tab === 'products' || PRODUCER_FILTERS.includes(filter.key)).length

  const countText =
    shown.tab === 'products'
      ? state.q
        ? t('search.results.productsFor', { count: total, q: state.q })
        : t('search.results.products', { count: total })
      : state.q
        ? t('search.results.producersFor', { count: total, q: state.q })
        : t('search.results.producers', { count: total })
  const pageCount = (products ?? producers)?.pageCount ?? 1

  return (
    <>
    <form
      method="get"
      action={paths.search}
      onSubmit={(event) => {
        event.preventDefault()
        setFiltersOpen(false)
        submitNow()
      }}
    >
      <input type="hidden" name="tab" value={form.tab} />
      <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 pb-6 pt-8 sm:px-6 sm:pt-10">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('search.heading')}</h1>
          <div role="search" aria-label={t('search.box.label')}>
          <label htmlFor="search-q" className="mt-4 block text-sm font-medium text-slate-700">
            {t('search.box.label')}
          </label>
          <div className="mt-1.5 flex gap-2">
            <div className="relative flex-1">
              <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-400">
                <SearchIcon />
              </span>
              <input
                id="search-q"
                name="q"
                type="search"
                value={form.q}
                onChange={(event) => change({ ...form, q: event.currentTarget.value }, TYPING_DELAY_MS)}
                placeholder={t('search.box.placeholder')}
                aria-describedby={introId}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                enterKeyHint="search"
                maxLength={120}
                className="w-full rounded-lg border border-slate-300 bg-white py-3 pl-10 pr-3 text-base shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
              />
            </div>
            <button
              type="submit"
              className="rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {t('search.box.submit')}
            </button>
          </div>
          <p id={introId} className="mt-2 text-sm text-slate-600">
            {t('search.intro')}
          </p>
          </div>
          <nav aria-label={t('search.tabs.label')} className="mt-5">
            <ul className="flex gap-1 border-b border-slate-200">
              {(['products', 'producers'] as const).map((tab) => (
                <li key={tab}>
                  <Link
                    to={`${paths.search}${tabSearch(form, tab)}`}
                    aria-current={shown.tab === tab ? 'page' : undefined}
                    className={`-mb-px inline-block border-b-2 px-4 py-2.5 text-sm font-semibold ${
                      shown.tab === tab ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
                    }`}
                  >
                    {t(tab === 'products' ? 'search.tabs.products' : 'search.tabs.producers')}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:grid lg:grid-cols-[16rem_1fr] lg:gap-8">
        <div className="mb-4 lg:hidden">
          <a
            href="#search-filters"
            role={hydrated ? 'button' : undefined}
            aria-expanded={hydrated ? filtersOpen : undefined}
            aria-controls="search-filters"
            onClick={(event) => {
              event.preventDefault()
              setFiltersOpen((open) => !open)
            }}
            onKeyDown={(event) => {
              // A link acting as a button must answer the space bar too.
              if (event.key === ' ') {
                event.preventDefault()
                setFiltersOpen((open) => !open)
              }
            }}
            className="inline-flex items-center gap-2 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:ring-brand-600"
          >
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M4 6h16M7 12h10M10 18h4" />
            </svg>
            {t('search.filters.toggle')}
            {activeCount ? (
              <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs text-white">{t('search.filters.activeCount', { count: activeCount })}</span>
            ) : null}
          </a>
        </div>

        <aside
          id="search-filters"
          aria-label={t('search.filters.heading')}
          className={`${filtersOpen ? 'block' : 'hidden'} mb-6 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm target:block lg:mb-0 lg:block lg:self-start lg:border-0 lg:p-0 lg:shadow-none`}
        >
          <h2 className="mb-3 text-base font-semibold text-slate-900">{t('search.filters.heading')}</h2>
          <FilterPanel form={form} result={shown} labels={labels} change={change} />
          {!hydrated ? (
            <button type="submit" className="mt-4 w-full rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
              {t('search.filters.apply')}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => setFiltersOpen(false)}
              className="mt-4 w-full rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800 lg:hidden"
            >
              {t('search.filters.showResults')}
            </button>
          )}
        </aside>

        <section aria-labelledby="search-results-heading" className="min-w-0">
          <h2 id="search-results-heading" className="sr-only">
            {t('search.results.heading')}
          </h2>
          {degraded ? (
            <div role="status" className="mb-5 rounded-xl border border-star-300 bg-star-50 px-4 py-3 text-sm text-star-700">
              <p className="font-semibold text-slate-900">{t('search.degraded.title')}</p>
              <p className="mt-1 text-slate-700">{t('search.degraded.body')}</p>
            </div>
          ) : null}

          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" aria-live="polite" aria-atomic="true" className="text-sm font-medium text-slate-700">
              {countText}
            </p>
            <div className="flex items-center gap-3">
              {pending ? (
                <span className="flex items-center gap-1.5 text-sm text-slate-500" aria-hidden="true">
                  <span className="h-3 w-3 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
                  {t('search.results.loading')}
                </span>
              ) : null}
              {shown.tab === 'products' ? (
                <div className="flex items-center gap-2">
                  <label htmlFor="search-sort" className="text-sm text-slate-600">
                    {t('search.sort.label')}
                  </label>
                  <select
                    id="search-sort"
                    name="sort"
                    value={form.sort}
                    onChange={(event) => change({ ...form, sort: event.currentTarget.value as (typeof SORTS)[number] })}
                    className="rounded-md border border-slate-300 bg-white py-1.5 pl-2.5 pr-8 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
                  >
                    {SORTS.map((sort) => (
                      <option key={sort} value={sort}>
                        {t(`search.sort.${sort}`)}
                      </option>
                    ))}
                  </select>
                  {!hydrated ? (
                    <button type="submit" className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-800 ring-1 ring-inset ring-slate-300">
                      {t('search.filters.apply')}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </div>
          </div>

          <div className="mt-3">
            <ActiveFilterChips state={state} labels={labels} keys={shown.tab === 'products' ? undefined : PRODUCER_FILTERS} />
          </div>

          <div className={`mt-5 transition-opacity ${pending ? 'opacity-60' : ''}`}>
            {products ? (
              products.hits.length ? (
                <ul className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
                  {products.hits.map((hit) => (
                    // The card grows to the row's height; the "ask for a quote" box stays under it, inside the cell.
                    <li key={hit.id} className="flex flex-col">
                      <ProductCard hit={hit} />
                      <RfqCheckbox producerSlug={hit.producerSlug} producerName={hit.producerName} productId={hit.id} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState state={state} suggestions={shown.tab === 'products' ? shown.suggestions : null} labels={labels} />
              )
            ) : producers ? (
              producers.hits.length ? (
                <ul className="grid gap-5 md:grid-cols-2">
                  {producers.hits.map((hit) => (
                    <li key={hit.id}>
                      <ProducerCard hit={hit} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState state={state} suggestions={null} labels={labels} producers />
              )
            ) : null}
            <Pagination state={state} pageCount={pageCount} />
          </div>
        </section>
      </div>
    </form>
    <RfqBar />
    </>
  )
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorFromMatches(matches)
  const q = data?.state.q
  return [
    { title: q ? t('search.meta.titleWithQuery', { q }) : t('search.meta.title') },
    { name: 'description', content: t('search.meta.description') },
  ]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
