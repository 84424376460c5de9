// Emails are written to an outbox in the same transaction as the change that causes them and
// sent by mail/sender.server.ts, so a rolled-back change never sends mail and a crash never loses it.
import type { Prisma } from '~/generated/prisma/client'
import { renderEmail, type MailLocale, type TemplateData, type TemplateName } from './templates'

export async function enqueueEmail<K extends TemplateName>(
  tx: Prisma.TransactionClient,
  message: { to: string; toUserId?: string | null; locale?: MailLocale; template: K; data: TemplateData[K]; batchKey?: string },
) {
  const { subject, text, html } = renderEmail(message.template, message.locale ?? 'vi', message.data)
  return tx.emailOutbox.create({
    data: {
      toEmail: message.to,
      toUserId: message.toUserId ?? null,
      template: message.template,
      subject,
      textBody: text,
      htmlBody: html,
      batchKey: message.batchKey ?? null,
    },
    select: { id: true },
  })
}
