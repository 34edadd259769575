// The scenario kinds the engine knows, by the `kind` field of a scenario.
import { civilViolence } from './civil-violence/index.ts'
import { interGroup } from './inter-group/index.ts'
import type { Model } from './model.ts'
import { ssr } from './ssr/index.ts'

// Each model is typed by its own scenario and world; the registry only dispatches on `kind`.
// biome-ignore lint/suspicious/noExplicitAny: heterogeneous registry, narrowed by kind at the call site
export const MODELS: Record<string, Model<any, any>> = {
  [civilViolence.kind]: civilViolence,
  [interGroup.kind]: interGroup,
  [ssr.kind]: ssr,
}
