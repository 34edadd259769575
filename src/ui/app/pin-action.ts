// The map inspector's actions: hovering a cell shows what stands there, picking it pins that agent
// (by id, so the pin follows it as it moves), picking it again or unpinning lets it go; after each
// advance the pinned agent is looked up where it is now. Questions go to run A's engine.
import type { Engines } from './engines.ts'
import { Inspection } from './inspection.ts'
import type { AppState } from './state.ts'
import type { Store } from './store.ts'

export function createPinActions(store: Store<AppState>, engines: Engines) {
  const inspection = new Inspection(engines)
  const set = (patch: Partial<AppState>) => store.update((state) => ({ ...state, ...patch }))

  async function inspectCell(cell: number, pin: boolean): Promise<void> {
    const info = await inspection.cell(cell)
    store.update((state) => ({
      ...state,
      inspected: info,
      pinned: pin && info ? { id: info.id, kind: info.kind } : state.pinned,
    }))
  }

  /** The pinned agent where it is now: the pin follows the agent, not the cell. */
  async function follow(): Promise<void> {
    const pinned = store.get().pinned
    if (!pinned) return
    const info = await inspection.agent(pinned.id)
    store.update((state) =>
      state.pinned?.id === pinned.id
        ? { ...state, inspected: info && info.kind === pinned.kind ? info : null }
        : state,
    )
  }

  /** Shows the agent on `cell`, or nothing for null; a pinned agent stays shown instead. */
  async function hover(cell: number | null): Promise<void> {
    if (store.get().pinned) return
    if (cell === null) {
      inspection.cancel()
      set({ inspected: null })
      return
    }
    await inspectCell(cell, false)
  }

  /** Pins the agent on `cell` (by id, so the pin follows it); picking it again unpins it. */
  async function pick(cell: number): Promise<void> {
    const state = store.get()
    if (state.pinned && state.inspected?.id === state.pinned.id && state.inspected.cell === cell) {
      set({ pinned: null, inspected: null })
      return
    }
    await inspectCell(cell, true)
  }

  function unpin(): void {
    set({ pinned: null, inspected: null })
  }

  return { follow, hover, pick, unpin }
}
