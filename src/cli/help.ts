// Help pages for `drawdown --help` and `drawdown <command> --help`.

export const COMMANDS = ['run', 'validate', 'batch', 'analyze'] as const
export type Command = (typeof COMMANDS)[number]

const main = `drawdown: agent-based simulation of peacekeeping, security sector reform and drawdown

Usage:
  drawdown run <scenario.json> [options]   run a scenario and write its observables per tick
  drawdown validate <file>...              check scenario and experiment files, list every problem
  drawdown batch <experiment.json> --out DIR
                                           run an experiment on every core into a results folder
  drawdown analyze <dir> [options]         analyse a results folder written by drawdown batch
  drawdown <command> --help                help for one command
  drawdown --version                       the version of Drawdown Lab

Exit status: 0 ok, 1 invalid input or failed run, 2 usage error.
Set DRAWDOWN_DEBUG=1 to see stack traces.
`

const run = `Usage: drawdown run <scenario.json> [options]

Runs a scenario and writes one row per tick (tick 0 is the initial state), with the columns
tick and then the scenario kind's observables. The same scenario, seed and options give
byte-identical output.

For a scenario with a drawdown (kind "ssr"), when the rows go to stdout (no --out), the
outcome is also told in a few lines on stderr: exit tick, durable, fragile or relapse, trust
and owned capacity at exit, casualties.

Options:
  --seed N          seed of every random stream (default: the scenario's seed)
  --ticks N         ticks to run (default: the scenario's ticks)
  --preset NAME     apply a preset stored in the scenario's "presets"
  --set PATH=VALUE  change one parameter, e.g. --set model.legitimacy=0.7; repeatable,
                    applied after the preset; VALUE is read as JSON when it parses
                    (0.7, false, [[0,0.9],[100,0.2]]) and as text otherwise (an expression)
  --out FILE        write to FILE instead of stdout; the format follows its extension:
                    .csv (the default format), .ndjson or .json
  --events FILE     write the run's notable events to FILE as NDJSON, one per line:
                    {"tick","kind","district","districtName","cause"}; empty when none
  --summary FILE    write the drawdown's outcome to FILE as JSON (exitTick, outcome,
                    timeToRelapse, peakPostExitViolence, ...); null for kinds without one
  --units MODE      model (the default): counts of agents, counts per tick; real: agents
                    as people through the scenario's "scale", counts per tick as counts
                    per month through "ticksPerYear" (shares, indices and rates per 10,000
                    citizens stay as they are); the column names do not change, and the
                    outcome told on stderr gives casualties as people. --summary stays in
                    model units
  -h, --help        show this help

Examples:
  drawdown run scenarios/epstein-civil-violence.json --seed 7 --out run.csv
  drawdown run scenario.json --set "model.legitimacy=max(0.2, 0.9 - 0.01*t)" --ticks 200
  drawdown run scenarios/baseline.json --out run.csv --events events.ndjson --summary outcome.json
  drawdown run scenarios/sierra-leone.json --units real --out people.csv
`

const validate = `Usage: drawdown validate <file>...

Checks each scenario file against the schema, including its expressions and presets, and
each experiment file (scenarios/experiments/*.json) with its base scenario, factors, arms and
every run it expands to. Prints "ok: FILE" for each valid file; for an invalid one, every
problem on its own line as "FILE: PATH: MESSAGE" on stderr. JSON Schema files such as
scenarios/schema.json are skipped ("skipped: FILE"), so scenarios/*.json can be given.

Exit status: 0 when every file is valid, 1 otherwise.

Options:
  -h, --help   show this help
`

const batch = `Usage: drawdown batch <experiment.json> --out DIR [options]

Expands an experiment file (scenarios/experiments/*.json) into its runs and runs them on a pool
of worker threads. Results are streamed into DIR, ordered by run_id and byte-identical whatever
the number of workers:
  runs.csv        one row per finished run: run_id, point, arm, replicate, seed, the factor
                  values, then the outcome measures (exitTick, outcome, timeToRelapse, ...;
                  for kinds without a drawdown, final.<observable>)
  series.csv      tidy rows run_id, tick, <recorded observables> (--format csv or both)
  series.parquet  the same rows as Parquet (--format parquet or both)
  errors.csv      run_id, seed, message of every run that failed (the batch goes on)
  manifest.json   version, git commit, input hashes, the design, seeds, workers, times
The files appear when the batch is complete. Until then DIR holds batch.journal: after Ctrl-C,
kill or power loss, run the same command with --resume to finish the remaining runs.

Options:
  --out DIR         the results folder (created if missing)
  --workers N       worker threads (default: the number of cores Node may use)
  --resume          finish an interrupted batch in DIR; refused if the experiment changed
  --format F        series as csv (default), parquet or both
  -q, --quiet       no progress on stderr
  -h, --help        show this help

Progress goes to stderr: a live bar on a terminal, one line every 5 seconds otherwise.
Exit status: 0 done (failed runs are listed in errors.csv), 1 invalid experiment or an I/O
error (what was written is kept), 2 usage error, 130 interrupted.

Example:
  drawdown batch scenarios/experiments/smoke.json --out results/smoke --workers 2
`

const analyze = `Usage: drawdown analyze <dir> [options]

Reads runs.csv and manifest.json from a results folder and prints, per design point (or per
group of --by factors) and arm: runs, the probability of relapse with its Wilson 95% interval,
the Kaplan–Meier median time to relapse after exit with its 95% interval, and the mean of the
peak post-exit violence with its t interval; then the paired differences between arms (runs
sharing a seed), Sobol indices for a Saltelli design, and PRIM boxes where relapse is common
or rare. Every statistic, and how it is computed, goes to <dir>/summary.json; one estimate per
row to <dir>/summary.csv; figures to <dir>/*.svg (frontier.svg, differences-*.svg,
sobol-*.svg, survival.svg). Files are replaced atomically.

Options:
  --by F1,F2,...   group by these factors, averaging over the others (default: every
                   design point on its own); the first two also span frontier.svg
  --json           print summary.json instead of the table
  --resamples N    bootstrap resamples for Sobol intervals (default 1000)
  -h, --help       show this help

Exit status: 0 ok, 1 unreadable or malformed results, 2 usage error.

Examples:
  drawdown analyze results/drawdown-timing
  drawdown analyze results/drawdown-timing --by drawdown.exitTick
`

export const HELP: Readonly<Record<Command | 'main', string>> = { main, run, validate, batch, analyze }

export const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name)
