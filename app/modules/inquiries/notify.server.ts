// Inquiry notifications through the email outbox, batched per thread and recipient: the first
// event mails at once, every later event within BATCH_WINDOW joins one pending digest that leaves
// when the window ends. A busy thread therefore sends at most one email per window per person.
import type { Prisma } from '~/generated/prisma/client'
import { enqueueEmail } from '~/modules/mail/outbox.server'
import { renderEmail } from '~/modules/mail/templates'
import { appUrl } from '~/utils/env.server'
import { threadPath } from './paths'

export const BATCH_WINDOW_MS = 5 * 60 * 1000

const STATUS_TEXT = {
  vi: { NEW: 'Mới', ANSWERED: 'Đã trả lời', QUOTED: 'Đã báo giá', ACCEPTED: 'Đã chấp nhận', DECLINED: 'Đã từ chối', EXPIRED: 'Đã hết hạn', CLOSED: 'Đã đóng' },
  en: { NEW: 'New', ANSWERED: 'Answered', QUOTED: 'Quoted', ACCEPTED: 'Accepted', DECLINED: 'Declined', EXPIRED: 'Expired', CLOSED: 'Closed' },
} as const

type Locale = 'vi' | 'en'

function describe(message: { kind: string; body: string; authorName: string | null }, locale: Locale) {
  if (message.kind === 'STATUS_CHANGE') {
    const status = STATUS_TEXT[locale][message.body as keyof (typeof STATUS_TEXT)['vi']] ?? message.body
    return locale === 'vi' ? `Trạng thái mới: ${status}` : `New status: ${status}`
  }
  if (message.kind === 'QUOTATION') return locale === 'vi' ? `Báo giá mới (lần ${message.body})` : `New quotation (revision ${message.body})`
  const excerpt = message.body.length > 200 ? `${message.body.slice(0, 200)}…` : message.body
  return `${message.authorName ?? 'OCOP Connect'}: ${excerpt}`
}

/**
 * Queues (or extends) the digest of one thread for every member of the other side. Call inside the
 * transaction that wrote the messages. `side` is who should be told.
 */
export async function notifyThread(
  tx: Prisma.TransactionClient,
  input: { inquiryId: string; side: 'producer' | 'buyer'; at: Date; isNew?: boolean },
) {
  const inquiry = await tx.inquiry.findUniqueOrThrow({
    where: { id: input.inquiryId },
    select: {
      subject: true,
      producer: { select: { members: { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } } },
      buyerOrg: { select: { members: { where: { emailNotifications: true }, select: { id: true, email: true, name: true, locale: true } } } },
    },
  })
  const recipients = input.side === 'producer' ? inquiry.producer.members : inquiry.buyerOrg.members
  const at = input.at
  const url = new URL(threadPath[input.side](input.inquiryId), appUrl()).toString()
  for (const user of recipients) {
    const batchKey = `inquiry:${input.inquiryId}:${user.id}`
    // Serialises concurrent events of one thread and recipient, so two digests are never started.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${batchKey}))`
    const latest = await tx.emailOutbox.findFirst({
      where: { batchKey, toUserId: user.id },
      orderBy: { createdAt: 'desc' },
      select: { id: true, status: true, createdAt: true, availableAt: true },
    })
    const pending = latest && latest.status === 'PENDING' && latest.availableAt > at ? latest : null
    const since = pending ? pending.createdAt : at
    const messages = await tx.inquiryMessage.findMany({
      where: { inquiryId: input.inquiryId, createdAt: { gte: since }, OR: [{ authorId: null }, { authorId: { not: user.id } }] },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, body: true, author: { select: { name: true } } },
    })
    const locale: Locale = user.locale === 'en' ? 'en' : 'vi'
    const data = {
      name: user.name,
      threadTitle: inquiry.subject,
      isNew: Boolean(input.isNew),
      lines: messages.map((m) => describe({ kind: m.kind, body: m.body, authorName: m.author?.name ?? null }, locale)),
      url,
    }
    if (data.lines.length === 0) continue
    if (pending) {
      const rendered = renderEmail('inquiry-activity', locale, { ...data, isNew: false })
      await tx.emailOutbox.update({ where: { id: pending.id }, data: { subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html } })
      continue
    }
    const recent = latest && at.getTime() - latest.createdAt.getTime() < BATCH_WINDOW_MS
    const row = await enqueueEmail(tx, { to: user.email, toUserId: user.id, locale, template: 'inquiry-activity', data, batchKey })
    // Mailed less than a window ago: this one waits and collects what follows. Times come from the
    // server clock (not column defaults) so tests that pin the clock see consistent windows.
    const availableAt = recent ? new Date(latest.createdAt.getTime() + BATCH_WINDOW_MS) : at
    await tx.emailOutbox.update({ where: { id: row.id }, data: { availableAt, createdAt: at } })
  }
}
