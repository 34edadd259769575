// Drawdown Lab's public API: re-exports only.
export type { RenderFrame } from './engine/models/model.ts'
export { createSimulation, restoreSimulation, type Simulation, type Snapshot } from './engine/simulation.ts'
export {
  convertColumn,
  convertColumns,
  type ObservableUnit,
  realTotal,
  UNIT_MODES,
  type UnitMode,
  unitsFor,
} from './io/units.ts'
export { applyOverrides, parseOverride } from './scenario/overrides.ts'
export { applyPreset } from './scenario/presets.ts'
export { listParameters, OBSERVABLE_INFO, type ObservableInfo, observableInfo } from './scenario/schema.ts'
export {
  formatProblem,
  type Problem,
  parseScenario,
  type Scenario,
  ScenarioError,
  validateScenario,
} from './scenario/validate.ts'
