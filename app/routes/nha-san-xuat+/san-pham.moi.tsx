// /nha-san-xuat/san-pham/moi: a new listing (saved as a draft, or published straight away by a
// verified producer). The form and its action are shared with the edit page.
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { PageHeader, PageShell } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getProducerStatus, loadTaxonomy } from '~/modules/catalogue/listings.server'
import { paths } from '~/utils/paths'
import { ProductEditor } from './__product-editor'
import { productEditorAction } from './__product-editor.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProducts)
  const [taxonomy, producer] = await Promise.all([loadTaxonomy(), getProducerStatus(user)])
  return { taxonomy, producerVerified: producer?.status === 'VERIFIED' }
}

export const action = productEditorAction

export default function NewProductRoute() {
  const { taxonomy, producerVerified } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <PageShell>
      <PageHeader
        title={t('catalogue.editor.newTitle')}
        intro={t('catalogue.editor.newIntro')}
        breadcrumb={[{ to: paths.producerProducts, label: t('catalogue.dashboard.title') }, { label: t('catalogue.editor.newTitle') }]}
      />
      <ProductEditor taxonomy={taxonomy} producerVerified={producerVerified} lastResult={lastResult} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('catalogue.editor.newTitle')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
