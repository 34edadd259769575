// The engine worker's own policy against code from strings, for servers that send no
// Content-Security-Policy header (a page's meta-tag policy does not reach its workers): eval and
// every Function constructor throw. Imported first by the browser worker; the engine never needs them.

/** A plain function, so that `new Function(...)` reaches it too and throws the same error. */
function refuse(): never {
  throw new EvalError('code generation from strings is disabled in the engine worker')
}

/** Disables eval, new Function and the async and generator function constructors in this realm. */
export function lockDownCodeGeneration(scope: typeof globalThis = globalThis): void {
  // biome-ignore lint/complexity/useArrowFunction: constructors reached through prototypes, not syntax
  const prototypes = [function () {}, async function () {}, function* () {}, async function* () {}].map(
    (fn) => Object.getPrototypeOf(fn),
  )
  for (const prototype of prototypes)
    Object.defineProperty(prototype, 'constructor', { value: refuse, writable: false, configurable: false })
  Object.defineProperty(scope, 'eval', { value: refuse, writable: false, configurable: false })
  Object.defineProperty(scope, 'Function', { value: refuse, writable: false, configurable: false })
}

lockDownCodeGeneration()
