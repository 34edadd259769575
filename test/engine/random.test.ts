// Random streams are independent and reproducible; sampling an empty cell in vision is uniform
// over the empty cells (rejection and the exact fallback alike).
import { describe, expect, it } from 'vitest'
import { vacancyOf } from '../../src/engine/core/agents.ts'
import { type Grid, makeGrid, offsetCell, stencilTarget } from '../../src/engine/core/grid.ts'
import { Streams } from '../../src/engine/core/rng.ts'
import { nthEmptyOffset, randomEmptyCell, randomEmptyOffset, shuffle } from '../../src/engine/core/sample.ts'

describe('streams', () => {
  it('give the same sequence for the same seed and purpose, whatever else is drawn', () => {
    const a = new Streams(42)
    const b = new Streams(42)
    b.stream('other')()
    b.stream('other')()
    const fromA = Array.from({ length: 5 }, a.stream('movement'))
    const fromB = Array.from({ length: 5 }, b.stream('movement'))
    expect(fromB).toEqual(fromA)
  })

  it('differ between purposes and between seeds', () => {
    const s = new Streams(1)
    const first = s.stream('movement')()
    expect(s.stream('arrest')()).not.toBe(first)
    expect(new Streams(2).stream('movement')()).not.toBe(first)
  })

  it('resume exactly from their saved state', () => {
    const s = new Streams(9)
    const draw = s.stream('x')
    for (let i = 0; i < 10; i++) draw()
    const resumed = new Streams(9, s.state()).stream('x')
    expect(Array.from({ length: 5 }, resumed)).toEqual(Array.from({ length: 5 }, draw))
  })
})

/** Chi-square statistic of counts against equal expectations. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0)
  const expected = total / counts.length
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0)
}

describe('empty cell in vision', () => {
  // Every cell is occupied except `free` cells in vision; 99.9th percentiles of chi-square:
  // 24.3 for 7 degrees of freedom, 13.8 for 2.
  it.each([
    ['interior cell, found by rejection', 'torus', 2, 12 * 25 + 12, 8, 24.3],
    ['edge cell of a bounded grid', 'bounded', 2, 0, 8, 24.3],
    ['crowded vision, often the exact fallback', 'torus', 7, 12 * 25 + 12, 3, 13.8],
  ] as const)('is uniform over the empty cells: %s', (_, topology, vision, cell, free, critical) => {
    const grid = makeGrid(25, 25, topology, 'von-neumann', vision)
    const occupant = new Int32Array(grid.cellCount).fill(1)
    const inVision = Array.from(grid.stencil.dx, (_, k) => stencilTarget(grid, cell, k)).filter((c) => c >= 0)
    const order = Int32Array.from(inVision)
    shuffle(order, order.length, new Streams(1).stream('free'))
    const empties = Array.from(order.slice(0, free))
    for (const c of empties) occupant[c] = -1
    const vacant = vacancyOf(occupant)
    const counts = new Map(empties.map((c) => [c, 0]))
    const random = new Streams(2).stream('pick')
    for (let i = 0; i < 20_000; i++) {
      const target = stencilTarget(grid, cell, randomEmptyOffset(grid, vacant, cell, random))
      expect(counts.has(target)).toBe(true)
      counts.set(target, (counts.get(target) ?? 0) + 1)
    }
    expect(chiSquare([...counts.values()])).toBeLessThan(critical)
  })

  /** Draws from the engine (reading the vacancy bits of each occupancy) and from `reference` (reading
   * the occupancy itself) on the same stream, from `cells` in turn, on random
   * occupancies from sparse to crowded (`prepare` may change each one): the same offset and the same
   * next draw every time. Returns how many draws found an empty cell. */
  const sameChoices = (
    grid: Grid,
    cells: number[],
    reference: (occupant: Int32Array, cell: number, random: () => number) => number,
    trials: number,
    fillSeed: number,
    prepare: (occupant: Int32Array, cell: number, trial: number) => void = () => {},
  ): number => {
    const fill = new Streams(fillSeed).stream('fill')
    let found = 0
    for (const emptyShare of [0.02, 0.1, 0.3, 0.7]) {
      for (let trial = 0; trial < trials; trial++) {
        const cell = cells[trial % cells.length]
        const occupant = Int32Array.from({ length: grid.cellCount }, (_, c) => (fill() < emptyShare ? -1 : c))
        prepare(occupant, cell, trial)
        const a = new Streams(trial).stream('pick')
        const b = new Streams(trial).stream('pick')
        const expected = reference(occupant, cell, a)
        const vacant = vacancyOf(occupant)
        expect(randomEmptyOffset(grid, vacant, cell, b)).toBe(expected)
        expect(b()).toBe(a())
        if (expected >= 0) found++
      }
    }
    return found
  }

  /** The exhaustive fallback as first written: every empty offset of `count` listed, one drawn. */
  const listedEmpty = (count: number, empty: (k: number) => boolean, random: () => number): number => {
    const list = [...Array(count).keys()].filter(empty)
    return list.length === 0 ? -1 : list[(random() * list.length) | 0]
  }
  /** The rule with one draw an attempt: 32 attempts over `count` offsets, then the list. */
  const oneDrawAnAttempt = (count: number, empty: (k: number) => boolean, random: () => number): number => {
    for (let attempt = 0; attempt < 32; attempt++) {
      const k = (random() * count) | 0
      if (empty(k)) return k
    }
    return listedEmpty(count, empty, random)
  }

  // The interior draw probes four offsets per random number at once; it must pick what trying them
  // one at a time picks (the rule as first written, below), draw for draw, also when the centre
  // itself is empty (a released prisoner's home, a redeployment's target) and offsets beyond the
  // stencil's count are drawn (Moore reach 1: 8 offsets under a mask of 7; von Neumann 2: 12 of 15).
  it.each([
    ['moore', 1],
    ['von-neumann', 2],
    ['von-neumann', 7],
  ] as const)('picks what one attempt at a time would pick, %s vision %d', (neighbourhood, vision) => {
    const grid = makeGrid(41, 41, 'torus', neighbourhood, vision)
    const n = grid.offsetLinear.length
    const oneAtATime = (occupant: Int32Array, cell: number, random: () => number): number => {
      for (let draw = 0; draw < 8; draw++) {
        let bits = (random() * 4294967296) >>> 0
        for (let part = 0; part < 4; part++, bits >>>= 8) {
          const k = bits & grid.offsetMask
          if (k < n && occupant[cell + grid.offsetLinear[k]] < 0) return k
        }
      }
      // Thirty-two misses: every empty offset listed, one drawn.
      return listedEmpty(n, (k) => occupant[cell + grid.offsetLinear[k]] < 0, random)
    }
    const centreEmptyOrNot = (occupant: Int32Array, cell: number, trial: number) => {
      occupant[cell] = trial % 2 === 0 ? -1 : cell
    }
    expect(sameChoices(grid, [20 * 41 + 20], oneAtATime, 200, 5, centreEmptyOrNot)).toBeGreaterThan(500)
  })

  // A stencil of 256 offsets or more (Moore vision 8: 288) does not fit 8 bits: away from the edges
  // each attempt then takes a whole draw over the offsets, 32 attempts, then the exhaustive list.
  it('with 256 offsets or more, takes one draw an attempt', () => {
    const grid = makeGrid(41, 41, 'torus', 'moore', 8)
    expect(grid.offsetLinear.length).toBe(288)
    const linear = grid.offsetLinear
    const oneDrawEach = (occupant: Int32Array, cell: number, random: () => number): number =>
      oneDrawAnAttempt(linear.length, (k) => occupant[cell + linear[k]] < 0, random)
    expect(sameChoices(grid, [20 * 41 + 20, 9 * 41 + 30], oneDrawEach, 100, 6)).toBeGreaterThan(250)
  })

  // Near an edge each attempt takes a whole draw, and on a bounded grid an offset off the grid is
  // a miss; the engine answers "on the grid and empty" in one test, which must pick what the two
  // tests in turn pick, at corners, along edges and on a torus's wrapped edges alike.
  it.each([['bounded'], ['torus']] as const)(
    'near the edges of a %s grid, picks what the rule in turn picks',
    (topology) => {
      const grid = makeGrid(30, 24, topology, 'von-neumann', 4)
      const { dx, dy } = grid.stencil
      const inTurn = (occupant: Int32Array, cell: number, random: () => number): number => {
        const target = (k: number) => {
          let x = (cell % 30) + dx[k]
          let y = Math.floor(cell / 30) + dy[k]
          if (topology === 'torus') {
            x = (x + 30) % 30
            y = (y + 24) % 24
          } else if (x < 0 || x >= 30 || y < 0 || y >= 24) return -1
          return y * 30 + x
        }
        return oneDrawAnAttempt(dx.length, (k) => target(k) >= 0 && occupant[target(k)] < 0, random)
      }
      const edgeCells = [0, 29, 23 * 30, 23 * 30 + 29, 1, 31, 2 * 30 + 15, 12 * 30, 12 * 30 + 27, 21 * 30 + 3]
      expect(sameChoices(grid, edgeCells, inTurn, 100, 8)).toBeGreaterThan(250)
    },
  )

  // The exact fallback counts the vacancy bits a run of cells at a time and finds the k-th; it must
  // give the k-th empty offset of the stencil's own order for every k, at every cell of bounded and
  // torus grids (rows clipped, rows wrapped both ways, the centre empty or not), for the SSR model's
  // vision (von Neumann 8, rows of up to 17 cells across word boundaries), Moore and a disc.
  it.each([
    ['bounded', 'von-neumann', 8],
    ['torus', 'von-neumann', 8],
    ['torus', 'moore', 2],
    ['bounded', 'disc', 3.5],
  ] as const)('finds the k-th empty offset as listing them does: %s, %s %d', (topology, shape, vision) => {
    const grid = makeGrid(23, 21, topology, shape, vision)
    const { dx, dy } = grid.stencil
    const fill = new Streams(11).stream('fill')
    const wrong: string[] = []
    let checked = 0
    for (const emptyShare of [0.05, 0.5]) {
      const occupant = Int32Array.from({ length: grid.cellCount }, (_, c) => (fill() < emptyShare ? -1 : c))
      const vacant = vacancyOf(occupant)
      for (let cell = 0; cell < grid.cellCount; cell++) {
        const listed = [...dx.keys()].filter((k) => {
          const target = offsetCell(grid, cell, dx[k], dy[k])
          return target >= 0 && occupant[target] < 0
        })
        for (let k = 0; k <= listed.length; k++) {
          const expected = k < listed.length ? listed[k] : -1 - listed.length
          const found = nthEmptyOffset(grid, vacant, cell, k)
          if (found !== expected) wrong.push(`cell ${cell}, k ${k}: ${found} for ${expected}`)
        }
        checked += listed.length
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(checked).toBeGreaterThan(grid.cellCount * dx.length * 0.2)
  })

  it('reports when vision holds no empty cell, and when the grid is full', () => {
    const grid = makeGrid(9, 9, 'torus', 'moore', 1)
    const occupant = new Int32Array(grid.cellCount).fill(0)
    const random = new Streams(1).stream('x')
    expect(randomEmptyOffset(grid, vacancyOf(occupant), 40, random)).toBe(-1)
    expect(randomEmptyCell(grid, occupant, random)).toBe(-1)
  })
})

describe('shuffle', () => {
  it('puts each item in each position equally often', () => {
    const random = new Streams(3).stream('order')
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0])
    const items = new Int32Array(4)
    for (let i = 0; i < 40_000; i++) {
      items.set([0, 1, 2, 3])
      shuffle(items, 4, random)
      items.forEach((item, position) => {
        counts[item][position]++
      })
    }
    // 99.9th percentile of chi-square with 3 degrees of freedom is 16.3.
    for (const row of counts) expect(chiSquare(row)).toBeLessThan(16.3)
  })
})
