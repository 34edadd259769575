// The agent table shared by every model: one typed array per field, indexed by agent id, and the
// grid's occupancy index (which agent stands on each cell, and one bit a cell for whether it is
// empty). Ids of removed agents are reused.

export const Kind = {
  citizen: 0,
  police: 1,
  military: 2,
  peacekeeper: 3,
  spoiler: 4,
} as const
export type KindCode = (typeof Kind)[keyof typeof Kind]
export const KIND_NAMES = ['citizen', 'police', 'military', 'peacekeeper', 'spoiler'] as const

export const Status = {
  quiet: 0,
  active: 1,
  jailed: 2,
} as const
export const STATUS_NAMES = ['quiet', 'active', 'jailed'] as const

/** Jail term that never runs out ("life" in a scenario). */
export const LIFE_TERM = 0x7fffffff

export interface Agents {
  capacity: number
  /** One past the highest id ever used. */
  end: number
  alive: Uint8Array
  kind: Uint8Array
  status: Uint8Array
  /** Cell the agent stands on; a jailed agent that left the grid keeps its last cell here. */
  cell: Int32Array
  /** Ticks of jail left; meaningful while status is jailed. */
  jailTerm: Int32Array
  hardship: Float64Array
  riskAversion: Float64Array
  /** Stack of free ids below `end`. */
  freeIds: Int32Array
  freeCount: number
  /** Ids removed during this tick; reused only after `recycleIds`, so that an id still waiting
   * for its turn in this tick's activation order never passes to a newborn. */
  retiredIds: Int32Array
  retiredCount: number
  /** Agent standing on each cell, or -1. */
  occupant: Int32Array
  /** One bit a cell (bit `cell & 31` of word `cell >>> 5`), set while no agent stands there: what
   * the searches for an empty cell read. A 32nd of `occupant`'s size, so it stays in cache on grids
   * whose occupancy does not (125 KB at 1000 × 1000). Kept by the functions below with `occupant`. */
  vacant: Int32Array
}

export function makeAgents(capacity: number, cellCount: number): Agents {
  const occupant = new Int32Array(cellCount).fill(-1)
  return {
    capacity,
    end: 0,
    alive: new Uint8Array(capacity),
    kind: new Uint8Array(capacity),
    status: new Uint8Array(capacity),
    cell: new Int32Array(capacity).fill(-1),
    jailTerm: new Int32Array(capacity),
    hardship: new Float64Array(capacity),
    riskAversion: new Float64Array(capacity),
    freeIds: new Int32Array(capacity),
    freeCount: 0,
    retiredIds: new Int32Array(capacity),
    retiredCount: 0,
    occupant,
    vacant: vacancyOf(occupant),
  }
}

/** The vacancy bits of an occupancy index; bits past its last cell are 0. */
export function vacancyOf(occupant: Int32Array): Int32Array {
  const vacant = new Int32Array((occupant.length + 31) >>> 5)
  markVacancy(occupant, vacant)
  return vacant
}

/** Rewrites `vacant` from `occupant` (after a restore: derived state is rebuilt, not trusted). */
export function markVacancy(occupant: Int32Array, vacant: Int32Array): void {
  vacant.fill(0)
  for (let cell = 0; cell < occupant.length; cell++) if (occupant[cell] < 0) vacant[cell >>> 5] |= 1 << cell
}

/** Creates an agent of `kind` on an empty `cell`; returns its id, or -1 when the table is full. */
export function addAgent(agents: Agents, kind: KindCode, cell: number): number {
  let id: number
  if (agents.freeCount > 0) id = agents.freeIds[--agents.freeCount]
  else if (agents.end < agents.capacity) id = agents.end++
  else return -1
  agents.alive[id] = 1
  agents.kind[id] = kind
  agents.status[id] = Status.quiet
  agents.jailTerm[id] = 0
  agents.hardship[id] = 0
  agents.riskAversion[id] = 0
  agents.cell[id] = cell
  agents.occupant[cell] = id
  agents.vacant[cell >>> 5] &= ~(1 << cell)
  return id
}

/** Removes an agent; frees its cell if it still occupies it. */
export function removeAgent(agents: Agents, id: number): void {
  const cell = agents.cell[id]
  if (cell >= 0 && agents.occupant[cell] === id) {
    agents.occupant[cell] = -1
    agents.vacant[cell >>> 5] |= 1 << cell
  }
  agents.alive[id] = 0
  agents.cell[id] = -1
  agents.retiredIds[agents.retiredCount++] = id
}

/** Makes the ids removed so far available again; call between ticks. */
export function recycleIds(agents: Agents): void {
  for (let i = 0; i < agents.retiredCount; i++) agents.freeIds[agents.freeCount++] = agents.retiredIds[i]
  agents.retiredCount = 0
}

/** Clears `cell` of its occupant (an agent leaving the grid but not the world, e.g. for jail). */
export function vacate(agents: Agents, cell: number): void {
  agents.occupant[cell] = -1
  agents.vacant[cell >>> 5] |= 1 << cell
}

/** Whether `cell` is empty, read from `vacant` bits. (A shift count is taken mod 32.) */
export function isVacant(vacant: Int32Array, cell: number): boolean {
  return ((vacant[cell >>> 5] >>> cell) & 1) === 1
}

/** Moves an agent to an empty cell. */
export function moveAgent(agents: Agents, id: number, to: number): void {
  const from = agents.cell[id]
  if (from >= 0 && agents.occupant[from] === id) {
    agents.occupant[from] = -1
    agents.vacant[from >>> 5] |= 1 << from
  }
  agents.occupant[to] = id
  agents.vacant[to >>> 5] &= ~(1 << to)
  agents.cell[id] = to
}

/** Writes the ids of living agents, in id order, into `order`; returns how many. */
export function listAlive(agents: Agents, order: Int32Array): number {
  const alive = agents.alive
  let n = 0
  for (let id = 0, end = agents.end; id < end; id++) if (alive[id] === 1) order[n++] = id
  return n
}
