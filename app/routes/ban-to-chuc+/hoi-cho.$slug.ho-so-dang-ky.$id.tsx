// /ban-to-chuc/hoi-cho/$slug/ho-so-dang-ky/$id: one application in full (producer, certificates,
// products, wishes) and the decision form. Another organiser's application is a 404.
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Card, CertificateStatusBadge, DefinitionList, FormErrors, Notice, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ApplicationStatusBadge, OrganiserFairTabs, ReviewDecisionFields } from '~/components/fairs/ui'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { validStars } from '~/modules/fairs/eligibility'
import { fairPaths } from '~/modules/fairs/paths'
import { paths } from '~/utils/paths'
import { decideApplications, getApplicationForReview } from '~/modules/fairs/review.server'
import { DecisionSchema } from '~/modules/fairs/schemas'
import { reviewTargets } from '~/modules/fairs/status'
import { certificateDisplayStatus } from '~/modules/producers/certificate-rules'
import { now } from '~/utils/clock.server'
import { formatDate, formatDateTime } from '~/utils/format'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const { fair, application, neighbours } = await getApplicationForReview(user, params.slug!, params.id!)
  const at = now()
  return {
    fair: { slug: fair.slug, nameVi: fair.nameVi },
    neighbours,
    targets: reviewTargets(application.status),
    decided: new URL(request.url).searchParams.get('thong-bao') === 'da-xet',
    application: {
      ...application,
      producer: { ...application.producer, certificates: application.producer.certificates.map((c) => ({ ...c, display: certificateDisplayStatus(c, at) })) },
      products: application.products.map(({ product }) => ({ id: product.id, slug: product.slug, nameVi: product.nameVi, stars: validStars(product, at) })),
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ORGANISER'])
  const formData = await request.formData()
  formData.set('applicationIds', params.id!)
  const submission = parseWithZod(formData, { schema: DecisionSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await decideApplications(user, params.slug!, [params.id!], submission.value.intent, submission.value.reason ?? null)
  if (!result.ok || result.decided === 0) return data(submission.reply({ formErrors: result.errors.length ? result.errors : ['Trạng thái hồ sơ không cho phép quyết định này'] }), { status: 400 })
  return redirect(`${fairPaths.organiserApplication(params.slug!, params.id!)}?thong-bao=da-xet`, { status: 303 })
}

export default function ApplicationReviewRoute() {
  const { fair, application, neighbours, targets, decided } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = lastResult?.error ? Object.values(lastResult.error).flat().filter((e): e is string => typeof e === 'string') : null
  const producer = application.producer
  const title = t('fairs.review.application', { name: producer.legalName })
  return (
    <PageShell width="max-w-4xl">
      <PageHeader
        title={title}
        breadcrumb={[
          { to: paths.organiserFairs, label: t('fairs.organiser.title') },
          { to: fairPaths.organiserFair(fair.slug), label: fair.nameVi },
          { to: fairPaths.organiserApplications(fair.slug), label: t('fairs.tabs.applications') },
          { label: producer.legalName },
        ]}
      />
      <OrganiserFairTabs slug={fair.slug} />
      <div className="space-y-6">
        {decided ? (
          <Notice tone="success" role="status">
            {t('fairs.review.decided', { count: 1 })}
          </Notice>
        ) : null}
        <Card id="application-producer" title={t('fairs.review.producer')}>
          <DefinitionList
            items={[
              { term: t('fairs.review.producer'), value: producer.legalName },
              { term: t('fairs.review.producerType'), value: t(`producerType.${producer.type}`) },
              { term: t('fairs.review.province'), value: producer.province?.name ?? '—' },
              { term: t('fairs.exhibitors.contact'), value: [producer.phone, producer.email].filter(Boolean).join(' · ') || '—' },
              { term: t('fairs.review.status'), value: <ApplicationStatusBadge status={application.status} /> },
              { term: t('fairs.review.booths'), value: `${application.boothCount} × ${application.boothType.code} · ${application.boothType.nameVi}` },
              { term: t('fairs.review.submittedAt'), value: application.submittedAt ? formatDateTime(application.submittedAt) : '—' },
            ]}
          />
        </Card>
        <Card id="application-products" title={t('fairs.review.products')}>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {application.products.map((p) => (
              <li key={p.id}>
                {p.nameVi} {p.stars ? <span className="text-star-700">({t('stars.label', { count: p.stars })})</span> : <span className="text-red-700">({t('fairs.apply.noStars')})</span>}
              </li>
            ))}
          </ul>
          <h3 className="mt-5 text-sm font-semibold text-slate-900">{t('fairs.review.certificates')}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {producer.certificates.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <CertificateStatusBadge status={c.display} /> {c.certificateNumber} · {c.stars}★ · {c.product?.nameVi ?? '—'} · {formatDate(c.expiresAt)}
              </li>
            ))}
          </ul>
        </Card>
        <Card id="application-wishes" title={t('fairs.review.wishes')}>
          <DefinitionList
            items={[
              { term: t('fairs.review.zones'), value: application.zonePreferences.join(', ') || '—' },
              { term: t('fairs.review.neighbours'), value: neighbours.map((n) => n.legalName).join(', ') || '—' },
              { term: t('fairs.review.needs'), value: application.needs.map((n) => t(`fairs.need.${n as 'power'}`)).join(', ') || '—' },
              { term: t('fairs.review.notes'), value: application.notes || '—' },
            ]}
          />
        </Card>
        <Card id="application-decision" title={t('fairs.review.decision')}>
          {application.decisionReason ? <p className="text-sm text-slate-700">{t('fairs.review.decisionReason', { reason: application.decisionReason })}</p> : null}
          {application.decidedAt ? <p className="text-sm text-slate-600">{t('fairs.review.decidedBy', { name: application.decidedBy?.name ?? '—', date: formatDateTime(application.decidedAt) })}</p> : null}
          {targets.length ? (
            <Form method="post" className="mt-4 space-y-4">
              <FormErrors errors={errors} />
              <div>
                <ReviewDecisionFields targets={targets} confirmReject={t('fairs.review.confirmRejectOne')} />
              </div>
            </Form>
          ) : null}
          <p className="mt-6">
            <Link to={fairPaths.organiserApplications(fair.slug)} className="text-sm font-medium text-brand-800 hover:underline">
              ← {t('fairs.review.back')}
            </Link>
          </p>
        </Card>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('fairs.review.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
