// Would safetensors save these tensors? Static form of safetensors' own checks
// (bindings/python/py_src/safetensors/torch.py: _find_shared_tensors, _filter_shared_not_shared,
// _is_complete, _remove_duplicate_names, and save_file's contiguity check), from pickle layouts.
import type { Finding, TensorInfo } from '../types.js'
import { finding } from './rules.js'
import { byteSpan, isComplete, isContiguous, sharedGroups } from '../formats/layout.js'

/** Tensor names spelled out in a non-contiguous message; the full list is in Finding.tensors. */
const MAX_NAMES_IN_MESSAGE = 10

const MODULES_TO_SAVE_BIAS = /^(.*)\.modules_to_save(?:\.[^.]+)?\.bias$/

/** peft#1876: `X.modules_to_save[.adapter].bias` aliasing `X.bias` after add_adapter(bias="all"). */
function isPeftBiasAlias(names: string[], siblingConfig?: Record<string, unknown>): boolean {
  const set = new Set(names)
  for (const n of names) {
    const m = MODULES_TO_SAVE_BIAS.exec(n)
    if (m && set.has(`${m[1]}.bias`)) return true
  }
  return siblingConfig?.bias === 'all' && names.some(n => n.includes('modules_to_save') || n.endsWith('.bias'))
}

function sharedFinding(path: string, group: TensorInfo[], siblingConfig?: Record<string, unknown>): Finding {
  const names = group.map(t => t.name).sort()
  const list = names.map(n => `\`${n}\``).join(', ')
  const storage = group[0]!.storage!.key
  const identical = group.every(t => {
    const a = byteSpan(t)
    const b = byteSpan(group[0]!)
    return a && b && a[0] === b[0] && a[1] === b[1]
  })
  const complete = group.filter(isComplete).map(t => t.name).sort()
  const how = identical ? 'are the same bytes' : 'overlap'
  let message = `Tensors ${list} ${how} in storage \`${storage}\`. safetensors \`save_file\` refuses this ("Some tensors share memory, this will lead to duplicate memory on disk").`
  let fix: string
  if (complete.length > 0) {
    message += ` \`save_model\` can drop the duplicates: it keeps \`${complete[0]}\`, which covers the whole storage.`
    fix = 'Save with `safetensors.torch.save_model` (it drops duplicates and records them in the metadata), or `.clone()` the aliases before `save_file`.'
  } else {
    message += ' `save_model` cannot fix it either: no member covers the whole storage, so these are overlapping partial views.'
    fix = 'Make each tensor own its memory (`.clone().contiguous()`) before saving, or save only the full tensor and re-slice it at load time.'
  }
  if (isPeftBiasAlias(names, siblingConfig)) {
    message +=
      ' This is the PEFT shared-bias pattern (peft#1876): the adapter was added with transformers\' `add_adapter(..., bias="all")` together with `modules_to_save`, so the head\'s bias is saved under two names, and `save_pretrained(safe_serialization=True)` refuses it.'
    fix =
      'Create the adapter with `get_peft_model` (PEFT clones the alias when saving), or use `bias="lora_only"` or `bias="none"`. Do not switch to `safe_serialization=False`: that writes a pickle.'
  }
  return finding('shared-tensors', { path, message, fix, tensors: names })
}

export function tensorLayoutFindings(
  path: string,
  tensors: TensorInfo[],
  opts: { siblingConfig?: Record<string, unknown> } = {}
): Finding[] {
  const out: Finding[] = []
  for (const group of sharedGroups(tensors)) out.push(sharedFinding(path, group, opts.siblingConfig))
  const nonContiguous = tensors.filter(t => !isContiguous(t))
  if (nonContiguous.length > 0) {
    const names = nonContiguous.map(t => t.name)
    const shown = nonContiguous.slice(0, MAX_NAMES_IN_MESSAGE).map(t => `\`${t.name}\` (shape [${t.shape.join(', ')}], stride [${(t.stride ?? []).join(', ')}])`)
    const more = names.length > MAX_NAMES_IN_MESSAGE ? ` and ${names.length - MAX_NAMES_IN_MESSAGE} more` : ''
    out.push(
      finding('non-contiguous-tensor', {
        path,
        message: `${names.length === 1 ? 'Tensor' : `${names.length} tensors`} ${shown.join(', ')}${more} ${names.length === 1 ? 'is' : 'are'} not stored in row-major order (for example a transposed view). safetensors \`save_file\` refuses it ("You are trying to save a non contiguous tensor").`,
        tensors: names
      })
    )
  }
  return out
}
