// Render frames: the agents standing on the grid, as compact typed arrays a worker can transfer.
import type { Agents } from '../core/agents.ts'
import type { Grid } from '../core/grid.ts'
import type { RenderFrame } from './model.ts'

export function renderFrame(grid: Grid, agents: Agents, group: Uint8Array, tick: number): RenderFrame {
  let count = 0
  for (let id = 0; id < agents.end; id++) {
    const at = agents.cell[id]
    if (agents.alive[id] === 1 && at >= 0 && agents.occupant[at] === id) count++
  }
  const frame: RenderFrame = {
    width: grid.width,
    height: grid.height,
    tick,
    count,
    cell: new Int32Array(count),
    kind: new Uint8Array(count),
    status: new Uint8Array(count),
    group: new Uint8Array(count),
  }
  let i = 0
  for (let id = 0; id < agents.end; id++) {
    const at = agents.cell[id]
    if (agents.alive[id] !== 1 || at < 0 || agents.occupant[at] !== id) continue
    frame.cell[i] = at
    frame.kind[i] = agents.kind[id]
    frame.status[i] = agents.status[id]
    frame.group[i] = group[id]
    i++
  }
  return frame
}
