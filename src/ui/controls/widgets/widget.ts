// What every parameter widget shares: it is built for one parameter, reads the value the user
// entered (or says why it cannot), and shows the value in force without fighting the user's typing.
import type { ParameterInfo } from '../../../scenario/schema.ts'

export type Read = () => { ok: true; value: unknown } | { ok: false; message: string }

export interface WidgetContext {
  info: ParameterInfo
  /** The id of the widget's main control, which the field's label points at. */
  id: string
  /** Ids of the meaning, timing and problem lines, for aria-describedby. */
  described: string
  /** Applies what `read` returns to the run being edited (or shows its problem). */
  apply(read: Read): void
}

export interface Widget {
  controls: HTMLElement[]
  show(value: unknown): void
}

/** A step a slider moves by: whole numbers for integers, else about a hundredth of the range. */
export const niceStep = (info: ParameterInfo): number => {
  if (info.type === 'integer') return 1
  const span = (info.max ?? 1) - (info.min ?? 0)
  return span <= 1 ? 0.01 : span <= 10 ? 0.1 : 1
}

export const isBounded = (info: ParameterInfo): boolean => info.min !== undefined && info.max !== undefined
