// /nha-san-xuat/san-pham/moi: a new listing (saved as a draft, or published straight away by a
// verified producer). The form and its action are shared with the edit page.
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
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
    <div className="bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10">
        <nav aria-label={t('catalogue.breadcrumb.label')} className="text-sm text-slate-600">
          <Link to={paths.producerProducts} className="font-medium text-brand-700 hover:text-brand-900">
            {t('catalogue.dashboard.title')}
          </Link>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{t('catalogue.editor.newTitle')}</span>
        </nav>
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('catalogue.editor.newTitle')}</h1>
        <p className="mt-2 max-w-3xl text-slate-600">{t('catalogue.editor.newIntro')}</p>
        <div className="mt-8">
          <ProductEditor taxonomy={taxonomy} producerVerified={producerVerified} lastResult={lastResult} />
        </div>
      </div>
    </div>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('catalogue.editor.newTitle')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
