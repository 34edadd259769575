// An independent, deliberately plain re-statement of Mesa 3.3.1's Epstein civil violence example
// (mesa/examples/advanced/epstein_civil_violence), rule by rule, sharing no engine code, to check
// the `mesa` preset against. Agents are rows of plain arrays; a fresh neighbourhood scan per turn.
//
// Mesa's rules as read from its source (agents.py, model.py, discrete_space/cell.py):
// - Grid: an OrthogonalVonNeumannGrid torus, one agent per cell. Vision: get_neighborhood(radius),
//   cells within `radius` orthogonal steps (|dx| + |dy| ≤ radius), the centre excluded.
// - Placement: each cell draws a citizen, a cop or nobody with the two densities.
// - Each step every agent, cops and citizens together, acts once in one shuffled order.
// - Citizen: if its jail sentence is non-zero, it decrements it and does nothing else. Otherwise it
//   counts cops and active citizens in vision, A = 1 + those actives, P = 1 − exp(−k·round(C/A))
//   with Python's round (halves to even), turns active iff H(1 − L) − R·P > T (else quiet: this
//   also frees an arrested citizen whose sentence is 0), then moves to a random empty cell in vision.
// - Cop: arrests a uniformly random active citizen in vision, if any (sentence randint(0, Jmax),
//   inclusive; state arrested, the citizen keeps its cell), then moves to a random empty cell.
// - Counts of arrested citizens are taken after the step.
import seedrandom from 'seedrandom'

export interface MesaSettings {
  width: number
  height: number
  vision: number
  legitimacy: number
  maxJailTerm: number
  threshold: number
  arrestConstant: number
}

/** Where everyone starts, with each citizen's hardship and risk aversion: Mesa draws these per cell. */
export interface MesaStart {
  citizens: { cell: number; hardship: number; riskAversion: number }[]
  cops: number[]
}

const QUIET = 0
const ACTIVE = 1
const ARRESTED = 2

function pythonRound(x: number): number {
  const floor = Math.floor(x)
  const rest = x - floor
  if (rest > 0.5) return floor + 1
  if (rest < 0.5) return floor
  return floor % 2 === 0 ? floor : floor + 1
}

/** Runs the reference from `start` for `ticks` steps with `seed`; returns the arrested count after each. */
export function runMesaReference(
  settings: MesaSettings,
  start: MesaStart,
  seed: number,
  ticks: number,
): number[] {
  const random = seedrandom.alea(`mesa reference ${seed}`)
  const { width, height, vision } = settings
  const citizenCount = start.citizens.length
  const count = citizenCount + start.cops.length
  // Agent i: a citizen for i < citizenCount, else a cop.
  const cellOf = new Int32Array(count)
  const hardship = new Float64Array(citizenCount)
  const riskAversion = new Float64Array(citizenCount)
  const state = new Uint8Array(citizenCount)
  const sentence = new Int32Array(citizenCount)
  const occupant = new Int32Array(width * height).fill(-1)
  start.citizens.forEach((citizen, i) => {
    cellOf[i] = citizen.cell
    hardship[i] = citizen.hardship
    riskAversion[i] = citizen.riskAversion
  })
  start.cops.forEach((cell, j) => {
    cellOf[citizenCount + j] = cell
  })
  for (let i = 0; i < count; i++) occupant[cellOf[i]] = i

  // Each cell's neighbourhood, listed once (Mesa caches it too).
  const offsets: [number, number][] = []
  for (let dy = -vision; dy <= vision; dy++)
    for (let dx = -vision; dx <= vision; dx++)
      if ((dx !== 0 || dy !== 0) && Math.abs(dx) + Math.abs(dy) <= vision) offsets.push([dx, dy])
  const size = offsets.length
  const neighbours = new Int32Array(width * height * size)
  for (let cell = 0; cell < width * height; cell++) {
    const x = cell % width
    const y = Math.floor(cell / width)
    offsets.forEach(([dx, dy], k) => {
      neighbours[cell * size + k] = ((y + dy + height) % height) * width + ((x + dx + width) % width)
    })
  }

  // Scratch lists, refilled by every turn.
  const empty = new Int32Array(size)
  const suspects = new Int32Array(size)

  /** Looks around agent `i`: lists the empty cells and suspects, returns [cops, actives] seen. */
  const look = (i: number): [number, number, number] => {
    let cops = 0
    let actives = 0
    let emptyCount = 0
    const base = cellOf[i] * size
    for (let k = 0; k < size; k++) {
      const cell = neighbours[base + k]
      const other = occupant[cell]
      if (other < 0) empty[emptyCount++] = cell
      else if (other >= citizenCount) cops++
      else if (state[other] === ACTIVE) suspects[actives++] = other
    }
    return [cops, actives, emptyCount]
  }

  const move = (i: number, emptyCount: number) => {
    if (emptyCount === 0) return
    const to = empty[Math.floor(random() * emptyCount)]
    occupant[cellOf[i]] = -1
    occupant[to] = i
    cellOf[i] = to
  }

  const citizenStep = (i: number) => {
    if (sentence[i] > 0) {
      sentence[i]--
      return
    }
    const [cops, others, emptyCount] = look(i)
    const p = 1 - Math.exp(-settings.arrestConstant * pythonRound(cops / (1 + others)))
    const grievance = hardship[i] * (1 - settings.legitimacy)
    state[i] = grievance - riskAversion[i] * p > settings.threshold ? ACTIVE : QUIET
    move(i, emptyCount)
  }

  const copStep = (j: number) => {
    const [, actives, emptyCount] = look(j)
    if (actives > 0) {
      const arrestee = suspects[Math.floor(random() * actives)]
      sentence[arrestee] = Math.floor(random() * (settings.maxJailTerm + 1))
      state[arrestee] = ARRESTED
    }
    move(j, emptyCount)
  }

  const order = Int32Array.from({ length: count }, (_, i) => i)
  const arrested: number[] = []
  for (let tick = 1; tick <= ticks; tick++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const swap = order[i]
      order[i] = order[j]
      order[j] = swap
    }
    for (const agent of order) {
      if (agent < citizenCount) citizenStep(agent)
      else copStep(agent)
    }
    let jailed = 0
    for (let i = 0; i < citizenCount; i++) if (state[i] === ARRESTED) jailed++
    arrested.push(jailed)
  }
  return arrested
}
