// Saved adapter state-dict keys, read the way PEFT writes them (peft `utils/save_and_load.py`
// `get_peft_model_state_dict`, tuner layer classes in `tuners/*/layer.py`): which module a key
// belongs to and which tuner parameter it is.

import { PARAM_OWNERS, PROMPT_KEYS, SHARED_PARAMS } from './tuners.js'

/** The prefix PeftModel → LoraModel → HF model puts on every non-prompt key. */
export const PEFT_KEY_PREFIX = 'base_model.model.'

/** LoRA / AdaLoRA / DoRA parameter names (peft `tuners/lora/layer.py`, `tuners/adalora/layer.py`). */
export const LORA_PARTS = ['lora_A', 'lora_B', 'lora_E', 'lora_embedding_A', 'lora_embedding_B', 'lora_magnitude_vector'] as const
export type LoraPart = (typeof LORA_PARTS)[number]
const LORA_PART_SET: ReadonlySet<string> = new Set(LORA_PARTS)

export type KeyKind = 'lora' | 'tuner' | 'aux' | 'prompt' | 'base-layer' | 'other'

export interface AdapterKey {
  /** The key as saved. */
  key: string
  /** Dotted name of the module the parameter lives in, without `base_model.model.`. */
  module: string
  /**
   * The module PEFT wrapped, to match against target_modules: `module` cut before its first
   * `base_layer` (nn.MultiheadAttention saves `mha.base_layer.out_proj.lora_A`; two
   * target_parameters of one module nest as `experts.base_layer.lora_A`).
   */
  owner: string
  kind: KeyKind
  /** For `lora` keys: which LoRA parameter. */
  part?: LoraPart
  /** For `lora`/`tuner`/`aux` keys: the tuner parameter name (`hada_w1_a`, `vera_A`). */
  param?: string
  /** Last component for `other`/`base-layer` keys (`weight`, `bias`). */
  leaf: string
}

/** Strips `base_model.model.`; prompt-learning heads are saved under `base_model.` alone. */
export function stripPeftPrefix(key: string): string {
  if (key.startsWith(PEFT_KEY_PREFIX)) return key.slice(PEFT_KEY_PREFIX.length)
  return key.startsWith('base_model.') ? key.slice('base_model.'.length) : key
}

function ownerOf(module: string): string {
  const parts = module.split('.')
  const i = parts.indexOf('base_layer')
  return i < 0 ? module : parts.slice(0, i).join('.')
}

/**
 * Classifies one saved key by the tuner table (tuners.ts): the tuner parameter is the last
 * component that names one (`<module>.lora_A.weight`, `<module>.hada_w1_a`, `<module>.glora_A.Xd`,
 * `<module>.shadow_down.default.weight`); shared projections sit at `base_model.<name>`.
 */
export function parseAdapterKey(key: string): AdapterKey {
  // Several checks classify the same keys, and checkpoints of one model share them: cache (frozen results).
  const hit = KEY_CACHE.get(key)
  if (hit) return hit
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear()
  const k = Object.freeze(classifyKey(key))
  KEY_CACHE.set(key, k)
  return k
}

/** Keys remembered by parseAdapterKey before the cache starts over (bounds memory on huge scans). */
const KEY_CACHE_MAX = 65_536
const KEY_CACHE = new Map<string, AdapterKey>()

function classifyKey(key: string): AdapterKey {
  const nested = key.startsWith(PEFT_KEY_PREFIX)
  const parts = stripPeftPrefix(key).split('.')
  const leaf = parts[parts.length - 1]
  if (parts.length === 1 && PROMPT_KEYS.has(leaf)) return { key, module: '', owner: '', kind: 'prompt', leaf }
  if (!nested && key.startsWith('base_model.') && SHARED_PARAMS.has(parts[0])) return { key, module: '', owner: '', kind: 'aux', param: parts[0], leaf }
  const tok = parts.indexOf('token_adapter')
  if (tok >= 0) {
    const module = parts.slice(0, tok).join('.')
    return { key, module, owner: ownerOf(module), kind: 'aux', param: 'trainable_tokens_delta', leaf }
  }
  for (let i = parts.length - 1; i >= 1; i--) {
    const p = parts[i]
    if (!PARAM_OWNERS.has(p)) continue
    const module = parts.slice(0, i).join('.')
    if (LORA_PART_SET.has(p)) return { key, module, owner: ownerOf(module), kind: 'lora', part: p as LoraPart, param: p, leaf }
    return { key, module, owner: ownerOf(module), kind: 'tuner', param: p, leaf }
  }
  const bl = parts.lastIndexOf('base_layer')
  if (bl >= 0) {
    const module = parts.slice(0, bl).join('.')
    return { key, module, owner: ownerOf(module), kind: 'base-layer', leaf }
  }
  const module = parts.slice(0, -1).join('.')
  return { key, module, owner: module, kind: 'other', leaf }
}

/** The rank a LoRA tensor carries: A is [r, in, ...], B is [out, r, ...], E is [r, 1]. */
export function rankOf(part: LoraPart, shape: number[]): number | undefined {
  switch (part) {
    case 'lora_A':
    case 'lora_E':
    case 'lora_embedding_A':
      return shape.length >= 1 ? shape[0] : undefined
    case 'lora_B':
    case 'lora_embedding_B':
      return shape.length >= 2 ? shape[1] : undefined
    default:
      return undefined
  }
}
