// /nha-san-xuat/hop-thu: the producer's inquiry inbox (producers only): unanswered first, filters by
// status, product and date, search, CSV export, and the producer's own response figures.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { InquiryList, queryOf, useDuration } from '~/components/inquiries/list'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { threadPath } from '~/modules/inquiries/inquiries.server'
import { listProducerInbox, parseInboxFilters } from '~/modules/inquiries/inbox.server'
import { paths } from '~/utils/paths'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const url = new URL(request.url)
  if (!user.producerId) return { hasProfile: false as const, query: queryOf(url) }
  const inbox = await listProducerInbox(user, parseInboxFilters(url))
  return { hasProfile: true as const, query: queryOf(url), ...inbox, hrefBase: threadPath.producer('') }
}

export default function ProducerInboxRoute() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const duration = useDuration()
  const breadcrumb = [{ to: paths.producerDashboard, label: t('accounts.dashboard.title') }, { label: t('inquiries.inbox.title') }]
  if (!data.hasProfile) {
    return (
      <PageShell>
        <PageHeader title={t('inquiries.inbox.title')} breadcrumb={breadcrumb} />
        <p className="text-slate-700">{t('accounts.certificates.needProfileBody')}</p>
      </PageShell>
    )
  }
  const { stats } = data
  return (
    <PageShell>
      <PageHeader
        title={t('inquiries.inbox.title')}
        intro={
          <>
            {t('inquiries.inbox.intro')}{' '}
            <span data-testid="response-figures">
              {stats.medianResponseSeconds !== null ? t('inquiries.inbox.median', { value: duration(stats.medianResponseSeconds) }) : t('inquiries.inbox.noMedian')}
              {stats.responseRate !== null ? ` · ${t('inquiries.inbox.rate', { value: `${Math.round(stats.responseRate * 100)}%` })}` : ''}
            </span>
          </>
        }
        breadcrumb={breadcrumb}
      />
      <InquiryList
        items={data.items}
        page={data.page}
        pageCount={data.pageCount}
        query={data.query}
        products={data.products}
        hrefFor={(id) => `${data.hrefBase}${encodeURIComponent(id)}`}
        exportHref="/nha-san-xuat/hop-thu/xuat-csv"
        empty={{ title: t('inquiries.inbox.empty'), body: t('inquiries.inbox.emptyBody') }}
      />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('inquiries.inbox.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
