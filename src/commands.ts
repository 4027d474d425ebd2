// Subcommands beyond `scan` (each in its own module), by name.
import type { CliIO } from './cli.js'
import { convertCommand } from './commands/convert.js'

export type Command = (args: string[], io: CliIO) => Promise<number>

export const COMMANDS: Record<string, Command> = {
  convert: convertCommand
}
