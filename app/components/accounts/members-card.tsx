// The "Thành viên" section of /tai-khoan, for organisation owners: invite a colleague by email,
// the pending invitations (each can be revoked after a confirmation) and the current members.
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod'
import { Form } from '@remix-run/react'
import { buttonClass, Card, FormErrors, InputField } from '~/components/ui'
import { useTranslation } from '~/i18n/hook'
import { InviteMemberSchema } from '~/modules/accounts/member-schemas'
import { formatDate } from '~/utils/format'

type Team = {
  members: Array<{ id: string; name: string; email: string; memberRole: string; createdAt: string | Date }>
  pending: Array<{ id: string; email: string; createdAt: string | Date; expiresAt: string | Date }>
}

export function MembersCard({ team, lastResult, busyIntent }: { team: Team; lastResult?: SubmissionResult<string[]>; busyIntent: unknown }) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id: 'invite-member',
    lastResult,
    constraint: getZodConstraint(InviteMemberSchema),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteMemberSchema }),
  })
  return (
    <Card id="members" title={t('accounts.members.title')} description={t('accounts.members.intro')}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t('accounts.members.inviteTitle')}>
        <input type="hidden" name="intent" value="invite-member" />
        <div className="flex-1">
          <FormErrors id={form.errorId} errors={form.errors} />
          <InputField meta={fields.email} type="email" label={t('accounts.members.email')} required autoComplete="off" />
        </div>
        <button type="submit" className={`${buttonClass.primary} sm:mb-1`} disabled={busyIntent === 'invite-member'}>
          {t('accounts.members.invite')}
        </button>
      </Form>

      <h3 className="mt-6 text-sm font-semibold text-slate-900">{t('accounts.members.pendingTitle')}</h3>
      {team.pending.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('accounts.members.noPending')}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200" aria-label={t('accounts.members.pendingTitle')}>
          {team.pending.map((invitation) => (
            <li key={invitation.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="text-sm font-semibold text-slate-900">{invitation.email}</p>
                <p className="text-sm text-slate-600">{t('accounts.members.pendingDetails', { sent: formatDate(invitation.createdAt), expires: formatDate(invitation.expiresAt) })}</p>
              </div>
              <Form
                method="post"
                onSubmit={(event) => {
                  if (!confirm(t('accounts.members.revokeConfirm', { email: invitation.email }))) event.preventDefault()
                }}
              >
                <input type="hidden" name="intent" value="revoke-invitation" />
                <input type="hidden" name="invitation" value={invitation.id} />
                <button type="submit" className={buttonClass.small} aria-label={t('accounts.members.revokeLabel', { email: invitation.email })}>
                  {t('accounts.members.revoke')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-6 text-sm font-semibold text-slate-900">{t('accounts.members.currentTitle')}</h3>
      <ul className="mt-2 divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200" aria-label={t('accounts.members.currentTitle')}>
        {team.members.map((member) => (
          <li key={member.id} className="px-4 py-3">
            <p className="text-sm font-semibold text-slate-900">
              {member.name}{' '}
              <span className="font-normal text-slate-600">
                · {member.memberRole === 'OWNER' ? t('accounts.members.owner') : t('accounts.members.member')}
              </span>
            </p>
            <p className="text-sm text-slate-600">{member.email}</p>
          </li>
        ))}
      </ul>
    </Card>
  )
}
