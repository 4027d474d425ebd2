// `peft-shared-bias-risk`: bias="all" with a trained head (peft#1876). PEFT's bias="all" selects
// `<head>.modules_to_save.<adapter>.bias` and the modules_to_save loop adds the same tensor as
// `<head>.bias` (peft `utils/save_and_load.py` get_peft_model_state_dict); transformers'
// save_pretrained then refuses the shared pair (`modeling_utils.py`, "contained shared tensors"),
// while PeftModel.save_pretrained clones it (peft PR #1101). Facts: safetensors-and-peft.md §8.
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import { finding } from '../rules.js'
import { HEAD_TASK_TYPES } from './config-schema.js'
import type { PeftConfigView } from './config.js'
import { tensorBytes } from './base-layer.js'
import { onDisk, readTensorBytes, sameBytes, withFile } from '../deep/tensor-data.js'
import { groupDigits } from '../../digits.js'

const TRAP_EXPLAINED =
  'With transformers\' `model.add_adapter(config)` the head\'s bias is saved under two names that share one tensor (`<head>.modules_to_save.bias` and `<head>.bias`), and `save_pretrained(safe_serialization=True)` fails with "The weights trying to be saved contained shared tensors" (peft#1876). `get_peft_model` works because PEFT clones the alias, at the cost of a duplicate copy.'

/** The config half: warns on the `"bias"` line whenever the trap is set. */
export function sharedBiasRiskFindings(view: PeftConfigView, savedSafely = false): Finding[] {
  if (view.bias !== 'all') return []
  const head = view.taskType !== undefined && HEAD_TASK_TYPES.has(view.taskType)
  if (view.modulesToSave.length === 0 && !head) return []
  const why = view.modulesToSave.length > 0 ? `modules_to_save (${view.modulesToSave.map(m => `"${m}"`).join(', ')})` : `task_type ${view.taskType}, which adds a trained head`
  return [
    finding('peft-shared-bias-risk', {
      path: view.path,
      line: view.lineOf('bias'),
      // A safetensors save next to the config means this save got past the trap (PeftModel clones the alias).
      severity: savedSafely ? 'note' : undefined,
      message: `bias is "all" together with ${why}.${savedSafely ? ' This adapter_model.safetensors was written, so this save passed.' : ''} ${TRAP_EXPLAINED} Do not fall back to \`safe_serialization=False\`: that writes a pickle.`
    })
  ]
}

/** `x.modules_to_save[.adapter].bias` → `x.bias`: the two names PEFT gives one head bias. */
export function aliasPartner(name: string): string | undefined {
  // Cheap test first: most keys are not head biases (the split ran for every tensor of every adapter).
  if (!name.endsWith('.bias') || !name.includes('modules_to_save')) return undefined
  const parts = name.split('.')
  const i = parts.lastIndexOf('modules_to_save')
  if (i < 0 || parts[parts.length - 1] !== 'bias') return undefined
  const rest = parts.slice(i + 1)
  const tail = rest.length === 2 ? rest.slice(1) : rest
  return [...parts.slice(0, i), ...tail].join('.')
}

function samePlace(a: TensorInfo, b: TensorInfo): boolean {
  return a.storage !== undefined && b.storage !== undefined && a.storage.key === b.storage.key && a.storage.offset === b.storage.offset
}

/** The weights half: reports what the saved file actually holds for each aliased head bias. */
export async function biasAliasFindings(weights: FileAnalysis, ctx: { deep: boolean; root: string }): Promise<Finding[]> {
  const tensors = weights.tensors ?? []
  const byName = new Map(tensors.map(t => [t.name, t]))
  const pairs: Array<[TensorInfo, TensorInfo]> = []
  for (const t of tensors) {
    const p = aliasPartner(t.name)
    const partner = p !== undefined ? byName.get(p) : undefined
    if (partner) pairs.push([t, partner])
  }
  const out: Finding[] = []
  for (const [alias, head] of pairs) {
    const names = [alias.name, head.name]
    if (samePlace(alias, head)) {
      out.push(
        finding('peft-shared-bias-risk', {
          path: weights.path,
          tensors: names,
          message: `\`${alias.name}\` and \`${head.name}\` are one tensor saved under two names (same storage): this checkpoint cannot be converted to safetensors as it is, the bias="all" + modules_to_save trap of peft#1876.`
        })
      )
      continue
    }
    let verdict = 'hold two copies of the same head bias'
    if (ctx.deep && weights.format === 'safetensors' && onDisk(weights)) {
      const [x, y] = await withFile(ctx.root, weights, async src => [await readTensorBytes(src, alias), await readTensorBytes(src, head)])
      if (x && y) verdict = sameBytes(x, y) ? 'hold byte-identical copies of one head bias' : 'hold different values although PEFT saves them from one tensor (the file was edited or merged)'
    }
    out.push(
      finding('peft-shared-bias-risk', {
        path: weights.path,
        tensors: names,
        severity: 'note',
        message: `\`${alias.name}\` and \`${head.name}\` ${verdict}: PEFT cloned the alias made by bias="all" + modules_to_save to be able to save (peft#1876), costing ${groupDigits(tensorBytes(head))} extra bytes. Only \`${head.name}\` is loaded.`
      })
    )
  }
  return out
}
