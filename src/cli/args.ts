// Command-line parsing on util.parseArgs, with its errors turned into short usage messages.
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from './exit.ts'

type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

function usageMessage(error: Error & { code?: unknown }): string {
  // Node names the option as '--seed <value>' or '-h, --help'; take the long name.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(error.message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (option && /argument missing/.test(error.message)) return `option ${option} needs a value`
      if (option && /ambiguous/.test(error.message)) {
        return `option ${option} needs a value (write a value that starts with "-" as ${option}=-…)`
      }
      return `option ${option ?? ''} takes no value`
    default:
      return error.message
  }
}

/** Parses `argv` (the arguments after the command name) strictly: unknown options are usage errors. */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    })
    return { values: values as ParsedArgs['values'], positionals }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error) throw new UsageError(usageMessage(error), command)
    throw error
  }
}

/** A whole number from an option's text, from `min` to `max`; anything else is a usage error. */
export function parseWholeNumber(
  command: string,
  option: string,
  text: string,
  min: number,
  max?: number,
): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max !== undefined ? ` from ${min} to ${max}` : min > 0 ? ` of at least ${min}` : ''
    throw new UsageError(`${option} must be a whole number${range}, got ${JSON.stringify(text)}`, command)
  }
  return value
}
