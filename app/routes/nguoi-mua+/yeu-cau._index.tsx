// /nguoi-mua/yeu-cau: the buyer organisation's sent requests, newest activity first, with filters
// and CSV export. ?gui=<n> after sending shows a confirmation.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { InquiryList, queryOf } from '~/components/inquiries/list'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listBuyerSent, parseInboxFilters } from '~/modules/inquiries/inbox.server'
import { threadPath } from '~/modules/inquiries/inquiries.server'
import { paths } from '~/utils/paths'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['BUYER'])
  const url = new URL(request.url)
  const sent = Number.parseInt(url.searchParams.get('gui') ?? '0', 10) || 0
  if (!user.buyerOrgId) return { hasOrg: false as const, sent, query: queryOf(url) }
  return { hasOrg: true as const, sent, query: queryOf(url), ...(await listBuyerSent(user, parseInboxFilters(url))), hrefBase: threadPath.buyer('') }
}

export default function BuyerSentRoute() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell>
      <PageHeader
        title={t('inquiries.sent.title')}
        intro={t('inquiries.sent.intro')}
        actions={
          <Link to={paths.search} className={buttonClass.secondary}>
            {t('nav.findProducts')}
          </Link>
        }
      />
      {data.sent > 0 ? (
        <div className="mb-6">
          <Notice tone="success" role="status">
            {data.sent > 1 ? t('inquiries.new.sentMany', { count: data.sent }) : t('inquiries.new.sent')}
          </Notice>
        </div>
      ) : null}
      {data.hasOrg ? (
        <InquiryList
          items={data.items}
          page={data.page}
          pageCount={data.pageCount}
          query={data.query}
          hrefFor={(id) => `${data.hrefBase}${encodeURIComponent(id)}`}
          exportHref="/nguoi-mua/yeu-cau/xuat-csv"
          empty={{ title: t('inquiries.sent.empty'), body: t('inquiries.sent.emptyBody') }}
        />
      ) : (
        <p className="text-slate-700">{t('inquiries.sent.emptyBody')}</p>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('inquiries.sent.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
