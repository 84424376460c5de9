// /nguoi-mua/yeu-cau/<id>: one of the buyer organisation's threads (404 for anyone else). The buyer
// writes, and accepts, declines or asks for a revision of the active quotation.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { InquiryThreadPage, threadMeta } from '~/components/inquiries/thread'
import { threadLoader, threadRouteAction } from '~/modules/inquiries/thread-route.server'
import { paths } from '~/utils/paths'

export const loader = (args: LoaderFunctionArgs) => threadLoader('buyer', args)
export const action = (args: ActionFunctionArgs) => threadRouteAction('buyer', args)

export default function BuyerThreadRoute() {
  return <InquiryThreadPage listTo={paths.buyerInquiries} listTitle="inquiries.sent.title" />
}

export const meta = threadMeta('inquiries.sent.title')

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
