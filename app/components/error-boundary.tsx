// One error boundary for every route: thrown Responses (404, 403…) get a page per status, anything
// else is an unexpected error (500). Routes may override a status with their own handler.
import { isRouteErrorResponse, Link, useLocation, useRouteError, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from '~/i18n/hook'
import type { MessageKey } from '~/i18n/types'

type ErrorResponse = { status: number; statusText: string; data: unknown }
export type StatusHandler = (info: { error: ErrorResponse }) => ReactNode

export function ErrorPage({
  status,
  title,
  body,
  children,
}: {
  status: number
  title: string
  body: string
  children?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center sm:py-28">
      <p className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-700">{t('error.status', { status: String(status) })}</p>
      <h1 className="mt-5 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      <p className="mt-4 text-base leading-7 text-slate-600">{body}</p>
      {children}
      <Link
        to="/"
        className="mt-10 inline-flex items-center rounded-md bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {t('error.backHome')}
      </Link>
    </div>
  )
}

function NotFound() {
  const { t } = useTranslation()
  const location = useLocation()
  return (
    <ErrorPage status={404} title={t('error.notFound.title')} body={t('error.notFound.body')}>
      <p className="mt-3 max-w-full break-all font-mono text-sm text-slate-500">{t('error.notFound.path', { path: location.pathname })}</p>
    </ErrorPage>
  )
}

const statusTexts: Record<number, { title: MessageKey; body: MessageKey }> = {
  400: { title: 'error.badRequest.title', body: 'error.badRequest.body' },
  403: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
}

function StatusPage({ status }: { status: number }) {
  const { t } = useTranslation()
  const texts = statusTexts[status] ?? (status >= 500 ? undefined : statusTexts[400])
  return texts ? (
    <ErrorPage status={status} title={t(texts.title)} body={t(texts.body)} />
  ) : (
    <ErrorPage status={status} title={t('error.server.title')} body={t('error.server.body')} />
  )
}

const defaultStatusHandlers: Record<number, StatusHandler> = {
  404: () => <NotFound />,
}

function UnexpectedError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const root = useRouteLoaderData('root') as { ENV?: { MODE?: string } } | undefined
  // Details only for developers; production visitors get the friendly page.
  const detail = root?.ENV?.MODE === 'development' && error instanceof Error ? error.stack ?? error.message : null
  return (
    <ErrorPage status={500} title={t('error.server.title')} body={t('error.server.body')}>
      {detail ? <pre className="mt-6 max-w-full overflow-auto rounded-md bg-slate-900 p-4 text-left text-xs text-slate-100">{detail}</pre> : null}
    </ErrorPage>
  )
}

export function GeneralErrorBoundary({
  statusHandlers,
  unexpectedErrorHandler,
}: {
  statusHandlers?: Record<number, StatusHandler>
  unexpectedErrorHandler?: (error: unknown) => ReactNode
}) {
  const error = useRouteError()
  if (isRouteErrorResponse(error)) {
    const handler = statusHandlers?.[error.status] ?? defaultStatusHandlers[error.status]
    return <>{handler ? handler({ error }) : <StatusPage status={error.status} />}</>
  }
  // Expected responses are not worth a console entry; real failures are.
  if (typeof document !== 'undefined') console.error(error)
  return <>{unexpectedErrorHandler ? unexpectedErrorHandler(error) : <UnexpectedError error={error} />}</>
}
