// Once for the end-to-end suite: build the app, serve dist/ with vite's preview server (in this
// process, so nothing outlives the run) and start one headless Chromium the test files connect to.
// Both end-to-end projects (`e2e`, and `e2e-timing` after it) name this file; the first to start
// builds and launches, the second shares what it made, and the last to finish closes it.
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    wsEndpoint: string
  }
}

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url))

interface Served {
  baseUrl: string
  wsEndpoint: string
  close: () => Promise<void>
}

/** Builds, serves and launches once per vitest process, whatever the number of projects asking. */
const shared = globalThis as { drawdownEndToEnd?: { served: Promise<Served>; users: number } }

async function serve(): Promise<Served> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`)
  await build({ configFile, logLevel: 'warn' })
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  })
  const { port } = server.httpServer.address() as AddressInfo
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    wsEndpoint: browser.wsEndpoint(),
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

export default async function setup(project: TestProject) {
  shared.drawdownEndToEnd ??= { served: serve(), users: 0 }
  const state = shared.drawdownEndToEnd
  state.users++
  const served = await state.served
  project.provide('baseUrl', served.baseUrl)
  project.provide('wsEndpoint', served.wsEndpoint)
  return async () => {
    state.users--
    if (state.users > 0) return
    shared.drawdownEndToEnd = undefined
    await served.close()
  }
}
