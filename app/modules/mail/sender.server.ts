// Sends pending emails. With SMTP_URL set they go out through SMTP; otherwise (development and
// tests) they are only marked as delivered to the development mailbox page, /dev/mailbox.
import nodemailer from 'nodemailer'
import type { PrismaClient } from '~/generated/prisma/client'
import { now } from '~/utils/clock.server'
import { startPeriodicJob } from '~/utils/periodic-job.server'

export interface MailTransport {
  name: 'smtp' | 'dev-mailbox'
  send(message: { to: string; subject: string; text: string; html: string | null }): Promise<void>
}

export function createMailTransport(smtpUrl = process.env.SMTP_URL): MailTransport {
  if (!smtpUrl) return { name: 'dev-mailbox', send: async () => {} }
  const transporter = nodemailer.createTransport(smtpUrl)
  const from = process.env.MAIL_FROM ?? 'OCOP Connect <no-reply@ocop-connect.vn>'
  return {
    name: 'smtp',
    send: async (message) => {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined })
    },
  }
}

export async function drainEmailOutbox(prisma: PrismaClient, transport: MailTransport, batchSize = 50) {
  const due = await prisma.emailOutbox.findMany({
    where: { status: 'PENDING', availableAt: { lte: now() } },
    orderBy: { createdAt: 'asc' },
    take: batchSize,
  })
  let sent = 0
  for (const message of due) {
    // Claim the row first so two senders never send the same message twice.
    const claimed = await prisma.emailOutbox.updateMany({
      where: { id: message.id, status: 'PENDING', attempts: message.attempts },
      data: { attempts: { increment: 1 } },
    })
    if (claimed.count !== 1) continue
    try {
      await transport.send({ to: message.toEmail, subject: message.subject, text: message.textBody, html: message.htmlBody })
      await prisma.emailOutbox.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: now(), lastError: null } })
      sent++
    } catch (error) {
      const attempts = message.attempts + 1
      await prisma.emailOutbox.update({
        where: { id: message.id },
        data: {
          status: attempts >= 8 ? 'FAILED' : 'PENDING',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          availableAt: new Date(now().getTime() + Math.min(3600, 2 ** attempts * 15) * 1000),
        },
      })
    }
  }
  return { sent, seen: due.length }
}

export function startMailWorker(prisma: PrismaClient, options: { intervalMs?: number; log?: (line: string) => void } = {}) {
  const transport = createMailTransport()
  return startPeriodicJob({
    name: 'Mail worker',
    intervalMs: options.intervalMs ?? 1000,
    log: options.log,
    run: async () => {
      await drainEmailOutbox(prisma, transport)
    },
  })
}

/** The development mailbox: newest messages first, optionally for one recipient. Never available in production. */
export function listDevMailbox(prisma: PrismaClient, take = 50, filter: { to?: string | null } = {}) {
  const to = filter.to?.trim().toLowerCase()
  return prisma.emailOutbox.findMany({
    where: to ? { toEmail: to } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, toEmail: true, subject: true, textBody: true, htmlBody: true, status: true, createdAt: true, template: true },
  })
}
