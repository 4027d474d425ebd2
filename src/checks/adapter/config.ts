// adapter_config.json: validated the way PEFT loads it (peft `config.py` PeftConfig.from_pretrained /
// `check_kwargs`, `tuners/lora/config.py` LoraConfig.__post_init__), reduced to the fields the
// cross-file checks need. Every finding carries the line of the offending key (1 when absent).
import type { FileAnalysis, Finding } from '../../types.js'
import { isJsonObject, jsonLineAt, jsonLineStarts, parseJson, type JsonObject, type JsonValue } from '../../formats/json.js'
import { finding } from '../rules.js'
import { TUNER_BY_TYPE } from './tuners.js'
import { KNOWN_KEYS, LORA_BIAS_VALUES, LORA_FAMILY, PEFT_TYPES, TASK_TYPES } from './config-schema.js'

/** The fields later checks use, each set only when it is valid. */
export interface PeftConfigView {
  path: string
  peftType?: string
  taskType?: string
  r?: number
  /** AdaLoRA: the rank layers are created and saved with. */
  initR?: number
  bias?: string
  /** Undefined when null or absent (PEFT then picks defaults from the architecture). */
  targetModules?: string[] | string
  excludeModules?: string[] | string
  targetParameters?: string[]
  modulesToSave: string[]
  /** LoRA: pattern → rank; AdaLoRA: module key → boolean mask of kept ranks. */
  rankPattern: Record<string, JsonValue>
  useDora: boolean
  /** `peft_version` as PEFT writes it since 0.18 (undefined: an older release or a hand-written file). */
  peftVersion?: string
  /** The whole parsed object, for the per-tuner checks that read fields by the tuner table. */
  raw: JsonObject
  /** Layer indexes adapted (`layers_to_transform`), when the config restricts them. */
  layersToTransform?: number[]
  /** Names before the layer index (`layers_pattern`); undefined: any name (PEFT's default). */
  layersPattern?: string[]
  lineOf(key: string): number
  /** Line of a string element of the array under `key` (the key's line when not found). */
  lineOfEntry(key: string, entry: string): number
}

export interface ConfigRead {
  findings: Finding[]
  view?: PeftConfigView
}

function isStringList(v: JsonValue): v is string[] {
  return Array.isArray(v) && v.every(x => typeof x === 'string')
}

function isPositiveInt(v: JsonValue | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0
}

function show(v: JsonValue): string {
  const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))
  return s.length > 60 ? `${s.slice(0, 60)}…` : s
}

/** Reads and validates one adapter_config.json analysis. */
export function readPeftConfig(a: FileAnalysis): ConfigRead {
  const path = a.path
  const invalid = (message: string, line: number, severity?: Finding['severity']): Finding =>
    finding('peft-config-invalid', { path, line, message, severity })
  if (!a.json) {
    // LFS pointers and over-limit files already have their own finding.
    if (a.format === 'lfs-pointer' || a.status === 'skipped' || a.status === 'error') return { findings: [] }
    return { findings: [invalid(`adapter_config.json is not JSON (its content reads as ${a.format}); PEFT fails with a JSONDecodeError.`, 1)] }
  }
  const text = a.json.text.charCodeAt(0) === 0xfeff ? a.json.text.slice(1) : a.json.text
  if (a.json.error === 'not valid UTF-8') return { findings: [invalid('adapter_config.json is not valid UTF-8; PEFT cannot read it.', 1)] }
  const parsed = a.json.parsed ?? parseJson(text)
  if (parsed.error !== undefined) {
    return { findings: [invalid(`adapter_config.json is not valid JSON (${parsed.error}); \`PeftConfig.from_pretrained\` fails with a JSONDecodeError.`, parsed.errorLine ?? 1)] }
  }
  const lineOf = (key: string): number => parsed.keys.get(key) ?? 1
  // Computed when a finding first needs an entry's line: most configs never do.
  let lineStarts: number[] | undefined
  const lineOfEntry = (key: string, entry: string): number => {
    lineStarts ??= jsonLineStarts(text)
    const from = lineStarts[lineOf(key) - 1] ?? 0
    const at = text.indexOf(JSON.stringify(entry), from)
    return at < 0 ? lineOf(key) : jsonLineAt(lineStarts, at)
  }
  const root = parsed.value
  if (!isJsonObject(root)) return { findings: [invalid(`adapter_config.json must hold a JSON object, found ${show(root ?? null)}.`, 1)] }

  const findings: Finding[] = []
  for (const d of parsed.duplicates) {
    findings.push(invalid(`The key \`${d.path}\` appears twice; Python's json keeps the last value silently, so what was meant is unclear.`, d.line, 'warning'))
  }
  const view: PeftConfigView = { path, modulesToSave: [], rankPattern: {}, useDora: false, raw: root, lineOf, lineOfEntry }
  const version = root.peft_version
  if (typeof version === 'string' && /^\d+\.\d+/.test(version)) view.peftVersion = version
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(root, k)
  const get = (k: string): JsonValue | undefined => (has(k) ? root[k] : undefined)

  const peftType = get('peft_type')
  if (peftType === undefined) {
    findings.push(invalid('`peft_type` is missing: PEFT fails with "is missing required keys: {\'peft_type\'}" and cannot tell which adapter this is.', 1))
  } else if (typeof peftType !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(peftType)) {
    findings.push(invalid(`\`peft_type\` is ${show(peftType)}, which no PEFT release knows (LORA, ADALORA, IA3, PROMPT_TUNING, …).`, lineOf('peft_type')))
  } else if (!PEFT_TYPES.has(peftType) && !TUNER_BY_TYPE.has(peftType)) {
    // A PeftType newer than the tuner table (tuners.ts): only PEFT releases that know it load it.
    findings.push(invalid(`\`peft_type\` is "${peftType}", a tuner type this scanner does not know yet (it knows the ${TUNER_BY_TYPE.size} types of PEFT up to 0.21); its weights were not checked. PEFT releases without it fail with "'${peftType}' is not a valid PeftType".`, lineOf('peft_type'), 'note'))
  } else {
    view.peftType = peftType
  }

  const taskType = get('task_type')
  if (taskType !== undefined && taskType !== null) {
    if (typeof taskType === 'string' && TASK_TYPES.has(taskType)) view.taskType = taskType
    else findings.push(invalid(`\`task_type\` is ${show(taskType)}; PEFT accepts ${[...TASK_TYPES].join(', ')} or null.`, lineOf('task_type')))
  }

  const lora = view.peftType !== undefined && LORA_FAMILY.has(view.peftType)
  if (lora) {
    const r = get('r')
    if (r === undefined) view.r = undefined
    else if (isPositiveInt(r)) view.r = r
    else findings.push(invalid(`\`r\` is ${show(r)}; the LoRA rank must be a positive integer.`, lineOf('r')))
    const alpha = get('lora_alpha')
    if (alpha !== undefined && (typeof alpha !== 'number' || alpha === 0)) {
      findings.push(invalid(`\`lora_alpha\` is ${show(alpha)}; it must be a non-zero number (the update is scaled by lora_alpha / r).`, lineOf('lora_alpha')))
    }
    const dropout = get('lora_dropout')
    if (dropout !== undefined && (typeof dropout !== 'number' || dropout < 0 || dropout > 1)) {
      findings.push(invalid(`\`lora_dropout\` is ${show(dropout)}; it must be a probability between 0 and 1.`, lineOf('lora_dropout')))
    }
    if (view.peftType === 'ADALORA') {
      const initR = get('init_r')
      if (initR === undefined) view.initR = undefined
      else if (isPositiveInt(initR)) view.initR = initR
      else findings.push(invalid(`\`init_r\` is ${show(initR)}; AdaLoRA's initial rank must be a positive integer.`, lineOf('init_r')))
    }
  }

  const bias = get('bias')
  if (bias !== undefined && bias !== null) {
    const ok = typeof bias === 'string' && (lora ? LORA_BIAS_VALUES.includes(bias) : bias === 'none' || bias === 'all' || /^[a-z0-9]+_only$/.test(bias))
    if (ok) view.bias = bias as string
    else findings.push(invalid(`\`bias\` is ${show(bias)}; PEFT accepts "none", "all" or "lora_only".`, lineOf('bias')))
  }

  for (const key of ['target_modules', 'exclude_modules'] as const) {
    const v = get(key)
    if (v === undefined || v === null) continue
    if (typeof v === 'string' || isStringList(v)) {
      if (key === 'target_modules') view.targetModules = v
      else view.excludeModules = v
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names or one regular expression string.`, lineOf(key)))
    }
  }
  for (const key of ['modules_to_save', 'target_parameters'] as const) {
    const v = get(key)
    if (v === undefined || v === null) continue
    if (isStringList(v)) {
      if (key === 'modules_to_save') view.modulesToSave = v
      else view.targetParameters = v
    } else {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a list of module names.`, lineOf(key)))
    }
  }
  for (const key of ['rank_pattern', 'alpha_pattern'] as const) {
    const v = get(key)
    if (v === undefined || v === null) continue
    if (!isJsonObject(v)) {
      findings.push(invalid(`\`${key}\` is ${show(v)}; it must be a map from module name or pattern to a value.`, lineOf(key)))
      continue
    }
    const bad = Object.entries(v).filter(([, x]) =>
      key === 'alpha_pattern'
        ? typeof x !== 'number'
        : view.peftType === 'ADALORA'
          ? !(isPositiveInt(x) || (Array.isArray(x) && x.every(b => typeof b === 'boolean')))
          : !isPositiveInt(x)
    )
    if (bad.length > 0) {
      const [k, x] = bad[0]
      findings.push(invalid(`\`${key}\` maps "${k}" to ${show(x)}; ${key === 'alpha_pattern' ? 'alphas must be numbers' : 'ranks must be positive integers'}.`, lineOf(`${key}.${k}`)))
    } else if (key === 'rank_pattern') {
      view.rankPattern = v
    }
  }
  // layers_to_transform / layers_pattern (PEFT tuners_utils `check_target_module_exists`).
  const layers = get('layers_to_transform')
  if (typeof layers === 'number' && Number.isInteger(layers)) view.layersToTransform = [layers]
  else if (Array.isArray(layers) && layers.length > 0 && layers.every(x => typeof x === 'number' && Number.isInteger(x))) view.layersToTransform = layers as number[]
  const pattern = get('layers_pattern')
  if (typeof pattern === 'string' && pattern) view.layersPattern = [pattern]
  else if (Array.isArray(pattern) && pattern.length > 0 && pattern.every(x => typeof x === 'string')) view.layersPattern = pattern as string[]

  const dora = get('use_dora')
  if (dora !== undefined && dora !== null) {
    if (typeof dora === 'boolean') view.useDora = dora
    else findings.push(invalid(`\`use_dora\` is ${show(dora)}; it must be true or false.`, lineOf('use_dora')))
  }

  const known = view.peftType !== undefined ? KNOWN_KEYS.get(view.peftType) : undefined
  if (known) {
    const unknown = Object.keys(root).filter(k => !known.has(k))
    if (unknown.length > 0) {
      findings.push(
        invalid(
          `Key(s) ${unknown.map(k => `\`${k}\``).join(', ')} are not ${view.peftType} config fields this scanner knows. A newer PEFT may have written them; older PEFT versions drop them with "Unexpected keyword arguments … these are ignored".`,
          lineOf(unknown[0]),
          'note'
        )
      )
    }
  }
  return { findings, view }
}

/** Convenience for checks that only need the object itself. */
export function configObject(a: FileAnalysis): JsonObject | undefined {
  return isJsonObject(a.json?.value) ? a.json.value : undefined
}
