// Vision stencils have the textbook sizes, and the precomputed move differences equal
// "remove at the old cell, add at the new one" for every step, inside and at the edges.
import { describe, expect, it } from 'vitest'
import { spread } from '../../src/engine/core/field.ts'
import { insideReach, insideTwiceReach, makeGrid, stencilTarget } from '../../src/engine/core/grid.ts'
import { makeShiftTable, shiftField } from '../../src/engine/core/shift.ts'
import { makeStencil } from '../../src/engine/core/stencil.ts'

describe('stencils', () => {
  it.each([
    ['von-neumann', 7, 113],
    ['von-neumann', 1.7, 5],
    ['moore', 7, 225],
    ['moore', 1.7, 9],
    ['disc', 1.7, 9], // NetLogo's in-radius 1.7 takes the diagonals (distance 1.41)
    ['disc', 1, 5],
    ['disc', 2, 13],
    ['disc', 7, 149],
  ] as const)('%s of radius %d has %d cells', (shape, vision, size) => {
    const stencil = makeStencil(shape, vision)
    expect(stencil.size).toBe(size)
    expect(stencil.dx.length).toBe(size - 1)
  })

  it('excludes the centre from the move offsets and keeps them inside the shape', () => {
    const stencil = makeStencil('von-neumann', 3)
    for (let k = 0; k < stencil.dx.length; k++) {
      const distance = Math.abs(stencil.dx[k]) + Math.abs(stencil.dy[k])
      expect(distance).toBeGreaterThan(0)
      expect(distance).toBeLessThanOrEqual(3)
    }
  })

  it('rejects a torus too small for the vision', () => {
    expect(() => makeGrid(10, 10, 'torus', 'moore', 5)).toThrow(/does not fit/)
  })
})

describe('interior cells', () => {
  // Hot loops skip edge handling where these say a cell is clear of every edge; a cell wrongly
  // called interior would read the wrong row's cells, so each test is checked against the geometry.
  it.each([
    [9, 9, 'von-neumann', 2],
    [13, 7, 'moore', 3],
    [6, 20, 'disc', 2],
    [5, 5, 'von-neumann', 3], // nothing is twice the reach from every edge, and no row is clear
  ] as const)(
    '%d×%d with %s vision %d: clear of the edges exactly where the stencil fits',
    (width, height, shape, vision) => {
      const grid = makeGrid(width, height, 'bounded', shape, vision)
      const r = grid.stencil.reach
      const clear = (x: number, y: number, m: number) => x >= m && x < width - m && y >= m && y < height - m
      for (let cell = 0; cell < width * height; cell++) {
        const x = cell % width
        const y = Math.floor(cell / width)
        expect(insideReach(grid, cell), `cell (${x}, ${y})`).toBe(clear(x, y, r))
        expect(insideTwiceReach(grid, cell), `cell (${x}, ${y})`).toBe(clear(x, y, 2 * r))
      }
    },
  )
})

describe('shift tables', () => {
  it.each([
    ['von-neumann', 3, 'torus'],
    ['moore', 2, 'bounded'],
    ['disc', 2.5, 'torus'],
    ['disc', 1.7, 'bounded'],
  ] as const)('equal remove-then-add for every step of %s %d on a %s', (shape, vision, topology) => {
    const grid = makeGrid(17, 13, topology, shape, vision)
    const table = makeShiftTable(grid)
    for (const from of [0, 5, 16, 8 * 17 + 8, 12 * 17 + 3, 17 * 13 - 1]) {
      for (let k = 0; k < grid.stencil.dx.length; k++) {
        const to = stencilTarget(grid, from, k)
        if (to < 0) continue
        const expected = new Uint16Array(grid.cellCount).fill(10)
        const actual = expected.slice()
        spread(grid, expected, from, -1)
        spread(grid, expected, to, 1)
        shiftField(grid, table, actual, from, k)
        expect(actual).toEqual(expected)
      }
    }
  })
})
