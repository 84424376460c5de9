// Emails are written to an outbox in the same transaction as the change that causes them and
// sent by mail/sender.server.ts, so a rolled-back change never sends mail and a crash never loses it.
import type { Prisma } from '~/generated/prisma/client'
import { renderEmail, type MailLocale, type TemplateData, type TemplateName } from './templates'

type Addressing = { to: string; toUserId?: string | null; locale?: MailLocale; batchKey?: string }
/** One email: the template and its data are checked against each other. */
export type OutgoingEmail = { [K in TemplateName]: Addressing & { template: K; data: TemplateData[K] } }[TemplateName]

function outboxRow(message: OutgoingEmail) {
  const { subject, text, html } = renderEmail(message.template, message.locale ?? 'vi', message.data as never)
  return {
    toEmail: message.to,
    toUserId: message.toUserId ?? null,
    template: message.template,
    subject,
    textBody: text,
    htmlBody: html,
    batchKey: message.batchKey ?? null,
  }
}

export async function enqueueEmail<K extends TemplateName>(
  tx: Prisma.TransactionClient,
  message: Addressing & { template: K; data: TemplateData[K] },
) {
  return tx.emailOutbox.create({ data: outboxRow(message as OutgoingEmail), select: { id: true } })
}

/** Several emails (say, one per member of a producer) in one insert. */
export async function enqueueEmails(tx: Prisma.TransactionClient, messages: readonly OutgoingEmail[]) {
  if (messages.length === 0) return
  await tx.emailOutbox.createMany({ data: messages.map(outboxRow) })
}

/** The addressing of an email to an account member, in the member's own language. */
export const toMember = (member: { id: string; email: string; locale: MailLocale }) => ({ to: member.email, toUserId: member.id, locale: member.locale })
