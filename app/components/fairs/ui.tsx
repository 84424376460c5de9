// Small pieces shared by the fair screens: status badges, the organiser's tabs for one fair, and
// the mapping from stored plan rows to the floor-plan component's props.
import { NavLink, useNavigation } from '@remix-run/react'
import type { PlanHall } from '~/components/floor-plan'
import { buttonClass, inputClass, StatusPill, type PillTone } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import type { ApplicationStatusValue, FairStatusValue } from '~/modules/fairs/status'
import { allocationPaths } from '~/modules/allocation/paths'
import { paymentPaths } from '~/modules/payments/paths'
import { fairPaths } from '~/modules/fairs/paths'

const FAIR_TONE: Record<FairStatusValue, PillTone> = {
  DRAFT: 'neutral',
  PUBLISHED: 'success',
  APPLICATIONS_CLOSED: 'warning',
  ALLOCATED: 'info',
  FINISHED: 'muted',
}

export function FairStatusBadge({ status }: { status: FairStatusValue }) {
  const { t } = useTranslation()
  return <StatusPill tone={FAIR_TONE[status]}>{t(`fairs.status.${status}`)}</StatusPill>
}

const APPLICATION_TONE: Record<ApplicationStatusValue, PillTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  ACCEPTED: 'success',
  REJECTED: 'danger',
  WAITLISTED: 'warning',
  WITHDRAWN: 'muted',
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatusValue }) {
  const { t } = useTranslation()
  return <StatusPill tone={APPLICATION_TONE[status]}>{t(`fairs.appStatus.${status}`)}</StatusPill>
}

/** The reason box and decision buttons of the application review, for one application (its page)
 * or the ones ticked in the list; the caller's Form posts `intent` and `reason`. Rejecting asks
 * first, since the producer is emailed at once. */
export function ReviewDecisionFields({ targets, rows = 3, confirmReject }: { targets: ApplicationStatusValue[]; rows?: number; confirmReject: string }) {
  const { t } = useTranslation()
  const busy = useNavigation().state === 'submitting'
  return (
    <>
      <label htmlFor="decision-reason" className="block text-sm font-medium text-slate-800">
        {t('fairs.review.reason')}
      </label>
      <textarea id="decision-reason" name="reason" rows={rows} className={`${inputClass} mt-1`} />
      <div className="mt-4 flex flex-wrap gap-3">
        {targets.includes('ACCEPTED') ? (
          <button type="submit" name="intent" value="ACCEPTED" className={buttonClass.primary} disabled={busy}>
            {t('fairs.review.accept')}
          </button>
        ) : null}
        {targets.includes('WAITLISTED') ? (
          <button type="submit" name="intent" value="WAITLISTED" className={buttonClass.secondary} disabled={busy}>
            {t('fairs.review.waitlist')}
          </button>
        ) : null}
        {targets.includes('REJECTED') ? (
          <button
            type="submit"
            name="intent"
            value="REJECTED"
            className={buttonClass.dangerOutline}
            disabled={busy}
            onClick={(event) => {
              if (!window.confirm(confirmReject)) event.preventDefault()
            }}
          >
            {t('fairs.review.reject')}
          </button>
        ) : null}
      </div>
    </>
  )
}

export function OrganiserFairTabs({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const tabs = [
    { to: fairPaths.organiserFair(slug), label: t('fairs.tabs.overview'), end: true },
    { to: fairPaths.organiserInfo(slug), label: t('fairs.tabs.info') },
    { to: fairPaths.organiserPlan(slug), label: t('fairs.tabs.plan') },
    { to: fairPaths.organiserApplications(slug), label: t('fairs.tabs.applications') },
    { to: allocationPaths.fair(slug), label: t('allocation.title') },
    { to: paymentPaths.organiserPayments(slug), label: t('payments.report.title') },
    { to: fairPaths.organiserExhibitors(slug), label: t('fairs.tabs.exhibitors') },
    { to: fairPaths.publicFair(slug), label: t('fairs.tabs.public') },
  ]
  return (
    <nav aria-label={t('fairs.tabs.label')} className="mb-6 overflow-x-auto print:hidden">
      <ul className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink
              to={tab.to}
              end={tab.end}
              className={({ isActive }) =>
                `block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${isActive ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-brand-800'}`
              }
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

interface StoredHall {
  id: string
  name: string
  widthM: number
  depthM: number
  gridM: number
  features: Array<{ id: string; kind: 'AISLE' | 'ENTRANCE' | 'EXIT' | 'STAGE' | 'PILLAR'; label: string | null; x: number; y: number; width: number; depth: number }>
  booths: Array<{ id: string; code: string; x: number; y: number; width: number; depth: number; zone: string | null; features: string[]; boothType: { code: string; nameVi: string } }>
}

/** Stored halls → the component's halls; `decorate` adds a label, colour or link per booth. */
export function toPlanHalls(halls: StoredHall[], decorate?: (booth: StoredHall['booths'][number]) => Partial<PlanHall['booths'][number]>): PlanHall[] {
  return halls.map((hall) => ({
    id: hall.id,
    name: hall.name,
    widthM: hall.widthM,
    depthM: hall.depthM,
    gridM: hall.gridM,
    features: hall.features,
    booths: hall.booths.map((booth) => ({
      id: booth.id,
      code: booth.code,
      x: booth.x,
      y: booth.y,
      width: booth.width,
      depth: booth.depth,
      zone: booth.zone,
      features: booth.features,
      typeName: booth.boothType.nameVi,
      ...decorate?.(booth),
    })),
  }))
}
