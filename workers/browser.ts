// The engine in a browser module worker:
// new Worker(new URL('../workers/browser.ts', import.meta.url), { type: 'module' })
// lockdown.ts comes first: no module after it can build code from strings.
import './lockdown.ts'
import * as Comlink from 'comlink'
import { api } from './engine-api.ts'

Comlink.expose(api)
