// The engine in a browser module worker:
// new Worker(new URL('../workers/browser.ts', import.meta.url), { type: 'module' })
import * as Comlink from 'comlink'
import { api } from './engine-api.ts'

Comlink.expose(api)
