// /nha-san-xuat/san-pham/<id>: edit one of the producer's own listings. Another producer's id is
// answered exactly like an unknown one (404), so ids reveal nothing.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { Notice, PageHeader, PageShell } from '~/components/ui'
import { CertificateStatus, ListingStatusBadge } from '~/components/catalogue/status'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getListingForEditor, getProducerStatus, loadTaxonomy } from '~/modules/catalogue/listings.server'
import { paths } from '~/utils/paths'
import { ProductEditor } from './__product-editor'
import { productEditorAction } from './__product-editor.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const [product, taxonomy, producer] = await Promise.all([getListingForEditor(user, params.id ?? ''), loadTaxonomy(), getProducerStatus(user)])
  return { product, taxonomy, producerVerified: producer?.status === 'VERIFIED' }
}

export const action = productEditorAction

const NOTICES = { 'da-luu': 'catalogue.editor.notice.saved', 'da-dang': 'catalogue.editor.notice.published', 'da-nhan-ban': 'catalogue.editor.notice.duplicated' } as const

export default function EditProductRoute() {
  const { product, taxonomy, producerVerified } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const notice = NOTICES[searchParams.get('thong-bao') as keyof typeof NOTICES]
  return (
    <PageShell>
      <PageHeader
        title={t('catalogue.editor.editTitle', { name: product.nameVi })}
        breadcrumb={[{ to: paths.producerProducts, label: t('catalogue.dashboard.title') }, { label: product.nameVi }]}
        intro={
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
            <ListingStatusBadge status={product.status} />
            <CertificateStatus certificate={product.certificate} />
          </div>
        }
        actions={
          product.status === 'PUBLISHED' ? (
            <Link to={paths.product(product.slug)} className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:text-brand-900">
              {t('catalogue.editor.viewPublic')} →
            </Link>
          ) : null
        }
      />
      {notice ? (
        <div className="mb-8">
          <Notice tone="success" role="status">
            {t(notice)}
          </Notice>
        </div>
      ) : null}
      <ProductEditor key={`${product.id}:${product.version}`} taxonomy={taxonomy} product={product} producerVerified={producerVerified} lastResult={lastResult} />
    </PageShell>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = translatorFromMatches(matches)
  const title = data ? t('catalogue.editor.editTitle', { name: data.product.nameVi }) : t('error.notFound.meta')
  return [{ title: `${title} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
