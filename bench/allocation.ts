// bench/allocation: generated fairs of 100, 1,000 and 5,000 booths with 1.5× as many applications
// (Mekong Delta producers, ~30% cooperatives, halls of booth rows with themed zones). Runs the
// allocation engine and the first-come greedy baseline side by side and prints one table.
// Each (fair, method) runs in a fresh child process so peak memory (maxRSS) is its own; the time
// is the first, cold run (JIT not warmed up) and the median of three warm runs after it.
// Run: npx tsx bench/allocation.ts [--sizes 100,1000,5000] [--seed 1]
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { allocate, greedyBaseline, validate } from '../app/modules/allocation/engine.ts'
import { generateFair } from '../app/modules/allocation/generate.ts'
import type { AllocationOutput } from '../app/modules/allocation/types.ts'

type Method = 'engine' | 'greedy'

interface Measurement {
  booths: number
  applications: number
  method: Method
  coldMs: number
  warmMs: number
  peakRssMb: number
  /** Peak RSS growth over the process after generating the fair (the algorithm's own peak). */
  runRssMb: number
  objective: number
  firstChoiceRate: number
  placed: number
  cooperativeShare: number
  competitorConflicts: number
  provinceNeighbourRate: number
  violations: number
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

async function child(booths: number, method: Method, seed: number) {
  const input = generateFair({ booths, seed })
  const run = method === 'engine' ? allocate : greedyBaseline
  const rssBefore = process.resourceUsage().maxRSS
  let started = performance.now()
  const out: AllocationOutput = run(input)
  const coldMs = performance.now() - started
  const rssAfter = process.resourceUsage().maxRSS
  const warm: number[] = []
  for (let i = 0; i < 3; i++) {
    started = performance.now()
    run(input)
    warm.push(performance.now() - started)
  }
  warm.sort((a, b) => a - b)
  const f = out.figures
  const measurement: Measurement = {
    booths,
    applications: input.applications.length,
    method,
    coldMs,
    warmMs: warm[1],
    peakRssMb: rssAfter / 1024,
    runRssMb: (rssAfter - rssBefore) / 1024,
    objective: f.objective,
    firstChoiceRate: f.firstChoiceRate,
    placed: f.placedApplications,
    cooperativeShare: f.cooperativeShare,
    competitorConflicts: f.competitorConflicts,
    provinceNeighbourRate: f.provinceNeighbourRate,
    violations: validate(input, out).length,
  }
  process.send!(measurement)
}

function measure(booths: number, method: Method, seed: number): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), ['--child', String(booths), method, String(seed)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let result: Measurement | undefined
    worker.on('message', (message) => (result = message as Measurement))
    worker.on('error', reject)
    worker.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`child ${booths}/${method} exited with ${code}`))))
  })
}

const childAt = process.argv.indexOf('--child')
if (childAt >= 0) {
  const [booths, method, seed] = process.argv.slice(childAt + 1)
  await child(Number(booths), method as Method, Number(seed))
} else {
  const sizes = arg('sizes', '100,1000,5000').split(',').map(Number)
  const seed = Number(arg('seed', '1'))
  const rows: Array<{ engine: Measurement; greedy: Measurement }> = []
  for (const booths of sizes) {
    const engine = await measure(booths, 'engine', seed)
    const greedy = await measure(booths, 'greedy', seed)
    rows.push({ engine, greedy })
    console.log(`[bench] ${booths} booths done (engine ${engine.coldMs.toFixed(0)} ms, greedy ${greedy.coldMs.toFixed(0)} ms)`)
  }
  const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0))
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`
  const pair = (row: { engine: Measurement; greedy: Measurement }, get: (m: Measurement) => string) => `${get(row.engine)} / ${get(row.greedy)}`
  const header = [
    'Booths',
    'Applications',
    'Time cold ms (engine / greedy)',
    'Time warm ms',
    'Peak RSS MB (Δ run)',
    'Objective',
    '1st-choice rate',
    'Placed',
    'Coop share',
    'Competitor pairs',
    'Same-province neighbour',
    'Violations',
  ]
  const lines = rows.map((row) => [
    String(row.engine.booths),
    String(row.engine.applications),
    pair(row, (m) => ms(m.coldMs)),
    pair(row, (m) => ms(m.warmMs)),
    pair(row, (m) => `${m.peakRssMb.toFixed(0)} (${m.runRssMb.toFixed(0)})`),
    pair(row, (m) => m.objective.toFixed(0)),
    pair(row, (m) => pct(m.firstChoiceRate)),
    pair(row, (m) => String(m.placed)),
    pair(row, (m) => pct(m.cooperativeShare)),
    pair(row, (m) => String(m.competitorConflicts)),
    pair(row, (m) => pct(m.provinceNeighbourRate)),
    pair(row, (m) => String(m.violations)),
  ])
  console.log(`\nAllocation benchmark (seed ${seed}, ${process.platform} ${process.arch}, Node ${process.version}); each cell: engine / greedy baseline\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`| ${header.map(() => '---').join(' | ')} |`)
  for (const line of lines) console.log(`| ${line.join(' | ')} |`)
  const slow = rows.filter((r) => (r.engine.booths <= 1000 && r.engine.coldMs > 1000) || r.engine.coldMs > 10_000)
  console.log(slow.length === 0 ? '\nTargets met: 1,000 booths < 1 s, 5,000 booths < 10 s.' : `\nTarget missed for: ${slow.map((r) => r.engine.booths).join(', ')} booths.`)
}
