// Module-name matching as PEFT does it, and `peft-target-unmatched`.
// target_modules / exclude_modules: peft `tuners/tuners_utils.py` check_target_module_exists (a list
// entry matches the name itself or a `.`-suffix of it; a string is `re.fullmatch`ed). rank_pattern:
// peft `utils/other.py` get_pattern_key (`re.match(rf"(.*\.)?({pattern})$", name)`). modules_to_save:
// peft `utils/other.py` _set_trainable (`name.endswith(entry)`, no dot required).
import type { Finding } from '../../types.js'
import { finding } from '../rules.js'
import { ALL_LINEAR } from './config-schema.js'
import type { PeftConfigView } from './config.js'

/** Python `re` syntax the JS engine spells differently; patterns JS cannot compile are left unjudged. */
export function compilePythonRegex(pattern: string, wrap: (p: string) => string): RegExp | undefined {
  const js = pattern
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$')
  try {
    return new RegExp(wrap(js))
  } catch {
    return undefined
  }
}

const fullMatch = (p: string): string => `^(?:${p})$`

/** Whether `spec` selects module `name`; undefined when the regex cannot be evaluated here. */
export function matchesModuleSpec(spec: string[] | string, name: string): boolean | undefined {
  if (typeof spec === 'string') {
    if (spec === ALL_LINEAR) return true
    const re = compilePythonRegex(spec, fullMatch)
    return re ? re.test(name) : undefined
  }
  return spec.some(e => e === ALL_LINEAR || name === e || name.endsWith(`.${e}`))
}

/** target_parameters name parameters (`experts.gate_up_proj`); the LoRA keys sit on their module. */
export function matchesTargetParameter(params: string[], name: string): boolean {
  return params.some(p => {
    const owner = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : ''
    return owner === '' ? false : name === owner || name.endsWith(`.${owner}`)
  })
}

/** The rank PEFT gives module `name`: the first matching rank_pattern entry, else `fallback`. */
export function rankPatternFor(view: PeftConfigView, name: string): { rank: number; pattern?: string } | undefined {
  for (const [pattern, value] of Object.entries(view.rankPattern)) {
    if (typeof value !== 'number') continue
    const re = compilePythonRegex(pattern, p => `^(?:.*\\.)?(?:${p})$`)
    if (re?.test(name)) return { rank: value, pattern }
  }
  return undefined
}

/**
 * The modules_to_save entry that selects `name` or one of its ancestors: PEFT wraps every module
 * whose name ends with the entry (`pre_classifier` for "classifier") and saves the wrapped module's
 * whole state_dict under it (`classifier.dense.weight`, `classification_head.out_proj.bias`).
 */
export function modulesToSaveEntry(entries: string[], name: string): string | undefined {
  const parts = name.split('.')
  for (let n = parts.length; n >= 1; n--) {
    const prefix = parts.slice(0, n).join('.')
    const hit = entries.find(e => prefix.endsWith(e))
    if (hit !== undefined) return hit
  }
  return undefined
}

/** Lists at most `max` names, saying how many more there are. */
export function listNames(names: string[], max = 5): string {
  const shown = names.slice(0, max).map(n => `\`${n}\``).join(', ')
  return names.length > max ? `${shown} and ${names.length - max} more` : shown
}

/**
 * `peft-target-unmatched`: a target_modules entry that selects none of the saved adapter modules.
 * PEFT only raises when no entry matches at all, so a typo or an entry from another architecture
 * (`q_proj` on GPT-2) loads silently and trains less than intended.
 */
export function targetUnmatchedFindings(view: PeftConfigView, adapterModules: string[]): Finding[] {
  const spec = view.targetModules
  // Adaption prompt's target_modules names the attention submodule, not the adapted layers.
  if (spec === undefined || adapterModules.length === 0 || view.peftType === 'ADAPTION_PROMPT') return []
  if (typeof spec === 'string') {
    if (spec === ALL_LINEAR) return []
    const re = compilePythonRegex(spec, fullMatch)
    if (!re || adapterModules.some(m => re.test(m))) return []
    return [
      finding('peft-target-unmatched', {
        path: view.path,
        line: view.lineOf('target_modules'),
        message: `The target_modules pattern "${spec}" matches none of the ${adapterModules.length} adapted modules in the weights (e.g. \`${adapterModules[0]}\`); the pattern and the weights describe different models.`
      })
    ]
  }
  const out: Finding[] = []
  for (const entry of spec) {
    if (entry === ALL_LINEAR) continue
    // PEFT writes all-linear expanded to full names; exclude_modules then removes some of them.
    if (view.excludeModules !== undefined && matchesModuleSpec(view.excludeModules, entry) === true) continue
    if (adapterModules.some(m => m === entry || m.endsWith(`.${entry}`))) continue
    out.push(
      finding('peft-target-unmatched', {
        path: view.path,
        line: view.lineOfEntry('target_modules', entry),
        message: `target_modules lists "${entry}", but no saved adapter weight belongs to a module of that name (saved modules end in ${listNames([...new Set(adapterModules.map(m => m.slice(m.lastIndexOf('.') + 1)))], 6)}). PEFT skips unmatched entries as long as one matches, so this loads, but it is usually a typo or a config copied from another architecture.`
      })
    )
  }
  return out
}
