// The engine in a browser module worker:
// new Worker(new URL('../workers/browser.ts', import.meta.url), { type: 'module' })
// lockdown.ts comes first: no module after it can build code from strings.
import './lockdown.ts'
import * as Comlink from 'comlink'
import { api } from './engine-api.ts'

// Held for the worker's whole life: the page learns the worker is gone when the lock is free
// (src/bridge/browser.ts). The worker's name is the lock's name.
void globalThis.navigator?.locks?.request(self.name, () => new Promise<never>(() => {}))
Comlink.expose(api)
