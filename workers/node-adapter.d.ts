// Types for comlink's Node adapter, which ships without types for its .mjs path.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink'

  /** A worker_threads Worker or MessagePort. */
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void
    on(type: 'message', listener: (data: unknown) => void): unknown
    off(type: 'message', listener: (data: unknown) => void): unknown
    start?: () => void
  }

  export default function nodeEndpoint(endpoint: NodeEndpoint): Endpoint
}
