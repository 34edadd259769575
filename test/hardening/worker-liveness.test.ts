// Issue 11, item 11 (bridge side): a worker that stops answering is detected by a call timeout:
// every pending call fails with a clear message, later calls fail at once, and the hook that
// terminates the worker runs exactly once.
import { describe, expect, it } from 'vitest'
import { CallTracker, EngineStoppedError } from '../../src/bridge/calls.ts'

const never = () => new Promise<never>(() => {})

describe('call timeout', () => {
  it('fails a call that gets no reply, and every call after it', async () => {
    const stopped: Error[] = []
    const tracker = new CallTracker({ callTimeout: 50, onStopped: (error) => stopped.push(error) })
    const hung = tracker.track(never)
    const other = tracker.track(never)
    await expect(hung).rejects.toThrow(
      new EngineStoppedError('the engine worker stopped answering (no reply within 0.1 s)'),
    )
    await expect(other).rejects.toBeInstanceOf(EngineStoppedError)
    await expect(tracker.track(() => Promise.resolve(1))).rejects.toBeInstanceOf(EngineStoppedError)
    expect(stopped).toHaveLength(1)
  })

  it('leaves answered calls alone', async () => {
    const tracker = new CallTracker({ callTimeout: 50 })
    expect(await tracker.track(() => Promise.resolve('answer'))).toBe('answer')
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(tracker.failure).toBeUndefined()
    expect(await tracker.track(() => Promise.resolve(2))).toBe(2)
  })
})
