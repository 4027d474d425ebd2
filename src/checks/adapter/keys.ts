// Saved adapter state-dict keys, read the way PEFT writes them (peft `utils/save_and_load.py`
// `get_peft_model_state_dict`, tuner layer classes in `tuners/*/layer.py`): which module a key
// belongs to and which tuner parameter it is.

/** The prefix PeftModel → LoraModel → HF model puts on every non-prompt key. */
export const PEFT_KEY_PREFIX = 'base_model.model.'

/** LoRA / AdaLoRA / DoRA parameter names (peft `tuners/lora/layer.py`, `tuners/adalora/layer.py`). */
export const LORA_PARTS = ['lora_A', 'lora_B', 'lora_E', 'lora_embedding_A', 'lora_embedding_B', 'lora_magnitude_vector'] as const
export type LoraPart = (typeof LORA_PARTS)[number]

/** Parameter names of the other tuners: a key holding one of them is adapter weight, not a head. */
const OTHER_TUNER_PARTS = new Set([
  'ia3_l',
  'hada_w1_a', 'hada_w1_b', 'hada_w2_a', 'hada_w2_b', 'hada_t1', 'hada_t2',
  'lokr_w1', 'lokr_w1_a', 'lokr_w1_b', 'lokr_w2', 'lokr_w2_a', 'lokr_w2_b', 'lokr_t2',
  'vera_lambda_b', 'vera_lambda_d',
  'oft_R', 'oft_s', 'oft_embedding_R', 'boft_R', 'boft_s'
])

/**
 * Adapter weights that belong to no targeted module: VeRA's shared projections (`base_model.vera_A`
 * with `save_projection`) and TrainableTokens deltas (`<embedding>.token_adapter.trainable_tokens_delta`).
 */
const AUX_PARTS = new Set(['vera_A', 'vera_B', 'token_adapter'])

/** Prompt-learning keys carry no model prefix (peft `get_peft_model_state_dict`, prompt learning branch). */
const PROMPT_KEYS = new Set(['prompt_embeddings', 'prefix_task_cols', 'prefix_task_rows'])

const LORA_PART_SET: ReadonlySet<string> = new Set(LORA_PARTS)

export type KeyKind = 'lora' | 'tuner' | 'aux' | 'prompt' | 'base-layer' | 'other'

export interface AdapterKey {
  /** The key as saved. */
  key: string
  /** Dotted name of the module the parameter lives in, without `base_model.model.`. */
  module: string
  kind: KeyKind
  /** For `lora` keys: which LoRA parameter. */
  part?: LoraPart
  /** Last component for `other`/`base-layer` keys (`weight`, `bias`). */
  leaf: string
}

export function stripPeftPrefix(key: string): string {
  return key.startsWith(PEFT_KEY_PREFIX) ? key.slice(PEFT_KEY_PREFIX.length) : key
}

/**
 * Classifies one saved key. LoRA keys end `<module>.lora_A.weight` (Linear/Conv), `<module>.lora_A`
 * (AdaLoRA ParameterDict, embeddings) or `<module>.lora_magnitude_vector` (DoRA, `.weight` stripped).
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
  const parts = stripPeftPrefix(key).split('.')
  const leaf = parts[parts.length - 1]
  if (parts.length === 1 && PROMPT_KEYS.has(leaf)) return { key, module: '', kind: 'prompt', leaf }
  const aux = parts.findIndex(p => AUX_PARTS.has(p))
  if (aux >= 0) return { key, module: parts.slice(0, aux).join('.'), kind: 'aux', leaf }
  // The tuner parameter is the last or second-to-last component (`.weight`/`.bias` follow it).
  for (const back of [1, 2]) {
    const i = parts.length - back
    if (i < 0) continue
    const p = parts[i]
    if (LORA_PART_SET.has(p)) {
      return { key, module: parts.slice(0, i).join('.'), kind: 'lora', part: p as LoraPart, leaf }
    }
    if (OTHER_TUNER_PARTS.has(p)) return { key, module: parts.slice(0, i).join('.'), kind: 'tuner', leaf }
  }
  const bl = parts.lastIndexOf('base_layer')
  if (bl >= 0) return { key, module: parts.slice(0, bl).join('.'), kind: 'base-layer', leaf }
  return { key, module: parts.slice(0, -1).join('.'), kind: 'other', leaf }
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
