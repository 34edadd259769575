// Moving with a purpose: compare a few random empty cells in vision and take the best by some
// score (least deterrence for a spoiler; most insecurity, or most forces, for a peacekeeper).
// Candidates outside `district` (when given) are not considered.
import { stencilTarget } from '../../core/grid.ts'
import type { Random } from '../../core/rng.ts'
import { randomEmptyOffset } from '../../core/sample.ts'
import type { SsrWorld } from '../../models/ssr/world.ts'
import { relocate } from '../move.ts'

/** Moves `id` to the best-scoring of `candidates` sampled empty cells; returns false if it stayed. */
export function moveToBest(
  world: SsrWorld,
  id: number,
  candidates: number,
  random: Random,
  score: (cell: number) => number,
  district = -1,
): boolean {
  const from = world.agents.cell[id]
  let bestOffset = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (let i = 0; i < candidates; i++) {
    const offset = randomEmptyOffset(world.grid, world.agents.vacant, from, random)
    if (offset < 0) break
    const target = stencilTarget(world.grid, from, offset)
    if (district >= 0 && world.districts.of[target] !== district) continue
    const value = score(target)
    if (value > bestScore) {
      bestScore = value
      bestOffset = offset
    }
  }
  if (bestOffset < 0) return false
  relocate(world, id, from, bestOffset)
  return true
}
