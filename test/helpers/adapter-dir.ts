// Builds small adapter directories on disk for the adapter and deep-scan tests: a PEFT-style
// adapter_config.json (indent 2, sorted keys, as PEFT writes it) and reference-writer safetensors.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Finding } from '../../src/types.js'
import { scan } from '../../src/engine/scan.js'
import { f32, writeSafetensors, type WriterTensor } from './safetensors-writer.js'

export type TreeFile = Uint8Array | string | Record<string, unknown>

/** PEFT's `json.dumps(indent=2, sort_keys=True)`. */
export function peftJson(obj: Record<string, unknown>): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map(k => [k, sort((v as Record<string, unknown>)[k])])) : v
  return JSON.stringify(sort(obj), null, 2)
}

export function makeTree(files: Record<string, TreeFile>): string {
  const root = mkdtempSync(join(tmpdir(), 'ag-adapter-'))
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, content instanceof Uint8Array || typeof content === 'string' ? content : peftJson(content))
  }
  return root
}

export async function scanTree(root: string, deep = false): Promise<Finding[]> {
  return (await scan({ root, deep })).report.findings
}

export function rulesOf(findings: Finding[], ids?: string[]): string[] {
  return findings.filter(f => !ids || ids.includes(f.ruleId)).map(f => f.ruleId)
}

/** Rule ids of issue #4 (the ones these tests are about). */
export const ADAPTER_RULES = [
  'peft-config-invalid', 'peft-weights-missing', 'peft-config-mismatch', 'peft-target-unmatched', 'peft-shared-bias-risk',
  'peft-base-layer-saved', 'adapter-formats-disagree', 'shard-index-invalid', 'tensor-nonfinite', 'peft-untrained-adapter',
  'peft-bias-not-saved', 'adapter-base-mismatch'
]

export function loraConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    base_model_name_or_path: 'gpt2',
    bias: 'none',
    fan_in_fan_out: true,
    inference_mode: true,
    init_lora_weights: true,
    lora_alpha: 8,
    lora_dropout: 0.0,
    modules_to_save: null,
    peft_type: 'LORA',
    r: 4,
    rank_pattern: {},
    target_modules: ['c_attn'],
    task_type: 'CAUSAL_LM',
    use_dora: false,
    ...overrides
  }
}

/** Deterministic small non-zero floats. */
export function values(n: number, seed = 1): Uint8Array {
  const out: number[] = []
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out.push((x / 2147483648 - 0.5) * 0.02 || 0.001)
  }
  return f32(out)
}

/** lora_A [r, inF] and lora_B [outF, r] for each module, PEFT-prefixed, with trained (non-zero) values. */
export function loraTensors(modules: string[], r: number, inF = 8, outF = 8, opts: { rB?: number } = {}): WriterTensor[] {
  const rB = opts.rB ?? r
  return modules.flatMap((m, i) => [
    { name: `base_model.model.${m}.lora_A.weight`, dtype: 'F32', shape: [r, inF], data: values(r * inF, 2 * i + 1) },
    { name: `base_model.model.${m}.lora_B.weight`, dtype: 'F32', shape: [outF, rB], data: values(outF * rB, 2 * i + 2) }
  ])
}

export function st(tensors: WriterTensor[]): Uint8Array {
  return writeSafetensors(tensors, { format: 'pt' })
}

export const GPT2_MODULES = ['transformer.h.0.attn.c_attn', 'transformer.h.1.attn.c_attn']
