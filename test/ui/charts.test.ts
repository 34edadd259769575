// The charts drawn into a DOM with synthetic data: what a reader would look for is there — the
// drawdown's phases, handover and exit; A and B overlaid; small multiples per actor; bands; the
// outcome against its threshold; the highlighted tick; events as markers with words.
import { select } from 'd3'
import { describe, expect, it } from 'vitest'
import type { OutcomeSummary } from '../../src/engine/models/model.ts'
import { bands } from '../../src/ui/charts/bands.ts'
import { difference, differenceOf } from '../../src/ui/charts/difference.ts'
import { countOutcomes, outcomeDistribution } from '../../src/ui/charts/outcome-distribution.ts'
import { outcomePanel } from '../../src/ui/charts/outcome-panel.ts'
import { smallMultiples } from '../../src/ui/charts/small-multiples.ts'
import { strength } from '../../src/ui/charts/strength.ts'
import { timeSeries } from '../../src/ui/charts/time-series.ts'
import type { Container } from '../../src/ui/charts/types.ts'
import { quantileBands } from '../../src/ui/ensemble/quantiles.ts'
import { SSR_EVENTS, ssrColumns } from './synthetic.ts'

const container = (): { element: HTMLElement; target: Container } => {
  const element: HTMLElement = document.createElement('div')
  document.body.append(element)
  return { element, target: select(element) as Container }
}

const texts = (element: Element) => [...element.querySelectorAll('text')].map((node) => node.textContent)

const outcome = (kind: OutcomeSummary['outcome'], peak: number | null): OutcomeSummary =>
  ({
    horizonTicks: 260,
    ticksObservedAfterExit: 100,
    exitTick: kind === 'not-exited' ? null : 300,
    outcome: kind,
    timeToRelapse: kind === 'relapse' ? 40 : null,
    peakPostExitViolence: peak,
    relapseThreshold: 2,
    trustAtExit: null,
    ownedCapacityAtExit: null,
    casualties: 10,
  }) as OutcomeSummary

describe('charts with synthetic SSR data', () => {
  it('strength: shades each drawdown phase and marks the handovers and the exit', () => {
    const { element, target } = container()
    strength({ title: 'Peacekeeper strength' })(target, {
      runs: [{ label: 'A', columns: ssrColumns(400) }],
      events: SSR_EVENTS,
    })
    expect(element.querySelectorAll('svg')).toHaveLength(1)
    expect(element.querySelectorAll('.phases rect')).toHaveLength(2)
    expect(texts(element)).toEqual(
      expect.arrayContaining(['reduce', 'handover', 'handovers', 'exit (tick 300)']),
    )
    expect(element.querySelector('path[data-series="A:pk.strength"]')?.getAttribute('d')).toMatch(/^M/)
    // The shock is a marker with its words; the frequent abuse event is not.
    const markers = [...element.querySelectorAll('.markers title')].map((t) => t.textContent)
    expect(markers).toEqual([
      'tick 100: drawdown phase reduce began: peacekeepers to 80% of full strength',
      'tick 200: drawdown phase handover began: peacekeepers to 40% of full strength',
      'tick 320: shock: the army was dismissed: 30 soldiers sent home, six joined the spoilers',
    ])
    strength({ title: 'again' })(target, { runs: [{ label: 'A', columns: ssrColumns(10) }] })
    expect(element.querySelectorAll('svg')).toHaveLength(1)
  })

  it('time series: overlays A and B (dashed) with the highlighted tick and a threshold', () => {
    const { element, target } = container()
    timeSeries({
      title: 'Violence',
      lines: [{ name: 'violence.rate' }],
      references: [{ value: 2, label: 'relapse threshold' }],
    })(target, {
      runs: [
        { label: 'A', columns: ssrColumns(200) },
        { label: 'B', columns: ssrColumns(200, 0.3), dashed: true },
      ],
      highlightTick: 150,
    })
    expect(
      element.querySelector('path[data-series="A:violence.rate"]')?.getAttribute('stroke-dasharray'),
    ).toBeNull()
    expect(
      element.querySelector('path[data-series="B:violence.rate"]')?.getAttribute('stroke-dasharray'),
    ).toBe('6 4')
    expect(texts(element)).toEqual(
      expect.arrayContaining(['tick 150', 'relapse threshold', 'run A', 'run B (lighter, dashed)', 'tick']),
    )
  })

  it('small multiples: one cell per actor and measure, "not observed" where a column is missing', () => {
    const { element, target } = container()
    const facets = (keys: string[]) => keys.map((key) => ({ key, label: key }))
    smallMultiples({
      title: 'By actor',
      actors: facets(['pk', 'police', 'spoilers']),
      measures: facets(['trust', 'capacity', 'violence']),
      aliases: { 'pk.capacity': 'pk.strength' },
    })(target, {
      runs: [{ label: 'A', columns: ssrColumns(100) }],
    })
    expect(element.querySelectorAll('path[data-series^="A:"]')).toHaveLength(7)
    expect(element.querySelector('path[data-series="A:pk.strength"]')).not.toBeNull()
    // Regression: no empty "not observed" panels, only cells with data.
    expect(texts(element).filter((t) => t === 'not observed')).toHaveLength(0)
    expect(texts(element).filter((t) => typeof t === 'string' && t.includes(': ')).length).toBe(7)
  })

  it('small multiples: each cell’s y axis names its column’s unit, inside the gap beside the ticks', () => {
    const { element, target } = container()
    const facets = (keys: string[]) => keys.map((key) => ({ key, label: key }))
    const asked: string[] = []
    smallMultiples({
      title: 'By actor',
      width: 600,
      actors: facets(['pk', 'police']),
      measures: facets(['trust', 'capacity', 'violence']),
      aliases: { 'pk.capacity': 'pk.strength' },
      unitOf: (column) => {
        asked.push(column)
        return column.endsWith('violence') ? 'events per month' : 'index, 0 to 1'
      },
    })(target, { runs: [{ label: 'A', columns: ssrColumns(100) }] })
    const units = [...element.querySelectorAll('text.y-unit')]
    expect(units.map((unit) => unit.textContent)).toEqual([
      'index, 0 to 1',
      'index, 0 to 1',
      'index, 0 to 1',
      'index, 0 to 1',
      'events per month',
      'events per month',
    ])
    // The aliased column is the one asked about: peacekeepers' capacity is their strength.
    expect(asked).toContain('pk.strength')
    // Left of the cell, but no further left than the gap between columns.
    for (const unit of units) {
      const x = Number(/translate\((-?[\d.]+),/.exec(unit.getAttribute('transform') ?? '')?.[1])
      expect(x).toBeLessThan(0)
      expect(x - Number(unit.getAttribute('font-size'))).toBeGreaterThan(-(12 * 0.85 * 4.3))
    }
  })

  it('B − A is the difference after the branch', () => {
    expect([...differenceOf([1, 2, 3], [1, 4, 2, 9])]).toEqual([0, 2, -1])
    const { element, target } = container()
    difference({ title: 'B − A', lines: [{ name: 'casualties' }] })(target, {
      a: { label: 'A', columns: ssrColumns(120) },
      b: { label: 'B', columns: ssrColumns(120, 0.5) },
      branchTick: 60,
    })
    expect(element.querySelector('path[data-series="B-A:casualties"]')).not.toBeNull()
  })

  it('ensemble bands: median with 50% and 90% bands from the runs', () => {
    const runs = [0, 1, 2, 3, 4].map((i) => Float64Array.from([i, i * 2, i * 3]))
    const quantiles = quantileBands(runs)
    expect([...quantiles.median]).toEqual([2, 4, 6])
    expect([...quantiles.q25]).toEqual([1, 2, 3])
    expect(quantiles.q95[2]).toBeCloseTo(11.4)
    const { element, target } = container()
    bands({ title: 'Violence over 5 seeds', name: 'violence.rate' })(target, { bands: quantiles, runs: 5 })
    expect(element.querySelectorAll('path')).toHaveLength(3 + 2)
    expect(element.querySelector('path[data-series="median:violence.rate"]')).not.toBeNull()
  })

  it('outcome panel: the fragile and relapse labels never run together, even after a huge peak', () => {
    const labels = (peak: number) => {
      const { element, target } = container()
      outcomePanel({ title: 'Outcome', width: 400 })(target, {
        runs: [{ label: 'A', outcome: outcome('relapse', peak) }],
      })
      return [...element.querySelectorAll('text.threshold-label')].map((text) => ({
        x: Number(text.getAttribute('x')),
        text: text.textContent ?? '',
      }))
    }
    // A mild peak leaves room for a word under each line, far enough apart not to touch.
    const mild = labels(1.4)
    expect(mild.map((label) => label.text)).toEqual(['fragile', 'relapse'])
    expect(mild[1].x - mild[0].x).toBeGreaterThan(7 * 12 * 0.8 * 0.55)
    // A peak 80 times the threshold (Timor-Leste's 165 against 20 is like it) squeezes the lines
    // together: one label names both (before, "fragile" and "relapse" overprinted each other).
    expect(labels(165).map((label) => label.text)).toEqual(['fragile, relapse'])
  })

  it('outcome panel and distribution: class, exit tick, post-exit violence against the threshold, counts', () => {
    const { element, target } = container()
    outcomePanel({ title: 'Outcome' })(target, {
      runs: [
        { label: 'A', outcome: outcome('fragile', 1.4) },
        { label: 'B', outcome: outcome('relapse', 3) },
      ],
    })
    expect(texts(element)).toEqual(
      expect.arrayContaining([
        'Run A: exit at tick 300',
        'fragile so far — 100 of 260 ticks after exit observed',
        'relapse — 40 ticks after exit',
        'peak post-exit violence 1.40 per 10,000 citizens (relapse above 2)',
      ]),
    )
    const counts = countOutcomes([
      outcome('durable', 0),
      outcome('durable', 0.1),
      outcome('relapse', 3),
      null,
      outcome('not-exited', null),
    ])
    expect(counts.counts).toEqual({
      durable: 2,
      fragile: 0,
      relapse: 1,
      'never-stabilised': 0,
      'not-exited': 1,
    })
    // Regression: a durable verdict with 100 of 260 post-exit ticks observed is not final.
    expect(counts.soFar).toEqual({
      durable: 2,
      fragile: 0,
      relapse: 0,
      'never-stabilised': 0,
      'not-exited': 0,
    })
    const other = container()
    outcomeDistribution({ title: 'Outcomes' })(other.target, counts)
    expect(other.element.querySelectorAll('g.bar rect:not(.so-far)')).toHaveLength(5)
    expect(texts(other.element)).toEqual(
      expect.arrayContaining([
        'durable peace so far',
        'relapse',
        'never stabilised',
        'not exited yet',
        '2',
        '1',
        '0',
      ]),
    )
    expect(texts(other.element)).not.toContain('durable peace')
    expect(other.element.querySelectorAll('rect.so-far')).toHaveLength(1)
  })
})
