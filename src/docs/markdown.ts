// Markdown tables with their columns padded, as the hand-written tables of docs/ are.

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** A table: a header row, a rule, and one row per entry, each cell padded to its column. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows].map((row) => row.map(cell))
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => row[i].length)))
  const line = (row: readonly string[]) => `| ${row.map((text, i) => text.padEnd(widths[i])).join(' | ')} |`
  const [head, ...body] = all
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n')
}

/** `text` in backticks, or '' for ''. */
export const code = (text: string) => (text === '' ? '' : `\`${text}\``)
