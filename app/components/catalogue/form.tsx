// Form building blocks of the catalogue screens: a labelled field with its hint and errors tied to
// the control through aria-describedby, so a screen reader reads the error with the field.
import type { ReactNode } from 'react'

export const inputClass =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-red-600/20 sm:text-sm'

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60',
  secondary:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 hover:text-brand-800 disabled:cursor-not-allowed disabled:opacity-60',
  danger:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-red-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600',
  small:
    'inline-flex items-center justify-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 hover:text-brand-800 disabled:cursor-not-allowed disabled:opacity-50',
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

/** ids of the hint and (when invalid) the error list, for aria-describedby. */
export function describedBy(...ids: Array<string | false | null | undefined>) {
  const joined = ids.filter(Boolean).join(' ')
  return joined || undefined
}

export function Field({
  label,
  htmlFor,
  required,
  requiredLabel,
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
  requiredLabel?: string
  hint?: ReactNode
  hintId?: string
  errors?: string[] | null
  errorId?: string
  children: ReactNode
  className?: string
}) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-red-700" aria-hidden="true" title={requiredLabel}>
            *
          </span>
        ) : null}
      </label>
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

export function Section({ title, description, children, id }: { title: string; description?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id={id ? `${id}-title` : undefined} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  )
}

export function Notice({ tone = 'info', children, role }: { tone?: 'info' | 'success' | 'warning' | 'error'; children: ReactNode; role?: 'status' | 'alert' }) {
  const tones = {
    info: 'bg-sky-50 text-sky-900 ring-sky-200',
    success: 'bg-brand-50 text-brand-900 ring-brand-200',
    warning: 'bg-star-50 text-star-700 ring-star-300',
    error: 'bg-red-50 text-red-800 ring-red-200',
  }
  return (
    <div role={role} className={`rounded-xl px-4 py-3 text-sm leading-6 ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </div>
  )
}
