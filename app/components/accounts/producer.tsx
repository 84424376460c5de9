// Labels of the producer screens: where the profile stands in review.
import { StatusPill, type PillTone } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'

type ProfileStatus = 'DRAFT' | 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED'

const TONE: Record<ProfileStatus | 'NONE', PillTone> = {
  NONE: 'neutral',
  DRAFT: 'neutral',
  PENDING: 'info',
  VERIFIED: 'success',
  REJECTED: 'danger',
  SUSPENDED: 'warning',
}

export function ProfileStatusBadge({ status }: { status: ProfileStatus | null }) {
  const { t } = useTranslation()
  const key = status ?? 'NONE'
  return (
    <StatusPill tone={TONE[key]}>{t(`accounts.profileStatus.${key}`)}</StatusPill>
  )
}
