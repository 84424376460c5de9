// Whether /dev/mailbox exists. Always outside production. A production build may open it only
// when explicitly asked (DEV_MAILBOX=on) AND its public address is this machine (the end-to-end
// server on 127.0.0.1): a real deployment, reachable under a real host name, can never show
// anyone's password-reset links, whatever its environment says.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function devMailboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV !== 'production') return true
  if (env.DEV_MAILBOX !== 'on') return false
  try {
    return LOOPBACK_HOSTS.has(new URL(env.APP_URL ?? '').hostname)
  } catch {
    return false
  }
}
