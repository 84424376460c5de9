// /tai-khoan: the signed-in person's account (every role): change password, email preferences,
// the list of sessions with "log out this device" and "log out of all other devices".
import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { NewPasswordFields } from '~/components/accounts/new-password-fields'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { buttonClass, Card, DefinitionList, Field, FormErrors, inputClass, InputField, Notice, PageHeader, PageShell, SubmitButton } from '~/components/ui'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { createTranslator, LANGUAGE_NAMES } from '~/i18n'
import { useTranslation } from '~/i18n/hook'
import { getLanguage } from '~/i18n/language.server'
import { translatorFromMatches } from '~/i18n/meta'
import { changePassword, requireUser } from '~/modules/accounts/auth.server'
import { ChangePasswordSchema, LOCALES, PreferencesSchema } from '~/modules/accounts/schemas'
import { endOtherSessions, getAccountSettings, listSessionsForDisplay, revokeSessionByHandle, updatePreferences } from '~/modules/accounts/settings.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { MembersCard } from '~/components/accounts/members-card'
import { InviteMemberSchema } from '~/modules/accounts/member-schemas'
import { getTeam, inviteColleague, revokeInvitation } from '~/modules/accounts/members.server'
import { paths } from '~/utils/paths'

const NOTICES = ['mat-khau-da-doi', 'da-luu', 'da-dang-xuat-phien', 'da-dang-xuat-thiet-bi-khac', 'da-moi', 'da-thu-hoi'] as const
type Notice = (typeof NOTICES)[number]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const [account, sessions, team] = await Promise.all([getAccountSettings(user.id), listSessionsForDisplay(user.id, user.sessionId), getTeam(user)])
  const url = new URL(request.url)
  const notice = NOTICES.find((value) => value === url.searchParams.get('thong-bao')) ?? null
  const count = Number(url.searchParams.get('so-phien') ?? 0) || 0
  return { account, sessions, notice, count, team, invited: url.searchParams.get('email') }
}

const done = (notice: Notice, extra = '') => redirect(`${paths.account}?thong-bao=${notice}${extra}`, { status: 303 })

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const formData = await request.formData()
  const intent = formData.get('intent')

  if (intent === 'change-password') {
    const submission = parseWithZod(formData, { schema: ChangePasswordSchema })
    const secret = ['currentPassword', 'newPassword', 'confirmPassword']
    if (submission.status !== 'success') return data({ intent, result: submission.reply({ hideFields: secret }) }, { status: 400 })
    const changed = await changePassword(user.id, submission.value.currentPassword, submission.value.newPassword, user.sessionId)
    if (!changed) {
      const t = createTranslator(getLanguage(request))
      return data(
        { intent, result: submission.reply({ fieldErrors: { currentPassword: [t('accounts.account.wrongCurrent')] }, hideFields: secret }) },
        { status: 400 },
      )
    }
    return done('mat-khau-da-doi')
  }

  if (intent === 'preferences') {
    const submission = parseWithZod(formData, { schema: PreferencesSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    await updatePreferences(user.id, { emailNotifications: submission.value.emailNotifications, locale: submission.value.locale })
    return done('da-luu')
  }

  if (intent === 'revoke-session') {
    const handle = String(formData.get('session') ?? '')
    // Someone else's session, the current one or an unknown handle: nothing to revoke here.
    if (!(await revokeSessionByHandle(user.id, handle, user.sessionId))) throw new Response('Không tìm thấy phiên đăng nhập', { status: 404 })
    return done('da-dang-xuat-phien')
  }

  if (intent === 'logout-others') {
    const count = await endOtherSessions(user.id, user.sessionId)
    return done('da-dang-xuat-thiet-bi-khac', `&so-phien=${count}`)
  }

  if (intent === 'invite-member') {
    const submission = parseWithZod(formData, { schema: InviteMemberSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const result = await inviteColleague(user, submission.value.email)
    if (!result.ok) return data({ intent, result: submission.reply({ fieldErrors: { email: [result.message] } }) }, { status: 400 })
    return done('da-moi', `&email=${encodeURIComponent(submission.value.email)}#members`)
  }

  if (intent === 'revoke-invitation') {
    await revokeInvitation(user, String(formData.get('invitation') ?? ''))
    return done('da-thu-hoi', '#members')
  }

  throw new Response('Thao tác không hợp lệ', { status: 400 })
}

export default function AccountRoute() {
  const { account, sessions, notice, count, team, invited } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const busyIntent = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null

  const [passwordForm, passwordFields] = useForm({
    id: 'change-password',
    lastResult: actionData?.intent === 'change-password' ? actionData.result : undefined,
    constraint: getZodConstraint(ChangePasswordSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  })
  const [prefsForm, prefsFields] = useForm({
    id: 'preferences',
    lastResult: actionData?.intent === 'preferences' ? actionData.result : undefined,
    defaultValue: { emailNotifications: account.emailNotifications ? 'on' : undefined, locale: account.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PreferencesSchema }),
  })
  const others = sessions.filter((session) => !session.current)

  const notices: Record<Notice, string> = {
    'mat-khau-da-doi': t('accounts.account.passwordChanged'),
    'da-luu': t('accounts.account.preferencesSaved'),
    'da-dang-xuat-phien': t('accounts.sessions.revoked'),
    'da-dang-xuat-thiet-bi-khac': t('accounts.sessions.othersEnded', { count }),
    'da-moi': t('accounts.members.invited', { email: invited ?? '' }),
    'da-thu-hoi': t('accounts.members.revoked'),
  }

  return (
    <PageShell width="max-w-4xl">
      <PageHeader title={t('accounts.account.title')} intro={t('accounts.account.intro')} />
      {notice ? (
        <div className="mb-6">
          <Notice tone="success" role="status">
            {notices[notice]}
          </Notice>
        </div>
      ) : null}

      <div className="space-y-6">
        <Card id="profile" title={t('accounts.account.profileTitle')}>
          <DefinitionList
            items={[
              { term: t('accounts.field.name'), value: account.name },
              { term: t('accounts.field.email'), value: account.email },
              { term: t('accounts.account.role'), value: t(`role.${account.role}`) },
              { term: t('accounts.account.memberSince'), value: formatDate(account.createdAt) },
            ]}
          />
        </Card>

        <Card id="password" title={t('accounts.account.passwordTitle')} description={t('accounts.account.passwordIntro')}>
          <Form method="post" {...getFormProps(passwordForm)} className="grid max-w-lg gap-5">
            <input type="hidden" name="intent" value="change-password" />
            <FormErrors id={passwordForm.errorId} errors={passwordForm.errors} />
            <InputField meta={passwordFields.currentPassword} type="password" label={t('accounts.field.currentPassword')} required autoComplete="current-password" />
            <NewPasswordFields password={passwordFields.newPassword} confirmPassword={passwordFields.confirmPassword} passwordLabel={t('accounts.field.newPassword')} />
            <div>
              <SubmitButton intent="change-password">{t('accounts.account.changePassword')}</SubmitButton>
            </div>
          </Form>
        </Card>

        <Card id="preferences" title={t('accounts.account.preferencesTitle')}>
          <Form method="post" {...getFormProps(prefsForm)} className="grid max-w-lg gap-5">
            <input type="hidden" name="intent" value="preferences" />
            <FormErrors id={prefsForm.errorId} errors={prefsForm.errors} />
            <div className="flex gap-3">
              <input
                {...getInputProps(prefsFields.emailNotifications, { type: 'checkbox' })}
                aria-describedby={`${prefsFields.emailNotifications.id}-hint`}
                className="mt-0.5 h-4 w-4 rounded accent-brand-700"
              />
              <div>
                <label htmlFor={prefsFields.emailNotifications.id} className="text-sm font-medium text-slate-900">
                  {t('accounts.account.emailNotifications')}
                </label>
                <p id={`${prefsFields.emailNotifications.id}-hint`} className="text-sm text-slate-600">
                  {t('accounts.account.emailNotificationsHint')}
                </p>
              </div>
            </div>
            <Field label={t('accounts.account.emailLanguage')} htmlFor={prefsFields.locale.id} errors={prefsFields.locale.errors} errorId={prefsFields.locale.errorId}>
              <select {...getSelectProps(prefsFields.locale)} className={inputClass}>
                {LOCALES.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {LANGUAGE_NAMES[option]}
                  </option>
                ))}
              </select>
            </Field>
            <div>
              <SubmitButton intent="preferences">{t('accounts.account.savePreferences')}</SubmitButton>
            </div>
          </Form>
        </Card>

        {team ? (
          <MembersCard team={team} lastResult={actionData?.intent === 'invite-member' ? actionData.result : undefined} busyIntent={busyIntent} />
        ) : null}

        <Card id="sessions" title={t('accounts.sessions.title')} description={t('accounts.sessions.intro')}>
          <ul className="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200">
            {sessions.map((session) => (
              <li key={session.handle} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
                    {session.device ?? t('accounts.sessions.unknownDevice')}
                    {session.current ? (
                      <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-inset ring-brand-300">
                        {t('accounts.sessions.current')}
                      </span>
                    ) : null}
                  </p>
                  <p className="mt-0.5 text-sm text-slate-600">
                    {t('accounts.sessions.details', {
                      created: formatDateTime(session.createdAt),
                      ip: session.ipAddress ?? '—',
                    })}
                  </p>
                </div>
                {session.current ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke-session" />
                    <input type="hidden" name="session" value={session.handle} />
                    <button
                      type="submit"
                      className={buttonClass.small}
                      aria-label={t('accounts.sessions.revokeLabel', { device: session.device ?? t('accounts.sessions.unknownDevice'), created: formatDateTime(session.createdAt) })}
                    >
                      {t('accounts.sessions.revoke')}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600">{others.length ? t('accounts.sessions.otherCount', { count: others.length }) : t('accounts.sessions.noOthers')}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="logout-others" />
              <button type="submit" className={buttonClass.dangerOutline} disabled={others.length === 0}>
                {t('accounts.sessions.logoutOthers')}
              </button>
            </Form>
          </div>
        </Card>
      </div>
    </PageShell>
  )
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorFromMatches(matches)
  return [{ title: `${t('accounts.account.title')} | ${t('app.name')}` }, { name: 'robots', content: 'noindex' }]
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
