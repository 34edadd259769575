// Runs the real `drawdown` command in a child process, as a user would.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** `node bin/drawdown.mjs ...args` from the repository root. */
export function drawdown(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/drawdown.mjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, DRAWDOWN_DEBUG: '', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Stack frames or an error class name: what a user must never see without DRAWDOWN_DEBUG. */
export const STACK_TRACE = /^\s+at |\w*Error:|node:internal/m
