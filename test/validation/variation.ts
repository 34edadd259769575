// The variation the SSR facts are checked on besides their own configuration (issue 9: each fact
// also holds on a configuration no calibration used): the baseline country with its six districts
// laid out two wide and three high instead of three by two, so that every district has other
// neighbours and other borders, at the validation size and on the validation seeds. No calibration
// run used this layout (docs/VALIDATION.md); other strengths, exit years and handover years are
// chosen per fact in the test files.
import type { Scenario } from '../../src/scenario/schema.ts'
import { ssrScenario } from './ssr.ts'

export const LAYOUT = { 'world.districtColumns': 2, 'world.districtRows': 3 }

/** The baseline at test size on the variation's layout, with overrides by dotted path. */
export const variationScenario = (overrides: Record<string, unknown> = {}): Scenario =>
  ssrScenario('baseline', { ...LAYOUT, ...overrides })
