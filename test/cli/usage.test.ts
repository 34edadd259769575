// Help, version and usage errors: exit 2, one line on stderr naming the help to read. Checked
// in-process through `main`; two real processes check that the exit code and streams reach the shell.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { drawdown, ROOT, STACK_TRACE } from './drawdown.ts'
import { cli } from './terminal.ts'

describe.concurrent('drawdown usage', () => {
  it('prints help for the command and each subcommand', async () => {
    const [main, helpWord, run, validate] = await Promise.all([
      cli(['--help']),
      cli(['help', 'run']),
      cli(['run', '--help']),
      cli(['validate', '-h']),
    ])
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/^drawdown: /)
    expect(main.stdout).toContain('drawdown run <scenario.json>')
    expect(main.stdout).toContain('drawdown validate <file>...')
    expect(run.stdout).toMatch(/^Usage: drawdown run <scenario\.json> \[options\]/)
    for (const option of [
      '--seed N',
      '--ticks N',
      '--preset NAME',
      '--set PATH=VALUE',
      '--out FILE',
      '--events FILE',
      '--summary FILE',
    ]) {
      expect(run.stdout).toContain(option)
    }
    expect(helpWord.stdout).toBe(run.stdout)
    expect(validate.stdout).toMatch(/^Usage: drawdown validate <file>\.\.\./)
    expect([main.stderr, run.stderr, validate.stderr]).toEqual(['', '', ''])
  })

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8'))
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('hands the exit code and the streams to the shell', async () => {
    const { version } = JSON.parse(await readFile(`${ROOT}package.json`, 'utf8'))
    const [ok, usage] = await Promise.all([
      drawdown(['--version']),
      drawdown(['run', 'a.json', '--sed', '3']),
    ])
    expect(ok).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    expect(usage).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drawdown run: unknown option --sed (see drawdown run --help)\n',
    })
  })

  it('exits 2 with one clear line for each kind of usage error', async () => {
    const cases: [string[], string][] = [
      [[], 'drawdown: missing command (see drawdown --help)'],
      [
        ['simulate'],
        'drawdown: unknown command "simulate"; commands: run, validate, batch, analyze (see drawdown --help)',
      ],
      [['--verbose'], 'drawdown: unknown option --verbose (see drawdown --help)'],
      [['run'], 'drawdown run: missing scenario file (see drawdown run --help)'],
      [
        ['run', 'a.json', 'b.json'],
        'drawdown run: expected one scenario file, got 2 (see drawdown run --help)',
      ],
      [['run', 'a.json', '--sed', '3'], 'drawdown run: unknown option --sed (see drawdown run --help)'],
      [['run', 'a.json', '--seed'], 'drawdown run: option --seed needs a value (see drawdown run --help)'],
      [
        ['run', 'a.json', '--seed', 'abc'],
        'drawdown run: --seed must be a whole number, got "abc" (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--ticks', '-3'],
        'drawdown run: option --ticks needs a value (write a value that starts with "-" as --ticks=-…) (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--ticks=-3'],
        'drawdown run: --ticks must be a whole number, got "-3" (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--help=yes'],
        'drawdown run: option --help takes no value (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--ticks=2.5'],
        'drawdown run: --ticks must be a whole number, got "2.5" (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--set', 'model.legitimacy'],
        'drawdown run: --set expected path=value, e.g. model.legitimacy=0.7, got "model.legitimacy" (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--out', 'run.xlsx'],
        'drawdown run: --out run.xlsx: the file name must end in .csv, .ndjson or .json (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--events'],
        'drawdown run: option --events needs a value (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--out', 'run.csv', '--summary', './run.csv'],
        'drawdown run: --out and --summary name the same file, run.csv (see drawdown run --help)',
      ],
      [
        ['run', 'a.json', '--events', 'x.ndjson', '--summary', 'x.ndjson'],
        'drawdown run: --events and --summary name the same file, x.ndjson (see drawdown run --help)',
      ],
      [['validate'], 'drawdown validate: missing scenario file to validate (see drawdown validate --help)'],
    ]
    const results = await Promise.all(cases.map(([args]) => cli(args)))
    results.forEach((result, i) => {
      expect({ args: cases[i][0], ...result }).toEqual({
        args: cases[i][0],
        code: 2,
        stdout: '',
        stderr: `${cases[i][1]}\n`,
      })
      expect(result.stderr).not.toMatch(STACK_TRACE)
    })
  })
})
