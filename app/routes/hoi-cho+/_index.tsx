// /hoi-cho: published fairs, newest first, paged.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { EmptyState, PageHeader, PageShell, Pagination } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FairCards } from '~/components/home/fair-cards'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { countPublicFairs, listPublicFairs } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { now } from '~/utils/clock.server'

const PAGE_SIZE = 12

export async function loader({ request }: LoaderFunctionArgs) {
  const total = await countPublicFairs()
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.trunc(Number(new URL(request.url).searchParams.get('trang') ?? 1)) || 1), pageCount)
  const at = now()
  const fairs = await listPublicFairs({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE })
  return {
    page,
    pageCount,
    fairs: fairs.map((f) => ({
      slug: f.slug,
      nameVi: f.nameVi,
      nameEn: f.nameEn,
      venue: f.venue,
      provinceName: f.province?.name ?? null,
      startsAt: f.startsAt,
      endsAt: f.endsAt,
      applicationClosesAt: f.applicationClosesAt,
      applicationsOpen: f.status === 'PUBLISHED' && at >= f.applicationOpensAt && at <= f.applicationClosesAt,
    })),
  }
}

export default function PublicFairsRoute() {
  const { fairs, page, pageCount } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-6xl">
      <PageHeader title={t('fairs.public.title')} intro={t('fairs.public.intro')} />
      {fairs.length === 0 ? <EmptyState title={t('fairs.public.empty')} /> : <FairCards fairs={fairs} />}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p > 1 ? `${fairPaths.publicFairs}?trang=${p}` : fairPaths.publicFairs)} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.public.title')} | ${t('app.name')}` }, { name: 'description', content: t('fairs.public.intro') }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
