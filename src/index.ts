// Drawdown Lab's public API: re-exports only.
export type { OutcomeSummary, RenderFrame } from './engine/models/model.ts'
export { isVerdictFinal, verdictTick } from './engine/models/verdict.ts'
export { createSimulation, restoreSimulation, type Simulation, type Snapshot } from './engine/simulation.ts'
export { applyOverrides, parseOverride } from './scenario/overrides.ts'
export { applyPreset } from './scenario/presets.ts'
export { listParameters } from './scenario/schema.ts'
export {
  formatProblem,
  type Problem,
  parseScenario,
  type Scenario,
  ScenarioError,
  validateScenario,
} from './scenario/validate.ts'
