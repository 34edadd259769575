// Runs the restatement of Mesa's rules (test/validation/epstein-mesa-reference.ts) from the states
// Mesa built (dump_starts.py) and compares its jailed share with Mesa's own (run_mesa.py output).
// Usage: npx tsx scripts/mesa-check/compare.ts starts.json mesa.txt [reference runs per seed]
import { readFileSync } from 'node:fs'
import { runMesaReference } from '../../test/validation/epstein-mesa-reference.ts'

const [startsFile, mesaFile, repsArg] = process.argv.slice(2)
const starts = JSON.parse(readFileSync(startsFile, 'utf8'))
const rows = readFileSync(mesaFile, 'utf8').trim().split('\n')
const reps = Number(repsArg ?? 4)
const settings = {
  width: 40,
  height: 40,
  vision: 7,
  legitimacy: 0.82,
  maxJailTerm: 30,
  threshold: 0.1,
  arrestConstant: 2.3,
}
const TICKS = 300
const FIRST = 51
const gaps: number[] = []
for (const row of rows) {
  const [seed, citizens, , mesaShare] = row.split(' ').map(Number)
  const start = starts[seed]
  let total = 0
  for (let r = 0; r < reps; r++) {
    const arrested = runMesaReference(settings, start, 1000 * seed + r, TICKS)
    total += arrested.slice(FIRST - 1).reduce((a, b) => a + b, 0) / (TICKS - FIRST + 1) / citizens
  }
  const reference = total / reps
  gaps.push(reference - mesaShare)
  console.log(
    `seed ${seed}: Mesa ${(100 * mesaShare).toFixed(2)}%, reference ${(100 * reference).toFixed(2)}%`,
  )
}
const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length
const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / (gaps.length - 1))
console.log(
  `reference − Mesa: ${(100 * mean).toFixed(2)} ± ${((100 * sd) / Math.sqrt(gaps.length)).toFixed(2)} points`,
)
