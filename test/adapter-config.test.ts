// adapter_config.json validation: each problem on the exact line of its key.
import { describe, expect, it } from 'vitest'
import type { FileAnalysis } from '../src/types.js'
import { readPeftConfig } from '../src/checks/adapter/config.js'
import { parseJson } from '../src/formats/json.js'
import { loraConfig, makeTree, peftJson, scanTree } from './helpers/adapter-dir.js'

function analysis(text: string): FileAnalysis {
  const p = parseJson(text)
  return {
    path: 'a/adapter_config.json',
    format: 'json',
    bytes: text.length,
    status: 'ok',
    bytesRead: text.length,
    findings: [],
    json: p.error === undefined ? { text, value: p.value } : { text, value: undefined, error: p.error }
  }
}

/** The line `key` sits on in PEFT-formatted text. */
function lineOfKey(text: string, key: string): number {
  return text.split('\n').findIndex(l => l.trimStart().startsWith(`"${key}"`)) + 1
}

function problems(cfg: Record<string, unknown>) {
  const text = peftJson(cfg)
  return { text, read: readPeftConfig(analysis(text)) }
}

describe('readPeftConfig', () => {
  it('accepts a PEFT-written LoRA config and exposes its fields', () => {
    const { read } = problems(loraConfig({ rank_pattern: { 'h.0.attn.c_attn': 2 }, modules_to_save: ['score'] }))
    expect(read.findings).toEqual([])
    expect(read.view?.peftType).toBe('LORA')
    expect(read.view?.r).toBe(4)
    expect(read.view?.targetModules).toEqual(['c_attn'])
    expect(read.view?.modulesToSave).toEqual(['score'])
  })

  it('accepts null for every optional field (as older PEFT writes them)', () => {
    const { read } = problems(loraConfig({ rank_pattern: null, alpha_pattern: null, target_modules: null, task_type: null, bias: null, use_dora: null }))
    expect(read.findings).toEqual([])
  })

  it.each([
    ['r', 0, /positive integer/],
    ['r', -4, /positive integer/],
    ['r', 8.5, /positive integer/],
    ['r', '8', /positive integer/],
    ['lora_alpha', 'sixteen', /non-zero number/],
    ['lora_alpha', 0, /non-zero number/],
    ['lora_dropout', 1.5, /probability/],
    ['bias', 'some', /"none", "all" or "lora_only"/],
    ['target_modules', 42, /list of module names or one regular expression/],
    ['target_modules', ['q_proj', 3], /list of module names or one regular expression/],
    ['modules_to_save', 'classifier', /list of module names/],
    ['rank_pattern', ['h.0'], /must be a map/],
    ['alpha_pattern', 'x', /must be a map/],
    ['task_type', 'CLASSIFY', /SEQ_CLS/],
    ['peft_type', 'lorax', /no PEFT release knows/],
    ['use_dora', 'yes', /true or false/]
  ])('%s = %j is an error on its line', (key, value, message) => {
    const { text, read } = problems(loraConfig({ [key]: value }))
    const errors = read.findings.filter(f => f.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].ruleId).toBe('peft-config-invalid')
    expect(errors[0].line).toBe(lineOfKey(text, key))
    expect(errors[0].message).toMatch(message)
  })

  it('takes an unknown upper-case peft_type for a newer PEFT release: a note, never an error', () => {
    const { read } = problems(loraConfig({ peft_type: 'LORAX' }))
    expect(read.findings.map(f => [f.ruleId, f.severity])).toEqual([['peft-config-invalid', 'note']])
    expect(read.findings[0].message).toMatch(/does not know yet/)
  })

  it('reports a bad rank_pattern value on the line of that entry', () => {
    const { text, read } = problems(loraConfig({ rank_pattern: { 'h.0': 4, 'h.1': 0 } }))
    expect(read.findings).toHaveLength(1)
    expect(text.split('\n')[(read.findings[0].line ?? 0) - 1]).toContain('"h.1"')
  })

  it('accepts AdaLoRA rank_pattern masks (lists of booleans)', () => {
    const { read } = problems(loraConfig({ peft_type: 'ADALORA', init_r: 12, target_r: 8, rank_pattern: { 'base_model.model.h.0.attn.c_attn.lora_E.default': [true, false, true] } }))
    expect(read.findings).toEqual([])
    expect(read.view?.initR).toBe(12)
  })

  it('reports a missing peft_type on line 1', () => {
    const cfg = loraConfig()
    delete cfg.peft_type
    const { read } = problems(cfg)
    expect(read.findings.map(f => [f.ruleId, f.line])).toEqual([['peft-config-invalid', 1]])
  })

  it('reports invalid JSON on the line of the syntax error', () => {
    const text = '{\n  "peft_type": "LORA",\n  "r": 8,\n  "bias": "none"\n  "lora_alpha": 16\n}'
    const read = readPeftConfig(analysis(text))
    expect(read.findings).toHaveLength(1)
    expect(read.findings[0].line).toBe(5)
    expect(read.findings[0].message).toMatch(/not valid JSON/)
    expect(read.view).toBeUndefined()
  })

  it('reports a non-object top level', () => {
    expect(readPeftConfig(analysis('[1, 2]')).findings[0].message).toMatch(/JSON object/)
  })

  it('makes unknown keys one note on the line of the first', () => {
    const { text, read } = problems(loraConfig({ zz_new_field: 1, aa_newer: true }))
    expect(read.findings).toHaveLength(1)
    expect(read.findings[0].severity).toBe('note')
    expect(read.findings[0].line).toBe(lineOfKey(text, 'aa_newer'))
    expect(read.findings[0].message).toContain('`aa_newer`, `zz_new_field`')
  })

  it('warns about a duplicated key on its second line', () => {
    const text = '{\n  "peft_type": "LORA",\n  "r": 4,\n  "r": 8\n}'
    const f = readPeftConfig(analysis(text)).findings
    expect(f.map(x => [x.severity, x.line])).toEqual([['warning', 4]])
  })

  it('validates only the type for methods other than LoRA', () => {
    const { read } = problems({ peft_type: 'IA3', target_modules: ['k_proj'], feedforward_modules: ['fc'], task_type: 'CAUSAL_LM' })
    expect(read.findings).toEqual([])
  })

  it('reaches the scan: a broken config is reported with its line, the weights still scanned', async () => {
    const root = makeTree({ 'x/adapter_config.json': '{"peft_type": "LORA",\n"r": 0}' })
    const f = await scanTree(root)
    const invalid = f.filter(x => x.ruleId === 'peft-config-invalid')
    expect(invalid.map(x => [x.path, x.line])).toEqual([['x/adapter_config.json', 2]])
  })

  it('reports a config that is not text at all', async () => {
    const root = makeTree({ 'x/adapter_config.json': new Uint8Array([0xff, 0xfe, 0x00, 0x7b]) })
    const f = await scanTree(root)
    expect(f.filter(x => x.ruleId === 'peft-config-invalid').map(x => x.line)).toEqual([1])
  })
})
