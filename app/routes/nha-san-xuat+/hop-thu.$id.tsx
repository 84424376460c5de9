// /nha-san-xuat/hop-thu/<id>: one inquiry thread for the producer it was sent to (404 for anyone
// else). Opening it marks it read; the producer answers, quotes, closes or blocks the buyer here.
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

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  return { thread: await getThread(user, params.id ?? ''), userId: user.id }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const id = params.id ?? ''
  return threadAction(request, user, id, threadPath.producer(id))
}

export default function ProducerThreadRoute() {
  const { thread, userId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>() as ThreadActionData
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-6xl">
      <PageHeader
        title={thread.subject}
        intro={<InquiryStatusBadge status={thread.status} />}
        breadcrumb={[{ to: '/nha-san-xuat/hop-thu', label: t('inquiries.inbox.title') }, { label: thread.subject }]}
      />
      <InquiryThread thread={thread as never} actionData={actionData} selfUserId={userId} />
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${data?.thread.subject ?? t('inquiries.inbox.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
