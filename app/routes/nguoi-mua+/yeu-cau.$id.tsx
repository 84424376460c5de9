// /nguoi-mua/yeu-cau/<id>: one of the buyer organisation's threads (404 for anyone else). The buyer
// writes, and accepts, declines or asks for a revision of the active quotation.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { InquiryStatusBadge, InquiryThread, type ThreadActionData } from '~/components/inquiries/thread'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getThread, threadPath } from '~/modules/inquiries/inquiries.server'
import { threadAction } from '~/modules/inquiries/thread-action.server'
import { paths } from '~/utils/paths'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['BUYER'])
  return { thread: await getThread(user, params.id ?? ''), userId: user.id }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['BUYER'])
  const id = params.id ?? ''
  return threadAction(request, user, id, threadPath.buyer(id))
}

export default function BuyerThreadRoute() {
  const { thread, userId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ThreadActionData
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={thread.subject}
        intro={<InquiryStatusBadge status={thread.status} />}
        breadcrumb={[{ to: paths.buyerInquiries, label: t('inquiries.sent.title') }, { label: thread.subject }]}
      />
      <InquiryThread thread={thread as never} actionData={actionData} selfUserId={userId} />
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${data?.thread.subject ?? t('inquiries.sent.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
