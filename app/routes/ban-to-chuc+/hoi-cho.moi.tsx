// /ban-to-chuc/hoi-cho/moi: a new fair, saved as a draft; the floor plan comes next.
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { createFair, listReferenceData } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { FairFormSchema } from '~/modules/fairs/schemas'
import { FairForm } from './__fair-form'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ORGANISER'])
  return { reference: await listReferenceData() }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const submission = parseWithZod(await request.formData(), { schema: FairFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const fair = await createFair(user, submission.value)
  return redirect(fairPaths.organiserPlan(fair.slug), { status: 303 })
}

export default function NewFairRoute() {
  const { reference } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-4xl">
      <PageHeader title={t('fairs.form.newTitle')} breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { label: t('fairs.form.newTitle') }]} />
      <FairForm reference={reference} lastResult={lastResult} submitLabel={t('fairs.form.create')} cancelTo={paths.organiserFairs} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.form.newTitle')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
