// Load failures and silent losses of issue #11 that the LoRA rank checks do not see, each read
// through the tuner table (tuners.ts) and labelled by what real PEFT 0.21 did with a mutated save
// (test/fixtures/peft-real/manifest.json, `defects`): configs `__post_init__` rejects, shapes
// `load_state_dict` rejects, and keys PEFT ignores without a word.
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import type { JsonValue } from '../../formats/json.js'
import { finding } from '../rules.js'
import type { PeftConfigView } from './config.js'
import { parseAdapterKey, type AdapterKey } from './keys.js'
import { compareVersions, LORA_ONLY_BIAS_SAVED_SINCE, PARAM_OWNERS, TUNER_BY_TYPE } from './tuners.js'
import { listNames, rankPatternFor } from './targets.js'

const num = (v: JsonValue | undefined): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined)

/** Config checks of the config classes' `__post_init__` (peft `tuners/<name>/config.py`), with PEFT's own text. */
export function postInitFindings(view: PeftConfigView): Finding[] {
  const raw = view.raw
  const out: Finding[] = []
  const reject = (key: string, text: string, why: string): void => {
    out.push(finding('peft-config-invalid', { path: view.path, line: view.lineOf(key), message: `PEFT refuses this config: ${why} \`PeftConfig.from_pretrained\` raises ValueError: "${text}".` }))
  }
  const lt = raw.layers_to_transform
  const hasLayers = lt !== undefined && lt !== null
  const lp = raw.layers_pattern
  const hasPattern = lp !== undefined && lp !== null && !(Array.isArray(lp) && lp.length === 0) && lp !== ''
  if (hasLayers && typeof raw.target_modules === 'string') {
    reject('layers_to_transform', '`layers_to_transform` cannot be used when `target_modules` is a str.', 'target_modules is a regular expression, which cannot be combined with layers_to_transform.')
  }
  if (hasPattern && !hasLayers && TUNER_BY_TYPE.get(view.peftType ?? '')?.family === 'layer') {
    reject('layers_pattern', 'When `layers_pattern` is specified, `layers_to_transform` must also be specified.', 'layers_pattern is set without layers_to_transform.')
  }
  if (view.peftType === 'LORA' && raw.lora_bias === true && raw.use_dora === true) {
    reject('lora_bias', 'The argument lora_bias=True is not supported for DoRA, please pass use_dora=False', 'lora_bias and use_dora are both true.')
  }
  const lora = view.peftType === 'LORA' || view.peftType === 'ADALORA'
  if (lora && hasPattern && typeof raw.target_modules === 'string') {
    reject('layers_pattern', '`layers_pattern` cannot be used when `target_modules` is a str.', 'target_modules is a regular expression, which cannot be combined with layers_pattern.')
  }
  if (view.peftType === 'LORA') {
    if (raw.use_dora === true && raw.megatron_config) reject('use_dora', 'DoRA does not support megatron_core, please set `use_dora=False`.', 'use_dora is combined with megatron_config.')
    if (raw.init_lora_weights === 'loftq' && !raw.loftq_config) reject('init_lora_weights', "`loftq_config` must be specified when `init_lora_weights` is 'loftq'.", 'init_lora_weights is "loftq" without loftq_config.')
    // Since 0.14.0 (lora/config.py).
    if (raw.lora_bias === true && raw.init_lora_weights !== undefined && typeof raw.init_lora_weights !== 'boolean') {
      reject('lora_bias', `The argument lora_bias=True is only supported with init_lora_weights=True or False, got init_lora_weights=${String(raw.init_lora_weights)} instead.`, 'lora_bias is true with a non-boolean init_lora_weights.')
    }
  }
  if (view.peftType === 'ADALORA') {
    if (raw.use_dora === true) reject('use_dora', 'ADALORA does not support DoRA.', 'use_dora is true.')
    if (raw.loftq_config && typeof raw.loftq_config === 'object' && Object.keys(raw.loftq_config).length > 0) reject('loftq_config', 'ADALORA does not support LOFTQ.', 'loftq_config is set.')
    // Since 0.15.0 (adalora/config.py); the scheduler fields are stored with every AdaLoRA save.
    const total = num(raw.total_step)
    if (total === undefined || total <= 0) reject('total_step', 'AdaLoRA does not work when `total_step` is None, supply a value > 0.', `total_step is ${JSON.stringify(raw.total_step ?? null)} (PEFT 0.15.0 and later).`)
    else if ((num(raw.tinit) ?? 0) >= total - (num(raw.tfinal) ?? 0)) {
      reject('tinit', "The supplied schedule values don't allow for a budgeting phase. Decrease `tfinal`/`tinit` or increase `total_step`.", `tinit (${num(raw.tinit) ?? 0}) >= total_step (${total}) - tfinal (${num(raw.tfinal) ?? 0}).`)
    }
  }
  if (view.peftType === 'OFT') {
    if (!('oft_block_size' in raw)) {
      out.push(finding('peft-config-invalid', { path: view.path, line: view.lineOf('peft_type'), message: 'This OFT config has no `oft_block_size`: it was saved by PEFT before 0.14.0, whose OFT weights are incompatible. PEFT 0.14.0 and later raise ValueError: "OFT has been updated since PEFT 0.14.0. Your trained adapter weights are incompatible with the latest version of OFT. Please retrain your adapter weights with newer PEFT versions. Alternatively, downgrade PEFT to version 0.13.0 to use the old adapter weights."', fix: 'Retrain the adapter with PEFT 0.14.0 or later, or pin peft==0.13.0 to load it.' }))
    } else {
      const r = num(raw.r) ?? 0
      const b = num(raw.oft_block_size) ?? 32
      if (r === 0 && b === 0) reject('oft_block_size', `Either \`r\` or \`oft_block_size\` must be non-zero. Currently, r = ${r} and oft_block_size = ${b}.`, 'r and oft_block_size are both 0.')
      else if (r !== 0 && b !== 0) reject('oft_block_size', `You can only specify either r (${r}) or oft_block_size (${b}), but not both simultaneously, because r x oft_block_size == in_features.`, 'r and oft_block_size are both set.')
    }
  }
  if (view.peftType === 'BOFT') {
    const size = num(raw.boft_block_size) ?? 4
    const n = num(raw.boft_block_num) ?? 0
    if (size === 0 && n === 0) reject('boft_block_size', `Either \`boft_block_size\` or \`boft_block_num\` must be non-zero. Currently, boft_block_size = ${size} and boft_block_num = ${n}.`, 'boft_block_size and boft_block_num are both 0.')
    else if (size !== 0 && n !== 0) reject('boft_block_size', `You can only specify either boft_block_size (${size}) or boft_block_num (${n}), but not both simultaneously, because boft_block_size x boft_block_num == in_features.`, 'boft_block_size and boft_block_num are both set.')
  }
  if (view.peftType === 'PROMPT_TUNING' && raw.prompt_tuning_init === 'TEXT') {
    if (!raw.tokenizer_name_or_path) reject('prompt_tuning_init', `When prompt_tuning_init='TEXT', tokenizer_name_or_path can't be ${raw.tokenizer_name_or_path === undefined || raw.tokenizer_name_or_path === null ? 'None' : JSON.stringify(raw.tokenizer_name_or_path)}.`, 'prompt_tuning_init is "TEXT" without tokenizer_name_or_path.')
    if (raw.prompt_tuning_init_text === undefined || raw.prompt_tuning_init_text === null) reject('prompt_tuning_init', "When prompt_tuning_init='TEXT', prompt_tuning_init_text can't be None.", 'prompt_tuning_init is "TEXT" without prompt_tuning_init_text.')
  }
  if (view.peftType === 'IA3' && Array.isArray(raw.feedforward_modules) && Array.isArray(raw.target_modules)) {
    const targets = new Set(raw.target_modules)
    const extra = raw.feedforward_modules.filter(m => !targets.has(m))
    if (extra.length > 0) reject('feedforward_modules', '`feedforward_modules` should be a subset of `target_modules`', `feedforward_modules lists ${extra.map(e => `"${String(e)}"`).join(', ')}, which target_modules does not.`)
  }
  return out
}

interface Keyed {
  k: AdapterKey
  t: TensorInfo
}

function mismatch(weights: FileAnalysis, message: string, tensors: string[], severity?: Finding['severity'], fix?: string): Finding {
  return finding('peft-config-mismatch', { path: weights.path, message, tensors: tensors.slice(0, 20), severity, fix })
}

/** Weight-side checks driven by the tuner table. */
export function tunerWeightFindings(view: PeftConfigView, weights: FileAnalysis): Finding[] {
  const spec = view.peftType !== undefined ? TUNER_BY_TYPE.get(view.peftType) : undefined
  const tensors = weights.tensors ?? []
  if (!spec || tensors.length === 0) return []
  const keys: Keyed[] = tensors.map(t => ({ k: parseAdapterKey(t.name), t }))
  const raw = view.raw
  const out: Finding[] = []
  const own = new Set([...spec.params, ...(spec.shared ?? [])])

  // A config of one type over the weights of another: PEFT builds empty layers and ignores every key.
  if (spec.family === 'layer' && view.peftType !== 'XLORA') {
    const tuner = keys.filter(x => (x.k.kind === 'lora' || x.k.kind === 'tuner') && x.k.param !== undefined)
    const mine = tuner.filter(x => own.has(x.k.param as string))
    if (tuner.length > 0 && mine.length === 0) {
      const others = [...new Set(tuner.flatMap(x => PARAM_OWNERS.get(x.k.param as string) ?? []))]
      out.push(mismatch(weights, `adapter_config.json says ${view.peftType}, but the weights hold ${others.join('/')} parameters (e.g. \`${tuner[0].t.name}\`) and none of ${view.peftType}'s (${spec.params.slice(0, 4).join(', ')}): PEFT builds fresh ${view.peftType} layers, ignores every saved key as unexpected, and the adapter does nothing.`, tuner.slice(0, 20).map(x => x.t.name)))
      return out
    }
  }

  // lora_bias false with trained lora_B.bias: the layers are built without a bias, the keys dropped silently.
  if (spec.biasFlag && raw[spec.biasFlag.key] !== true) {
    const { key, param } = spec.biasFlag
    const biases = keys.filter(x => x.k.param === param && x.k.leaf === 'bias')
    if (biases.length > 0) out.push(mismatch(weights, `The weights hold ${biases.length} trained ${param}.bias tensor(s) (${listNames(biases.map(x => x.k.module), 3)}), but ${key} is not true: PEFT builds ${param} without a bias and ignores these keys without a warning, so the outputs differ from the trained adapter.`, biases.map(x => x.t.name), undefined, `Set \`"${key}": true\` in adapter_config.json (what the adapter was trained with).`))
  }

  // VeRA/PVERA with save_projection true need the shared projections (vera/model.py raises otherwise).
  if (spec.shared && spec.sharedRequiredUnless !== undefined && raw[spec.sharedRequiredUnless] !== false) {
    const present = keys.some(x => x.k.kind === 'aux' && x.k.param !== undefined && spec.shared?.includes(x.k.param))
    const [a, b] = spec.shared
    if (!present) out.push(mismatch(weights, `${spec.sharedRequiredUnless} is true, but the weights hold no \`base_model.${a}\`/\`base_model.${b}\`: loading fails with ValueError "Specified to load ${a} and ${b} from state dictionary however they were not present!".`, [], undefined, `Re-save from the trained model with ${spec.sharedRequiredUnless}=True; set it to false only if the projections can be regenerated from projection_prng_key.`))
  }

  // Rank-carrying dimensions of non-LoRA tuners (LoRA/AdaLoRA have their own check).
  if (spec.rank && view.peftType !== 'LORA' && view.peftType !== 'ADALORA') {
    const base = num(raw[spec.rank.key]) ?? spec.rank.default
    const wrong: string[] = []
    let seen: number | undefined
    for (const { k, t } of keys) {
      const dim = k.param !== undefined ? spec.rank.dims[k.param] : undefined
      if (dim === undefined || t.shape.length <= dim) continue
      const want = rankPatternFor(view, k.module)?.rank ?? base
      if (t.shape[dim] !== want) {
        wrong.push(t.name)
        seen = t.shape[dim]
      }
    }
    if (wrong.length > 0) out.push(mismatch(weights, `${wrong.length} ${view.peftType} tensor(s) have rank ${seen} where ${spec.rank.key}=${base} in adapter_config.json (${listNames(wrong, 3)}): loading fails with "size mismatch for …".`, wrong))
  }

  // OFT: each block of oft_R holds block_size*(block_size-1)/2 entries (Cayley skew-symmetric, oft/layer.py).
  if (spec.skewBlock) {
    const { key, param } = spec.skewBlock
    const b = num(raw[key])
    if (b !== undefined && b > 0) {
      const want = (b * (b - 1)) / 2
      const last = (t: TensorInfo): number => t.shape[t.shape.length - 1]
      const wrong = keys.filter(x => x.k.param === param && x.t.shape.length >= 1 && last(x.t) !== want)
      if (wrong.length > 0) out.push(mismatch(weights, `${key}=${b} means ${want} entries per ${param} block, but ${listNames(wrong.map(x => x.t.name), 3)} hold ${last(wrong[0].t)}: loading fails with "size mismatch for …${param}…".`, wrong.map(x => x.t.name)))
    }
  }

  // Trainable tokens: one delta row per listed token index.
  const tokenRows = (module: string): number | undefined => {
    if (view.peftType === 'TRAINABLE_TOKENS') return Array.isArray(raw.token_indices) ? raw.token_indices.length : undefined
    const tti = raw.trainable_token_indices
    if (Array.isArray(tti)) return tti.length
    if (tti && typeof tti === 'object') {
      for (const [name, idx] of Object.entries(tti)) if ((module === name || module.endsWith(`.${name}`)) && Array.isArray(idx)) return idx.length
    }
    return undefined
  }
  const badTokens = keys.filter(x => x.k.param === 'trainable_tokens_delta' && x.t.shape.length === 2 && tokenRows(x.k.module) !== undefined && x.t.shape[0] !== tokenRows(x.k.module))
  if (badTokens.length > 0) out.push(mismatch(weights, `${listNames(badTokens.map(x => x.t.name), 3)} has ${badTokens[0].t.shape[0]} rows, but the config lists ${tokenRows(badTokens[0].k.module)} token indices: loading fails with "size mismatch for …trainable_tokens_delta…".`, badTokens.map(x => x.t.name)))

  // DoRA: one magnitude per output feature of the layer (lora_B's rows).
  const outFeatures = new Map(keys.filter(x => x.k.part === 'lora_B' && x.k.leaf === 'weight' && x.t.shape.length >= 2).map(x => [x.k.module, x.t.shape[0]]))
  const badMag = keys.filter(x => x.k.part === 'lora_magnitude_vector' && x.t.shape.length === 1 && outFeatures.has(x.k.module) && outFeatures.get(x.k.module) !== x.t.shape[0])
  if (badMag.length > 0) out.push(mismatch(weights, `${listNames(badMag.map(x => x.t.name), 3)} has ${badMag[0].t.shape[0]} entries, but its layer has ${outFeatures.get(badMag[0].k.module)} output features (lora_B rows): loading fails with "size mismatch for …lora_magnitude_vector…".`, badMag.map(x => x.t.name)))

  // Prompt learning: prompt_embeddings rows = num_virtual_tokens * num_transformer_submodules.
  if (spec.family === 'prompt') {
    const emb = keys.find(x => x.k.kind === 'prompt' && x.k.leaf === 'prompt_embeddings')
    const n = num(raw.num_virtual_tokens)
    const subs = num(raw.num_transformer_submodules) ?? 1
    if (emb && n !== undefined && emb.t.shape.length === 2 && view.peftType !== 'PREFIX_TUNING' && view.peftType !== 'CPT' && emb.t.shape[0] !== n * subs) {
      out.push(mismatch(weights, `prompt_embeddings has ${emb.t.shape[0]} rows, but num_virtual_tokens=${n} × num_transformer_submodules=${subs} = ${n * subs}: loading fails with "size mismatch for weight: copying a param with shape [${emb.t.shape.join(', ')}] …".`, [emb.t.name]))
    }
  }
  return out
}

/**
 * `peft-bias-not-saved`: `bias="lora_only"` (or "boft_only") saved by a release that drops the
 * trained `<module>.base_layer.bias` (save_and_load.py looked up `<module>.bias`, which the base_layer
 * wrapper of 0.7+ no longer has: peft#3306, fixed by a614f46 in 0.21.0).
 */
export function biasNotSavedFindings(view: PeftConfigView, weights: FileAnalysis): Finding[] {
  if (view.bias !== 'lora_only' && view.bias !== 'boft_only') return []
  if (view.peftVersion !== undefined && compareVersions(view.peftVersion, LORA_ONLY_BIAS_SAVED_SINCE) >= 0) return []
  const keys = (weights.tensors ?? []).map(t => parseAdapterKey(t.name))
  const adapted = new Set(keys.filter(k => k.kind === 'lora' || k.kind === 'tuner').map(k => k.owner))
  if (adapted.size === 0) return []
  const saved = keys.some(k => k.leaf === 'bias' && ((k.kind === 'base-layer' && adapted.has(k.owner)) || (k.kind === 'other' && adapted.has(k.module))))
  if (saved) return []
  const by = view.peftVersion !== undefined ? `PEFT ${view.peftVersion}` : 'a PEFT release older than 0.18 (no peft_version in the config)'
  return [
    finding('peft-bias-not-saved', {
      path: weights.path,
      message: `bias is "${view.bias}" and this adapter was saved by ${by}, which drops the trained biases of the adapted layers (\`<module>.base_layer.bias\`, peft#3306, fixed in ${LORA_ONLY_BIAS_SAVED_SINCE}): the weights hold none for the ${adapted.size} adapted module(s) (${listNames([...adapted], 3)}). PEFT loads the adapter with the base model's original biases, so its outputs differ from the trained model's. (If the base layers have no bias at all, as in Llama's projections, nothing was lost.)`,
      tensors: [...adapted].slice(0, 20)
    })
  ]
}
