// Records console.error calls so the per-worker set-up can fail the test that made them: a React
// warning or a swallowed exception logged during a test is a bug, not noise. A test that expects an
// error log opts out with `vi.spyOn(console, 'error').mockImplementation(() => {})`.
import { format } from 'node:util'

let recorded: string[] = []
let installed = false

export function installConsoleErrorGuard() {
  if (installed) return
  installed = true
  const original = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    recorded.push(format(...args))
    original(...args)
  }
}

/** Returns (and forgets) the console.error messages recorded since the last call. */
export function takeConsoleErrors(): string[] {
  const messages = recorded
  recorded = []
  return messages
}
