// /ban-to-chuc/hoi-cho/$slug/thong-tin: edit a fair's details, dates, rules and fees.
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { OrganiserFairTabs } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getOrganiserFair, listReferenceData, updateFair } from '~/modules/fairs/fairs.server'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { FairFormSchema, toVietnamInput, type SubsidyRule } from '~/modules/fairs/schemas'
import { FairForm } from './__fair-form'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const fair = await getOrganiserFair(user, params.slug!)
  const subsidy = fair.subsidyRule as SubsidyRule | null
  const defaultValue = {
    nameVi: fair.nameVi,
    nameEn: fair.nameEn ?? '',
    descriptionVi: fair.descriptionVi,
    venue: fair.venue,
    addressLine: fair.addressLine,
    provinceId: fair.provinceId ?? '',
    startsAt: toVietnamInput(fair.startsAt),
    endsAt: toVietnamInput(fair.endsAt),
    openingHours: fair.openingHours ?? '',
    applicationOpensAt: toVietnamInput(fair.applicationOpensAt),
    applicationClosesAt: toVietnamInput(fair.applicationClosesAt),
    minStars: String(fair.minStars),
    allowedGroupIds: fair.allowedGroupIds,
    allowedProvinceIds: fair.allowedProvinceIds,
    verifiedOnly: fair.verifiedOnly ? 'on' : '',
    maxBoothsPerProducer: String(fair.maxBoothsPerProducer),
    cooperativeTargetPercent: String(fair.cooperativeTargetPercent),
    paymentDueDays: String(fair.paymentDueDays),
    subsidyKind: subsidy?.kind ?? 'none',
    subsidyPercent: subsidy?.kind === 'percentByProducerType' ? String(subsidy.percent) : '',
    subsidyProvinceId: subsidy?.kind === 'freeBoothsForProvince' ? subsidy.provinceId : '',
    subsidyFreeBooths: subsidy?.kind === 'freeBoothsForProvince' ? String(subsidy.count) : '',
  }
  const saved = new URL(request.url).searchParams.get('thong-bao') === 'da-luu'
  return { slug: fair.slug, name: fair.nameVi, defaultValue, saved, reference: await listReferenceData() }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const submission = parseWithZod(await request.formData(), { schema: FairFormSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await updateFair(user, params.slug!, submission.value)
  if (!result.ok) return data(submission.reply({ formErrors: [result.message] }), { status: 400 })
  return redirect(`${fairPaths.organiserInfo(params.slug!)}?thong-bao=da-luu`, { status: 303 })
}

export default function FairInfoRoute() {
  const { slug, name, defaultValue, saved, reference } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-4xl">
      <PageHeader title={name} breadcrumb={[{ to: paths.organiserFairs, label: t('fairs.organiser.title') }, { to: fairPaths.organiserFair(slug), label: name }, { label: t('fairs.tabs.info') }]} />
      <OrganiserFairTabs slug={slug} />
      {saved ? (
        <div className="mb-6">
          <Notice tone="success" role="status">
            {t('fairs.form.saved')}
          </Notice>
        </div>
      ) : null}
      <FairForm reference={reference} defaultValue={defaultValue} lastResult={lastResult} submitLabel={t('fairs.form.save')} cancelTo={fairPaths.organiserFair(slug)} />
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.form.editTitle')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
