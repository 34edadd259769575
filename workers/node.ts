// The engine in a Node worker_threads worker, over comlink's node adapter. From source, start it
// through node-bootstrap.mjs (tsx does not carry into workers); spawnEngine() does that.
import { parentPort } from 'node:worker_threads'
import * as Comlink from 'comlink'
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs'
import { api } from './engine-api.ts'

if (parentPort === null) throw new Error('workers/node.ts must run in a worker_threads worker')
Comlink.expose(api, nodeEndpoint(parentPort))
