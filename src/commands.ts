// Subcommands beyond `scan` (each in its own module), by name.
import type { CliIO } from './cli-io.js'

export type Command = (args: string[], io: CliIO) => Promise<number>

/** A command whose module is imported when it runs, so `scan` never loads it (start-up, issue #13). */
function lazy(load: () => Promise<Command>): Command {
  return async (args, io) => (await load())(args, io)
}

export const COMMANDS: Record<string, Command> = {
  convert: lazy(async () => (await import('./commands/convert.js')).convertCommand),
  merge: lazy(async () => (await import('./commands/merge.js')).mergeCommand)
}
