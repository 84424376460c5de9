// The action of a thread page, shared by the producer's and the buyer's route: parses the form of
// the pressed button (intent), calls the module, and answers with Conform's reply for that form.
import { parseWithZod } from '@conform-to/zod'
import { data, MaxPartSizeExceededError, redirect } from '@remix-run/node'
import type { SessionUser } from '~/modules/accounts/auth.server'
import { parseFormWithFile } from '~/utils/multipart.server'
import { acceptAttachment } from './attachments.server'
import { blockBuyer, closeInquiry, postMessage, unblockBuyer } from './inquiries.server'
import { createQuotation, decideQuotation } from './quotations.server'
import { BlockSchema, DecisionSchema, MAX_ATTACHMENT_BYTES, MessageFormSchema, QuotationFormSchema } from './schemas'

export async function threadAction(request: Request, user: SessionUser, id: string, selfPath: string) {
  let formData: FormData
  try {
    formData = await parseFormWithFile(request, { field: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES, maxFieldBytes: 64 * 1024 })
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new Response('Nội dung gửi lên quá lớn', { status: 413 })
    throw error
  }
  const intent = String(formData.get('intent') ?? '')
  const done = () => redirect(selfPath, { status: 303 })

  if (intent === 'message') {
    const submission = parseWithZod(formData, { schema: MessageFormSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const upload = await acceptAttachment(submission.value.attachment)
    if (!upload.ok) return data({ intent, result: submission.reply({ fieldErrors: { attachment: [upload.message] } }) }, { status: 400 })
    const result = await postMessage(user, id, submission.value.body, upload.attachment)
    if (!result.ok) return data({ intent, result: submission.reply({ fieldErrors: { [result.field ?? 'body']: [result.message] } }) }, { status: 400 })
    return done()
  }
  if (intent === 'quote') {
    const submission = parseWithZod(formData, { schema: QuotationFormSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    const { intent: _intent, ...input } = submission.value
    const result = await createQuotation(user, id, input)
    if (!result.ok) {
      const reply = result.field ? submission.reply({ fieldErrors: { [result.field]: [result.message] } }) : submission.reply({ formErrors: [result.message] })
      return data({ intent, result: reply }, { status: 400 })
    }
    return done()
  }
  if (intent === 'accept' || intent === 'decline' || intent === 'revise') {
    const submission = parseWithZod(formData, { schema: DecisionSchema })
    if (submission.status !== 'success') return data({ intent: 'decision', result: submission.reply() }, { status: 400 })
    const result = await decideQuotation(user, id, submission.value.quotationId, submission.value.intent, submission.value.note)
    if (!result.ok) return data({ intent: 'decision', result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
    return done()
  }
  if (intent === 'close') {
    await closeInquiry(user, id)
    return done()
  }
  if (intent === 'block') {
    const submission = parseWithZod(formData, { schema: BlockSchema })
    if (submission.status !== 'success') return data({ intent, result: submission.reply() }, { status: 400 })
    await blockBuyer(user, id, { reason: submission.value.reason, report: submission.value.report })
    return done()
  }
  if (intent === 'unblock') {
    await unblockBuyer(user, id)
    return done()
  }
  throw new Response('Thao tác không hợp lệ', { status: 400 })
}
