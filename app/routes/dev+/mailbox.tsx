// /dev/mailbox: what the app would have sent, newest first, for development and the end-to-end
// tests. Does not exist in production (404). Bodies are shown as text: links become <a> elements,
// nothing from a message is ever inserted as HTML.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { buttonClass, EmptyState, inputClass, PageHeader, PageShell } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { devMailboxEnabled } from '~/modules/mail/dev-mailbox.server'
import { linkify } from '~/modules/mail/linkify'
import { listDevMailbox } from '~/modules/mail/sender.server'
import { prisma } from '~/utils/db.server'
import { formatDateTime } from '~/utils/format'

export async function loader({ request }: LoaderFunctionArgs) {
  if (!devMailboxEnabled()) throw new Response('Không tìm thấy', { status: 404 })
  const to = new URL(request.url).searchParams.get('to')?.trim() || null
  const messages = await listDevMailbox(prisma, 100, { to })
  return {
    to,
    messages: messages.map((message) => ({
      id: message.id,
      to: message.toEmail,
      subject: message.subject,
      text: message.textBody,
      status: message.status,
      template: message.template,
      createdAt: message.createdAt,
    })),
  }
}

export default function DevMailboxRoute() {
  const { to, messages } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <PageShell width="max-w-4xl">
      <PageHeader title={t('accounts.mailbox.title')} intro={t('accounts.mailbox.intro')} />
      <Form method="get" className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-end" role="search">
        <div className="flex-1">
          <label htmlFor="mailbox-to" className="block text-sm font-medium text-slate-800">
            {t('accounts.mailbox.filter')}
          </label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to ?? ''} className={`${inputClass} mt-1.5`} />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {t('accounts.mailbox.filterSubmit')}
        </button>
      </Form>
      {messages.length === 0 ? (
        <EmptyState title={t('accounts.mailbox.empty')} />
      ) : (
        <ol className="space-y-3" aria-label={t('accounts.mailbox.listLabel')}>
          {messages.map((message, index) => (
            <li key={message.id}>
              <details open={index === 0} className="group rounded-xl bg-white shadow-sm ring-1 ring-slate-200 open:ring-brand-300">
                <summary className="flex cursor-pointer list-none flex-col gap-1 rounded-xl px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between [&::-webkit-details-marker]:hidden">
                  <span className="min-w-0">
                    <span className="block truncate font-semibold text-slate-900">{message.subject}</span>
                    <span className="block truncate text-sm text-slate-600">{t('accounts.mailbox.to', { email: message.to })}</span>
                  </span>
                  <span className="shrink-0 text-sm text-slate-500">
                    <time dateTime={new Date(message.createdAt).toISOString()}>{formatDateTime(message.createdAt)}</time>
                  </span>
                </summary>
                <div className="border-t border-slate-200 px-4 py-4">
                  <p className="mb-3 text-xs font-medium uppercase tracking-wide text-slate-500">
                    {message.template} · {message.status}
                  </p>
                  <div className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-800">
                    {linkify(message.text).map((piece, i) =>
                      piece.kind === 'link' ? (
                        <a key={i} href={piece.href} className="font-medium text-brand-700 underline hover:text-brand-900">
                          {piece.text}
                        </a>
                      ) : (
                        <span key={i}>{piece.text}</span>
                      ),
                    )}
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.mailbox.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
