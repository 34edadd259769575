// The experiment worker in the browser: expansion, the results store and the analysis.
// new Worker(new URL('../workers/experiment-browser.ts', import.meta.url), { type: 'module' })
import * as Comlink from 'comlink'
import { version } from '../package.json'
import { createExperimentApi } from './experiment-api.ts'

Comlink.expose(createExperimentApi(version))
