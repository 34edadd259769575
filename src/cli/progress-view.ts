// Batch progress on stderr: a live bar redrawn in place on a terminal, and on anything else (a
// Slurm log, a pipe) one plain line every few seconds, so logs stay readable.
import type { BatchProgress } from '../experiment/progress.ts'

/** Seconds as m:ss or h:mm:ss. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** "12/40 runs, 3.1 runs/s, elapsed 0:04, ETA 0:09, 1 failed". */
export function progressLine(progress: BatchProgress): string {
  const rate =
    progress.runsPerSecond >= 10 ? progress.runsPerSecond.toFixed(0) : progress.runsPerSecond.toFixed(2)
  const parts = [
    `${progress.done}/${progress.total} runs`,
    `${rate} runs/s`,
    `elapsed ${clock(progress.elapsedMs)}`,
    `ETA ${progress.etaMs === null ? '?' : clock(progress.etaMs)}`,
  ]
  if (progress.failed > 0) parts.push(`${progress.failed} failed`)
  return parts.join(', ')
}

const BAR = 24

function bar(progress: BatchProgress): string {
  const filled = progress.total === 0 ? BAR : Math.floor((progress.done / progress.total) * BAR)
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}]`
}

export interface ProgressView {
  update(progress: BatchProgress): void
  /** Ends the live line (a newline after the bar). */
  finish(): void
}

/** Live on a TTY (redrawn at most every 100 ms), a plain line every `intervalMs` otherwise. */
export function progressView(
  write: (text: string) => void,
  options: { tty: boolean; intervalMs?: number; now?: () => number },
): ProgressView {
  const now = options.now ?? (() => Date.now())
  const interval = options.tty ? 100 : (options.intervalMs ?? 5000)
  let last = Number.NEGATIVE_INFINITY
  let latest: BatchProgress | undefined
  let drawn = false
  let lastDone = -1
  const draw = (progress: BatchProgress) => {
    lastDone = progress.done
    if (options.tty) {
      write(`\r\x1b[2K${bar(progress)} ${progressLine(progress)}`)
      drawn = true
    } else write(`batch: ${progressLine(progress)}\n`)
  }
  return {
    update(progress) {
      latest = progress
      const at = now()
      const final = progress.done === progress.total && progress.done !== lastDone
      if (at - last < interval && !final) return
      last = at
      draw(progress)
    },
    finish() {
      if (options.tty && latest && latest.done !== lastDone) draw(latest)
      if (drawn) write('\n')
    },
  }
}
