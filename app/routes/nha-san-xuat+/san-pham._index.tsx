// /nha-san-xuat/san-pham: the producer's listings. Bulk publish/archive through checkboxes (they
// belong to the toolbar's form via the `form` attribute, so each row can keep its own small forms
// for duplicate and delete), delete behind a confirmation, paginated, CSV import/export links.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { buttonClass, Notice } from '~/components/ui'
import { PageLinks } from '~/components/catalogue/page-links'
import { CertificateStatus, ListingStatusBadge } from '~/components/catalogue/status'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { StoreIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { listOwnProducts } from '~/modules/catalogue/listings.server'
import { deleteProduct, duplicateProduct, setProductsStatus } from '~/modules/catalogue/products.server'
import { formatDate, formatNumber } from '~/utils/format'
import { paths } from '~/utils/paths'
import { useHydrated } from '~/utils/use-hydrated'

const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) return { hasProfile: false as const }
  const page = PageSchema.parse(new URL(request.url).searchParams.get('page') ?? 1)
  return { hasProfile: true as const, ...(await listOwnProducts(user, page)) }
}

const ActionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.enum(['publish', 'archive']), ids: z.array(z.string().min(1).max(40)).max(200).default([]) }),
  z.object({ intent: z.enum(['duplicate', 'delete']), id: z.string().min(1).max(40) }),
])

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const form = await request.formData()
  const parsed = ActionSchema.safeParse({ intent: form.get('intent'), ids: form.getAll('ids'), id: form.get('id') })
  if (!parsed.success) return data({ error: 'Yêu cầu không hợp lệ' }, { status: 400 })
  const back = new URL(request.url)
  const page = back.searchParams.get('page')
  const listUrl = (notice: string, count?: number) =>
    `${paths.producerProducts}?${new URLSearchParams({ ...(page ? { page } : {}), 'thong-bao': notice, ...(count !== undefined ? { 'so-luong': String(count) } : {}) })}`

  switch (parsed.data.intent) {
    case 'publish':
    case 'archive': {
      const ids = [...new Set(parsed.data.ids)]
      if (ids.length === 0) return data({ error: 'Hãy chọn ít nhất một sản phẩm' }, { status: 400 })
      const result = await setProductsStatus(user, ids, parsed.data.intent === 'publish' ? 'PUBLISHED' : 'ARCHIVED')
      if (!result.ok) return data({ error: result.message }, { status: 400 })
      return redirect(listUrl(parsed.data.intent === 'publish' ? 'da-dang' : 'da-luu-tru', result.changed))
    }
    case 'duplicate': {
      const copy = await duplicateProduct(user, parsed.data.id)
      return redirect(`${paths.producerProductEdit(copy.id)}?thong-bao=da-nhan-ban`)
    }
    case 'delete': {
      await deleteProduct(user, parsed.data.id)
      return redirect(listUrl('da-xoa'))
    }
  }
}


const NOTICES = {
  'da-dang': 'catalogue.dashboard.notice.published',
  'da-luu-tru': 'catalogue.dashboard.notice.archived',
  'da-xoa': 'catalogue.dashboard.notice.deleted',
  'da-nhap': 'catalogue.dashboard.notice.imported',
} as const

const BULK_FORM = 'bulk-actions'

function SelectAll() {
  const { t } = useTranslation()
  return (
    <input
      type="checkbox"
      aria-label={t('catalogue.dashboard.selectAll')}
      className="h-4 w-4 rounded border-slate-300 text-brand-700 focus:ring-brand-600"
      onChange={(event) => {
        const checked = event.currentTarget.checked
        document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${BULK_FORM}"]`).forEach((box) => {
          box.checked = checked
        })
      }}
    />
  )
}

function RowActions({ product, nowrap = false }: { product: { id: string; nameVi: string }; nowrap?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className={`flex items-start gap-1.5 ${nowrap ? 'flex-nowrap' : 'flex-wrap'}`}>
      <Link to={paths.producerProductEdit(product.id)} className={buttonClass.small}>
        {t('catalogue.dashboard.edit')}
        <span className="sr-only">: {product.nameVi}</span>
      </Link>
      <Form method="post">
        <input type="hidden" name="id" value={product.id} />
        <button type="submit" name="intent" value="duplicate" className={buttonClass.small}>
          {t('catalogue.dashboard.duplicate')}
          <span className="sr-only">: {product.nameVi}</span>
        </button>
      </Form>
      <details className="group relative">
        <summary className={`${buttonClass.small} cursor-pointer list-none text-red-700`}>
          {t('catalogue.dashboard.delete')}
          <span className="sr-only">: {product.nameVi}</span>
        </summary>
        <div className="absolute right-0 z-20 mt-2 w-72 rounded-xl bg-white p-4 text-left shadow-xl ring-1 ring-slate-200">
          <p className="text-sm font-semibold text-slate-900">{t('catalogue.dashboard.deleteConfirmTitle', { name: product.nameVi })}</p>
          <p className="mt-1 text-sm text-slate-600">{t('catalogue.dashboard.deleteConfirmBody')}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="id" value={product.id} />
            <button type="submit" name="intent" value="delete" className={`${buttonClass.danger} w-full`}>
              {t('catalogue.dashboard.deleteConfirm')}
            </button>
          </Form>
        </div>
      </details>
    </div>
  )
}

export default function ProducerProductsRoute() {
  const loaded = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const hydrated = useHydrated()
  const { t, lang } = useTranslation()

  if (!loaded.hasProfile) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t('catalogue.dashboard.title')}</h1>
        <p className="mt-4 text-slate-600">{t('catalogue.dashboard.noProfile')}</p>
        <Link to={paths.producerProfile} className={`${buttonClass.primary} mt-8`}>
          {t('catalogue.dashboard.createProfile')}
        </Link>
      </div>
    )
  }

  const noticeKey = NOTICES[searchParams.get('thong-bao') as keyof typeof NOTICES]
  const noticeCount = Number(searchParams.get('so-luong') ?? 0)
  const busy = navigation.state === 'submitting'
  const thumb = (path: string | null, name: string) =>
    path ? (
      <img src={paths.productPhoto(path)} alt="" className="h-12 w-12 shrink-0 rounded-lg object-cover ring-1 ring-slate-200" />
    ) : (
      <span aria-hidden="true" className="flex h-12 w-12 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-lg font-bold text-brand-700 ring-1 ring-brand-100">
        {name.trim().charAt(0).toLocaleUpperCase('vi')}
      </span>
    )
  const checkbox = (product: { id: string; nameVi: string }) => (
    <input
      type="checkbox"
      name="ids"
      value={product.id}
      form={BULK_FORM}
      aria-label={t('catalogue.dashboard.select', { name: product.nameVi })}
      className="h-4 w-4 rounded border-slate-300 text-brand-700 focus:ring-brand-600"
    />
  )

  return (
    <div className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('catalogue.dashboard.title')}</h1>
            <p className="mt-2 text-slate-600">
              {t('catalogue.dashboard.summary', {
                count: loaded.total,
                published: formatNumber(loaded.byStatus.PUBLISHED ?? 0, lang),
                drafts: formatNumber(loaded.byStatus.DRAFT ?? 0, lang),
                archived: formatNumber(loaded.byStatus.ARCHIVED ?? 0, lang),
              })}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Link to={paths.producerProductNew} className={buttonClass.primary}>
              + {t('catalogue.dashboard.new')}
            </Link>
            <Link to={paths.producerProductImport} className={buttonClass.secondary}>
              {t('catalogue.dashboard.import')}
            </Link>
            {loaded.total > 0 ? (
              <a href={paths.producerProductExport} download className={buttonClass.secondary}>
                {t('catalogue.dashboard.export')}
              </a>
            ) : null}
          </div>
        </div>

        <div className="mt-6 space-y-3">
          {!loaded.producerVerified ? (
            <Notice tone="warning">
              {t('catalogue.dashboard.unverified')}{' '}
              <Link to={paths.producerProfile} className="font-semibold underline">
                {t('catalogue.editor.unverifiedLink')}
              </Link>
            </Notice>
          ) : null}
          {noticeKey && !actionData ? (
            <Notice tone="success" role="status">
              {t(noticeKey, { count: noticeCount })}
            </Notice>
          ) : null}
          {actionData && 'error' in actionData ? (
            <Notice tone="error" role="alert">
              {actionData.error}
            </Notice>
          ) : null}
        </div>

        {loaded.total === 0 ? (
          <div className="mt-8 rounded-2xl border-2 border-dashed border-slate-300 bg-white px-6 py-14 text-center">
            <span className="mx-auto flex h-14 w-14 items-center justify-center rounded-2xl bg-brand-50 text-brand-700">
              <StoreIcon width={28} height={28} />
            </span>
            <h2 className="mt-4 text-lg font-semibold text-slate-900">{t('catalogue.dashboard.emptyTitle')}</h2>
            <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{t('catalogue.dashboard.emptyBody')}</p>
            <div className="mt-6 flex flex-col justify-center gap-2 sm:flex-row">
              <Link to={paths.producerProductNew} className={buttonClass.primary}>
                + {t('catalogue.dashboard.new')}
              </Link>
              <Link to={paths.producerProductImport} className={buttonClass.secondary}>
                {t('catalogue.dashboard.import')}
              </Link>
            </div>
          </div>
        ) : (
          <>
            <Form
              method="post"
              id={BULK_FORM}
              className="mt-6 flex flex-wrap items-center gap-2 rounded-t-2xl border border-b-0 border-slate-200 bg-white px-4 py-3"
              aria-label={t('catalogue.dashboard.bulkLabel')}
            >
              <span className="mr-1 text-sm text-slate-600">{t('catalogue.dashboard.bulkHint')}</span>
              <button type="submit" name="intent" value="publish" className={buttonClass.small} disabled={busy || !loaded.producerVerified}>
                {t('catalogue.dashboard.bulkPublish')}
              </button>
              <button type="submit" name="intent" value="archive" className={buttonClass.small} disabled={busy}>
                {t('catalogue.dashboard.bulkArchive')}
              </button>
            </Form>

            {/* Tablets and desktops: a table. */}
            <div className="hidden rounded-b-2xl border border-slate-200 bg-white shadow-sm md:block">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t('catalogue.dashboard.tableCaption')}</caption>
                <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  <tr>
                    <th scope="col" className="w-10 px-4 py-3">
                      {hydrated ? <SelectAll /> : <span className="sr-only">{t('catalogue.dashboard.selectColumn')}</span>}
                    </th>
                    <th scope="col" className="px-3 py-3">
                      {t('catalogue.dashboard.col.product')}
                    </th>
                    <th scope="col" className="px-3 py-3">
                      {t('catalogue.dashboard.col.status')}
                    </th>
                    <th scope="col" className="px-3 py-3 text-right">
                      {t('catalogue.dashboard.col.views')}
                    </th>
                    <th scope="col" className="px-3 py-3 text-right">
                      {t('catalogue.dashboard.col.inquiries')}
                    </th>
                    <th scope="col" className="px-3 py-3">
                      {t('catalogue.dashboard.col.certificate')}
                    </th>
                    <th scope="col" className="px-3 py-3">
                      <span className="sr-only">{t('catalogue.dashboard.col.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {loaded.products.map((product) => (
                    <tr key={product.id} className="align-top hover:bg-slate-50/60">
                      <td className="px-4 py-4">{checkbox(product)}</td>
                      <td className="px-3 py-3">
                        <div className="flex items-center gap-3">
                          {thumb(product.coverImage, product.nameVi)}
                          <div className="min-w-0">
                            <Link to={paths.producerProductEdit(product.id)} className="font-semibold text-slate-900 hover:text-brand-800">
                              {product.nameVi}
                            </Link>
                            <p className="text-xs text-slate-500">{t('catalogue.dashboard.updated', { date: formatDate(product.updatedAt) })}</p>
                          </div>
                        </div>
                      </td>
                      <td className="px-3 py-4">
                        <ListingStatusBadge status={product.status} />
                      </td>
                      <td className="px-3 py-4 text-right tabular-nums">{formatNumber(product.viewCount, lang)}</td>
                      <td className="px-3 py-4 text-right tabular-nums">{formatNumber(product.inquiryCount, lang)}</td>
                      <td className="px-3 py-4">
                        <CertificateStatus certificate={product.certificate} />
                      </td>
                      <td className="w-px px-3 py-3">
                        <RowActions product={product} nowrap />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            {/* Phones: one card per listing, the same information and actions. */}
            <ul className="divide-y divide-slate-100 rounded-b-2xl border border-slate-200 bg-white shadow-sm md:hidden">
              {loaded.products.map((product) => (
                <li key={product.id} className="p-4">
                  <div className="flex items-start gap-3">
                    <div className="pt-3.5">{checkbox(product)}</div>
                    {thumb(product.coverImage, product.nameVi)}
                    <div className="min-w-0 flex-1">
                      <Link to={paths.producerProductEdit(product.id)} className="font-semibold text-slate-900 hover:text-brand-800">
                        {product.nameVi}
                      </Link>
                      <div className="mt-1.5 flex flex-wrap items-center gap-2">
                        <ListingStatusBadge status={product.status} />
                        <CertificateStatus certificate={product.certificate} />
                      </div>
                      <dl className="mt-2 flex gap-4 text-sm text-slate-600">
                        <div className="flex gap-1">
                          <dt>{t('catalogue.dashboard.col.views')}:</dt>
                          <dd className="font-semibold text-slate-800">{formatNumber(product.viewCount, lang)}</dd>
                        </div>
                        <div className="flex gap-1">
                          <dt>{t('catalogue.dashboard.col.inquiries')}:</dt>
                          <dd className="font-semibold text-slate-800">{formatNumber(product.inquiryCount, lang)}</dd>
                        </div>
                      </dl>
                      <div className="mt-3">
                        <RowActions product={product} />
                      </div>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            <PageLinks page={loaded.page} pageCount={loaded.pageCount} />
          </>
        )}
      </div>
    </div>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('catalogue.dashboard.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
