// What a code rule sees (one parsed unit: a .py file or a notebook cell) and what it gives back.
import type { SyntaxNode } from '@lezer/common'
import type { Severity } from '../../types.js'
import type { PyModule } from './python.js'
import type { CodeUnit, Position } from './source.js'

export interface CodeContext {
  path: string
  mod: PyModule
  unit: CodeUnit
}

/** A finding before it becomes one: rule, where, and words. */
export interface CodeSite {
  ruleId: string
  line: number
  column: number
  message: string
  fix?: string
  severity?: Severity
}

/** A site whose verdict depends on the versions the project pins (read once per scan, after every file). */
export interface PendingSite {
  ruleId: 'code-unsafe-load' | 'code-bias-dropped'
  pkg: 'torch' | 'peft'
  line: number
  column: number
  /** What was written, for the message (`torch.load(...)`, `bias="lora_only"`). */
  what: string
  /** ` (cell 3)` in a notebook, empty in a .py file. */
  where: string
}

export function at(ctx: CodeContext, node: SyntaxNode): Position {
  return ctx.unit.position(node.from)
}

/** ` (cell 3)` for a node in a notebook, nothing in a .py file. */
export function where(ctx: CodeContext, node: SyntaxNode): string {
  const cell = ctx.unit.cellAt?.(node.from)
  return cell === undefined ? '' : ` (cell ${cell})`
}
