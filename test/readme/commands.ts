// The shell commands of README.md: every ```sh block, comment lines dropped, lines continued with
// a backslash joined, one command per remaining line; and the ```ts examples.

export function readmeCommands(readme: string): string[] {
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1])
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  )
}

/** Files a command writes: after `>`, `--out`, `--events` or `--summary` (none with a `$` in it). */
export function filesWritten(command: string): string[] {
  const found = [...command.matchAll(/(?:>\s*|--(?:out|events|summary)\s+)([^\s;&|]+)/g)].map((m) => m[1])
  // A name made at run time ($seed in a loop, {} in GNU parallel) is not a literal file to look for.
  return found.filter((file) => !file.includes('$') && !file.includes('{'))
}

/** The TypeScript examples: every ```ts block, whole. */
export const readmeExamples = (readme: string): string[] =>
  [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1])
