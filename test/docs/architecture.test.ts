// docs/architecture.md must describe the tree as it is: every folder under src/ and src/engine/
// appears in its layout block as `name/`, so a new folder fails here until the page names it.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const page = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8')
const layout = page.match(/```\n([\s\S]*?)```/)?.[1] ?? ''

const folders = (path: string) =>
  readdirSync(new URL(`../../${path}`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

/** Folder names the layout block lists, as `name/` at the start of a line's text. */
const listed = new Set([...layout.matchAll(/^\s+([\w-]+)\/\s/gm)].map((match) => match[1]))

describe('docs/architecture.md', () => {
  for (const path of ['src', 'src/engine']) {
    it(`names every folder under ${path}/`, () => {
      const names = folders(path)
      expect(names.length).toBeGreaterThan(3)
      expect(names.filter((name) => !listed.has(name))).toEqual([])
    })
  }

  it('reads folder names from the layout block only', () => {
    expect(listed.has('engine')).toBe(true)
    expect(listed.has('no-such-folder')).toBe(false)
  })
})
