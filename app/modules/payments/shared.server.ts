// Small helpers shared by the payment modules (kept out of requests.server.ts, which other
// modules' tests replace with a wrapper).
export const appUrl = () => process.env.APP_URL ?? 'http://localhost:3000'

/** Members of a producer who receive notification emails. */
export const notifiedMembers = { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } as const
