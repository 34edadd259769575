// summary.json text: NaN and ±Infinity written as null (JSON has no such numbers), and every
// statistic rounded to 10 significant digits. Browsers' Math.exp and Math.log may differ from
// Node's in the last bit; rounded, the file is the same bytes in both (and no less useful).
// Factor values (design inputs, not estimates) are kept exact.

/** Significant digits kept for statistics in summary.json and summary.csv. */
export const SIGNIFICANT_DIGITS = 10

/** Keys whose values are factor values: written exactly as runs.csv has them. */
const EXACT = new Set(['factors', 'limits', 'x', 'y'])

/** `value` rounded to SIGNIFICANT_DIGITS (toPrecision is exact, so the same everywhere); null if not finite. */
export function summaryNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null
  return Number.isInteger(value) ? value : Number(value.toPrecision(SIGNIFICANT_DIGITS))
}

function rounded(value: unknown, exact: boolean): unknown {
  if (typeof value === 'number') return exact ? (Number.isFinite(value) ? value : null) : summaryNumber(value)
  if (Array.isArray(value)) return value.map((item) => rounded(item, exact))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, rounded(item, exact || EXACT.has(key))]),
    )
  }
  return value
}

export function summaryJson(summary: unknown): string {
  return `${JSON.stringify(rounded(summary, false), null, 2)}\n`
}
