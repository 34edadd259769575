// `drawdown batch <experiment> --out DIR`: expands the experiment, runs it on a pool of workers
// with progress on stderr, and writes the results folder (see src/experiment/batch-node.ts for
// the files and how --resume works). Ctrl-C stops it; --resume finishes it.
import { BatchRefusedError, runNodeBatch, WorkerStartError } from '../experiment/batch-node.ts'
import { BatchIoError } from '../experiment/file-sink-node.ts'
import { gitCommit } from '../experiment/git-node.ts'
import { JournalMismatchError } from '../experiment/journal-node.ts'
import { shardName, shardRuns } from '../experiment/shard.ts'
import type { BatchCommandOptions } from './batch-options.ts'
import { EXIT_OK, InputError } from './exit.ts'
import { expandExperimentFile } from './experiment-input.ts'
import { packageRoot, packageVersion } from './package-info.ts'
import { clock, progressView } from './progress-view.ts'
import type { Terminal } from './terminal.ts'

/** Exit status of a batch stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130

export async function batch(options: BatchCommandOptions, terminal: Terminal): Promise<number> {
  const { experiment, inputs } = expandExperimentFile(options.file)
  const controller = new AbortController()
  const interrupt = () => controller.abort()
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  const view = options.quiet
    ? undefined
    : progressView((text) => terminal.err(text), { tty: terminal.errIsTTY === true })
  const started = Date.now()
  let done = 0
  const name = options.shard ? `drawdown batch (shard ${shardName(options.shard)})` : 'drawdown batch'
  const total = options.shard ? shardRuns(experiment.runs, options.shard).length : experiment.runs.length
  try {
    const report = await runNodeBatch({
      plan: {
        name: experiment.name,
        hash: experiment.hash,
        runs: experiment.runs,
        factorNames: experiment.factorNames,
        armNames: experiment.armNames,
        seeds: experiment.seeds,
        record: experiment.record,
        design: experiment.design,
      },
      out: options.out,
      workers: options.workers,
      shard: options.shard,
      resume: options.resume,
      format: options.format,
      inputs,
      version: packageVersion(),
      gitCommit: await gitCommit(packageRoot()),
      signal: controller.signal,
      onProgress: (progress) => {
        done = progress.done
        view?.update(progress)
      },
    })
    view?.finish()
    if (!options.quiet) {
      const from = report.resumed > 0 ? ` (${report.resumed} from the interrupted batch)` : ''
      terminal.err(
        report.alreadyComplete
          ? `${name}: ${options.out} already holds the complete batch (${total} runs); nothing to do\n`
          : `${name}: ${total} runs, ${report.finished} finished, ${report.failed} failed${from} in ${clock(Date.now() - started)}: ${options.out}\n`,
      )
    }
    return EXIT_OK
  } catch (error) {
    view?.finish()
    if ((error as Error)?.name === 'AbortError') {
      terminal.err(
        `${name}: interrupted after ${done} of ${total} runs; finish it with --resume: drawdown batch ${options.file} --out ${options.out}${options.shard ? ` --shard ${shardName(options.shard)}` : ''} --resume\n`,
      )
      return EXIT_INTERRUPTED
    }
    if (
      error instanceof BatchIoError ||
      error instanceof BatchRefusedError ||
      error instanceof JournalMismatchError ||
      error instanceof WorkerStartError
    )
      throw new InputError([`drawdown batch: ${error.message}`], error)
    throw error
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}
