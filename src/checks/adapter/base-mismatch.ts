// adapter-base-mismatch (issue #16): the adapter against the base model it will be loaded onto, from
// the base's config.json and safetensors headers only. Shapes follow what PEFT builds before
// `load_state_dict` (peft `tuners/lora/layer.py`): Linear `lora_A` [r, in_features], `lora_B`
// [out_features, r]; GPT-2's Conv1D stores its weight as [in, out] (`fan_in_fan_out`); Embedding
// `lora_embedding_A` [r, num_embeddings], `lora_embedding_B` [embedding_dim, r]; DoRA
// `lora_magnitude_vector` [out_features]; modules_to_save copies keep the base layer's shape.
// Saved keys carry `base_model.model.` and no adapter name (peft `get_peft_model_state_dict`).
// Tuner types other than LoRA are skipped: their tensors cannot be mapped to base shapes here.
import type { FileAnalysis, Finding, TensorInfo } from '../../types.js'
import type { PostCheck, PostCheckContext } from '../post-check.js'
import { finding } from '../rules.js'
import { isJsonObject } from '../../formats/json.js'
import { localBaseDir, loadBaseModel, type BaseModel, type BaseWeight } from '../../remote/base-model.js'
import { RemoteError } from '../../remote/hub.js'
import { realRootSync, resolvesInside } from '../../discover/contain.js'

export type { BaseOption } from '../post-check.js'

/** transformers `pytorch_utils.Conv1D` users: their weights are [in, out]. */
const CONV1D_MODEL_TYPES = new Set(['gpt2', 'openai-gpt', 'imagegpt', 'decision_transformer'])
const CONV1D_LEAVES = new Set(['c_attn', 'c_proj', 'c_fc', 'q_attn'])

/** Known hidden sizes per family, to say which base an adapter seems trained for. */
const KNOWN_SIZES: Record<string, Record<number, string>> = {
  llama: { 2048: 'Llama 3.2 1B or TinyLlama 1.1B', 3072: 'Llama 3.2 3B', 4096: 'Llama 2 7B or Llama 3 8B', 5120: 'Llama 2 13B', 8192: 'Llama 2/3 70B', 16384: 'Llama 3.1 405B' },
  mistral: { 4096: 'Mistral 7B', 5120: 'Mistral Nemo 12B' },
  qwen2: { 896: 'Qwen2.5 0.5B', 1536: 'Qwen2.5 1.5B', 2048: 'Qwen2.5 3B', 3584: 'Qwen2.5 7B', 5120: 'Qwen2.5 14B or 32B', 8192: 'Qwen2.5 72B' },
  gpt2: { 768: 'GPT-2 (124M)', 1024: 'GPT-2 medium', 1280: 'GPT-2 large', 1600: 'GPT-2 XL' },
  gemma: { 2048: 'Gemma 2B', 3072: 'Gemma 7B' },
  phi3: { 3072: 'Phi-3 mini', 5120: 'Phi-3 medium' }
}

const PREFIX = 'base_model.model.'
const NAME = String.raw`[A-Za-z0-9_-]+`

type Kind = 'lora_A' | 'lora_B' | 'emb_A' | 'emb_B' | 'magnitude' | 'copy'
interface AdapterKey {
  key: string
  module: string
  kind: Kind
  /** For `copy`: weight or bias. */
  param: 'weight' | 'bias'
  shape: number[]
}

/** What one saved key means for the base, or undefined for keys this rule does not map. */
export function classifyKey(t: TensorInfo): AdapterKey | undefined {
  const name = t.name.startsWith(PREFIX) ? t.name.slice(PREFIX.length) : t.name
  let m: RegExpExecArray | null
  const base = { key: t.name, shape: t.shape, param: 'weight' as const }
  if ((m = new RegExp(String.raw`^(.+?)\.(lora_A|lora_B)(?:\.${NAME})?\.weight$`).exec(name))) return { ...base, module: m[1], kind: m[2] as Kind }
  if ((m = new RegExp(String.raw`^(.+?)\.lora_embedding_(A|B)(?:\.${NAME})?$`).exec(name))) return { ...base, module: m[1], kind: m[2] === 'A' ? 'emb_A' : 'emb_B' }
  if ((m = new RegExp(String.raw`^(.+?)\.lora_magnitude_vector(?:\.${NAME})?(?:\.weight)?$`).exec(name))) return { ...base, module: m[1], kind: 'magnitude' }
  if (/(^|\.)lora_/.test(name)) return undefined
  if ((m = new RegExp(String.raw`^(.+?)(?:\.modules_to_save(?:\.${NAME})?|\.base_layer)?\.(weight|bias)$`).exec(name))) return { ...base, module: m[1], kind: 'copy', param: m[2] as 'weight' | 'bias' }
  return undefined
}

function showShape(s: number[]): string {
  return `[${s.join(', ')}]`
}

const FLOAT = /^(F|BF|C)\d|^F8/

/** The base's view: weights by module name, with prefix and tied-embedding fallbacks. */
class BaseIndex {
  private readonly firstSegments: string[]
  private readonly modules = new Set<string>()
  constructor(readonly base: BaseModel) {
    const counts = new Map<string, number>()
    for (const k of base.weights.keys()) {
      const seg = k.split('.')[0]
      counts.set(seg, (counts.get(seg) ?? 0) + 1)
      const parts = k.split('.')
      for (let i = 1; i < parts.length; i++) this.modules.add(parts.slice(0, i).join('.'))
    }
    this.firstSegments = [...counts.entries()].filter(([, n]) => n > 1).map(([s]) => s)
  }
  /** Module names of the base (every prefix of a weight key), for target_modules. */
  moduleNames(): string[] {
    const names = [...this.modules]
    if (this.tied() && !this.modules.has('lm_head')) names.push('lm_head')
    return names
  }
  private tied(): boolean {
    return this.base.config.tie_word_embeddings !== false
  }
  private embedding(): [string, BaseWeight] | undefined {
    for (const [k, w] of this.base.weights) if (/(^|\.)(embed_tokens|wte|word_embeddings|embed_in)\.weight$/.test(k)) return [k, w]
    return undefined
  }
  /** Whether the base has anything under this module (a quantized layer has no float `.weight`). */
  hasModule(module: string): boolean {
    return this.candidates(module).some(m => this.modules.has(m)) || (/(^|\.)lm_head$/.test(module) && this.tied() && this.embedding() !== undefined)
  }
  private candidates(module: string): string[] {
    const out = [module]
    const dot = module.indexOf('.')
    if (dot > 0) out.push(module.slice(dot + 1))
    for (const s of this.firstSegments) out.push(`${s}.${module}`)
    return out
  }
  get(module: string, param: 'weight' | 'bias'): [string, BaseWeight] | undefined {
    for (const m of this.candidates(module)) {
      const w = this.base.weights.get(`${m}.${param}`)
      if (w) return [`${m}.${param}`, w]
    }
    if (param === 'weight' && /(^|\.)lm_head$/.test(module) && this.tied()) return this.embedding()
    return undefined
  }
}

function hiddenSize(config: Record<string, unknown>): number | undefined {
  for (const k of ['hidden_size', 'n_embd', 'd_model']) {
    const v = config[k]
    if (typeof v === 'number' && Number.isInteger(v)) return v
  }
  const text = config.text_config
  return isJsonObject(text as never) ? hiddenSize(text as Record<string, unknown>) : undefined
}

interface Mismatch {
  key: string
  have: number[]
  want: number[]
  /** The base's hidden size and the adapter's value in that place, when the mismatch is on the hidden dimension. */
  hidden?: [number, number]
}

function normName(s: string): string {
  return s.replace(/\d+/g, d => d.padStart(8, '0'))
}

/** Every check of this rule on one adapter; `configPath` is where findings are reported. */
export function baseMismatchFindings(configPath: string, config: Record<string, unknown>, weights: FileAnalysis | undefined, base: BaseModel): Finding[] {
  const peftType = typeof config.peft_type === 'string' ? config.peft_type.toUpperCase() : undefined
  if (peftType !== 'LORA') return []
  const idx = new BaseIndex(base)
  const out: Finding[] = []
  const hidden = hiddenSize(base.config)
  const modelType = typeof base.config.model_type === 'string' ? base.config.model_type : ''
  const fanInFanOut = config.fan_in_fan_out === true
  const missing: string[] = []
  const mismatches: Mismatch[] = []
  const keys = (weights?.tensors ?? []).map(classifyKey).filter((k): k is AdapterKey => k !== undefined)
  keys.sort((a, b) => (normName(a.key) < normName(b.key) ? -1 : normName(a.key) > normName(b.key) ? 1 : 0))
  for (const k of keys) {
    const hit = idx.get(k.module, k.param)
    if (!hit) {
      // A modules_to_save head (a classifier) is created by the task model class, not saved in the base.
      if (k.kind !== 'copy' && !idx.hasModule(k.module) && !missing.includes(k.module)) missing.push(k.module)
      continue
    }
    const w = hit[1].shape
    if (!FLOAT.test(hit[1].dtype)) continue // quantized storage: packed shapes say nothing of the layer
    const leaf = k.module.slice(k.module.lastIndexOf('.') + 1)
    let want: number[] | undefined
    let dim: number | undefined
    let adapterDim: number | undefined
    if (k.kind === 'copy') {
      want = w
    } else if (w.length === 2 && k.shape.length === 2) {
      const conv1d = (CONV1D_MODEL_TYPES.has(modelType) && CONV1D_LEAVES.has(leaf)) || (fanInFanOut && CONV1D_LEAVES.has(leaf))
      const [inF, outF] = conv1d ? [w[0], w[1]] : [w[1], w[0]]
      if (k.kind === 'lora_A') [want, dim, adapterDim] = [[k.shape[0], inF], inF, k.shape[1]]
      else if (k.kind === 'lora_B') [want, dim, adapterDim] = [[outF, k.shape[1]], outF, k.shape[0]]
      else if (k.kind === 'emb_A') [want, dim, adapterDim] = [[k.shape[0], w[0]], w[0], k.shape[1]]
      else if (k.kind === 'emb_B') [want, dim, adapterDim] = [[w[1], k.shape[1]], w[1], k.shape[0]]
      // Conv1D layout unknown to us (another model type): the transposed fit is not a mismatch.
      if (want && !conv1d && (k.kind === 'lora_A' || k.kind === 'lora_B') && showShape(want) !== showShape(k.shape)) {
        const alt = k.kind === 'lora_A' ? [k.shape[0], w[0]] : [w[1], k.shape[1]]
        if (fanInFanOut && showShape(alt) === showShape(k.shape)) want = alt
      }
    } else if (k.kind === 'magnitude' && k.shape.length === 1 && w.length === 2) {
      const isEmb = keys.some(o => o.module === k.module && (o.kind === 'emb_A' || o.kind === 'emb_B'))
      const conv1d = CONV1D_MODEL_TYPES.has(modelType) && CONV1D_LEAVES.has(leaf)
      dim = isEmb || conv1d ? w[1] : w[0]
      want = [dim]
      adapterDim = k.shape[0]
    }
    if (!want || showShape(want) === showShape(k.shape)) continue
    const m: Mismatch = { key: k.key, have: k.shape, want }
    if (hidden !== undefined && dim === hidden && adapterDim !== undefined) m.hidden = [hidden, adapterDim]
    else if (hidden !== undefined && k.kind === 'copy' && w.length === 2) {
      const i = w.indexOf(hidden)
      if (i >= 0 && k.shape.length === 2 && k.shape[i] !== hidden) m.hidden = [hidden, k.shape[i]]
    }
    mismatches.push(m)
  }
  if (missing.length > 0) {
    out.push(
      finding('adapter-base-mismatch', {
        path: configPath,
        tensors: keys.filter(k => missing.includes(k.module)).map(k => k.key).slice(0, 20),
        message: `The adapter adapts ${missing.length} module(s) the base ${base.label} does not have, e.g. \`${missing[0]}\`: PEFT finds no such layer to wrap, so these weights are never loaded (unexpected keys) and the adapter does not do what it was trained to do.`
      })
    )
  }
  if (mismatches.length > 0) {
    const f = mismatches[0]
    const withHidden = mismatches.find(x => x.hidden)
    let hint = ''
    if (withHidden?.hidden) {
      const [baseH, adH] = withHidden.hidden
      const known = KNOWN_SIZES[modelType]?.[adH]
      hint = ` The adapter's shapes point to hidden size ${adH} (this base has ${baseH})${known ? `: it seems trained for ${known}` : ''}.`
    }
    out.push(
      finding('adapter-base-mismatch', {
        path: configPath,
        tensors: mismatches.map(x => x.key).slice(0, 20),
        message: `The adapter does not fit the base ${base.label}: ${mismatches.length} tensor(s) have the wrong shape, and PEFT fails in load_state_dict with "size mismatch for ${f.key}: copying a param with shape ${showShape(f.have)} from checkpoint, the shape in current model is ${showShape(f.want)}".${hint}`
      })
    )
  }
  const targets = config.target_modules
  const hasTargetParams = Array.isArray(config.target_parameters) && config.target_parameters.length > 0
  if (!hasTargetParams && targets !== undefined && targets !== null && targets !== 'all-linear') {
    const names = idx.moduleNames()
    let selects: boolean | undefined
    if (Array.isArray(targets)) {
      const list = targets.filter((x): x is string => typeof x === 'string')
      if (list.length > 0) selects = names.some(n => list.some(t => n === t || n.endsWith(`.${t}`)))
    } else if (typeof targets === 'string') {
      try {
        const re = new RegExp(`^(?:${targets})$`)
        selects = names.some(n => re.test(n))
      } catch {
        selects = undefined // Python regex syntax JS does not read: no verdict
      }
    }
    if (selects === false) {
      out.push(
        finding('adapter-base-mismatch', {
          path: configPath,
          message: `target_modules ${JSON.stringify(targets)} selects no layer of the base ${base.label}: PEFT raises "Target modules ... not found in the base model" when it loads this adapter onto it.`
        })
      )
    }
  }
  return out
}

function siblings(byPath: Map<string, FileAnalysis>, dir: string): { st?: FileAnalysis; bin?: FileAnalysis } {
  const at = (n: string) => byPath.get(dir ? `${dir}/${n}` : n)
  return { st: at('adapter_model.safetensors'), bin: at('adapter_model.bin') }
}

/** The post-check: each adapter with its base, bases read once per scan. */
export const baseMismatchCheck: PostCheck = async (analyses: FileAnalysis[], ctx: PostCheckContext): Promise<Finding[]> => {
  const option = ctx.base
  const out: Finding[] = []
  const cache = new Map<string, Promise<BaseModel>>()
  // A map, not a search per adapter: quadratic on a tree with thousands of adapters.
  const byPath = new Map(analyses.map(a => [a.path, a]))
  let realRoots: string[] | undefined
  for (const a of analyses) {
    if (!(a.path === 'adapter_config.json' || a.path.endsWith('/adapter_config.json')) || a.path.includes('!/')) continue
    const value = a.json?.value
    if (!isJsonObject(value as never)) continue
    const config = value as Record<string, unknown>
    const dir = a.path.includes('/') ? a.path.slice(0, a.path.lastIndexOf('/')) : ''
    const remote = a.path.startsWith('hf://')
    let spec = option?.spec
    const explicit = spec !== undefined
    if (!spec) {
      const name = typeof config.base_model_name_or_path === 'string' ? config.base_model_name_or_path.trim() : ''
      if (!name) continue
      const local = localBaseDir(name, remote ? [ctx.root] : [`${ctx.root}/${dir}`, ctx.root])
      // The name comes from a file under review: a base it names is read only inside the scan root or
      // a directory the user named (`../../..`, `/home/me/llama` or a symlink out would read files
      // outside the workspace, issue #10). A base elsewhere is checked when given with --base / base-model.
      realRoots ??= (ctx.readRoots ?? [ctx.root]).map(realRootSync)
      if (local && realRoots.some(r => resolvesInside(r, local))) spec = local
      else if (option?.remote && /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(name)) {
        const rev = typeof config.revision === 'string' && config.revision ? `@${encodeURIComponent(config.revision)}` : ''
        spec = `hf://${name}${rev}`
      } else continue
    }
    const { st, bin } = siblings(byPath, dir)
    const weights = st?.tensors ? st : bin?.tensors ? bin : undefined
    let base: BaseModel
    try {
      let p = cache.get(spec)
      if (!p) {
        p = loadBaseModel(spec, { hub: option?.hub }, [ctx.root])
        cache.set(spec, p)
      }
      base = await p
    } catch (e) {
      const why = (e as Error).message
      out.push(
        finding(e instanceof RemoteError ? 'remote-unreadable' : 'file-unreadable', {
          path: a.path,
          // A base named by the config only (not asked for) that cannot be read is worth a note, not an alarm.
          severity: explicit ? 'error' : 'note',
          message: `The base model ${spec} could not be read, so the adapter was not checked against it (adapter-base-mismatch): ${why}`
        })
      )
      continue
    }
    out.push(...baseMismatchFindings(a.path, config, weights, base))
  }
  return out
}
