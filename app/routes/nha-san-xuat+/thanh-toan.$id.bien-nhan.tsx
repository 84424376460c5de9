// /nha-san-xuat/thanh-toan/:id/bien-nhan: the printable receipt of a paid booth fee (own only).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ReceiptView } from '~/components/payments/ui'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { paymentPaths } from '~/modules/payments/paths'
import { getProducerReceipt } from '~/modules/payments/receipt.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  return { receipt: await getProducerReceipt(user, params.id ?? '') }
}

export default function ProducerReceiptRoute() {
  const { receipt } = useLoaderData<typeof loader>()
  return <ReceiptView receipt={receipt} backTo={paymentPaths.producerPayments} />
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('payments.receipt.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
