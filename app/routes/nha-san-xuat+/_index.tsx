// /nha-san-xuat: the producer's dashboard (producers only): where the profile stands, the
// certificates by status, and the next steps towards selling as a verified OCOP producer.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass, Card, CertificateStatusBadge, PageHeader, PageShell } from '~/components/ui'
import { ProfileStatusBadge } from '~/components/accounts/producer'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ArrowRightIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { getProducerDashboard, type NextStep } from '~/modules/producers/dashboard.server'
import { OpenFeesPanel } from '~/components/payments/open-fees'
import { listOpenFees } from '~/modules/payments/requests.server'
import { paymentsMode } from '~/modules/payments/stripe.server'
import { REQUIRED_PROFILE_FIELDS } from '~/modules/producers/schemas'
import { formatDate } from '~/utils/format'
import { paths } from '~/utils/paths'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['PRODUCER'])
  const dashboard = await getProducerDashboard(user)
  return { name: user.name, ...dashboard, openFees: await listOpenFees(user), paymentsMode: paymentsMode() }
}

const STEPS: Record<NextStep, { title: MessageKey; body: MessageKey; to: string; action: MessageKey }> = {
  'complete-profile': { title: 'accounts.steps.completeProfile', body: 'accounts.steps.completeProfileBody', to: paths.producerProfile, action: 'accounts.steps.openProfile' },
  'submit-profile': { title: 'accounts.steps.submitProfile', body: 'accounts.steps.submitProfileBody', to: paths.producerProfile, action: 'accounts.steps.openProfile' },
  'fix-profile': { title: 'accounts.steps.fixProfile', body: 'accounts.steps.fixProfileBody', to: paths.producerProfile, action: 'accounts.steps.openProfile' },
  'wait-review': { title: 'accounts.steps.waitReview', body: 'accounts.steps.waitReviewBody', to: paths.producerCertificates, action: 'accounts.steps.openCertificates' },
  'add-product': { title: 'accounts.steps.addProduct', body: 'accounts.steps.addProductBody', to: paths.producerProductNew, action: 'accounts.steps.openProductNew' },
  'add-certificate': { title: 'accounts.steps.addCertificate', body: 'accounts.steps.addCertificateBody', to: paths.producerCertificateNew, action: 'accounts.steps.openCertificateNew' },
  'fix-certificate': { title: 'accounts.steps.fixCertificate', body: 'accounts.steps.fixCertificateBody', to: paths.producerCertificates, action: 'accounts.steps.openCertificates' },
  'renew-certificate': { title: 'accounts.steps.renewCertificate', body: 'accounts.steps.renewCertificateBody', to: paths.producerCertificates, action: 'accounts.steps.openCertificates' },
}

const SUMMARY = ['valid', 'expiring', 'expired', 'pending', 'rejected'] as const

export default function ProducerDashboardRoute() {
  const { name, profile, missing, productCount, counts, expiringSoon, steps, openFees, paymentsMode } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const filled = REQUIRED_PROFILE_FIELDS.length - missing.length
  const percent = Math.round((filled / REQUIRED_PROFILE_FIELDS.length) * 100)

  return (
    <PageShell>
      <PageHeader
        title={t('accounts.dashboard.title')}
        intro={t('accounts.dashboard.greeting', { name: profile?.legalName || name })}
        actions={
          <Link to={paths.producerCertificateNew} className={buttonClass.primary}>
            {t('accounts.certificates.new')}
          </Link>
        }
      />
      <OpenFeesPanel fees={openFees.open} total={openFees.total} mode={paymentsMode} />

      <div className="grid gap-6 lg:grid-cols-3">
        <Card id="profile-status" title={t('accounts.dashboard.profileTitle')} className="lg:col-span-1">
          <div className="flex items-center justify-between gap-3">
            <ProfileStatusBadge status={profile?.status ?? null} />
            <span className="text-sm text-slate-600">{t('accounts.dashboard.fieldsDone', { done: filled, total: REQUIRED_PROFILE_FIELDS.length })}</span>
          </div>
          <div
            className="mt-4 h-2 overflow-hidden rounded-full bg-slate-200"
            role="progressbar"
            aria-label={t('accounts.dashboard.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          {profile?.verifiedAt ? (
            <p className="mt-3 text-sm text-slate-600">{t('accounts.dashboard.verifiedOn', { date: formatDate(profile.verifiedAt) })}</p>
          ) : null}
          <Link to={paths.producerProfile} className={`${buttonClass.secondary} mt-5 w-full`}>
            {profile ? t('accounts.dashboard.editProfile') : t('accounts.dashboard.startProfile')}
          </Link>
        </Card>

        <Card id="certificate-summary" title={t('accounts.dashboard.certificatesTitle')} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {SUMMARY.map((status) => (
              <div key={status} className="rounded-xl bg-slate-50 px-3 py-3 ring-1 ring-inset ring-slate-200">
                <dt>
                  <CertificateStatusBadge status={status} />
                </dt>
                <dd className="mt-2 text-2xl font-bold text-slate-900">{counts[status]}</dd>
              </div>
            ))}
          </dl>
          {expiringSoon.length ? (
            <div className="mt-5">
              <h3 className="text-sm font-semibold text-slate-900">{t('accounts.dashboard.expiringSoon')}</h3>
              <ul className="mt-2 space-y-1 text-sm text-slate-700">
                {expiringSoon.map((certificate) => (
                  <li key={certificate.id}>
                    <Link to={paths.producerCertificate(certificate.id)} className="font-medium text-brand-700 hover:text-brand-900">
                      {certificate.product?.nameVi ?? certificate.certificateNumber}
                    </Link>{' '}
                    — {t('accounts.certificates.expiresIn', { count: certificate.daysLeft, date: formatDate(certificate.expiresAt) })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="mt-5 flex flex-wrap gap-3 text-sm">
            <Link to={paths.producerCertificates} className="inline-flex items-center gap-1 font-semibold text-brand-700 hover:text-brand-900">
              {t('accounts.dashboard.allCertificates')}
              <ArrowRightIcon width={16} height={16} />
            </Link>
            <Link to={paths.producerProducts} className="inline-flex items-center gap-1 font-semibold text-brand-700 hover:text-brand-900">
              {t('accounts.dashboard.products', { count: productCount })}
              <ArrowRightIcon width={16} height={16} />
            </Link>
          </div>
        </Card>
      </div>

      <section aria-labelledby="next-steps-title" className="mt-8">
        <h2 id="next-steps-title" className="text-lg font-semibold text-slate-900">
          {t('accounts.dashboard.nextSteps')}
        </h2>
        {steps.length === 0 ? (
          <p className="mt-3 rounded-xl bg-brand-50 px-4 py-3 text-sm text-brand-900 ring-1 ring-inset ring-brand-200">{t('accounts.dashboard.allDone')}</p>
        ) : (
          <ol className="mt-3 grid gap-4 md:grid-cols-2">
            {steps.map((step, index) => {
              const info = STEPS[step]
              return (
                <li key={step} className="flex gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                  <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white" aria-hidden="true">
                    {index + 1}
                  </span>
                  <div>
                    <h3 className="font-semibold text-slate-900">{t(info.title)}</h3>
                    <p className="mt-1 text-sm text-slate-600">{t(info.body, { count: missing.length })}</p>
                    <Link to={info.to} className="mt-3 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:text-brand-900">
                      {t(info.action)}
                      <ArrowRightIcon width={16} height={16} />
                    </Link>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
      </section>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.dashboard.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
