// Would safetensors save these tensors? Static form of safetensors' own checks
// (bindings/python/py_src/safetensors/torch.py: _find_shared_tensors, _filter_shared_not_shared,
// _is_complete, _remove_duplicate_names, and save_file's contiguity check), from pickle layouts.
import type { Finding, TensorInfo } from '../types.js'
import { finding } from './rules.js'
import { isRowMajor, numel, rowMajorStride } from '../formats/layout.js'

/** Tensor names spelled out in a non-contiguous message; the full list is in Finding.tensors. */
const MAX_NAMES_IN_MESSAGE = 10

interface Span {
  name: string
  start: number
  end: number
  tensor: TensorInfo
}


/** Row-major (C order) check like torch's is_contiguous: size-1 dims are ignored, empty tensors are contiguous. */
export function isContiguous(t: TensorInfo): boolean {
  return isRowMajor(t.shape, t.stride)
}

/** Byte interval the tensor touches in its storage: [off*isz, (off + 1 + Σ(size_i-1)*stride_i)*isz); empty -> none. */
export function byteSpan(t: TensorInfo): [number, number] | undefined {
  const s = t.storage
  if (!s || numel(t.shape) === 0) return undefined
  const stride = t.stride && t.stride.length === t.shape.length ? t.stride : rowMajorStride(t.shape)
  let last = s.offset
  for (let i = 0; i < t.shape.length; i++) last += (t.shape[i]! - 1) * stride[i]!
  return [s.offset * s.itemsize, (last + 1) * s.itemsize]
}


/** safetensors' _is_complete: starts at the storage start and covers all of it (and is contiguous, so it can stand for the storage). */
function isComplete(t: TensorInfo): boolean {
  return !!t.storage && t.storage.offset === 0 && numel(t.shape) === t.storage.numel && isContiguous(t)
}

/** Groups of tensor names whose byte ranges overlap inside one storage. */
export function sharedGroups(tensors: TensorInfo[]): TensorInfo[][] {
  const byStorage = new Map<string, Span[]>()
  for (const t of tensors) {
    const span = byteSpan(t)
    if (!span || !t.storage) continue
    const list = byStorage.get(t.storage.key) ?? []
    list.push({ name: t.name, start: span[0], end: span[1], tensor: t })
    byStorage.set(t.storage.key, list)
  }
  const groups: TensorInfo[][] = []
  for (const spans of byStorage.values()) {
    if (spans.length < 2) continue
    spans.sort((a, b) => a.start - b.start || a.end - b.end)
    let current: Span[] = [spans[0]!]
    let reach = spans[0]!.end
    for (const s of spans.slice(1)) {
      if (s.start < reach) {
        current.push(s)
        reach = Math.max(reach, s.end)
      } else {
        if (current.length > 1) groups.push(current.map(c => c.tensor))
        current = [s]
        reach = s.end
      }
    }
    if (current.length > 1) groups.push(current.map(c => c.tensor))
  }
  return groups
}

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
