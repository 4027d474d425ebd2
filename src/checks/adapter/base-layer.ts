// `peft-base-layer-saved`: full base-model weights inside an adapter. PEFT saves
// `<module>.base_layer.weight` / `embed_tokens.weight` when `save_embedding_layers` is True or "auto"
// turns it on (peft `utils/save_and_load.py` get_peft_model_state_dict; user report peft#2092).
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import { dtypeInfo } from '../../formats/dtype.js'
import { finding } from '../rules.js'
import { parseAdapterKey } from './keys.js'
import { listNames, modulesToSaveEntry } from './targets.js'
import { groupDigits } from '../../digits.js'

/** Module names of input/output embeddings across architectures (PEFT's EMBEDDING_LAYER_NAMES and kin). */
const EMBEDDING_MODULES = new Set(['embed_tokens', 'lm_head', 'wte', 'word_embeddings', 'embed_in', 'embed_out', 'shared'])

/** A 2-D matrix with at least this many rows is vocabulary-sized whatever it is called (heads have a few rows). */
export const VOCAB_SIZED_ROWS = 16_000

export function tensorBytes(t: TensorInfo): number {
  const bits = dtypeInfo(t.dtype)?.bits ?? (t.storage ? t.storage.itemsize * 8 : 0)
  return (t.shape.reduce((a, b) => a * b, 1) * bits) / 8
}

/** A saved matrix that is an embedding or vocabulary-sized, and not a tuner weight. */
export function isEmbeddingMatrix(t: TensorInfo): boolean {
  const k = parseAdapterKey(t.name)
  if (k.kind !== 'other' || k.leaf !== 'weight' || t.shape.length !== 2) return false
  const last = k.module.slice(k.module.lastIndexOf('.') + 1)
  return EMBEDDING_MODULES.has(last) || t.shape[0] >= VOCAB_SIZED_ROWS
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${groupDigits(bytes)} bytes`
}

export function baseLayerFindings(weights: FileAnalysis, modulesToSave: string[], targetModules?: string[] | string): Finding[] {
  const tensors = weights.tensors ?? []
  const saved = tensors.filter(t => {
    const k = parseAdapterKey(t.name)
    if (k.kind === 'base-layer') return k.leaf === 'weight'
    // An embedding the config asks to train (resized vocabulary) is meant to be there.
    return isEmbeddingMatrix(t) && modulesToSaveEntry(modulesToSave, k.module) === undefined
  })
  if (saved.length === 0) return []
  // PEFT's own default: save_embedding_layers="auto" saves an embedding the config targets (utils/save_and_load.py).
  const targeted = (t: TensorInfo): boolean => {
    const m = parseAdapterKey(t.name).module
    const last = m.slice(m.lastIndexOf('.') + 1)
    return EMBEDDING_MODULES.has(last) && Array.isArray(targetModules) && targetModules.some(e => m === e || m.endsWith(`.${e}`))
  }
  const auto = saved.every(targeted)
  const bytes = saved.reduce((n, t) => n + tensorBytes(t), 0)
  const total = tensors.reduce((n, t) => n + tensorBytes(t), 0)
  const share = total > 0 ? Math.round((100 * bytes) / total) : 0
  return [
    finding('peft-base-layer-saved', {
      path: weights.path,
      severity: auto ? 'note' : undefined,
      message: `The adapter holds ${saved.length} full base-model weight(s), ${listNames(saved.map(t => t.name), 3)}: ${mib(bytes)}, ${share}% of the file. This makes the "adapter" as large as that part of the model; PEFT does it when \`save_embedding_layers\` is True or "auto" finds \`embed_tokens\`/\`lm_head\` in target_modules.`,
      tensors: saved.map(t => t.name).slice(0, 20)
    })
  ]
}
