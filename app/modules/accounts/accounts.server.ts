// Account flows that combine several rules: sign-up, log-in with brute-force limits, password
// reset requests. Routes call these and only render the outcome.
import { Prisma } from '~/generated/prisma/client'
import { enqueueEmail } from '~/modules/mail/outbox.server'
import { clientIp } from '~/utils/client-ip.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { createPasswordResetToken, normaliseEmail, startSession, verifyLogin } from './auth.server'
import { hashPassword } from './password.server'
import { clearRateLimit, hitRateLimit, RATE_LIMITS } from './rate-limit.server'
import { appUrl } from '~/utils/env.server'

export type SignUpInput = {
  email: string
  password: string
  name: string
  role: 'PRODUCER' | 'BUYER'
  locale: 'vi' | 'en'
  organisationName?: string
}

export type FlowResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; status: 400 | 429; fieldErrors?: Record<string, string[]>; formError?: string; retryAfterSeconds?: number }

function tooMany(retryAfterSeconds: number): FlowResult<never> {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return {
    ok: false,
    status: 429,
    retryAfterSeconds,
    formError: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  }
}

export async function signUp(request: Request, input: SignUpInput): Promise<FlowResult<{ userId: string; cookie: string }>> {
  const limit = await hitRateLimit(`signup:ip:${clientIp(request)}`, RATE_LIMITS.signupPerIp)
  if (!limit.allowed) return tooMany(limit.retryAfterSeconds)
  const email = normaliseEmail(input.email)
  const passwordHash = await hashPassword(input.password)
  try {
    const user = await prisma.$transaction(async (tx) => {
      let buyerOrgId: string | null = null
      if (input.role === 'BUYER') {
        const name = input.organisationName?.trim() || input.name
        const base = slugify(name) || 'nguoi-mua'
        const org = await tx.buyerOrganisation.create({
          data: { name, type: 'DISTRIBUTOR', slug: `${base}-${Date.now().toString(36)}` },
          select: { id: true },
        })
        buyerOrgId = org.id
      }
      const created = await tx.user.create({
        data: { email, passwordHash, name: input.name, role: input.role, locale: input.locale, buyerOrgId, memberRole: 'OWNER' },
        select: { id: true, name: true },
      })
      await enqueueEmail(tx, {
        to: email,
        toUserId: created.id,
        locale: input.locale,
        template: 'welcome',
        data: { name: created.name, url: `${appUrl()}${input.role === 'PRODUCER' ? '/nha-san-xuat/ho-so' : '/tim-kiem'}` },
      })
      await tx.auditLog.create({ data: { actorId: created.id, action: 'user.signup', entityType: 'User', entityId: created.id } })
      return created
    })
    return { ok: true, userId: user.id, cookie: await startSession(user.id, request) }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, status: 400, fieldErrors: { email: ['Email này đã có tài khoản. Hãy đăng nhập hoặc đặt lại mật khẩu.'] } }
    }
    throw error
  }
}

/** Log-in limited per IP and per account; a success clears the account's counter. */
export async function logIn(request: Request, emailInput: string, password: string): Promise<FlowResult<{ userId: string; cookie: string }>> {
  const email = normaliseEmail(emailInput)
  const perIp = await hitRateLimit(`login:ip:${clientIp(request)}`, RATE_LIMITS.loginPerIp)
  if (!perIp.allowed) return tooMany(perIp.retryAfterSeconds)
  const perAccount = await hitRateLimit(`login:account:${email}`, RATE_LIMITS.loginPerAccount)
  if (!perAccount.allowed) return tooMany(perAccount.retryAfterSeconds)
  const user = await verifyLogin(email, password)
  if (!user) return { ok: false, status: 400, formError: 'Email hoặc mật khẩu không đúng' }
  await clearRateLimit(`login:account:${email}`)
  await prisma.auditLog.create({ data: { actorId: user.id, action: 'user.login', entityType: 'User', entityId: user.id, ipAddress: clientIp(request) } })
  return { ok: true, userId: user.id, cookie: await startSession(user.id, request) }
}

/** Always answers the same way whether or not the email has an account (no account discovery). */
export async function requestPasswordReset(request: Request, emailInput: string, locale: 'vi' | 'en'): Promise<FlowResult> {
  const email = normaliseEmail(emailInput)
  const perIp = await hitRateLimit(`reset:ip:${clientIp(request)}`, RATE_LIMITS.resetPerIp)
  if (!perIp.allowed) return tooMany(perIp.retryAfterSeconds)
  const perAccount = await hitRateLimit(`reset:account:${email}`, RATE_LIMITS.resetPerAccount)
  if (!perAccount.allowed) return tooMany(perAccount.retryAfterSeconds)
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } })
  if (user) {
    const token = await createPasswordResetToken(user.id)
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: email,
        toUserId: user.id,
        locale: user.locale ?? locale,
        template: 'password-reset',
        data: { name: user.name, url: `${appUrl()}/dat-lai-mat-khau/${token}`, minutes: 60 },
      }),
    )
  }
  return { ok: true }
}
