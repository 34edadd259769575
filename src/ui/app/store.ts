// UI state as one immutable value: every change makes a new state object (a new object for each
// part that changed), listeners see the new and the previous state and redraw what differs.

export type Listener<State> = (state: State, previous: State) => void

export interface Store<State> {
  get(): State
  /** Replaces the state with `change(current)`; listeners run on the next animation frame, once. */
  update(change: (state: State) => State): void
  subscribe(listener: Listener<State>): () => void
}

export function createStore<State>(initial: State): Store<State> {
  let state = initial
  let rendered = initial
  let scheduled = false
  const listeners = new Set<Listener<State>>()
  const flush = () => {
    scheduled = false
    const previous = rendered
    rendered = state
    if (previous === state) return
    for (const listener of listeners) listener(state, previous)
  }
  return {
    get: () => state,
    update(change) {
      const next = change(state)
      if (next === state) return
      state = Object.freeze(next)
      if (!scheduled) {
        scheduled = true
        requestAnimationFrame(flush)
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      listener(state, rendered === state ? ({} as State) : rendered)
      return () => listeners.delete(listener)
    },
  }
}
