// /ban-to-chuc/hoi-cho/:slug/thanh-toan/:id/bien-nhan: the organiser's copy of a receipt.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ReceiptView } from '~/components/payments/ui'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { paymentPaths } from '~/modules/payments/paths'
import { getOrganiserReceipt } from '~/modules/payments/receipt.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const slug = params.slug ?? ''
  return { slug, receipt: await getOrganiserReceipt(user, slug, params.id ?? '') }
}

export default function OrganiserReceiptRoute() {
  const { slug, receipt } = useLoaderData<typeof loader>()
  return <ReceiptView receipt={receipt} backTo={paymentPaths.organiserPayment(slug, receipt.id)} />
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.receipt.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
