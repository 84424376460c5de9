// The fair lifecycle: DRAFT → PUBLISHED → APPLICATIONS_CLOSED → ALLOCATED → FINISHED. Pure and
// client-safe so the overview page shows only the buttons the server would accept.
export const FAIR_STATUSES = ['DRAFT', 'PUBLISHED', 'APPLICATIONS_CLOSED', 'ALLOCATED', 'FINISHED'] as const
export type FairStatusValue = (typeof FAIR_STATUSES)[number]

export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN'] as const
export type ApplicationStatusValue = (typeof APPLICATION_STATUSES)[number]

/**
 * Transitions an organiser may make from the fair screens. ALLOCATED is set by the allocation
 * workflow when it publishes the booth plan, never from here; closing applications may be undone
 * (reopen) until the allocation is published.
 */
const MANUAL: Record<FairStatusValue, FairStatusValue[]> = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['APPLICATIONS_CLOSED'],
  APPLICATIONS_CLOSED: ['PUBLISHED'],
  ALLOCATED: ['FINISHED'],
  FINISHED: [],
}

export function nextStatuses(status: FairStatusValue): FairStatusValue[] {
  return MANUAL[status]
}

export function canTransition(from: FairStatusValue, to: FairStatusValue): boolean {
  return MANUAL[from].includes(to)
}

/** What must be true of a fair before it is published (the Vietnamese reasons it is not ready). */
export function publishProblems(fair: {
  applicationOpensAt: Date
  applicationClosesAt: Date
  startsAt: Date
  boothTypeCount: number
  boothCount: number
}): string[] {
  const problems: string[] = []
  if (fair.boothTypeCount === 0) problems.push('Cần ít nhất một loại gian hàng')
  if (fair.boothCount === 0) problems.push('Sơ đồ chưa có gian hàng nào')
  if (fair.applicationClosesAt <= fair.applicationOpensAt) problems.push('Hạn đăng ký phải sau ngày mở đăng ký')
  if (fair.applicationClosesAt > fair.startsAt) problems.push('Hạn đăng ký phải trước ngày khai mạc')
  return problems
}

/** The plan may be edited until booths are allocated. */
export function planEditable(status: FairStatusValue): boolean {
  return status === 'DRAFT' || status === 'PUBLISHED' || status === 'APPLICATIONS_CLOSED'
}

/** Statuses a reviewer may move an application to, from its current one. */
export function reviewTargets(status: ApplicationStatusValue): Array<'ACCEPTED' | 'REJECTED' | 'WAITLISTED'> {
  switch (status) {
    case 'SUBMITTED':
      return ['ACCEPTED', 'REJECTED', 'WAITLISTED']
    case 'WAITLISTED':
      return ['ACCEPTED', 'REJECTED']
    case 'ACCEPTED':
      return ['REJECTED', 'WAITLISTED']
    case 'REJECTED':
      return ['ACCEPTED', 'WAITLISTED']
    default:
      return []
  }
}
