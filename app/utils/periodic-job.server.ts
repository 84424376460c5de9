// The one loop behind the app's background workers (mail, search outbox, payment and quotation
// jobs): run, wait `intervalMs`, run again; never two runs at once; a thrown error is logged
// once per streak (a database or Meilisearch outage does not flood the log) and the loop goes on.

export interface PeriodicJobOptions {
  /** Prefixes the log lines, e.g. "Mail worker". */
  name: string
  intervalMs: number
  /** One pass of the job. `isStopped` lets a long pass (draining a backlog) end early on shutdown. */
  run: (isStopped: () => boolean) => Promise<void>
  log?: (line: string) => void
}

/** Starts the loop at once; the returned function stops it and waits for a pass in progress. */
export function startPeriodicJob({ name, intervalMs, run, log = console.log }: PeriodicJobOptions) {
  let stopped = false
  let failing = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  const isStopped = () => stopped
  const tick = async () => {
    try {
      await run(isStopped)
      failing = false
    } catch (error) {
      if (!failing) log(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      failing = true
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), intervalMs)
  }
  running = tick()
  return async () => {
    stopped = true
    if (timer) clearTimeout(timer)
    await running
  }
}
