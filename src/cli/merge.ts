// `drawdown merge DIR... --out DIR`: shard folders of one experiment into one results folder,
// byte-identical to a single-machine batch (see src/experiment/merge-node.ts for the checks).
import { BatchIoError } from '../experiment/file-sink-node.ts'
import { MergeRefusedError, mergeShards } from '../experiment/merge-node.ts'
import { parseCommandArgs } from './args.ts'
import { EXIT_OK, InputError, UsageError } from './exit.ts'
import { HELP } from './help.ts'
import type { Terminal } from './terminal.ts'

const OPTIONS = {
  out: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function mergeCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', argv, OPTIONS)
  if (values.help) {
    terminal.out(HELP.merge)
    return EXIT_OK
  }
  const out = values.out as string | undefined
  if (out === undefined || out === '') throw new UsageError('missing --out DIR (the merged results folder)')
  if (positionals.length === 0) throw new UsageError('missing shard folders')
  try {
    const report = await mergeShards({ shards: positionals, out })
    if (!values.quiet)
      terminal.err(
        `drawdown merge: ${report.shards} shards, ${report.runs} runs (${report.finished} finished, ${report.failed} failed): ${out}\n`,
      )
    return EXIT_OK
  } catch (error) {
    if (error instanceof MergeRefusedError || error instanceof BatchIoError)
      throw new InputError([`drawdown merge: ${error.message}`], error)
    throw error
  }
}
