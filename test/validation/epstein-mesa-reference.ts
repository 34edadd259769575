// An independent, deliberately plain re-statement of Mesa 3.3.1's Epstein civil violence example
// (mesa/examples/advanced/epstein_civil_violence), rule by rule, sharing no engine code, to check
// the `mesa` preset against. One object per agent, a fresh neighbourhood scan per turn: slow, clear.
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

type Citizen = { cop: false; x: number; y: number; h: number; r: number; state: 0 | 1 | 2; sentence: number }
type Cop = { cop: true; x: number; y: number }
type Agent = Citizen | Cop

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
  const grid: (Agent | null)[] = new Array(width * height).fill(null)
  const agents: Agent[] = []
  const place = (agent: Agent) => {
    grid[agent.y * width + agent.x] = agent
    agents.push(agent)
  }
  for (const { cell, hardship, riskAversion } of start.citizens) {
    const x = cell % width
    const y = Math.floor(cell / width)
    place({ cop: false, x, y, h: hardship, r: riskAversion, state: QUIET, sentence: 0 })
  }
  for (const cell of start.cops) place({ cop: true, x: cell % width, y: Math.floor(cell / width) })
  const offsets: [number, number][] = []
  for (let dy = -vision; dy <= vision; dy++)
    for (let dx = -vision; dx <= vision; dx++)
      if ((dx !== 0 || dy !== 0) && Math.abs(dx) + Math.abs(dy) <= vision) offsets.push([dx, dy])
  const cellAt = (x: number, y: number) => ((y + height) % height) * width + ((x + width) % width)
  // Mesa caches each cell's neighbourhood too.
  const neighbours = Array.from({ length: width * height }, (_, cell) =>
    offsets.map(([dx, dy]) => cellAt((cell % width) + dx, Math.floor(cell / width) + dy)),
  )
  const neighbourhood = (agent: Agent) => neighbours[cellAt(agent.x, agent.y)]
  const choice = <T>(items: T[]): T => items[Math.floor(random() * items.length)]

  // Scratch lists, refilled by every turn.
  const empty: number[] = []
  const suspects: Citizen[] = []
  const move = (agent: Agent, empty: number[]) => {
    if (empty.length === 0) return
    const to = choice(empty)
    grid[cellAt(agent.x, agent.y)] = null
    grid[to] = agent
    agent.x = to % width
    agent.y = Math.floor(to / width)
  }

  const citizenStep = (citizen: Citizen) => {
    if (citizen.sentence > 0) {
      citizen.sentence--
      return
    }
    empty.length = 0
    let cops = 0
    let actives = 1
    for (const cell of neighbourhood(citizen)) {
      const other = grid[cell]
      if (other === null) empty.push(cell)
      else if (other.cop) cops++
      else if (other.state === ACTIVE) actives++
    }
    const p = 1 - Math.exp(-settings.arrestConstant * pythonRound(cops / actives))
    const grievance = citizen.h * (1 - settings.legitimacy)
    citizen.state = grievance - citizen.r * p > settings.threshold ? ACTIVE : QUIET
    move(citizen, empty)
  }

  const copStep = (cop: Cop) => {
    empty.length = 0
    suspects.length = 0
    for (const cell of neighbourhood(cop)) {
      const other = grid[cell]
      if (other === null) empty.push(cell)
      else if (!other.cop && other.state === ACTIVE) suspects.push(other)
    }
    if (suspects.length > 0) {
      const arrestee = choice(suspects)
      arrestee.sentence = Math.floor(random() * (settings.maxJailTerm + 1))
      arrestee.state = ARRESTED
    }
    move(cop, empty)
  }

  const arrested: number[] = []
  for (let tick = 1; tick <= ticks; tick++) {
    const order = agents.slice()
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const agent of order) {
      if (agent.cop) copStep(agent)
      else citizenStep(agent)
    }
    arrested.push(agents.filter((agent) => !agent.cop && agent.state === ARRESTED).length)
  }
  return arrested
}
