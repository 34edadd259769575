// The parts of manifest.json the analysis needs: factor names, arm names and the design type.
// Read tolerantly (the batch runner owns the file), with one clear error when none is found.

export type DesignType = 'factorial' | 'one-at-a-time' | 'latin-hypercube' | 'saltelli' | 'arms-only' | string

export interface ManifestInfo {
  factorNames: string[]
  armNames: string[]
  designType: DesignType
  /** Saltelli base sample size N, when the manifest states it. */
  baseSamples?: number
  /** Runs the experiment has in all, and whether the batch has finished, when the manifest says. */
  plannedRuns?: number
  complete?: boolean
}

export class ManifestFormatError extends Error {
  override readonly name = 'ManifestFormatError'
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function names(value: unknown, key: string): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.map((item, i) => {
    if (typeof item === 'string') return item
    if (isObject(item) && typeof item[key] === 'string') return item[key] as string
    throw new ManifestFormatError(`manifest.json: entry ${i} of the ${key} list is not a name`)
  })
}

/**
 * Reads `factorNames` (or `experiment.factors[].path`), `armNames` (or `experiment.arms[].name`)
 * and `design.type` (or `experiment.design.type`) from the parsed manifest.
 */
export function readManifest(manifest: unknown): ManifestInfo {
  if (!isObject(manifest)) throw new ManifestFormatError('manifest.json: must be a JSON object')
  const experiment = isObject(manifest.experiment) ? manifest.experiment : {}
  const design = isObject(manifest.design) ? manifest.design : {}
  const experimentDesign = isObject(experiment.design) ? experiment.design : {}
  const factorNames =
    names(manifest.factorNames, 'path') ??
    names(design.factorNames, 'path') ??
    names(experiment.factors, 'path') ??
    names(manifest.factors, 'path')
  if (factorNames === undefined) {
    throw new ManifestFormatError(
      'manifest.json: no factorNames (nor experiment.factors) to tell factors from measures',
    )
  }
  const armNames = names(manifest.armNames, 'name') ?? names(experiment.arms, 'name') ?? []
  const type = design.type ?? experimentDesign.type ?? manifest.designType
  const designType = typeof type === 'string' ? type : factorNames.length === 0 ? 'arms-only' : 'factorial'
  const n = design.n ?? experimentDesign.n
  return {
    factorNames,
    armNames,
    designType,
    ...(typeof n === 'number' ? { baseSamples: n } : {}),
    ...(typeof manifest.runs === 'number' ? { plannedRuns: manifest.runs } : {}),
    ...(typeof manifest.status === 'string' ? { complete: manifest.status === 'complete' } : {}),
  }
}
