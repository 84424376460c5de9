// /quan-tri/nguoi-dung: accounts by role with pagination, and the form to invite an organiser
// (organisers cannot sign up on their own). Admins only.
import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { buttonClass, Card, FormErrors, InputField, Notice, PageHeader, PageShell, Pagination, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { useTranslation } from '~/i18n/hook'
import { translatorFromMatches } from '~/i18n/meta'
import { requireRole } from '~/modules/accounts/auth.server'
import { inviteOrganiser } from '~/modules/accounts/invitations.server'
import type { Role } from '~/modules/accounts/permissions'
import { InviteOrganiserSchema, USER_ROLES } from '~/modules/accounts/schemas'
import { listOrganiserInvitations, listUsers } from '~/modules/accounts/users.server'
import { formatDate } from '~/utils/format'
import { paths } from '~/utils/paths'

const ROLE_SLUGS: Record<Role, string> = { PRODUCER: 'nha-san-xuat', BUYER: 'nguoi-mua', ORGANISER: 'ban-to-chuc', ADMIN: 'quan-tri' }
const roleFromSlug = (slug: string | null) => (Object.entries(ROLE_SLUGS).find(([, value]) => value === slug)?.[0] as Role | undefined) ?? null

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const url = new URL(request.url)
  const role = roleFromSlug(url.searchParams.get('vai-tro'))
  const page = Number(url.searchParams.get('trang') ?? 1)
  const [list, invitations] = await Promise.all([listUsers(user, { role, page }), listOrganiserInvitations(user)])
  return { ...list, role, invitations, invited: url.searchParams.get('da-moi') }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['ADMIN'])
  const submission = parseWithZod(await request.formData(), { schema: InviteOrganiserSchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  await inviteOrganiser(user, submission.value)
  return redirect(`${paths.adminUsers}?da-moi=${encodeURIComponent(submission.value.email)}`, { status: 303 })
}

function pageHref(role: Role | null, page: number) {
  const params = new URLSearchParams()
  if (role) params.set('vai-tro', ROLE_SLUGS[role])
  if (page > 1) params.set('trang', String(page))
  const query = params.toString()
  return query ? `${paths.adminUsers}?${query}` : paths.adminUsers
}

export default function UsersRoute() {
  const { users, total, page, pageCount, counts, role, invitations, invited } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(InviteOrganiserSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteOrganiserSchema }),
  })
  const allCount = USER_ROLES.reduce((sum, value) => sum + counts[value], 0)
  const tabs: Array<{ role: Role | null; label: string; count: number }> = [
    { role: null, label: t('accounts.users.all'), count: allCount },
    ...USER_ROLES.map((value) => ({ role: value, label: t(`role.${value}`), count: counts[value] })),
  ]

  return (
    <PageShell width="max-w-6xl">
      <PageHeader title={t('accounts.users.title')} intro={t('accounts.users.intro')} />
      {invited ? (
        <div className="mb-6">
          <Notice tone="success" role="status">
            {t('accounts.users.invited', { email: invited })}
          </Notice>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="users-title" className="min-w-0">
          <h2 id="users-title" className="sr-only">
            {t('accounts.users.listTitle')}
          </h2>
          <nav aria-label={t('accounts.users.filter')} className="-mx-1 mb-4 flex gap-1 overflow-x-auto px-1 pb-1">
            {tabs.map((tab) => {
              const active = tab.role === role
              return (
                <Link
                  key={tab.role ?? 'all'}
                  to={pageHref(tab.role, 1)}
                  aria-current={active ? 'page' : undefined}
                  className={`whitespace-nowrap rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${
                    active ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-700 ring-slate-300 hover:text-brand-800'
                  }`}
                >
                  {tab.label} <span className={active ? 'text-brand-100' : 'text-slate-500'}>({tab.count})</span>
                </Link>
              )
            })}
          </nav>

          <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">{t('accounts.users.caption', { count: total })}</caption>
              <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3">{t('accounts.field.name')}</th>
                  <th scope="col" className="px-4 py-3">{t('accounts.account.role')}</th>
                  <th scope="col" className="px-4 py-3">{t('accounts.users.organisation')}</th>
                  <th scope="col" className="px-4 py-3">{t('accounts.users.createdAt')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.length === 0 ? (
                  <tr>
                    <td colSpan={4} className="px-4 py-10 text-center text-slate-600">
                      {t('accounts.users.empty')}
                    </td>
                  </tr>
                ) : (
                  users.map((row) => (
                    <tr key={row.id}>
                      <td className="px-4 py-3">
                        <span className="block font-medium text-slate-900">{row.name}</span>
                        <span className="block text-slate-600">{row.email}</span>
                      </td>
                      <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                        {t(`role.${row.role}`)}
                        {row.memberRole === 'MEMBER' ? <span className="block text-xs text-slate-500">{t('accounts.users.member')}</span> : null}
                      </td>
                      <td className="px-4 py-3 text-slate-700">{row.organisation ?? '—'}</td>
                      <td className="px-4 py-3 whitespace-nowrap text-slate-700">{formatDate(row.createdAt)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>

          <Pagination page={page} pageCount={pageCount} href={(target) => pageHref(role, target)} />
        </section>

        <aside className="space-y-6">
          <Card id="invite" title={t('accounts.users.inviteTitle')} description={t('accounts.users.inviteIntro')}>
            <Form method="post" {...getFormProps(form)} className="space-y-4">
              <FormErrors id={form.errorId} errors={form.errors} />
              <InputField meta={fields.email} type="email" label={t('accounts.users.inviteEmail')} required autoComplete="off" />
              <InputField meta={fields.organisationName} label={t('accounts.users.inviteOrganisation')} required />
              <SubmitButton className={`${buttonClass.primary} w-full`}>{t('accounts.users.inviteSubmit')}</SubmitButton>
            </Form>
          </Card>
          <Card id="invitations" title={t('accounts.users.invitationsTitle')}>
            {invitations.length === 0 ? (
              <p className="text-sm text-slate-600">{t('accounts.users.noInvitations')}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="py-2">
                    <span className="block break-all font-medium text-slate-900">{invitation.email}</span>
                    <span className="block text-slate-600">
                      {invitation.organisationName ?? '—'} · {t(`accounts.users.invitation.${invitation.state}`)} · {formatDate(invitation.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </aside>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.users.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
