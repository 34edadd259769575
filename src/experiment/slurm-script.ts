// The sbatch scripts `drawdown slurm` writes: a job array with one task per shard, each running
// `drawdown batch --shard $SLURM_ARRAY_TASK_ID/N --resume` into its own folder, and a merge job
// that runs once every task has succeeded. Plain text from plain inputs, so it is easy to test.

export interface SlurmPlan {
  /** The experiment's name and hash (for the job name and a comment). */
  name: string
  hash: string
  /** Absolute paths: the experiment file and the results folder. */
  experiment: string
  out: string
  shards: number
  cpusPerTask: number
  partition?: string
  /** Slurm's --time, e.g. 02:00:00. */
  time?: string
  format: 'csv' | 'parquet' | 'both'
  /** The command that runs Drawdown Lab on the cluster's nodes, as words (node and bin/drawdown.mjs). */
  drawdown: readonly string[]
}

/** Quotes a word for bash unless it is plainly safe. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}

export const shardFolder = (out: string, index: number | string): string => `${out}/shards/${index}`
export const slurmFolder = (out: string): string => `${out}/slurm`

/** A job name Slurm shows in squeue: letters, digits, dashes. */
const jobName = (name: string) => `drawdown-${name.replace(/[^\w-]+/g, '-').slice(0, 40)}`

function directives(plan: SlurmPlan, extra: string[]): string[] {
  return [
    ...extra,
    ...(plan.partition ? [`#SBATCH --partition=${plan.partition}`] : []),
    ...(plan.time ? [`#SBATCH --time=${plan.time}`] : []),
  ]
}

/** The array job: task I runs shard I/N. */
export function shardsScript(plan: SlurmPlan): string {
  const command = [
    ...plan.drawdown.map(shellWord),
    'batch',
    shellWord(plan.experiment),
    '--out',
    `${shellWord(shardFolder(plan.out, ''))}"$SLURM_ARRAY_TASK_ID"`,
    '--shard',
    `"$SLURM_ARRAY_TASK_ID"/${plan.shards}`,
    '--workers',
    `"\${SLURM_CPUS_PER_TASK:-${plan.cpusPerTask}}"`,
    '--format',
    plan.format,
    '--resume',
  ]
  return [
    '#!/bin/bash',
    `# Drawdown Lab: experiment "${plan.name}" (${plan.hash.slice(0, 12)}…) in ${plan.shards} shards.`,
    '# Written by `drawdown slurm`; submit with sbatch. A failed task can be re-run alone:',
    `#   sbatch --array=I ${shellWord(`${slurmFolder(plan.out)}/shards.sbatch`)}`,
    `#SBATCH --job-name=${jobName(plan.name)}`,
    `#SBATCH --array=0-${plan.shards - 1}`,
    '#SBATCH --nodes=1',
    '#SBATCH --ntasks=1',
    `#SBATCH --cpus-per-task=${plan.cpusPerTask}`,
    `#SBATCH --output=${slurmFolder(plan.out)}/logs/%A_%a.out`,
    ...directives(plan, []),
    'set -euo pipefail',
    `exec ${command.join(' ')}`,
    '',
  ].join('\n')
}

/** The merge job, submitted to start after every array task succeeded (afterok). */
export function mergeScript(plan: SlurmPlan): string {
  const folders = Array.from({ length: plan.shards }, (_, i) => shellWord(shardFolder(plan.out, i)))
  return [
    '#!/bin/bash',
    `# Drawdown Lab: merges the ${plan.shards} shards of "${plan.name}" into ${plan.out}.`,
    `#SBATCH --job-name=${jobName(plan.name)}-merge`,
    '#SBATCH --nodes=1',
    '#SBATCH --ntasks=1',
    '#SBATCH --cpus-per-task=1',
    `#SBATCH --output=${slurmFolder(plan.out)}/logs/merge_%j.out`,
    ...directives(plan, []),
    'set -euo pipefail',
    `exec ${[...plan.drawdown.map(shellWord), 'merge', ...folders, '--out', shellWord(plan.out)].join(' ')}`,
    '',
  ].join('\n')
}
