// /nha-san-xuat/hop-thu/<id>: one inquiry thread for the producer it was sent to (404 for anyone
// else). Opening it marks it read; the producer answers, quotes, closes or blocks the buyer here.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { InquiryThreadPage, threadMeta } from '~/components/inquiries/thread'
import { threadLoader, threadRouteAction } from '~/modules/inquiries/thread-route.server'
import { paths } from '~/utils/paths'

export const loader = (args: LoaderFunctionArgs) => threadLoader('producer', args)
export const action = (args: ActionFunctionArgs) => threadRouteAction('producer', args)

export default function ProducerThreadRoute() {
  return <InquiryThreadPage listTo={paths.producerInquiries} listTitle="inquiries.inbox.title" />
}

export const meta = threadMeta('inquiries.inbox.title')

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
