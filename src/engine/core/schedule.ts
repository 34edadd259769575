// Schedules as the engine sees them: a parameter's value at a tick, range-checked where it is
// read, so an expression that strays out of range stops the run with the field's name.

export interface Schedule {
  readonly constant: boolean
  at(tick: number): number
}

/** A run-time problem with a scenario value, naming its path. */
export class ParameterError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`)
    this.name = 'ParameterError'
  }
}

/** Reads `schedule` at `tick`, failing with the field's path if the value is not in [min, max]. */
export function readSchedule(
  schedule: Schedule,
  tick: number,
  path: string,
  min: number,
  max: number,
): number {
  const value = schedule.at(tick)
  if (!(value >= min && value <= max)) {
    throw new ParameterError(path, `must be between ${min} and ${max}, got ${value} at tick ${tick}`)
  }
  return value
}
