// The naive reference kernel `npm run bench` compares the engine against: Model I with the bench's
// Mesa-style rules written the straightforward way, in typed arrays, with no incremental count
// fields. Each cell holds one byte saying what stands on it (empty, quiet, active, jailed, cop), and
// each turn scans the agent's whole neighbourhood in that byte grid row by row; moves draw an empty
// cell by rejection; the activation order is reshuffled every tick. It is a yardstick, not a model:
// the engine's results do not depend on it.
import seedrandom from 'seedrandom'

export interface NaiveWorld {
  step(): void
  readonly agents: number
}

/** Torus, von Neumann vision 7, citizens 0.7, cops 0.04, legitimacy 0.82, Jmax 30, rounded ratio. */
const EMPTY = 0
const QUIET = 1
const ACTIVE = 2
const JAILED = 3
const COP = 4

export function naiveModelOne(size: number, seed: number): NaiveWorld {
  const vision = 7
  const legitimacy = 0.82
  const threshold = 0.1
  const arrestConstant = 2.3
  const maxJailTerm = 30
  const random = seedrandom.tychei(`naive/${seed}`)
  const cells = size * size
  const citizens = Math.round(0.7 * cells)
  const cops = Math.round(0.04 * cells)
  const n = citizens + cops
  const isCop = new Uint8Array(n)
  const active = new Uint8Array(n)
  const jail = new Int32Array(n)
  const x = new Int32Array(n)
  const y = new Int32Array(n)
  const hardship = new Float64Array(n)
  const riskAversion = new Float64Array(n)
  const occupant = new Int32Array(cells).fill(-1)
  // What stands on each cell: the only thing a neighbourhood scan reads (1 MB at 1000×1000).
  const standing = new Uint8Array(cells)
  const shuffled = new Int32Array(cells)
  for (let c = 0; c < cells; c++) shuffled[c] = c
  for (let i = cells - 1; i > 0; i--) {
    const j = (random() * (i + 1)) | 0
    const t = shuffled[i]
    shuffled[i] = shuffled[j]
    shuffled[j] = t
  }
  for (let id = 0; id < n; id++) {
    const c = shuffled[id]
    x[id] = c % size
    y[id] = (c / size) | 0
    occupant[c] = id
    isCop[id] = id >= citizens ? 1 : 0
    standing[c] = isCop[id] === 1 ? COP : QUIET
    hardship[id] = random()
    riskAversion[id] = random()
  }
  // The neighbourhood as offsets, centre excluded; wrap[] maps −vision .. size + vision − 1 onto the torus.
  const offX: number[] = []
  const offY: number[] = []
  for (let dy = -vision; dy <= vision; dy++) {
    for (let dx = -vision; dx <= vision; dx++) {
      if (Math.abs(dx) + Math.abs(dy) <= vision && (dx !== 0 || dy !== 0)) {
        offX.push(dx)
        offY.push(dy)
      }
    }
  }
  const dxs = Int32Array.from(offX)
  const dys = Int32Array.from(offY)
  const wrap = Int32Array.from({ length: size + 2 * vision }, (_, i) => (i - vision + size) % size)
  const seen = new Int32Array(dxs.length)
  const order = new Int32Array(n)
  for (let id = 0; id < n; id++) order[id] = id

  const roundHalfEven = (a: number, b: number) => {
    const q = Math.floor(a / b)
    const rest = 2 * (a - q * b)
    return rest > b ? q + 1 : rest === b ? q + (q & 1) : q
  }

  // Rule M: a random empty cell in vision, by rejection (as the engine draws it), listing the empty
  // cells only when the draws keep missing.
  const move = (id: number) => {
    const x0 = x[id] + vision
    const y0 = y[id] + vision
    let to = -1
    for (let attempt = 0; attempt < 32 && to < 0; attempt++) {
      const k = (random() * dxs.length) | 0
      const c = wrap[y0 + dys[k]] * size + wrap[x0 + dxs[k]]
      if (standing[c] === EMPTY) to = c
    }
    if (to < 0) {
      let empty = 0
      for (let k = 0; k < dxs.length; k++) {
        const c = wrap[y0 + dys[k]] * size + wrap[x0 + dxs[k]]
        if (standing[c] === EMPTY) seen[empty++] = c
      }
      if (empty === 0) return
      to = seen[(random() * empty) | 0]
    }
    const from = y[id] * size + x[id]
    occupant[from] = -1
    occupant[to] = id
    standing[to] = standing[from]
    standing[from] = EMPTY
    x[id] = to % size
    y[id] = (to / size) | 0
  }

  const citizenTurn = (id: number) => {
    const here = y[id] * size + x[id]
    if (jail[id] > 0) {
      if (--jail[id] === 0) standing[here] = QUIET
      return
    }
    let copsSeen = 0
    let activesSeen = 1
    const x0 = x[id] + vision
    for (let dy = -vision; dy <= vision; dy++) {
      const row = wrap[y[id] + dy + vision] * size
      const w = vision - Math.abs(dy)
      for (let dx = -w; dx <= w; dx++) {
        const what = standing[row + wrap[x0 + dx]]
        if (what === COP) copsSeen++
        else if (what === ACTIVE) activesSeen++
      }
    }
    // The scan counted the agent itself if it was active.
    if (active[id] === 1) activesSeen--
    const risk = riskAversion[id] * (1 - Math.exp(-arrestConstant * roundHalfEven(copsSeen, activesSeen)))
    active[id] = hardship[id] * (1 - legitimacy) - risk > threshold ? 1 : 0
    standing[here] = active[id] === 1 ? ACTIVE : QUIET
    move(id)
  }

  const copTurn = (id: number) => {
    let found = 0
    const x0 = x[id] + vision
    for (let dy = -vision; dy <= vision; dy++) {
      const row = wrap[y[id] + dy + vision] * size
      const w = vision - Math.abs(dy)
      for (let dx = -w; dx <= w; dx++) {
        const c = row + wrap[x0 + dx]
        if (standing[c] === ACTIVE) seen[found++] = c
      }
    }
    if (found > 0) {
      const at = seen[(random() * found) | 0]
      const suspect = occupant[at]
      active[suspect] = 0
      jail[suspect] = (random() * maxJailTerm) | 0
      standing[at] = jail[suspect] > 0 ? JAILED : QUIET
    }
    move(id)
  }

  return {
    agents: n,
    step() {
      for (let i = n - 1; i > 0; i--) {
        const j = (random() * (i + 1)) | 0
        const t = order[i]
        order[i] = order[j]
        order[j] = t
      }
      for (let i = 0; i < n; i++) {
        const id = order[i]
        if (isCop[id] === 1) copTurn(id)
        else citizenTurn(id)
      }
    },
  }
}
