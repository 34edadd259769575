// Starts the Node engine worker from source: registers tsx in this worker thread (it does not
// carry over from the parent), then loads the TypeScript entry.
import { register } from 'tsx/esm/api'

register()
await import('./node.ts')
