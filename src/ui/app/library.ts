// The scenario library the app offers: every scenarios/*.json, bundled with the page (they are
// small) and copied before use, so a run never changes the library's own objects.

/** The scenario the app opens on. One line to change when the library's `baseline` lands. */
export const DEFAULT_SCENARIO = 'baseline'

const files = import.meta.glob<unknown>(['../../../scenarios/*.json', '!../../../scenarios/schema.json'], {
  import: 'default',
  eager: true,
})

const nameOf = (raw: unknown): string | undefined => {
  const name = (raw as { name?: unknown } | null)?.name
  return typeof name === 'string' ? name : undefined
}

export interface LibraryEntry {
  /** The file name without `.json`: what a share link names. */
  id: string
  /** The scenario's own name, shown as text. */
  name: string
}

const idOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.json'.length)

/** The library's scenarios, sorted by id. */
export const LIBRARY: readonly LibraryEntry[] = Object.keys(files)
  .map((path) => ({ id: idOf(path), name: nameOf(files[path]) ?? idOf(path) }))
  .sort((a, b) => a.id.localeCompare(b.id))

export const hasScenario = (id: string): boolean => LIBRARY.some((entry) => entry.id === id)

/** The raw JSON of a library scenario (a fresh copy), or throws if there is none by that id. */
export async function loadLibraryScenario(id: string): Promise<unknown> {
  const path = Object.keys(files).find((candidate) => idOf(candidate) === id)
  if (path === undefined) throw new Error(`there is no scenario "${id}" in the library`)
  return structuredClone(files[path])
}
