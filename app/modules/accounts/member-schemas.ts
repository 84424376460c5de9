// The owner's "invite a colleague" form on /tai-khoan (shared by the browser and the server).
import { z } from 'zod'
import { EmailSchema } from '~/utils/schemas'

export const InviteMemberSchema = z.object({
  intent: z.literal('invite-member'),
  email: EmailSchema,
})
