// `peft-config-mismatch`: saved weights that contradict adapter_config.json. Shapes per PEFT's layer
// classes (`tuners/lora/layer.py`: A [r, in], B [out, r]; `tuners/adalora/layer.py`: A/E/B with
// init_r, resized by rank_pattern masks on save in `resize_state_dict_by_rank_pattern`).
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import { finding } from '../rules.js'
import { ADALORA_DEFAULT_INIT_R, HEAD_TASK_TYPES, LORA_DEFAULT_R, LORA_FAMILY } from './config-schema.js'
import type { PeftConfigView } from './config.js'
import { parseAdapterKey, rankOf, stripPeftPrefix, type AdapterKey, type LoraPart } from './keys.js'
import { isEmbeddingMatrix } from './base-layer.js'
import { compareVersions, LAYER_INDEX_FIRST_SINCE, TUNER_BY_TYPE } from './tuners.js'
import { listNames, matchesModuleSpec, matchesTargetParameter, modulesToSaveEntry, rankPatternFor } from './targets.js'

type ModuleParts = Partial<Record<LoraPart, TensorInfo>>

/** LoRA tensors by module; `lora_B.bias` (lora_bias) is not a rank-carrying matrix and is left out. */
function loraModules(keys: Array<{ k: AdapterKey; t: TensorInfo }>): Map<string, ModuleParts> {
  const m = new Map<string, ModuleParts>()
  for (const { k, t } of keys) {
    if (k.kind !== 'lora' || !k.part || k.leaf === 'bias') continue
    const parts = m.get(k.module) ?? {}
    parts[k.part] = t
    m.set(k.module, parts)
  }
  return m
}

/**
 * AdaLoRA rank_pattern: module key → boolean mask; the saved rank is the count kept (rank 0
 * included). Keys are `<module>.lora_E` in current releases (no adapter name, no
 * `base_model.model.`), `base_model.model.<module>.lora_E.<adapter>` in older ones.
 */
function adaloraMask(view: PeftConfigView, module: string): boolean[] | undefined {
  for (const [name, mask] of Object.entries(view.rankPattern)) {
    if (!Array.isArray(mask)) continue
    const parts = name.split('.')
    const e = parts.lastIndexOf('lora_E')
    const prefix = stripPeftPrefix((e >= 0 ? parts.slice(0, e) : parts.slice(0, -2)).join('.'))
    if (prefix === module) return mask as boolean[]
  }
  return undefined
}

function adaloraMaskRank(view: PeftConfigView, module: string): number | undefined {
  const mask = adaloraMask(view, module)
  return mask ? mask.filter(b => b === true).length : undefined
}

/** The rank the config promises for a module, and where that number comes from. */
function expectedRank(view: PeftConfigView, module: string): { rank: number; source: string } | undefined {
  if (view.peftType === 'ADALORA') {
    const masked = adaloraMaskRank(view, module)
    if (masked !== undefined) return { rank: masked, source: 'its AdaLoRA rank_pattern mask' }
    if (view.initR !== undefined) return { rank: view.initR, source: `init_r=${view.initR}` }
    return { rank: ADALORA_DEFAULT_INIT_R, source: `init_r (default ${ADALORA_DEFAULT_INIT_R})` }
  }
  const p = rankPatternFor(view, module)
  if (p) return { rank: p.rank, source: `rank_pattern "${p.pattern}"` }
  if (view.r !== undefined) return { rank: view.r, source: `r=${view.r}` }
  return { rank: LORA_DEFAULT_R, source: `r (default ${LORA_DEFAULT_R})` }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export type LayerRule = 'first' | 'last'

/**
 * The layer index PEFT reads from a module name when layers_to_transform is set (tuners_utils
 * `check_target_module_exists`). Since 0.20 (#3318) the first number after a module-list name
 * (`re.match(r".*?\.[^.]*\.(\d+)\.")`, with a pattern `(?:^|.*?\.){pattern}\.(\d+)\.`); up to
 * 0.19 the greedy `.*` took the last such number (an MoE expert, T5's `layer.N`).
 */
export function layerIndex(module: string, patterns: string[] | undefined, rule: LayerRule = 'first'): number | undefined {
  const lazy = rule === 'first' ? '.*?' : '.*'
  const res = patterns
    ? patterns.map(p => new RegExp(rule === 'first' ? `^(?:|.*?\\.)${escapeRegExp(p)}\\.(\\d+)\\.` : `^.*\\.${escapeRegExp(p)}\\.(\\d+)\\.`))
    : [new RegExp(`^${lazy}\\.[^.]*\\.(\\d+)\\.`)]
  for (const re of res) {
    const m = re.exec(module)
    if (m) return Number(m[1])
  }
  return undefined
}

/** The layer rules that may have built this adapter: the config's release, or every rule when unknown. */
export function layerRules(view: PeftConfigView): LayerRule[] {
  if (view.peftVersion === undefined) return ['first', 'last']
  return [compareVersions(view.peftVersion, LAYER_INDEX_FIRST_SINCE) >= 0 ? 'first' : 'last']
}

function mismatch(weights: FileAnalysis, message: string, modules: string[], severity?: Finding['severity']): Finding {
  return finding('peft-config-mismatch', { path: weights.path, message, severity, tensors: modules.slice(0, 20) })
}

export function configMismatchFindings(view: PeftConfigView, weights: FileAnalysis): Finding[] {
  const tensors = weights.tensors ?? []
  if (tensors.length === 0 || view.peftType === undefined) return []
  const keys = tensors.map(t => ({ k: parseAdapterKey(t.name), t }))
  const out: Finding[] = []
  const cfg = `adapter_config.json (${view.peftType})`

  if (LORA_FAMILY.has(view.peftType)) {
    const modules = loraModules(keys)
    if (modules.size === 0) {
      out.push(mismatch(weights, `${cfg} describes a LoRA adapter, but the weights hold no lora_A/lora_B tensor (e.g. \`${tensors[0].name}\`): config and weights come from different adapters.`, []))
      return out
    }
    const onlyA: string[] = []
    const onlyB: string[] = []
    const disagree: string[] = []
    const wrongRank = new Map<string, string[]>()
    const doraExtra: string[] = []
    const doraMissing: string[] = []
    for (const [module, p] of modules) {
      const a = p.lora_A ?? p.lora_embedding_A
      const b = p.lora_B ?? p.lora_embedding_B
      if (a && !b) onlyA.push(module)
      if (b && !a) onlyB.push(module)
      const ra = a && rankOf(p.lora_A ? 'lora_A' : 'lora_embedding_A', a.shape)
      const rb = b && rankOf(p.lora_B ? 'lora_B' : 'lora_embedding_B', b.shape)
      if (ra !== undefined && rb !== undefined && ra !== rb) {
        disagree.push(`${module} (lora_A rank ${ra}, lora_B rank ${rb})`)
        continue
      }
      const actual = ra ?? rb
      const want = expectedRank(view, module)
      // target_parameters (ParamWrapper, lora/layer.py): one side is r * num_experts.
      const owner = module.split('.base_layer')[0]
      const perExpert = view.targetParameters !== undefined && matchesTargetParameter(view.targetParameters, owner)
      if (actual !== undefined && want && actual !== want.rank && !(perExpert && actual % want.rank === 0)) {
        const key = `${want.source} but the weights have rank ${actual}`
        wrongRank.set(key, [...(wrongRank.get(key) ?? []), module])
      }
      if (p.lora_magnitude_vector && !view.useDora) doraExtra.push(module)
      if (view.useDora && (a || b) && !p.lora_magnitude_vector) doraMissing.push(module)
    }
    if (onlyA.length > 0) out.push(mismatch(weights, `${onlyA.length} LoRA layer(s) have lora_A but no lora_B: ${listNames(onlyA)}. PEFT would leave lora_B at its zero init, so these layers do nothing.`, onlyA))
    if (onlyB.length > 0) out.push(mismatch(weights, `${onlyB.length} LoRA layer(s) have lora_B but no lora_A: ${listNames(onlyB)}. PEFT would pair them with a random lora_A.`, onlyB))
    if (disagree.length > 0) out.push(mismatch(weights, `lora_A [r, in] and lora_B [out, r] disagree on r in ${listNames(disagree)}; loading fails with a size mismatch.`, disagree.map(d => d.split(' ')[0])))
    for (const [why, mods] of wrongRank) {
      out.push(mismatch(weights, `${mods.length} LoRA layer(s) contradict the config: ${cfg} says ${why} (${listNames(mods)}). Loading fails with "size mismatch for …lora_A…".`, mods))
    }
    if (doraExtra.length > 0) out.push(mismatch(weights, `The weights hold lora_magnitude_vector (DoRA) for ${listNames(doraExtra)}, but use_dora is not true: PEFT builds plain LoRA layers and the magnitudes are ignored.`, doraExtra))
    if (doraMissing.length > 0) out.push(mismatch(weights, `use_dora is true, but ${listNames(doraMissing)} have no lora_magnitude_vector: PEFT would recompute the magnitude from the base weights instead of the trained one.`, doraMissing))
  }

  // Adapted modules the config does not target: PEFT never creates those layers, so the keys are dropped.
  // Matched by the module PEFT wrapped (`owner`: MHA's out_proj and nested target_parameters sit under base_layer).
  const adapted = [...new Set(keys.filter(x => x.k.kind === 'lora' || x.k.kind === 'tuner').map(x => x.k.owner))]
  const family = TUNER_BY_TYPE.get(view.peftType)?.family
  // Adaption prompt's target_modules is the attention submodule's name, not a layer selector.
  if (family !== 'adaption-prompt' && (view.targetModules !== undefined || view.targetParameters !== undefined)) {
    const untargeted = adapted.filter(m => {
      const byModules = view.targetModules !== undefined ? matchesModuleSpec(view.targetModules, m) : false
      if (byModules === undefined) return false
      return !byModules && !(view.targetParameters && matchesTargetParameter(view.targetParameters, m))
    })
    if (untargeted.length > 0 && untargeted.length === adapted.length) {
      out.push(mismatch(weights, `target_modules selects none of the ${adapted.length} saved adapter layer(s) (${listNames(untargeted)}): loading fails with "Target modules … not found in the base model", or, on another model, builds layers these weights do not fit.`, untargeted))
    } else if (untargeted.length > 0) {
      out.push(mismatch(weights, `${untargeted.length} saved adapter layer(s) belong to modules that target_modules does not select: ${listNames(untargeted)}. PEFT never creates those layers, so their weights are silently not loaded.`, untargeted))
    }
  }
  if (view.layersToTransform !== undefined) {
    const allowed = new Set(view.layersToTransform)
    const rules = layerRules(view)
    const exact = Array.isArray(view.targetModules) ? new Set(view.targetModules) : new Set<string>()
    // An exact full name in target_modules is adapted before the layer filter runs (check_target_module_exists).
    // Without peft_version only what is outside under every release's rule is reported.
    const outside = adapted.filter(m => !exact.has(m) && rules.every(rule => {
      const idx = layerIndex(m, view.layersPattern, rule)
      return idx === undefined || !allowed.has(idx)
    }))
    if (outside.length > 0) {
      out.push(mismatch(weights, `${outside.length} saved adapter layer(s) are not in the layers that layers_to_transform [${view.layersToTransform.join(', ')}] selects${view.layersPattern ? ` (layers_pattern ${view.layersPattern.map(p => `"${p}"`).join(', ')})` : ''}: ${listNames(outside)}. PEFT never creates those layers, so their weights are silently not loaded.`, outside))
    }
  }
  if (view.excludeModules !== undefined) {
    const excluded = adapted.filter(m => matchesModuleSpec(view.excludeModules as string[] | string, m) === true)
    if (excluded.length > 0) out.push(mismatch(weights, `${excluded.length} saved adapter layer(s) belong to modules that exclude_modules removes: ${listNames(excluded)}; their weights are silently not loaded.`, excluded))
  }

  out.push(...headFindings(view, weights, keys))
  return out
}

/**
 * modules_to_save against the saved non-adapter weights. PEFT's SEQ_CLS/TOKEN_CLS/QA models add
 * their head names to modules_to_save at load time, so a missing head loads with random weights.
 */
function headFindings(view: PeftConfigView, weights: FileAnalysis, keys: Array<{ k: AdapterKey; t: TensorInfo }>): Finding[] {
  const out: Finding[] = []
  // Only configs with a modules_to_save field get the task's head added (peft_model.py checks hasattr).
  const headNames = view.taskType !== undefined && 'modules_to_save' in view.raw ? HEAD_TASK_TYPES.get(view.taskType) : undefined
  const declared = view.modulesToSave
  const adaptedOwners = new Set(keys.filter(x => x.k.kind === 'lora' || x.k.kind === 'tuner').map(x => x.k.owner))
  // Plain saved modules; the bias trap's aliases and embeddings have rules of their own.
  const plain = keys.filter(
    x =>
      x.k.kind === 'other' &&
      !/(^|\.)(modules_to_save|original_module)(\.|$)/.test(x.k.module) &&
      !(isEmbeddingMatrix(x.t) && modulesToSaveEntry(declared, x.k.module) === undefined) &&
      // bias="all": every key with "bias" in it (T5's relative_attention_bias too; save_and_load.py up to 0.20).
      !(view.bias === 'all' && x.k.key.includes('bias')) &&
      // bias="<method>_only" before the base_layer wrapper: the adapted layer's own `<module>.bias`.
      !(view.bias !== undefined && view.bias.endsWith('_only') && x.k.leaf === 'bias' && adaptedOwners.has(x.k.module))
  )
  const modules = [...new Set(plain.map(x => x.k.module))]
  const matched = declared.filter(e => modules.some(m => modulesToSaveEntry([e], m) !== undefined))
  if (headNames && !headNames.some(h => modules.some(m => modulesToSaveEntry([h], m) !== undefined)) && !matched.length) {
    const listed = [...new Set(declared.length > 0 ? declared : headNames)]
    out.push(
      mismatch(
        weights,
        `task_type ${view.taskType} needs a trained head, but none of ${listNames([...listed])} is saved in the weights: the head would load with random weights and the adapter's predictions are noise.`,
        []
      )
    )
  } else if (!headNames) {
    for (const e of declared.filter(x => !matched.includes(x))) {
      out.push(
        finding('peft-config-mismatch', {
          path: view.path,
          line: view.lineOfEntry('modules_to_save', e),
          severity: 'warning',
          message: `modules_to_save lists "${e}", but no saved weight belongs to a module of that name: that module keeps its base weights when the adapter loads.`
        })
      )
    }
  }
  const effective = [...declared, ...(headNames ?? [])]
  const unlisted = modules.filter(m => modulesToSaveEntry(declared, m) === undefined)
  if (unlisted.length > 0) {
    const byTask = unlisted.filter(m => modulesToSaveEntry(effective, m) !== undefined)
    const stray = unlisted.filter(m => !byTask.includes(m))
    if (byTask.length > 0) {
      // Sound for PEFT (older configs with modules_to_save null): the task's PeftModel class adds the head.
      out.push(
        mismatch(
          weights,
          `The weights hold ${listNames(byTask)}, which modules_to_save in adapter_config.json does not list; PEFT loads it because task_type ${view.taskType} adds ${listNames([...(headNames ?? [])])} by itself. Loaded any other way (a different task type, transformers' load_adapter) the head is dropped.`,
          byTask,
          'note'
        )
      )
    }
    if (stray.length > 0) {
      out.push(
        mismatch(
          weights,
          `The weights hold full weights of ${listNames(stray)}, which neither target_modules nor modules_to_save explains: PEFT does not load them (unexpected keys are ignored).`,
          stray,
          'warning'
        )
      )
    }
  }
  return out
}
