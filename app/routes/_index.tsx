import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FairCards } from '~/components/home/fair-cards'
import { HeroArt } from '~/components/home/hero-art'
import { HomeStatCards } from '~/components/home/stats'
import { ArrowRightIcon, StarIcon, StoreIcon, TentIcon, TruckIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { getHomeStats } from '~/modules/catalogue/stats.server'
import { paths } from '~/utils/paths'

export async function loader() {
  return { stats: await getHomeStats() }
}

export default function HomeRoute() {
  const { stats } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const audiences = [
    { icon: StoreIcon, title: t('home.audience.producers.title'), body: t('home.audience.producers.body') },
    { icon: TruckIcon, title: t('home.audience.buyers.title'), body: t('home.audience.buyers.body') },
    { icon: TentIcon, title: t('home.audience.organisers.title'), body: t('home.audience.organisers.body') },
  ]

  return (
    <>
      <section aria-labelledby="hero-title" className="relative overflow-hidden bg-brand-900 text-white">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 bg-[radial-gradient(circle_at_85%_20%,rgba(245,180,22,0.28),transparent_45%),radial-gradient(circle_at_10%_90%,rgba(75,180,124,0.35),transparent_50%)]"
        />
        <div className="relative mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[1.25fr_1fr]">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full bg-white/10 px-3 py-1 text-sm font-medium text-star-100 ring-1 ring-inset ring-white/20">
              <StarIcon width={14} height={14} className="text-star-400" />
              {t('home.hero.eyebrow')}
            </p>
            <h1 id="hero-title" className="mt-6 max-w-3xl text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
              {t('home.hero.title')}
            </h1>
            <p className="mt-6 max-w-2xl text-lg leading-8 text-brand-100">{t('home.hero.mission')}</p>
            <div className="mt-10 flex flex-col gap-3 sm:flex-row">
              <Link
                to={paths.products}
                className="inline-flex items-center justify-center gap-2 rounded-lg bg-star-400 px-5 py-3 text-base font-semibold text-brand-950 shadow-sm transition hover:bg-star-300"
              >
                {t('home.hero.browseProducts')}
                <ArrowRightIcon width={18} height={18} />
              </Link>
              <Link
                to={paths.signup}
                className="inline-flex items-center justify-center rounded-lg px-5 py-3 text-base font-semibold text-white ring-1 ring-inset ring-white/40 transition hover:bg-white/10"
              >
                {t('home.hero.joinAsProducer')}
              </Link>
            </div>
          </div>
          <HeroArt />
        </div>
      </section>

      <section aria-labelledby="stats-title" className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-16">
          <h2 id="stats-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {t('home.stats.heading')}
          </h2>
          <p className="mt-2 text-slate-600">{t('home.stats.intro')}</p>
          <div className="mt-8">
            <HomeStatCards stats={stats} />
          </div>
        </div>
      </section>

      <section aria-labelledby="fairs-title">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-16">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
            <div>
              <h2 id="fairs-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
                {t('home.fairs.heading')}
              </h2>
              <p className="mt-2 text-slate-600">{t('home.fairs.intro')}</p>
            </div>
            {stats.upcomingFairs.length > 0 ? (
              <Link
                to={paths.fairs}
                className="inline-flex items-center gap-1.5 text-sm font-semibold text-brand-700 hover:text-brand-900"
              >
                {t('home.fairs.viewAll')}
                <ArrowRightIcon width={16} height={16} />
              </Link>
            ) : null}
          </div>
          <div className="mt-8">
            <FairCards fairs={stats.upcomingFairs} />
          </div>
        </div>
      </section>

      <section aria-labelledby="audience-title" className="border-t border-slate-200 bg-brand-50/60">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-16">
          <h2 id="audience-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {t('home.audience.heading')}
          </h2>
          <ul className="mt-8 grid gap-5 md:grid-cols-3">
            {audiences.map(({ icon: Icon, title, body }) => (
              <li key={title} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
                <span className="inline-flex h-11 w-11 items-center justify-center rounded-xl bg-brand-700 text-white">
                  <Icon width={22} height={22} />
                </span>
                <h3 className="mt-4 text-lg font-semibold text-slate-900">{title}</h3>
                <p className="mt-2 text-sm leading-6 text-slate-600">{body}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [
    { title: t('home.meta.title') },
    { name: 'description', content: t('home.meta.description') },
    { property: 'og:title', content: t('home.meta.title') },
    { property: 'og:description', content: t('home.meta.description') },
  ]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
