// The one UI kit of every screen: labelled fields whose errors are tied to the control
// (aria-describedby), form-level alerts, page headers, cards, status badges and pagination.
import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { Link, useNavigation } from '@remix-run/react'
import type { ButtonHTMLAttributes, HTMLAttributes, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react'
import { StarIcon } from '~/components/icons'
import { useTranslation } from '~/i18n/hook'
import { formatNumber } from '~/utils/format'
import type { CertificateDisplayStatus } from '~/modules/producers/certificate-rules'

export const inputClass =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-red-600/20 sm:text-sm'

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60',
  secondary:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 hover:text-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60',
  danger:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-red-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:cursor-not-allowed disabled:opacity-60',
  dangerOutline:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-red-700 shadow-sm ring-1 ring-inset ring-red-300 hover:bg-red-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600',
  small:
    'inline-flex items-center justify-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 hover:text-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50',
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null
  return (
    <ul id={id} className="mt-1.5 space-y-0.5 text-sm font-medium text-red-700">
      {errors.map((error) => (
        <li key={error} className="flex gap-1.5">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </li>
      ))}
    </ul>
  )
}

export function Field({
  label,
  htmlFor,
  required,
  hint,
  hintId,
  errors,
  errorId,
  children,
  className = '',
}: {
  label: ReactNode
  htmlFor: string
  required?: boolean
  hint?: ReactNode
  hintId?: string
  errors?: string[] | null
  errorId?: string
  children: ReactNode
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <div className={className}>
      {/* The asterisk sits outside the label: the control's name stays "Email", its `required` says the rest. */}
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {required ? (
          <span className="text-sm text-red-700" aria-hidden="true" title={t('accounts.form.required')}>
            *
          </span>
        ) : null}
      </div>
      <div className="mt-1.5">{children}</div>
      {hint ? (
        <p id={hintId} className="mt-1.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  )
}

/**
 * A Conform text-like field in one line: label, the input with its constraints, the hint and the
 * errors all wired to the field's ids. Extra props (autoComplete, placeholder…) go to the input.
 */
export function InputField({
  meta,
  label,
  type = 'text',
  hint,
  required,
  className,
  ...inputProps
}: {
  // Conform's metadata of any field schema: only its ids, constraints and errors are used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>
  label: ReactNode
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'date' | 'search'
  hint?: ReactNode
  required?: boolean
  className?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'required'>) {
  const hintId = hint ? `${meta.id}-hint` : undefined
  return (
    <Field label={label} htmlFor={meta.id} required={required} hint={hint} hintId={hintId} errors={meta.errors} errorId={meta.errorId} className={className}>
      <input {...getInputProps(meta, { type, ariaDescribedBy: hintId })} {...inputProps} className={inputClass} />
    </Field>
  )
}

/** InputField's twin for a multi-line text (reasons, descriptions, messages). */
export function TextareaField({
  meta,
  label,
  hint,
  required,
  className,
  ...textareaProps
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>
  label: ReactNode
  hint?: ReactNode
  required?: boolean
  className?: string
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className' | 'required'>) {
  const hintId = hint ? `${meta.id}-hint` : undefined
  return (
    <Field label={label} htmlFor={meta.id} required={required} hint={hint} hintId={hintId} errors={meta.errors} errorId={meta.errorId} className={className}>
      <textarea {...getTextareaProps(meta, { ariaDescribedBy: hintId })} {...textareaProps} className={inputClass} />
    </Field>
  )
}

/**
 * A submit button that says "Đang xử lý…" and cannot be pressed twice while its form is being
 * sent. On pages with several forms, `intent` names the one it belongs to (the form's `intent`
 * field, hidden or on the button); only that form's submission makes it pending.
 */
export function SubmitButton({
  children,
  intent,
  pendingLabel,
  className = buttonClass.primary,
  disabled,
  ...buttonProps
}: { intent?: string; pendingLabel?: ReactNode } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const pending = navigation.state === 'submitting' && (!intent || navigation.formData?.get('intent') === intent)
  return (
    <button type="submit" className={className} disabled={pending || disabled} {...buttonProps}>
      {pending ? (pendingLabel ?? t('accounts.form.working')) : children}
    </button>
  )
}

/** aria-describedby from a hint id and (when invalid) the error id. */
export function describedBy(...ids: Array<string | false | null | undefined>) {
  const joined = ids.filter(Boolean).join(' ')
  return joined || undefined
}

export function Notice({
  tone = 'info',
  children,
  role,
  id,
  title,
}: {
  tone?: 'info' | 'success' | 'warning' | 'error'
  children?: ReactNode
  role?: 'status' | 'alert'
  id?: string
  title?: ReactNode
}) {
  const tones = {
    info: 'bg-sky-50 text-sky-900 ring-sky-200',
    success: 'bg-brand-50 text-brand-900 ring-brand-200',
    warning: 'bg-amber-50 text-amber-900 ring-amber-300',
    error: 'bg-red-50 text-red-800 ring-red-200',
  }
  return (
    <div id={id} role={role} className={`rounded-xl px-4 py-3 text-sm leading-6 ring-1 ring-inset ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  )
}

/** Form-level errors (wrong password, rate limit…), announced as an alert. */
export function FormErrors({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null
  return (
    <Notice tone="error" role="alert" id={id}>
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul className="list-disc pl-5">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </Notice>
  )
}

/** The narrow centred card of the sign-up, log-in and password pages. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="min-h-[calc(100vh-4rem)] bg-slate-50 px-4 py-10 sm:py-16">
      <div className="mx-auto w-full max-w-md">
        <div className="rounded-2xl bg-white px-5 py-8 shadow-sm ring-1 ring-slate-200 sm:px-8">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
          {intro ? <div className="mt-2 text-sm leading-6 text-slate-600">{intro}</div> : null}
          <div className="mt-6">{children}</div>
        </div>
        {footer ? <div className="mt-6 text-center text-sm text-slate-600">{footer}</div> : null}
      </div>
    </div>
  )
}

export function PageShell({ children, width = 'max-w-5xl' }: { children: ReactNode; width?: string }) {
  return (
    <div className="min-h-[calc(100vh-4rem)] bg-slate-50">
      <div className={`mx-auto ${width} px-4 py-8 sm:px-6 sm:py-10`}>{children}</div>
    </div>
  )
}

export function PageHeader({
  title,
  intro,
  breadcrumb,
  actions,
}: {
  title: string
  intro?: ReactNode
  breadcrumb?: Array<{ to?: string; label: string }>
  actions?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="mb-8">
      {breadcrumb?.length ? (
        <nav aria-label={t('accounts.breadcrumb')} className="mb-2 text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-1">
            {breadcrumb.map((crumb, index) => (
              <li key={crumb.label} className="flex items-center gap-1">
                {index > 0 ? <span aria-hidden="true">/</span> : null}
                {crumb.to ? (
                  <Link to={crumb.to} className="font-medium text-brand-700 hover:text-brand-900">
                    {crumb.label}
                  </Link>
                ) : (
                  <span aria-current="page">{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
          {intro ? <div className="mt-2 max-w-3xl text-slate-600">{intro}</div> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  )
}

export function Card({
  title,
  description,
  children,
  id,
  className = '',
  contentClassName = '',
}: {
  title?: string
  description?: ReactNode
  children: ReactNode
  id?: string
  className?: string
  /** e.g. "space-y-5" for a form section of stacked fields. */
  contentClassName?: string
}) {
  return (
    <section aria-labelledby={title && id ? `${id}-title` : undefined} className={`rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6 ${className}`}>
      {title ? (
        <h2 id={id ? `${id}-title` : undefined} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
      ) : null}
      {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
      <div className={`${title || description ? 'mt-5' : ''} ${contentClassName}`}>{children}</div>
    </section>
  )
}

const PILL_TONES = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  muted: 'bg-slate-100 text-slate-600 ring-slate-300',
  success: 'bg-brand-50 text-brand-800 ring-brand-300',
  info: 'bg-sky-50 text-sky-900 ring-sky-200',
  progress: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-800 ring-red-200',
}
export type PillTone = keyof typeof PILL_TONES

/** The one status badge: each domain maps its statuses to a tone (draft → neutral, paid → success…). */
export function StatusPill({ tone, children, className = '', ...rest }: { tone: PillTone; children: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${PILL_TONES[tone]} ${className}`} {...rest}>
      {children}
    </span>
  )
}

const CERTIFICATE_TONE: Record<CertificateDisplayStatus, PillTone> = {
  valid: 'success',
  expiring: 'warning',
  expired: 'danger',
  pending: 'info',
  rejected: 'danger',
  reevaluation: 'info',
  superseded: 'neutral',
  revoked: 'danger',
}

export function CertificateStatusBadge({ status }: { status: CertificateDisplayStatus }) {
  const { t } = useTranslation()
  return <StatusPill tone={CERTIFICATE_TONE[status]}>{t(`accounts.certificateStatus.${status}`)}</StatusPill>
}

/** The OCOP star mark: shown only for a verified, unexpired certificate. */
export function StarBadge({ stars }: { stars: number }) {
  const { t } = useTranslation()
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-star-50 px-2.5 py-1 text-xs font-bold text-star-700 ring-1 ring-inset ring-star-300"
      data-testid="star-badge"
    >
      <span className="flex" aria-hidden="true">
        {Array.from({ length: stars }, (_, index) => (
          <StarIcon key={index} width={13} height={13} className="text-star-500" />
        ))}
      </span>
      {t('stars.label', { count: stars })}
    </span>
  )
}

export function EmptyState({ title, body, action }: { title: string; body?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-2xl border-2 border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <p className="text-base font-semibold text-slate-900">{title}</p>
      {body ? <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{body}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  )
}

export function DefinitionList({ items }: { items: Array<{ term: string; value: ReactNode }> }) {
  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      {items.map((item) => (
        <div key={item.term}>
          <dt className="text-sm font-medium text-slate-500">{item.term}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Page numbers around the current one, with gaps: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, pageCount: number): Array<number | 'gap'> {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: Array<number | 'gap'> = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push('gap')
    out.push(n)
  })
  return out
}

const pageLinkClass = 'inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium ring-1 ring-inset'
const idlePageLink = 'text-slate-700 ring-slate-300 hover:text-brand-800 hover:ring-brand-600'

/** The one pagination of every list: previous, numbered pages around the current one, next. Nothing when everything fits on one page. */
export function Pagination({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label?: string }) {
  const { t, lang } = useTranslation()
  if (pageCount <= 1) return null
  return (
    <nav aria-label={label ?? t('pagination.label')} className="mt-6 flex flex-wrap items-center justify-center gap-1.5">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className={`${pageLinkClass} ${idlePageLink}`}>
          {t('pagination.previous')}
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((item, index) =>
        item === 'gap' ? (
          <span key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-400">
            …
          </span>
        ) : (
          <Link
            key={item}
            to={href(item)}
            aria-current={item === page ? 'page' : undefined}
            aria-label={t('pagination.page', { page: item })}
            className={`${pageLinkClass} ${item === page ? 'bg-brand-700 text-white ring-brand-700' : idlePageLink}`}
          >
            {formatNumber(item, lang)}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next" className={`${pageLinkClass} ${idlePageLink}`}>
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}
