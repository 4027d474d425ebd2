// PEFT's tuner types and the grammar of the keys each one saves: the one table the adapter checks
// read (no rule names a tuner itself). Derived from peft `utils/peft_types.py` at every release tag
// (when a type appeared/disappeared), each tuner's `tuners/<name>/layer.py` (`adapter_layer_names`,
// saved buffers of `other_param_names`) and `utils/save_and_load.py` (shared `base_model.<name>`
// keys), checked against what real PEFT 0.21 writes (test/fixtures/peft-real/manifest.json).

export type TunerFamily = 'layer' | 'prompt' | 'adaption-prompt'

export interface RankSpec {
  /** Config key holding the rank, and PEFT's default for it. */
  key: string
  default: number
  /** Saved parameter → which dimension carries the rank (negative: from the end). */
  dims: Readonly<Record<string, number>>
  /** Config key mapping module patterns to ranks, when the type has one. */
  pattern?: string
}

export interface TunerSpec {
  type: string
  /** First release whose PeftType has the member; `until`: last release that still had it. */
  since: string
  until?: string
  family: TunerFamily
  /** Per-module saved names: `<module>.<param>[.weight|.<sub>]`. */
  params: readonly string[]
  /** Saved once for the whole model as `base_model.<name>[.<sub>]` (shared projections, banks). */
  shared?: readonly string[]
  /** Parameters PEFT initialises to zero so the adapter starts as a no-op (untrained if all still are). */
  zeroInit?: readonly string[]
  rank?: RankSpec
  /** The `bias` value that saves the adapted layers' own biases (`<method>_only`). */
  biasOnly?: string
  /** Shared projections PEFT requires in the file unless this config flag is false (VeRA's save_projection). */
  sharedRequiredUnless?: string
  /** A trainable bias on one parameter that exists only when a config flag is true (LoRA's lora_bias on lora_B, 0.14.0+). */
  biasFlag?: { key: string; param: string }
  /** OFT-style block rotations: config key of the block size; each block stores b*(b-1)/2 entries. */
  skewBlock?: { key: string; param: string }
}

const LORA_DIMS = { lora_A: 0, lora_B: 1, lora_embedding_A: 0, lora_embedding_B: 1 }

/** Ordered by first release. */
export const TUNERS: readonly TunerSpec[] = [
  { type: 'PROMPT_TUNING', since: '0.0.1', family: 'prompt', params: [] },
  { type: 'P_TUNING', since: '0.0.1', family: 'prompt', params: [] },
  { type: 'PREFIX_TUNING', since: '0.0.1', family: 'prompt', params: [] },
  {
    type: 'LORA', since: '0.0.1', family: 'layer', biasOnly: 'lora_only', biasFlag: { key: 'lora_bias', param: 'lora_B' },
    params: ['lora_A', 'lora_B', 'lora_embedding_A', 'lora_embedding_B', 'lora_magnitude_vector'],
    // Linear/Conv: lora_B zero; Embedding: lora_embedding_A zero (lora/layer.py reset_lora_parameters).
    zeroInit: ['lora_B', 'lora_embedding_A'],
    rank: { key: 'r', default: 8, dims: LORA_DIMS, pattern: 'rank_pattern' }
  },
  {
    type: 'ADALORA', since: '0.3.0', family: 'layer', biasOnly: 'lora_only',
    params: ['lora_A', 'lora_B', 'lora_E', 'lora_embedding_A', 'lora_embedding_B'],
    zeroInit: ['lora_E'],
    // Saved at the number of ranks its rank_pattern mask keeps (adalora/model.py resize_state_dict_by_rank_pattern).
    rank: { key: 'init_r', default: 12, dims: { lora_A: 0, lora_E: 0, lora_B: 1 } }
  },
  { type: 'ADAPTION_PROMPT', since: '0.3.0', family: 'adaption-prompt', params: ['adaption_prompt', 'adaption_gate'], zeroInit: ['adaption_gate'] },
  { type: 'IA3', since: '0.4.0', family: 'layer', params: ['ia3_l'], biasOnly: 'ia3_only' },
  { type: 'LOHA', since: '0.6.0', family: 'layer', params: ['hada_w1_a', 'hada_w1_b', 'hada_w2_a', 'hada_w2_b', 'hada_t1', 'hada_t2'], zeroInit: ['hada_w2_b'], rank: { key: 'r', default: 8, dims: { hada_w1_a: 1, hada_w1_b: 0, hada_w2_a: 1, hada_w2_b: 0 }, pattern: 'rank_pattern' } },
  { type: 'MULTITASK_PROMPT_TUNING', since: '0.6.0', family: 'prompt', params: [] },
  { type: 'LOKR', since: '0.6.0', family: 'layer', params: ['lokr_w1', 'lokr_w1_a', 'lokr_w1_b', 'lokr_w2', 'lokr_w2_a', 'lokr_w2_b', 'lokr_t2'], rank: { key: 'r', default: 8, dims: { lokr_w1_a: 1, lokr_w1_b: 0, lokr_w2_a: 1, lokr_w2_b: 0 }, pattern: 'rank_pattern' } },
  { type: 'OFT', since: '0.7.0', family: 'layer', params: ['oft_R', 'oft_s', 'oft_embedding_R'], biasOnly: 'oft_only', skewBlock: { key: 'oft_block_size', param: 'oft_R' } },
  { type: 'POLY', since: '0.8.0', family: 'layer', params: ['poly_lora_A', 'poly_lora_B', 'poly_router'] },
  { type: 'LN_TUNING', since: '0.11.0', family: 'layer', params: ['ln_tuning_layers'] },
  { type: 'VERA', since: '0.11.0', family: 'layer', params: ['vera_lambda_b', 'vera_lambda_d'], shared: ['vera_A', 'vera_B'], sharedRequiredUnless: 'save_projection', biasOnly: 'vera_only', rank: { key: 'r', default: 256, dims: { vera_lambda_d: 0 } } },
  { type: 'BOFT', since: '0.11.0', family: 'layer', params: ['boft_R', 'boft_s'], biasOnly: 'boft_only' },
  { type: 'FOURIERFT', since: '0.12.0', family: 'layer', params: ['fourierft_spectrum'], biasOnly: 'fourier_only' },
  { type: 'HRA', since: '0.12.0', family: 'layer', params: ['hra_u'], biasOnly: 'hra_only', rank: { key: 'r', default: 8, dims: { hra_u: 1 } } },
  { type: 'XLORA', since: '0.12.0', family: 'layer', params: ['lora_A', 'lora_B', 'lora_embedding_A', 'lora_embedding_B', 'internal_xlora_classifier', 'internal_xlora_scalings'] },
  { type: 'VBLORA', since: '0.13.0', family: 'layer', params: ['vblora_logits_A', 'vblora_logits_B', 'vblora_logits_A_topk_indices', 'vblora_logits_A_topk_weights', 'vblora_logits_B_topk_indices', 'vblora_logits_B_topk_weights'], shared: ['vblora_vector_bank'], biasOnly: 'vblora_only' },
  { type: 'CPT', since: '0.14.0', family: 'prompt', params: [] },
  // BONE: a PeftType from 0.14.0 to 0.18.x (removed by #3051 in favour of MISS); tuners/bone/layer.py.
  { type: 'BONE', since: '0.14.0', until: '0.18.1', family: 'layer', params: ['bone_block'], biasOnly: 'bone_only' },
  { type: 'TRAINABLE_TOKENS', since: '0.15.0', family: 'layer', params: ['trainable_tokens_delta'] },
  { type: 'RANDLORA', since: '0.16.0', family: 'layer', params: ['randlora_lambda', 'randlora_gamma', 'randlora_A', 'randlora_B'], shared: ['randlora_A', 'randlora_B'], biasOnly: 'randlora_only' },
  { type: 'C3A', since: '0.16.0', family: 'layer', params: ['c3a_kernel'], biasOnly: 'c3a_only' },
  { type: 'MISS', since: '0.17.0', family: 'layer', params: ['miss_block'], biasOnly: 'miss_only' },
  { type: 'SHIRA', since: '0.17.0', family: 'layer', params: ['shira_weight', 'shira_indices'] },
  { type: 'DELORA', since: '0.18.0', family: 'layer', params: ['delora_A', 'delora_B', 'delora_lambda', 'delora_w_norm'], biasOnly: 'delora_only' },
  { type: 'ROAD', since: '0.18.0', family: 'layer', params: ['road_theta', 'road_alpha'] },
  { type: 'OSF', since: '0.18.0', family: 'layer', params: ['osf_svd_params'] },
  { type: 'WAVEFT', since: '0.18.0', family: 'layer', params: ['waveft_spectrum'], biasOnly: 'waveft_only' },
  { type: 'ADAMSS', since: '0.19.0', family: 'layer', params: ['adamss_A', 'adamss_B'] },
  { type: 'CARTRIDGE', since: '0.19.0', family: 'prompt', params: [] },
  { type: 'LILY', since: '0.19.0', family: 'layer', params: ['lily_A', 'lily_B', 'lily_router'] },
  { type: 'PSOFT', since: '0.19.0', family: 'layer', params: ['psoft_R'] },
  { type: 'PVERA', since: '0.19.0', family: 'layer', params: ['pvera_lambda_b', 'pvera_lambda_d'], shared: ['pvera_A', 'pvera_B'], sharedRequiredUnless: 'save_projection' },
  { type: 'PEANUT', since: '0.19.0', family: 'layer', params: ['peanut_A', 'peanut_B', 'peanut_encoders', 'peanut_decoders'] },
  { type: 'TINYLORA', since: '0.19.0', family: 'layer', params: ['tinylora_v', 'tinylora_A', 'tinylora_B', 'tinylora_P'], shared: ['tinylora_v'] },
  { type: 'GRALORA', since: '0.19.0', family: 'layer', params: ['gralora_A', 'gralora_B', 'gralora_A_general', 'gralora_B_general'] },
  { type: 'GLORA', since: '0.20.0', family: 'layer', params: ['glora_A', 'glora_B', 'glora_C', 'glora_D', 'glora_E'] },
  { type: 'UNILORA', since: '0.20.0', family: 'layer', params: ['unilora_theta_d', 'unilora_indices_A', 'unilora_indices_B', 'unilora_scales_A', 'unilora_scales_B'], shared: ['unilora_theta_d'] },
  { type: 'HIRA', since: '0.20.0', family: 'layer', params: ['hira_A', 'hira_B', 'hira_embedding_A', 'hira_embedding_B'] },
  { type: 'BEFT', since: '0.20.0', family: 'layer', params: ['beft_bias'] },
  { type: 'FROD', since: '0.20.0', family: 'layer', params: ['frod_lambda_l', 'frod_lambda_s_values'], shared: ['frod_V', 'frod_U', 'frod_s_indices', 'frod_s_size'] },
  { type: 'DEFT', since: '0.20.0', family: 'layer', params: ['deft_P', 'deft_R'] },
  { type: 'SUPERTUNING', since: '0.21.0', family: 'layer', params: ['supertuning_values', 'supertuning_indices', 'supertuning_lora_A', 'supertuning_lora_B'] },
  { type: 'SHADOW', since: '0.21.0', family: 'layer', params: ['shadow_down', 'shadow_up', 'shadow_update_transform'] }
]

export const TUNER_BY_TYPE: ReadonlyMap<string, TunerSpec> = new Map(TUNERS.map(t => [t.type, t]))

/** Parameter name → the tuner types that save it (lora_A is LoRA's, AdaLoRA's and X-LoRA's). */
export const PARAM_OWNERS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>()
  for (const t of TUNERS) for (const p of t.params) m.set(p, [...(m.get(p) ?? []), t.type])
  return m
})()

export const SHARED_PARAMS: ReadonlySet<string> = new Set(TUNERS.flatMap(t => t.shared ?? []))

/** Prompt-learning state dict keys (peft `get_peft_model_state_dict`, prompt branch): no model prefix. */
export const PROMPT_KEYS: ReadonlySet<string> = new Set(['prompt_embeddings', 'prefix_task_cols', 'prefix_task_rows'])

/** Compares dotted release numbers ("0.18.0" < "0.20.1"); non-numeric tails (".dev0", "rc1") count as earlier. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string): number[] => v.split(/[.+]/).map(x => (/^\d+$/.test(x) ? Number(x) : -1))
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** peft #3318 (in 0.20.0): the layer index became the first number after a module-list name. */
export const LAYER_INDEX_FIRST_SINCE = '0.20.0'
/** peft #3306 fixed by a614f46 (first release 0.21.0): `bias="lora_only"` saves `<module>.base_layer.bias`. */
export const LORA_ONLY_BIAS_SAVED_SINCE = '0.21.0'
/** peft writes `peft_version` into adapter_config.json since 0.18.0 (#2782). */
export const PEFT_VERSION_WRITTEN_SINCE = '0.18.0'
