// `npm run bench:instructions [-- REF]`: how many machine instructions a tick of the engine costs
// in the working tree against a git ref (default HEAD), counted by valgrind's callgrind. On a
// shared machine whose speed moves by a factor of two from one minute to the next, wall-clock
// timings cannot show a change of a few percent; instruction counts repeat to about 0.2% and can.
// They do not see cache misses, so a change that only moves memory traffic needs timings too.
//
// Each tree is bundled (vite, as the CLI's build is) from its own sources into a temporary folder
// (the ref checked out as a detached git worktree there),
// then run under callgrind twice: with WARM ticks and with WARM + TICKS ticks; the difference over
// TICKS is the cost of a tick once warm. The warm-up matters: under `--single-threaded` V8
// compiles on the main thread, and the first ticks carry the compilation (SSR at 40×40: 10.3
// million instructions a tick over ticks 1–60 with no warm-up, 3.3 million over ticks 61–240), so a
// count from tick 0 judges a change partly by how long V8 takes to compile it. Both trees must end
// the same run (a hash of what a user sees of it is printed and compared), so the figure compares
// like with like.
//
// Options: --model ssr|model-one (default ssr: scenarios/baseline.json; both as bench/measure.ts
// defines them), --size N (default 80), --warm N (default 60), --ticks N (default 60), --seed N
// (default 1). With
// `--misses KiB` it runs cachegrind instead and counts the data reads and writes that miss a
// simulated cache of that size (16-way, 64-byte lines; 1024 is the reference machine's L2 a core): the
// memory traffic instruction counts miss, counted as repeatably. Needs valgrind (Debian: apt-get
// install valgrind).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { baselineInput, modelOneInput } from './measure.ts'

const root = fileURLToPath(new URL('../', import.meta.url))

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}
const positional = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'))
const ref = positional[0] ?? 'HEAD'
const model = option('model', 'ssr')
const size = Number(option('size', '80'))
const ticks = Number(option('ticks', '60'))
const warm = Number(option('warm', '60'))
const seed = Number(option('seed', '1'))
const missCacheKiB = Number(option('misses', '0'))

/** The measured program, built from `tree`'s engine: make the world, step, print a hash of what a
 * user sees of the run (run-hash.ts; not the whole state, whose derived arrays a change may lay
 * out differently). Both trees run the working tree's scenario (bench/measure.ts) and hash, so only
 * the engine differs. */
const scenario = model === 'ssr' ? baselineInput(size) : modelOneInput(size)
const entry = (tree: string) => `
import { createSimulation } from ${JSON.stringify(join(tree, 'src/engine/simulation.ts'))}
import { parseScenario } from ${JSON.stringify(join(tree, 'src/scenario/validate.ts'))}
import { runHash } from ${JSON.stringify(join(root, 'bench/run-hash.ts'))}
const [ticks, seed] = process.argv.slice(2).map(Number)
const sim = createSimulation(parseScenario(${JSON.stringify(scenario)}), seed)
sim.step(ticks)
console.log(runHash(sim))
`

/** What one run under valgrind counted: instructions, or with --misses the data accesses that
 * missed the simulated cache (cachegrind's LLd misses: reads plus writes). */
function tool(): { args: string[]; count: RegExp } {
  if (missCacheKiB <= 0)
    return {
      args: ['--tool=callgrind', '--callgrind-out-file=/dev/null'],
      count: /Collected : (\d+)/,
    }
  return {
    args: [
      '--tool=cachegrind',
      '--cachegrind-out-file=/dev/null',
      '--cache-sim=yes',
      `--LL=${missCacheKiB * 1024},16,64`,
    ],
    count: /LLd misses:\s+([\d,]+)/,
  }
}

async function bundle(tree: string, name: string): Promise<string> {
  const source = join(scratch, `${name}-entry.ts`)
  writeFileSync(source, entry(tree))
  const outDir = join(scratch, name)
  await build({
    configFile: false,
    logLevel: 'error',
    ssr: { noExternal: true },
    build: {
      ssr: source,
      outDir,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
    },
  })
  return join(outDir, 'main.mjs')
}

function counted(script: string, tickCount: number): Promise<{ instructions: number; hash: string }> {
  return new Promise((resolve, reject) => {
    const { args: toolArgs, count } = tool()
    const args = [...toolArgs, '--smc-check=all-non-file']
    const child = spawn('valgrind', [...args, 'node', '--single-threaded', script, `${tickCount}`, `${seed}`])
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      const match = stderr.match(count)
      if (code !== 0 || !match)
        reject(new Error(`valgrind run failed (exit ${code}):\n${stderr.slice(-2000)}`))
      else resolve({ instructions: Number(match[1].replaceAll(',', '')), hash: stdout.trim() })
    })
  })
}

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind)')
  process.exit(1)
}
const scratch = mkdtempSync(join(tmpdir(), 'drawdown-instructions-'))
try {
  const refTree = join(scratch, 'tree')
  execFileSync('git', ['worktree', 'add', '--detach', '--force', refTree, ref], {
    cwd: root,
    stdio: 'ignore',
  })
  symlinkSync(join(root, 'node_modules'), join(refTree, 'node_modules'))
  const working = await bundle(root, 'working')
  const before = await bundle(refTree, 'ref')
  const [refIdle, refRun, workIdle, workRun] = await Promise.all([
    counted(before, warm),
    counted(before, warm + ticks),
    counted(working, warm),
    counted(working, warm + ticks),
  ])
  const perTick = (idle: number, run: number) => (run - idle) / ticks
  const refTick = perTick(refIdle.instructions, refRun.instructions)
  const workTick = perTick(workIdle.instructions, workRun.instructions)
  const millions = (n: number) => (n / 1e6).toFixed(2)
  const counting =
    missCacheKiB > 0 ? `data misses of a ${missCacheKiB} KiB cache per tick` : 'instructions per tick'
  console.log(`${model} at ${size}×${size}, seed ${seed}, ${ticks} ticks; ${counting} (millions):`)
  console.log(
    `  ${ref.padEnd(12)} ${millions(refTick)}   (setup and warm-up ${millions(refIdle.instructions)})`,
  )
  console.log(
    `  ${'working'.padEnd(12)} ${millions(workTick)}   (setup and warm-up ${millions(workIdle.instructions)})`,
  )
  console.log(`  working ÷ ${ref}: ${(workTick / refTick).toFixed(4)}`)
  if (refRun.hash !== workRun.hash) {
    console.log(`  the two trees end in different runs (${refRun.hash} against ${workRun.hash})`)
    process.exitCode = 1
  } else console.log(`  same run in both: observables, events, outcome, final frame (${workRun.hash})`)
  console.log(
    JSON.stringify({ model, size, warm, ticks, seed, ref, refPerTick: refTick, workingPerTick: workTick }),
  )
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', join(scratch, 'tree')], {
    cwd: root,
    stdio: 'ignore',
  })
  rmSync(scratch, { recursive: true, force: true })
}
