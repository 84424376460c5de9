// Who may apply for a booth, and why not. Pure (no I/O, the clock is a parameter), client-safe and
// unit-tested; the server loads the facts and calls it both to show the reasons and to refuse a
// submission, so the page and the action can never disagree.
import { isExpired } from '~/modules/producers/certificate-rules'
import { formatDateTime } from '~/utils/format'

export interface EligibilityFair {
  status: string
  applicationOpensAt: Date
  applicationClosesAt: Date
  minStars: number
  allowedGroupIds: string[]
  allowedProvinceIds: string[]
  verifiedOnly: boolean
}

export interface EligibilityProduct {
  id: string
  status: string
  groupId: string
  certificates: Array<{ status: string; stars: number; expiresAt: Date }>
}

export interface EligibilityProducer {
  status: string
  provinceId: string | null
  products: EligibilityProduct[]
}

export type WindowState = 'not-published' | 'not-open' | 'open' | 'closed'

export function applicationWindow(fair: Pick<EligibilityFair, 'status' | 'applicationOpensAt' | 'applicationClosesAt'>, at: Date): WindowState {
  if (fair.status !== 'PUBLISHED') return fair.status === 'DRAFT' ? 'not-published' : 'closed'
  if (at < fair.applicationOpensAt) return 'not-open'
  if (at > fair.applicationClosesAt) return 'closed'
  return 'open'
}

/** The best valid star rating of a product at `at`, or 0 when it has no valid certificate. */
export function validStars(product: Pick<EligibilityProduct, 'certificates'>, at: Date): number {
  let best = 0
  for (const certificate of product.certificates) {
    if (certificate.status === 'VERIFIED' && !isExpired(certificate.expiresAt, at)) best = Math.max(best, certificate.stars)
  }
  return best
}

/** Products the producer may exhibit at this fair: its own, published, certified ≥ minStars, in an allowed group. */
export function exhibitableProductIds(fair: Pick<EligibilityFair, 'minStars' | 'allowedGroupIds'>, producer: Pick<EligibilityProducer, 'products'>, at: Date): string[] {
  return producer.products
    .filter((p) => p.status === 'PUBLISHED' && validStars(p, at) >= fair.minStars)
    .filter((p) => fair.allowedGroupIds.length === 0 || fair.allowedGroupIds.includes(p.groupId))
    .map((p) => p.id)
}

export interface EligibilityNames {
  provinces?: Record<string, string>
  groups?: Record<string, string>
}

export interface Eligibility {
  /** True when the producer may submit now. */
  eligible: boolean
  window: WindowState
  /** Vietnamese sentences, one per unmet rule (window first). */
  reasons: string[]
  productIds: string[]
}

function starsPhrase(minStars: number) {
  return minStars <= 3 ? `${minStars} sao` : `từ ${minStars} sao trở lên`
}

export function checkEligibility(fair: EligibilityFair, producer: EligibilityProducer, at: Date, names: EligibilityNames = {}): Eligibility {
  const reasons: string[] = []
  const window = applicationWindow(fair, at)
  if (window === 'not-published') reasons.push('Hội chợ chưa được công bố')
  if (window === 'not-open') reasons.push(`Chưa đến thời gian nhận đăng ký (mở từ ${formatDateTime(fair.applicationOpensAt)})`)
  if (window === 'closed') reasons.push(`Đã hết hạn đăng ký gian hàng (hạn cuối ${formatDateTime(fair.applicationClosesAt)})`)

  if (fair.verifiedOnly && producer.status !== 'VERIFIED') reasons.push('Hồ sơ nhà sản xuất cần được xác minh trước khi đăng ký')

  if (fair.allowedProvinceIds.length > 0 && (!producer.provinceId || !fair.allowedProvinceIds.includes(producer.provinceId))) {
    const listed = fair.allowedProvinceIds.map((id) => names.provinces?.[id]).filter(Boolean)
    reasons.push(
      listed.length > 0 && listed.length <= 6
        ? `Hội chợ chỉ nhận nhà sản xuất thuộc: ${listed.join(', ')}`
        : 'Hội chợ chỉ nhận nhà sản xuất thuộc các tỉnh, thành được ban tổ chức chọn',
    )
  }

  const productIds = exhibitableProductIds(fair, producer, at)
  if (productIds.length === 0) {
    const certified = producer.products.some((p) => p.status === 'PUBLISHED' && validStars(p, at) >= fair.minStars)
    if (certified && fair.allowedGroupIds.length > 0) {
      const groups = fair.allowedGroupIds.map((id) => names.groups?.[id] ?? id).join(', ')
      reasons.push(`Cần ít nhất một sản phẩm OCOP ${starsPhrase(fair.minStars)} còn hiệu lực thuộc nhóm: ${groups}`)
    } else {
      reasons.push(`Cần ít nhất một sản phẩm OCOP ${starsPhrase(fair.minStars)} còn hiệu lực`)
    }
  }
  return { eligible: reasons.length === 0, window, reasons, productIds }
}

/** "Còn 3 ngày 4 giờ" style countdown parts to the deadline (0 when passed). */
export function countdown(deadline: Date, at: Date) {
  const ms = Math.max(0, deadline.getTime() - at.getTime())
  const minutes = Math.floor(ms / 60_000)
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60, passed: ms === 0 }
}

