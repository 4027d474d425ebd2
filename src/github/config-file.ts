// The config file (.adapter-guard.yml): any input by its kebab-case name, plus suppressions (a rule
// id, a path glob and a required reason). Unknown keys are errors, so a typo never silently does nothing.
import { readFileSync, statSync } from 'node:fs'
import { parse } from 'yaml'
import type { Suppression } from '../checks/suppressions.js'
import { RULES } from '../checks/rules.js'
import { CONFIG_KEYS, type InputName } from './input-defaults.js'

/** A config file is a few lines; anything bigger is a mistake (or an attack on the parser). */
export const MAX_CONFIG_BYTES = 256 * 1024

export interface ConfigValues {
  /** Input values as the strings an INPUT_* variable would hold (lists newline-joined). */
  values: Partial<Record<InputName, string>>
  suppressions: Suppression[]
}

function asInputString(key: string, v: unknown, where: string): string {
  if (typeof v === 'string') return v
  if (typeof v === 'boolean' || typeof v === 'number') return String(v)
  if (Array.isArray(v) && v.every(x => typeof x === 'string')) return v.join('\n')
  throw new Error(`${where}: "${key}" must be a string${key === 'paths' || key === 'exclude' ? ' or a list of strings' : ''}`)
}

export function parseConfigText(text: string, where: string): ConfigValues {
  let doc: unknown
  try {
    doc = parse(text, { maxAliasCount: 100 })
  } catch (e) {
    throw new Error(`${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`, { cause: e })
  }
  if (doc === null || doc === undefined) return { values: {}, suppressions: [] }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${where}: must be a mapping of settings`)
  const out: ConfigValues = { values: {}, suppressions: [] }
  for (const [key, v] of Object.entries(doc as Record<string, unknown>)) {
    if (key === 'suppressions') {
      out.suppressions = parseSuppressions(v, where)
    } else if ((CONFIG_KEYS as string[]).includes(key)) {
      if (v !== null && v !== undefined) out.values[key as InputName] = asInputString(key, v, where)
    } else {
      throw new Error(`${where}: unknown setting "${key}" (allowed: ${[...CONFIG_KEYS, 'suppressions'].join(', ')})`)
    }
  }
  return out
}

function parseSuppressions(v: unknown, where: string): Suppression[] {
  if (v === null || v === undefined) return []
  if (!Array.isArray(v)) throw new Error(`${where}: "suppressions" must be a list of {rule, path, reason}`)
  return v.map((s, i) => {
    const at = `${where}: suppressions[${i}]`
    if (!s || typeof s !== 'object' || Array.isArray(s)) throw new Error(`${at} must be a mapping with rule, path and reason`)
    const { rule, path, reason, ...rest } = s as Record<string, unknown>
    const extra = Object.keys(rest)
    if (extra.length > 0) throw new Error(`${at}: unknown key "${extra[0]}" (allowed: rule, path, reason)`)
    if (typeof rule !== 'string' || !rule.trim()) throw new Error(`${at}: "rule" is required (a rule id, or * for any rule)`)
    if (rule !== '*' && !RULES.has(rule)) throw new Error(`${at}: unknown rule id "${rule}"`)
    if (typeof path !== 'string' || !path.trim()) throw new Error(`${at}: "path" is required (a glob such as models/legacy/**)`)
    if (typeof reason !== 'string' || !reason.trim()) throw new Error(`${at}: "reason" is required: say why this finding is accepted`)
    return { rule, path: path.trim(), reason: reason.trim() }
  })
}

export function readConfigFile(abs: string, shown: string): ConfigValues {
  const size = statSync(abs).size
  if (size > MAX_CONFIG_BYTES) throw new Error(`${shown}: ${size} bytes is over the ${MAX_CONFIG_BYTES}-byte limit for a config file`)
  return parseConfigText(readFileSync(abs, 'utf8'), shown)
}
