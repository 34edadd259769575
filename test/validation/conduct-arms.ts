// The arms of fact 11 (conduct and oversight) and of fact 12's second half (ownership after exit),
// shared by ssr-conduct.test.ts, ssr-reform.test.ts and, on the variation's layout,
// variation-conduct.test.ts: each arm runs one configuration over the same seeds (common random
// numbers) and returns its measures seed by seed and their means.
import type { Scenario } from '../../src/scenario/schema.ts'
import { mean, meanOver, runFor, YEAR } from './ssr.ts'

const TICKS = 8 * YEAR

/** Overrides giving police and military, and their recruits, the same integrity. */
export const forcesOfIntegrity = (integrity: number) => ({
  'police.integrity': integrity,
  'police.recruitIntegrity': integrity,
  'military.integrity': integrity,
  'military.recruitIntegrity': integrity,
})

/** Overrides for oversight support to civil society at `support`, with a justice system of strength
 * `justice` able to sanction and no human-rights training (fact 11's oversight arms). */
export const oversightOf = (support: number, justice: number) => ({
  'programmes.oversight': support,
  'programmes.humanRights': 0,
  'reform.justice': justice,
})

/** A mission kept for eight years under `overrides`: recruits and abuses a year, the violence rate
 * and trust in the police over years 2 to 8, per seed and as means. */
export function conductArm(
  scenarioOf: (overrides: Record<string, unknown>) => Scenario,
  seeds: readonly number[],
  overrides: Record<string, unknown>,
) {
  const scenario = scenarioOf({ 'drawdown.policy': 'none', ticks: TICKS, ...overrides })
  const runs = seeds.map((seed) => runFor(scenario, seed, TICKS).observables())
  const bySeed = (name: string, scale = 1) => runs.map((o) => meanOver(o[name], YEAR, TICKS) * scale)
  const perSeed = {
    recruits: bySeed('spoilers.recruits', YEAR),
    violence: bySeed('violence.rate'),
    abuses: bySeed('abuses', YEAR),
    trust: bySeed('police.trust'),
  }
  return {
    recruits: mean(perSeed.recruits),
    violence: mean(perSeed.violence),
    abuses: mean(perSeed.abuses),
    trust: mean(perSeed.trust),
    perSeed,
  }
}

/** The share of police capacity kept three years after an abrupt exit at tick `exit`, built under
 * local ownership `ownership`, one figure per seed. */
export function capacityKept(
  scenarioOf: (overrides: Record<string, unknown>) => Scenario,
  seeds: readonly number[],
  exit: number,
  ownership: number,
): number[] {
  const ticks = exit + 3 * YEAR
  const scenario = scenarioOf({
    'drawdown.policy': 'abrupt',
    'drawdown.exitTick': exit,
    'reform.ownership': ownership,
    ticks,
  })
  return seeds.map((seed) => {
    const capacity = runFor(scenario, seed, ticks).observables()['police.capacity']
    return capacity[ticks] / capacity[exit]
  })
}
