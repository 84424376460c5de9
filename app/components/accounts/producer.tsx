// Labels of the producer screens: where the profile stands in review.
import { useTranslation } from '~/i18n/hook'

type ProfileStatus = 'DRAFT' | 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED'

const STYLE: Record<ProfileStatus | 'NONE', string> = {
  NONE: 'bg-slate-100 text-slate-700 ring-slate-300',
  DRAFT: 'bg-slate-100 text-slate-700 ring-slate-300',
  PENDING: 'bg-sky-50 text-sky-900 ring-sky-200',
  VERIFIED: 'bg-brand-50 text-brand-800 ring-brand-300',
  REJECTED: 'bg-red-50 text-red-800 ring-red-200',
  SUSPENDED: 'bg-amber-50 text-amber-900 ring-amber-300',
}

export function ProfileStatusBadge({ status }: { status: ProfileStatus | null }) {
  const { t } = useTranslation()
  const key = status ?? 'NONE'
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLE[key]}`}>
      {t(`accounts.profileStatus.${key}`)}
    </span>
  )
}
