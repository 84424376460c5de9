// Turns a refused account flow (wrong input, too many attempts) into the form's reply: the typed
// values stay, the message is in the visitor's language, and a rate limit answers 429 with
// Retry-After so clients and people both know how long to wait.
import type { Submission, SubmissionResult } from '@conform-to/react'
import { data, type HeadersFunction } from '@remix-run/node'
import { createTranslator, type Lang } from '~/i18n'
import type { FlowResult } from './accounts.server'

type Failure = Extract<FlowResult, { ok: false }>

export function rateLimitMessage(lang: Lang, retryAfterSeconds: number) {
  return createTranslator(lang)('accounts.rateLimited', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })
}

/** The form's reply and the response status for a refused flow. */
export function failureReply(
  submission: Submission<unknown>,
  failure: Failure,
  options: { lang: Lang; formError?: string; hideFields?: string[] },
): { result: SubmissionResult<string[]>; init: ResponseInit } {
  if (failure.status === 429) {
    const seconds = failure.retryAfterSeconds ?? 60
    return {
      result: submission.reply({ formErrors: [rateLimitMessage(options.lang, seconds)], hideFields: options.hideFields }),
      init: { status: 429, headers: { 'Retry-After': String(seconds) } },
    }
  }
  const formError = options.formError ?? failure.formError
  return {
    result: submission.reply({ formErrors: formError ? [formError] : undefined, fieldErrors: failure.fieldErrors, hideFields: options.hideFields }),
    init: { status: failure.status },
  }
}

export function replyWithFailure(...args: Parameters<typeof failureReply>) {
  const { result, init } = failureReply(...args)
  return data(result, init)
}

/** A route's `headers` export: forwards the action's Retry-After to the document response. */
export const forwardRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}
