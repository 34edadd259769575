// Field builders shared by the SSR schema's sections: shares, rates, positive amounts and
// scheduled levels, each with its label, description and unit.
import { number, schedule } from '../spec/index.ts'

export const PER_TICK = 'probability per tick'
export const INDEX = 'index, 0 to 1'

export const fraction = (
  label: string,
  description: string,
  defaultValue: number,
  unit = INDEX,
  startOnly = false,
) => number({ min: 0, max: 1, default: defaultValue, label, description, unit, startOnly })

export const positive = (label: string, description: string, defaultValue: number, unit: string) =>
  number({ min: 0, default: defaultValue, label, description, unit })

export const level = (label: string, description: string, defaultValue: number, unit = INDEX) =>
  schedule({ min: 0, max: 1, default: defaultValue, label, description, unit })
