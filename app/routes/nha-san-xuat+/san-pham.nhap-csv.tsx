// /nha-san-xuat/san-pham/nhap-csv: many listings at once from a CSV file. All or nothing: a file
// with any bad row imports nothing and comes back with a row-by-row report of what to fix.
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useId } from 'react'
import { buttonClass, describedBy, ErrorList, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { CSV_COLUMNS, MAX_IMPORT_ROWS, type RowError } from '~/modules/catalogue/csv-format'
import { importProductCsv } from '~/modules/catalogue/csv.server'
import { loadTaxonomy } from '~/modules/catalogue/listings.server'
import { formatNumber } from '~/utils/format'
import { paths } from '~/utils/paths'

const MAX_CSV_BYTES = 2 * 1024 * 1024

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProducts)
  return { taxonomy: await loadTaxonomy() }
}

type ImportResult = { fileError: string } | { fileName: string; errors: RowError[] }

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  if (!user.producerId) throw redirect(paths.producerProducts)
  let file: FormDataEntryValue | null
  try {
    const form = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_CSV_BYTES }))
    file = form.get('file')
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data<ImportResult>({ fileError: 'Tệp CSV vượt quá 2 MB: hãy chia thành nhiều tệp nhỏ hơn' }, { status: 400 })
    }
    throw error
  }
  if (!(file instanceof File) || file.size === 0) return data<ImportResult>({ fileError: 'Hãy chọn tệp CSV cần nhập' }, { status: 400 })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch {
    return data<ImportResult>({ fileError: 'Tệp không ở dạng UTF-8. Trong Excel, hãy lưu bằng “CSV UTF-8 (Comma delimited)”.' }, { status: 400 })
  }
  const result = await importProductCsv(user, text)
  if (!result.ok) return data<ImportResult>({ fileName: file.name, errors: result.errors }, { status: 400 })
  return redirect(`${paths.producerProducts}?thong-bao=da-nhap&so-luong=${result.created}`)
}

const COLUMN_HELP: Record<(typeof CSV_COLUMNS)[number], { required?: boolean }> = {
  nameVi: { required: true },
  nameEn: {},
  groupId: { required: true },
  subgroupId: {},
  unit: { required: true },
  packaging: {},
  minOrderQuantity: { required: true },
  monthlyCapacity: {},
  shelfLifeDays: {},
  leadTimeDays: {},
  samplesAvailable: {},
  standards: {},
  exportMarkets: {},
  priceTiers: { required: true },
  descriptionVi: {},
}

export default function ImportProductsRoute() {
  const { taxonomy } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, lang } = useTranslation()
  const fileHint = useId()
  const fileError = useId()
  const reportId = useId()
  const errors = result && 'errors' in result ? [...result.errors].sort((a, b) => a.row - b.row) : null
  const badRows = errors ? new Set(errors.map((error) => error.row)).size : 0
  const name = (node: { nameVi: string; nameEn: string }) => (lang === 'en' ? node.nameEn : node.nameVi)

  return (
    <PageShell>
      <PageHeader
        title={t('catalogue.import.title')}
        intro={t('catalogue.import.intro', { max: formatNumber(MAX_IMPORT_ROWS, lang) })}
        breadcrumb={[{ to: paths.producerProducts, label: t('catalogue.dashboard.title') }, { label: t('catalogue.import.title') }]}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="upload-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="upload-title" className="text-lg font-semibold text-slate-900">
            {t('catalogue.import.uploadTitle')}
          </h2>
          <Form method="post" encType="multipart/form-data" className="mt-4 space-y-4">
            <div>
              <label htmlFor="csv-file" className="block text-sm font-medium text-slate-800">
                {t('catalogue.import.file')}
              </label>
              <input
                id="csv-file"
                name="file"
                type="file"
                accept=".csv,text/csv"
                required
                aria-invalid={result && 'fileError' in result ? true : undefined}
                aria-describedby={describedBy(fileHint, result && 'fileError' in result && fileError)}
                className="mt-1.5 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2.5 file:text-sm file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
              />
              <p id={fileHint} className="mt-1.5 text-sm text-slate-600">
                {t('catalogue.import.fileHint')}
              </p>
              <ErrorList id={fileError} errors={result && 'fileError' in result ? [result.fileError] : null} />
            </div>
            <div className="flex flex-wrap gap-2">
              <button type="submit" className={buttonClass.primary} disabled={navigation.state === 'submitting'}>
                {navigation.state === 'submitting' ? t('catalogue.import.checking') : t('catalogue.import.submit')}
              </button>
              <a href={paths.producerProductTemplate} download className={buttonClass.secondary}>
                {t('catalogue.import.template')}
              </a>
            </div>
          </Form>

          {errors ? (
            <div className="mt-8" role="alert" aria-labelledby={reportId}>
              <Notice tone="error">
                <p id={reportId} className="font-semibold">
                  {t('catalogue.import.failed', { count: errors.length, rows: formatNumber(badRows, lang), file: result && 'fileName' in result ? result.fileName : '' })}
                </p>
                <p className="mt-1">{t('catalogue.import.nothingImported')}</p>
              </Notice>
              <div className="mt-4 overflow-x-auto rounded-xl ring-1 ring-slate-200">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t('catalogue.import.reportCaption')}</caption>
                  <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    <tr>
                      <th scope="col" className="px-4 py-2.5">
                        {t('catalogue.import.col.row')}
                      </th>
                      <th scope="col" className="px-4 py-2.5">
                        {t('catalogue.import.col.column')}
                      </th>
                      <th scope="col" className="px-4 py-2.5">
                        {t('catalogue.import.col.problem')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 bg-white">
                    {errors.map((error, index) => (
                      <tr key={`${error.row}-${error.column}-${index}`}>
                        <td className="px-4 py-2.5 font-semibold tabular-nums text-slate-900">{error.row}</td>
                        <td className="px-4 py-2.5 font-mono text-xs text-slate-700">{error.column || '—'}</td>
                        <td className="px-4 py-2.5 text-slate-800">{error.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ) : null}
        </section>

        <aside className="space-y-6">
          <section aria-labelledby="columns-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 id="columns-title" className="text-base font-semibold text-slate-900">
              {t('catalogue.import.columnsTitle')}
            </h2>
            <dl className="mt-3 space-y-2 text-sm">
              {CSV_COLUMNS.map((column) => (
                <div key={column}>
                  <dt className="font-mono text-xs font-semibold text-slate-900">
                    {column}
                    {COLUMN_HELP[column].required ? <span className="ml-1 font-sans font-medium text-red-700">({t('catalogue.import.requiredColumn')})</span> : null}
                  </dt>
                  <dd className="text-slate-600">{t(`catalogue.import.column.${column}` as MessageKey)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </aside>
      </div>

      <section aria-labelledby="codes-title" className="mt-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="codes-title" className="text-lg font-semibold text-slate-900">
          {t('catalogue.import.codesTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('catalogue.import.codesIntro')}</p>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {taxonomy.map((group) => (
            <details key={group.id} className="rounded-xl ring-1 ring-slate-200 open:bg-slate-50">
              <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900">
                <span className="font-mono">{group.id}</span> · {name(group)}
              </summary>
              <ul className="space-y-1 px-4 pb-4 text-sm">
                {group.categories.map((category) => (
                  <li key={category.id}>
                    <span className="font-mono text-xs text-slate-700">{category.id}</span> {name(category)}
                    {category.subgroups.length ? (
                      <ul className="ml-5 mt-1 space-y-1">
                        {category.subgroups.map((subgroup) => (
                          <li key={subgroup.id}>
                            <span className="font-mono text-xs text-slate-700">{subgroup.id}</span> {name(subgroup)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </section>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('catalogue.import.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
