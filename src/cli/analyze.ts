// `drawdown analyze DIR`: the analysis of a results folder (runs.csv + manifest.json) as a table
// on stdout, summary.csv, summary.json and SVG figures in DIR.
import { join } from 'node:path'
import { parseCommandArgs, parseWholeNumber } from './args.ts'
import { EXIT_OK, InputError, UsageError } from './exit.ts'
import { HELP } from './help.ts'
import type { Terminal } from './terminal.ts'

function readBy(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined
  const names = text.split(',').map((name) => name.trim())
  if (names.some((name) => name === ''))
    throw new UsageError(
      `--by needs factor paths separated by commas, got ${JSON.stringify(text)}`,
      'analyze',
    )
  return names
}

export async function analyzeCommand(argv: readonly string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', argv, {
    by: { type: 'string' },
    json: { type: 'boolean' },
    resamples: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    terminal.out(HELP.analyze)
    return EXIT_OK
  }
  if (positionals.length === 0) throw new UsageError('missing results folder to analyse', 'analyze')
  if (positionals.length > 1)
    throw new UsageError(`one results folder at a time, got ${positionals.length}`, 'analyze')
  const [dir] = positionals
  const by = readBy(values.by as string | undefined)
  const resamples =
    values.resamples === undefined
      ? undefined
      : parseWholeNumber('analyze', '--resamples', values.resamples as string, 1)
  const analysis = await import('../experiment/analyze/index.ts')
  const { readResults, ResultsError, writeAtomic } = await import('../experiment/analyze/results-node.ts')
  try {
    const { table, manifest } = await readResults(dir)
    let summary: ReturnType<typeof analysis.analyzeExperiment>
    try {
      summary = analysis.analyzeExperiment(table, manifest, { by, resamples })
    } catch (error) {
      if (error instanceof analysis.UnknownFactorError)
        throw new UsageError(`--by: ${error.message}`, 'analyze')
      throw error
    }
    const json = analysis.summaryJson(summary)
    const figures = analysis.analysisFigures(summary)
    await writeAtomic(join(dir, 'summary.json'), json)
    await writeAtomic(join(dir, 'summary.csv'), analysis.summaryCsv(summary))
    for (const figure of figures) await writeAtomic(join(dir, figure.name), figure.svg)
    if (values.json) terminal.out(json)
    else {
      const written = ['summary.csv', 'summary.json', ...figures.map((figure) => figure.name)]
      terminal.out(
        `${analysis.summaryTable(summary)}Wrote ${written.map((name) => join(dir, name)).join(', ')}\n`,
      )
    }
    return EXIT_OK
  } catch (error) {
    if (error instanceof ResultsError) throw new InputError([`drawdown analyze: ${error.message}`], error)
    throw error
  }
}
