// A hash of what a user can see of a run: its observables, events, final frame (who stands where)
// and outcome. Two engines that agree on it ran the same simulation, whatever their internal state
// looks like. Used by the fingerprints (fingerprint.ts) and by the instruction counts
// (instructions.ts), which compare two trees' runs.
import { createHash } from 'node:crypto'
import type { Simulation } from '../src/engine/simulation.ts'

const bytes = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)

/** The first 16 hex digits of the SHA-256 of `sim`'s visible run so far. */
export function runHash(sim: Simulation): string {
  const hash = createHash('sha256')
  const columns = sim.observables()
  for (const name of Object.keys(columns).sort()) {
    hash.update(name)
    hash.update(bytes(columns[name]))
  }
  hash.update(JSON.stringify(sim.events()))
  const frame = sim.frame()
  for (const array of [frame.cell, frame.kind, frame.status, frame.group]) hash.update(bytes(array))
  hash.update(JSON.stringify(sim.outcome()))
  return hash.digest('hex').slice(0, 16)
}
