// Once for the end-to-end suite: build the app, serve dist/ with vite's preview server (in this
// process, so nothing outlives the run) and start one headless Chromium the test files connect to.
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

export default async function setup(project: TestProject) {
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
  project.provide('baseUrl', `http://127.0.0.1:${port}/`)
  project.provide('wsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}
