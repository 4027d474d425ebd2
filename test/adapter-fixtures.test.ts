// The real-torch PEFT fixtures (test/fixtures/peft, made by generate.py): every directory must
// report at least its expected rules, and the good ones none of issue #4's rules.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../src/types.js'
import { scan } from '../src/engine/scan.js'
import { ADAPTER_RULES } from './helpers/adapter-dir.js'

const ROOT = 'test/fixtures/peft'
const present = existsSync(join(ROOT, 'expected.json'))

interface Expected {
  dirs: Record<string, { expected_rules: string[]; details?: Record<string, unknown> }>
}

describe.skipIf(!present)('PEFT fixtures (test/fixtures/peft is absent: run generate.py to create it)', () => {
  let byDir: Map<string, Finding[]>
  let expected: Expected
  beforeAll(async () => {
    expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Expected
    const { report } = await scan({ root: ROOT, deep: true })
    byDir = new Map()
    for (const f of report.findings) {
      const dir = f.path.split('/')[0]
      byDir.set(dir, [...(byDir.get(dir) ?? []), f])
    }
  })
  const dirs = present ? Object.keys((JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Expected).dirs) : []

  it.each(dirs)('%s reports its expected rules', dir => {
    const found = new Set((byDir.get(dir) ?? []).map(f => f.ruleId))
    // Rules of other issues (pickle-checkpoint, shared-tensors) are asserted by their own tests.
    for (const rule of expected.dirs[dir].expected_rules.filter(r => ADAPTER_RULES.includes(r))) expect(found, `${dir}: ${rule}`).toContain(rule)
    if (expected.dirs[dir].expected_rules.length === 0) {
      expect((byDir.get(dir) ?? []).filter(f => ADAPTER_RULES.includes(f.ruleId))).toEqual([])
    }
  })

  it('puts the rank contradiction on the weights and names both ranks', () => {
    const f = byDir.get('rank_mismatch')?.find(x => x.ruleId === 'peft-config-mismatch')
    expect(f?.path).toBe('rank_mismatch/adapter_model.safetensors')
    expect(f?.message).toContain('r=8')
    expect(f?.message).toContain('rank 4')
  })

  it('names the unpaired lora_A layer', () => {
    const f = byDir.get('lora_a_without_b')?.find(x => x.ruleId === 'peft-config-mismatch')
    expect(f?.message).toContain('lora_A but no lora_B')
    expect(f?.tensors).toEqual(['transformer.h.1.attn.c_attn'])
  })

  it('points the unmatched target at the line of the "q_proj" entry', () => {
    const f = byDir.get('target_modules_typo')?.find(x => x.ruleId === 'peft-target-unmatched')
    const text = readFileSync(join(ROOT, 'target_modules_typo/adapter_config.json'), 'utf8').split('\n')
    expect(f?.line).toBeDefined()
    expect(text[(f?.line ?? 0) - 1]).toContain('"q_proj"')
    expect(f?.message).toContain('c_attn')
  })

  it('puts the bias trap on the "bias" line and reports what each file holds', () => {
    for (const dir of ['bias_all_alias_bin', 'bias_all_clone_safetensors']) {
      const cfg = byDir.get(dir)?.find(x => x.ruleId === 'peft-shared-bias-risk' && x.path.endsWith('adapter_config.json'))
      const text = readFileSync(join(ROOT, dir, 'adapter_config.json'), 'utf8').split('\n')
      expect(text[(cfg?.line ?? 0) - 1]).toMatch(/"bias": "all"/)
      // The safetensors save got past the trap (PeftModel cloned the alias): a note, not a warning.
      expect(cfg?.severity).toBe(dir === 'bias_all_alias_bin' ? 'warning' : 'note')
    }
    const shared = byDir.get('bias_all_alias_bin')?.find(x => x.ruleId === 'peft-shared-bias-risk' && x.path.endsWith('.bin'))
    expect(shared?.message).toContain('same storage')
    const copies = byDir.get('bias_all_clone_safetensors')?.find(x => x.ruleId === 'peft-shared-bias-risk' && x.path.endsWith('.safetensors'))
    expect(copies?.severity).toBe('note')
    expect(copies?.message).toContain('byte-identical')
    expect(copies?.message).toContain('12 extra bytes')
  })

  it('says which keys only one of the two weight files has', () => {
    const f = byDir.get('both_bin_and_safetensors')?.find(x => x.ruleId === 'adapter-formats-disagree')
    expect(f?.tensors).toEqual(['base_model.model.transformer.h.1.attn.c_attn.lora_A.weight', 'base_model.model.transformer.h.1.attn.c_attn.lora_B.weight'])
  })

  it('reports every shard index problem of sharded_index_wrong', () => {
    const msgs = (byDir.get('sharded_index_wrong') ?? []).filter(x => x.ruleId === 'shard-index-invalid')
    const all = msgs.flatMap(m => m.tensors ?? [])
    expect(all).toContain('base_model.model.transformer.h.0.attn.c_attn.lora_B.weight')
    expect(all).toContain('base_model.model.transformer.h.9.attn.c_attn.lora_A.weight')
    const unindexed = (expected.dirs.sharded_index_wrong.details?.present_but_unindexed as string[]) ?? []
    for (const n of unindexed) expect(all).toContain(n)
  })

  it('counts the single NaN of nan_tensor', () => {
    const f = byDir.get('nan_tensor')?.find(x => x.ruleId === 'tensor-nonfinite')
    expect(f?.message).toContain('1 NaN')
    expect(f?.tensors).toEqual(['base_model.model.transformer.h.0.attn.c_attn.lora_B.weight'])
  })
})
