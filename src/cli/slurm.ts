// `drawdown slurm`: writes the sbatch scripts that run an experiment as a Slurm job array, one
// shard per task, plus a merge job that waits for them (--submit submits both); `--status DIR`
// says which shards are done, running, pending, failed or missing.
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { MAX_SHARDS } from '../experiment/shard.ts'
import { mergeScript, type SlurmPlan, shardsScript, slurmFolder } from '../experiment/slurm-script.ts'
import { JOBS_FILE, type SlurmJobs, slurmStatus } from '../experiment/slurm-status-node.ts'
import { parseCommandArgs, parseWholeNumber } from './args.ts'
import { EXIT_OK, InputError, UsageError } from './exit.ts'
import { expandExperimentFile } from './experiment-input.ts'
import { HELP } from './help.ts'
import { packageRoot } from './package-info.ts'
import type { Terminal } from './terminal.ts'

const OPTIONS = {
  out: { type: 'string' },
  shards: { type: 'string' },
  partition: { type: 'string' },
  time: { type: 'string' },
  'cpus-per-task': { type: 'string' },
  format: { type: 'string' },
  submit: { type: 'boolean' },
  status: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const FORMATS = ['csv', 'parquet', 'both'] as const

/** Submits a script with sbatch and returns the job id. */
async function sbatch(args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('sbatch', ['--parsable', ...args])
    return stdout.trim().split(';')[0]
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'sbatch is not installed here'
        : ((error as { stderr?: string }).stderr?.trim() ?? (error as Error).message)
    throw new InputError([`drawdown slurm: sbatch failed: ${reason}`], error)
  }
}

async function status(out: string, terminal: Terminal): Promise<number> {
  let report: Awaited<ReturnType<typeof slurmStatus>>
  try {
    report = await slurmStatus(out)
  } catch (error) {
    throw new InputError([`drawdown slurm: ${(error as Error).message}`], error)
  }
  const count = report.shards.length
  const lines = report.shards.map(({ index, state, runs, failed }) => {
    const detail =
      runs === null ? '' : `  ${runs} run${runs === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}`
    return `shard ${index}/${count}  ${state}${detail}\n`
  })
  const tally = (['done', 'running', 'pending', 'failed', 'missing'] as const)
    .map((state) => [state, report.shards.filter((shard) => shard.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`)
  terminal.out(
    `${lines.join('')}${tally.join(', ')}; ${report.merged ? `merged into ${out}` : 'not merged yet'}${report.queueKnown ? '' : ' (no squeue here: running shards show as failed)'}\n`,
  )
  return EXIT_OK
}

export async function slurmCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs('slurm', argv, OPTIONS)
  if (values.help) {
    terminal.out(HELP.slurm)
    return EXIT_OK
  }
  if (values.status !== undefined) {
    if (positionals.length > 0) throw new UsageError('--status DIR takes no experiment file')
    return status(values.status as string, terminal)
  }
  if (positionals.length !== 1) throw new UsageError('expected one experiment file')
  const out = values.out as string | undefined
  if (!out) throw new UsageError('missing --out DIR (the results folder)')
  if (values.shards === undefined) throw new UsageError('missing --shards N')
  const shards = parseWholeNumber('slurm', '--shards', values.shards as string, 1)
  if (shards > MAX_SHARDS) throw new UsageError(`--shards must be at most ${MAX_SHARDS}, got ${shards}`)
  const cpus =
    values['cpus-per-task'] === undefined
      ? 1
      : parseWholeNumber('slurm', '--cpus-per-task', values['cpus-per-task'] as string, 1)
  const format = (values.format as string | undefined) ?? 'csv'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be csv, parquet or both, got ${JSON.stringify(format)}`)
  for (const option of ['partition', 'time'] as const) {
    const value = values[option] as string | undefined
    if (value !== undefined && !/^[\w:.,-]+$/.test(value))
      throw new UsageError(`--${option} must be a plain Slurm value, got ${JSON.stringify(value)}`)
  }
  const experiment = expandExperimentFile(positionals[0]).experiment
  const absoluteOut = resolve(out)
  // #SBATCH lines are split at white space: a path with a space cannot be written in them.
  if (/\s/.test(absoluteOut))
    throw new UsageError(`--out must be a path without spaces for Slurm, got ${JSON.stringify(absoluteOut)}`)
  const plan: SlurmPlan = {
    name: experiment.name,
    hash: experiment.hash,
    experiment: resolve(positionals[0]),
    out: absoluteOut,
    shards,
    cpusPerTask: cpus,
    partition: values.partition as string | undefined,
    time: values.time as string | undefined,
    format: format as SlurmPlan['format'],
    drawdown: [process.execPath, join(packageRoot(), 'bin', 'drawdown.mjs')],
  }
  const folder = slurmFolder(absoluteOut)
  const shardsFile = join(folder, 'shards.sbatch')
  const mergeFile = join(folder, 'merge.sbatch')
  const jobs: SlurmJobs = {
    format: 'drawdown-lab/slurm@1',
    experiment: plan.experiment,
    shards,
    arrayJob: null,
    mergeJob: null,
  }
  try {
    await mkdir(join(folder, 'logs'), { recursive: true })
    await writeFile(shardsFile, shardsScript(plan), { mode: 0o755 })
    await writeFile(mergeFile, mergeScript(plan), { mode: 0o755 })
    await writeFile(join(folder, JOBS_FILE), `${JSON.stringify(jobs, null, 2)}\n`)
  } catch (error) {
    throw new InputError([`drawdown slurm: cannot write ${folder}: ${(error as Error).message}`], error)
  }
  terminal.err(
    `drawdown slurm: ${experiment.runs.length} runs in ${shards} shards: ${shardsFile}, ${mergeFile}\n`,
  )
  if (!values.submit) {
    terminal.out(`sbatch ${shardsFile}\n`)
    return EXIT_OK
  }
  jobs.arrayJob = await sbatch([shardsFile])
  jobs.mergeJob = await sbatch([`--dependency=afterok:${jobs.arrayJob}`, mergeFile])
  await writeFile(join(folder, JOBS_FILE), `${JSON.stringify(jobs, null, 2)}\n`)
  terminal.out(`array job ${jobs.arrayJob}, merge job ${jobs.mergeJob}\n`)
  return EXIT_OK
}
