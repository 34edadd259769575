// summary.json text: the summary with NaN and ±Infinity written as null (JSON has no such numbers).

export function summaryJson(summary: unknown): string {
  return `${JSON.stringify(summary, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`
}
