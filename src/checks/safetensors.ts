// Findings for one safetensors file: the reader's error mapped to its rule, plus the notes for files
// that load but are unusual (metadata format, padding, dtypes newer than older loaders know).
import type { Finding } from '../types.js'
import { dtypeInfo, isNewDtype } from '../formats/dtype.js'
import type { SafetensorsErrorCode, SafetensorsRead } from '../formats/safetensors.js'
import { MAX_LISTED_TENSORS } from '../formats/safetensors-dense.js'
import { finding } from './rules.js'
import { groupDigits } from '../digits.js'

/** Which rule each reader error belongs to. */
const RULE_OF: Record<SafetensorsErrorCode, string> = {
  HeaderTooSmall: 'safetensors-header-invalid',
  HeaderTooLarge: 'safetensors-header-invalid',
  InvalidHeaderLength: 'safetensors-header-invalid',
  InvalidHeader: 'safetensors-header-invalid',
  InvalidHeaderDeserialization: 'safetensors-header-invalid',
  DuplicateTensorName: 'safetensors-header-invalid',
  InvalidOffset: 'safetensors-offsets-invalid',
  TensorInvalidInfo: 'safetensors-offsets-invalid',
  MisalignedSlice: 'safetensors-offsets-invalid',
  ValidationOverflow: 'safetensors-offsets-invalid',
  MetadataIncompleteBuffer: 'safetensors-offsets-invalid'
}

/** The name Python users see in `SafetensorError: Error while deserializing header: <Variant>` (safetensors ≤ 0.5). */
const VARIANT_SHOWN: Record<SafetensorsErrorCode, string> = {
  HeaderTooSmall: 'HeaderTooSmall',
  HeaderTooLarge: 'HeaderTooLarge',
  InvalidHeaderLength: 'InvalidHeaderLength',
  InvalidHeader: 'InvalidHeader',
  InvalidHeaderDeserialization: 'InvalidHeaderDeserialization',
  DuplicateTensorName: 'InvalidHeaderDeserialization',
  InvalidOffset: 'InvalidOffset',
  TensorInvalidInfo: 'TensorInvalidInfo',
  MisalignedSlice: 'MisalignedSlice',
  ValidationOverflow: 'ValidationOverflow',
  MetadataIncompleteBuffer: 'MetadataIncompleteBuffer'
}

/** transformers accepts these `__metadata__.format` values (modeling_utils load_state_dict). */
const KNOWN_FORMATS = new Set(['pt', 'tf', 'flax', 'mlx'])

const ADAPTER_EMPTY_FIX =
  'Save again from the trained model. An empty adapter usually comes from torch.compile (unwrap with `model._orig_mod` before `save_pretrained`) or DeepSpeed ZeRO-3 without `stage3_gather_16bit_weights_on_model_save: true`.'

export function safetensorsFindings(path: string, read: SafetensorsRead): Finding[] {
  if (!read.ok) {
    const { code, message, tensor } = read.error
    const variant = VARIANT_SHOWN[code]
    const extra =
      code === 'HeaderTooLarge'
        ? ' If the file is a few hundred bytes of text, it is a Git LFS pointer or a truncated download.'
        : code === 'InvalidHeaderDeserialization' && /__metadata__/.test(message) === false && /EOF|trailing|expected/.test(message)
          ? ' safetensors < 0.4.4 wrote such a header for an empty state dict with metadata (torch.compile / ZeRO-3).'
          : ''
    return [
      finding(RULE_OF[code], {
        path,
        message: `${variant}: ${message}. Loading it fails with \`SafetensorError: Error while deserializing header: ${variant}\`.${extra}`,
        tensors: tensor === undefined ? undefined : [tensor]
      })
    ]
  }
  const out: Finding[] = []
  const h = read.header
  if (h.tensorCount !== undefined) {
    // The dense header reader validated every tensor but listed none (issue #10 item 7).
    out.push(
      finding('resource-limit', {
        path,
        message: `The header lists ${groupDigits(h.tensorCount)} tensors, more than the ${groupDigits(MAX_LISTED_TENSORS)} the scan checks one by one (an adapter has hundreds to a few thousand). Every tensor's dtype, shape and offsets were validated as the safetensors crate does; the per-tensor adapter checks were not run.`
      })
    )
  } else if (h.tensors.length === 0) {
    const base = path.slice(path.lastIndexOf('/') + 1)
    const adapter = base.startsWith('adapter_model')
    out.push(
      finding('safetensors-empty', {
        path,
        message: adapter
          ? 'The file is valid but holds zero tensors: nothing of the adapter was saved. This is the torch.compile / DeepSpeed ZeRO-3 failure mode, and loading it later fails or silently does nothing.'
          : 'The file is valid but holds zero tensors.',
        fix: adapter ? ADAPTER_EMPTY_FIX : undefined
      })
    )
  }
  const format = h.metadata?.format
  if (h.metadata === undefined || format === undefined) {
    out.push(
      finding('safetensors-metadata-format', {
        path,
        message: 'The header has no `__metadata__.format` entry. The file loads, but tools that look for the framework (transformers, the Hub) cannot tell what wrote it.'
      })
    )
  } else if (!KNOWN_FORMATS.has(format)) {
    out.push(
      finding('safetensors-metadata-format', {
        path,
        message: `\`__metadata__.format\` is "${format}", not one of pt, tf, flax or mlx: transformers v4 refuses to load it ("does not contain the valid metadata").`
      })
    )
  }
  if (h.headerLength % 8 !== 0) {
    out.push(
      finding('safetensors-header-unpadded', {
        path,
        message: `The header is ${h.headerLength} bytes, not a multiple of 8. The reference writer pads it with spaces; the file loads, but it was not written by the safetensors library.`
      })
    )
  }
  const newer = new Map<string, string[]>()
  for (const t of h.tensors) {
    if (isNewDtype(t.dtype)) {
      const list = newer.get(t.dtype) ?? []
      list.push(t.name)
      newer.set(t.dtype, list)
    }
  }
  for (const [dtype, names] of newer) {
    out.push(
      finding('safetensors-dtype-new', {
        path,
        message: `${names.length} tensor(s) use ${dtype}, which safetensors only knows since ${dtypeInfo(dtype)?.since}; older loaders fail with "unknown variant".`,
        tensors: names.slice(0, 20)
      })
    )
  }
  return out
}
