// The experiment analysis runs in a real browser (Chromium) from the same source, and gives the
// same summary.json and figures, byte for byte, as in Node: what the browser's Experiment view needs.

import type { Browser } from 'playwright-core'
import { build, type Rollup } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  analysisFigures,
  analyzeExperiment,
  parseRuns,
  readManifest,
  summaryJson,
} from '../../src/experiment/analyze/index.ts'
import { factorialRuns, runsCsv, saltelliRuns } from '../experiment/results-fixture.ts'
import { connect, ROOT } from './app-page.ts'

/** The analysis module bundled for the browser as one script exposing `DrawdownAnalysis`. */
async function analysisBundle(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      lib: { entry: `${ROOT}src/experiment/analyze/index.ts`, formats: ['iife'], name: 'DrawdownAnalysis' },
      minify: false,
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput
  const chunks = (Array.isArray(output) ? output[0] : output).output
  return (chunks.find((chunk) => chunk.type === 'chunk') as Rollup.OutputChunk).code
}

interface Analysed {
  json: string
  figures: string[]
}

function inNode(runs: string, manifest: string): Analysed {
  const info = readManifest(JSON.parse(manifest))
  const summary = analyzeExperiment(parseRuns(runs, info.factorNames), info, { resamples: 200 })
  return { json: summaryJson(summary), figures: analysisFigures(summary).map((figure) => figure.svg) }
}

describe('the analysis in a browser', () => {
  let browser: Browser
  let bundle: string
  beforeAll(async () => {
    ;[browser, bundle] = await Promise.all([connect(), analysisBundle()])
  })
  afterAll(async () => {
    await browser?.close()
  })

  const factorial = factorialRuns()
  const saltelli = saltelliRuns()
  it.each([
    [
      'factorial with arms',
      runsCsv(factorial.factorNames, factorial.runs),
      { factorNames: factorial.factorNames, armNames: factorial.armNames },
    ],
    [
      'Saltelli design',
      runsCsv(saltelli.factorNames, saltelli.runs),
      { factorNames: saltelli.factorNames, design: { type: 'saltelli' } },
    ],
  ])('gives the same summary and figures as Node for a %s', async (_name, runs, manifestObject) => {
    const manifest = JSON.stringify(manifestObject)
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>analysis</title>')
    await page.addScriptTag({ content: bundle })
    const analysed: Analysed = await page.evaluate(
      ([runsText, manifestText]) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed on the Node side.
        const api = (globalThis as any).DrawdownAnalysis
        const info = api.readManifest(JSON.parse(manifestText))
        const summary = api.analyzeExperiment(api.parseRuns(runsText, info.factorNames), info, {
          resamples: 200,
        })
        return {
          json: api.summaryJson(summary),
          figures: api.analysisFigures(summary).map((figure: { svg: string }) => figure.svg),
        }
      },
      [runs, manifest],
    )
    await page.close()
    const expected = inNode(runs, manifest)
    expect(analysed.figures.length).toBeGreaterThan(0)
    expect(analysed.json).toBe(expected.json)
    expect(analysed.figures).toEqual(expected.figures)
  })
})
