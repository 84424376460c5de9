// Small helpers shared by the payment modules (kept out of requests.server.ts, which other
// modules' tests replace with a wrapper).
export { appUrl } from '~/utils/env.server'

/** Members of a producer who receive notification emails. */
export const notifiedMembers = { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } as const

/** A fair's name in an email's language (English falls back to Vietnamese). */
export const fairNameIn = (fair: { nameVi: string; nameEn: string | null }, lang: 'vi' | 'en') => (lang === 'en' ? (fair.nameEn ?? fair.nameVi) : fair.nameVi)
