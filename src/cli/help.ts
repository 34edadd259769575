// Help pages for `drawdown --help` and `drawdown <command> --help`.

export const COMMANDS = ['run', 'validate'] as const
export type Command = (typeof COMMANDS)[number]

const main = `drawdown: agent-based simulation of peacekeeping, security sector reform and drawdown

Usage:
  drawdown run <scenario.json> [options]   run a scenario and write its observables per tick
  drawdown validate <file>...              check scenario files and list every problem
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
  --ticks N         ticks to run (default: the scenario's ticks, extended to cover the outcome window after a drawdown's exit)
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

Checks each scenario file against the schema, including its expressions and presets.
Prints "ok: FILE" for each valid file; for an invalid one, every problem on its own line
as "FILE: PATH: MESSAGE" on stderr. A file named schema.json (the editors' JSON Schema) is
skipped, so that "drawdown validate scenarios/*.json" checks the library.

Exit status: 0 when every file is valid, 1 otherwise.

Options:
  -h, --help   show this help
`

export const HELP: Readonly<Record<Command | 'main', string>> = { main, run, validate }

export const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name)
