// adapter-base-mismatch against real PEFT: every adapter in test/fixtures/base-mismatch (made with
// get_peft_model/save_pretrained on tiny transformers models) checked against every base of its
// family. The rule fires exactly where PEFT's own load failed (load-results.json, written by the
// generator), names the first failing key with both shapes as PEFT does, and stays silent elsewhere.
import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { scan } from '../src/engine/scan.js'
import { classifyKey } from '../src/checks/adapter/base-mismatch.js'

const FIX = resolve(__dirname, 'fixtures', 'base-mismatch')
const results = (JSON.parse(readFileSync(join(FIX, 'load-results.json'), 'utf8')) as { results: Record<string, string> }).results
const adapters = readdirSync(join(FIX, 'adapters')).sort()
const bases = readdirSync(join(FIX, 'bases')).sort()

async function findingsFor(adapter: string, base?: string) {
  const { report } = await scan({ root: FIX, targets: [`adapters/${adapter}`], ...(base ? { base: { spec: join(FIX, 'bases', base) } } : {}) })
  return report
}

/** PEFT's "size mismatch for K: copying a param with shape torch.Size([a, b]) ... torch.Size([c, d])" lines, adapter name dropped. */
function peftMismatches(text: string): Array<{ key: string; have: string; want: string }> {
  const out = []
  for (const m of text.matchAll(/size mismatch for (\S+): copying a param with shape torch\.Size\(\[([\d, ]*)\]\) from checkpoint, the shape in current model is torch\.Size\(\[([\d, ]*)\]\)/g)) {
    // As saved (peft get_peft_model_state_dict): no adapter name, a modules_to_save copy under the module's own name, DoRA magnitudes without `.weight`.
    const key = m[1].replace('.modules_to_save.default', '').replace(/\.default(?=\.|$)/, '').replace(/\.lora_magnitude_vector\.weight$/, '.lora_magnitude_vector')
    out.push({ key, have: `[${m[2]}]`, want: `[${m[3]}]` })
  }
  return out
}

describe('adapter-base-mismatch on real-PEFT fixtures', () => {
  it('the generator recorded an outcome for every same-family pair', () => {
    expect(Object.keys(results)).toHaveLength(adapters.length * 2)
  })

  for (const [pair, outcome] of Object.entries(results)) {
    const [adapter, base] = pair.split(' on ')
    it(`${pair}: ${outcome === 'ok' ? 'silent (PEFT loads it)' : 'fires (PEFT fails)'}`, async () => {
      expect(adapters).toContain(adapter)
      expect(bases).toContain(base)
      const report = await findingsFor(adapter, base)
      const hits = report.findings.filter(f => f.ruleId === 'adapter-base-mismatch')
      if (outcome === 'ok') {
        expect(hits).toEqual([])
        return
      }
      expect(outcome).toMatch(/^RuntimeError: Error\(s\) in loading state_dict for PeftModel/)
      expect(hits).toHaveLength(1)
      const f = hits[0]
      expect(f.severity).toBe('error')
      expect(f.path).toBe(`adapters/${adapter}/adapter_config.json`)
      // As many keys as PEFT refused, each of them one PEFT refused, and our first with PEFT's shapes.
      const peft = peftMismatches(outcome)
      expect(peft.length).toBeGreaterThan(0)
      expect(f.message).toContain(`${peft.length} tensor(s) have the wrong shape`)
      const refused = new Set(peft.map(p => p.key))
      for (const k of f.tensors ?? []) expect(refused.has(k), k).toBe(true)
      expect(f.tensors).toHaveLength(Math.min(20, peft.length))
      const ours = /size mismatch for (\S+): copying a param with shape (\[[\d, ]*\]) from checkpoint, the shape in current model is (\[[\d, ]*\])/.exec(f.message)
      expect(ours).not.toBeNull()
      const same = peft.find(p => p.key === ours?.[1])
      expect(same).toEqual({ key: ours?.[1], have: ours?.[2], want: ours?.[3] })
      expect(f.message).toMatch(/The adapter's shapes point to hidden size (32|48) \(this base has (32|48)\)/)
    })
  }

  it('with no --base, each adapter is checked against its local base_model_name_or_path and all are silent', async () => {
    for (const a of adapters) {
      const r = await findingsFor(a)
      expect(r.findings.filter(f => f.ruleId === 'adapter-base-mismatch'), a).toEqual([])
    }
  })

  it('across families: modules that do not exist and target_modules that select nothing', async () => {
    const r = await findingsFor('llama-32-lora', 'gpt2-32')
    const msgs = r.findings.filter(f => f.ruleId === 'adapter-base-mismatch').map(f => f.message)
    expect(msgs).toHaveLength(2)
    expect(msgs[0]).toContain('`model.layers.0.self_attn.q_proj`')
    expect(msgs[1]).toMatch(/target_modules \["(q|v)_proj","(q|v)_proj"\] selects no layer/)
  })

  it('a base_model_name_or_path that leads out of the scan root is never read (absolute, ../, or through a symlink); the same base inside is', async () => {
    // llama-32-lora against gpt2-32 mismatches (test above): a finding proves the base was read.
    const root = mkdtempSync(join(tmpdir(), 'ag-base-out-'))
    try {
      const put = (dir: string, baseName: string) => {
        cpSync(join(FIX, 'adapters', 'llama-32-lora'), join(root, dir), { recursive: true })
        const cfg = JSON.parse(readFileSync(join(root, dir, 'adapter_config.json'), 'utf8')) as Record<string, unknown>
        writeFileSync(join(root, dir, 'adapter_config.json'), JSON.stringify({ ...cfg, base_model_name_or_path: baseName }, null, 2))
      }
      put('abs', join(FIX, 'bases', 'gpt2-32'))
      put('dotdot', relative(join(root, 'dotdot'), join(FIX, 'bases', 'gpt2-32')))
      symlinkSync(join(FIX, 'bases'), join(root, 'linked-bases'))
      put('via-link', '../linked-bases/gpt2-32')
      cpSync(join(FIX, 'bases', 'gpt2-32'), join(root, 'bases', 'gpt2-32'), { recursive: true })
      put('inside', '../bases/gpt2-32')
      const { report } = await scan({ root })
      const mismatched = [...new Set(report.findings.filter(f => f.ruleId === 'adapter-base-mismatch').map(f => f.path.split('/')[0]))]
      expect(mismatched).toEqual(['inside'])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('a directory named on the command line outside the root is trusted as named: the base inside it is read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ag-base-cwd-'))
    try {
      const target = resolve(__dirname, '..', 'examples', 'broken', 'adapter-base-mismatch')
      const { report } = await scan({ root, targets: [target] })
      expect(report.findings.some(f => f.ruleId === 'adapter-base-mismatch')).toBe(true)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('an unreadable --base is a finding, not a crash', async () => {
    const { report } = await scan({ root: FIX, targets: ['adapters/llama-32-lora'], base: { spec: join(FIX, 'no-such-base') } })
    expect(report.findings.map(f => [f.ruleId, f.severity])).toEqual([['file-unreadable', 'error']])
  })

  it('maps saved PEFT keys to modules; unknown tuner keys are not mapped', () => {
    const t = (name: string) => classifyKey({ name, dtype: 'F32', shape: [1] })
    expect(t('base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight')).toMatchObject({ module: 'model.layers.0.self_attn.q_proj', kind: 'lora_A' })
    expect(t('base_model.model.x.q.lora_B.default.weight')).toMatchObject({ module: 'x.q', kind: 'lora_B' })
    expect(t('base_model.model.model.embed_tokens.lora_embedding_A')).toMatchObject({ module: 'model.embed_tokens', kind: 'emb_A' })
    expect(t('base_model.model.m.q.lora_magnitude_vector')).toMatchObject({ module: 'm.q', kind: 'magnitude' })
    expect(t('base_model.model.lm_head.weight')).toMatchObject({ module: 'lm_head', kind: 'copy' })
    expect(t('base_model.model.score.modules_to_save.default.weight')).toMatchObject({ module: 'score', kind: 'copy' })
    expect(t('base_model.model.m.embed_tokens.base_layer.weight')).toMatchObject({ module: 'm.embed_tokens', kind: 'copy' })
    expect(t('base_model.model.m.q.lora_bias.weight')).toBeUndefined()
    expect(t('base_model.model.m.q.ia3_l')).toBeUndefined()
  })

  it('skips tuner types it cannot map (IA3) instead of guessing', async () => {
    const { baseMismatchFindings } = await import('../src/checks/adapter/base-mismatch.js')
    const base = { label: 'b', config: {}, weights: new Map([['q.weight', { dtype: 'F32', shape: [8, 8] }]]), bytesRead: 0 }
    const weights = { path: 'a', format: 'safetensors' as const, bytes: 0, status: 'ok' as const, bytesRead: 0, findings: [], tensors: [{ name: 'base_model.model.q.ia3_l', dtype: 'F32', shape: [4, 1] }] }
    expect(baseMismatchFindings('c', { peft_type: 'IA3', target_modules: ['nothing'] }, weights, base)).toEqual([])
  })

  it('names the known model size the adapter seems made for (a Llama 3 8B adapter on a 13B base)', async () => {
    const { baseMismatchFindings } = await import('../src/checks/adapter/base-mismatch.js')
    const base = { label: 'hf://x/llama-13b', config: { model_type: 'llama', hidden_size: 5120 }, weights: new Map([['model.layers.0.self_attn.q_proj.weight', { dtype: 'BF16', shape: [5120, 5120] }]]), bytesRead: 0 }
    const tensors = [
      { name: 'base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight', dtype: 'F32', shape: [16, 4096] },
      { name: 'base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight', dtype: 'F32', shape: [4096, 16] }
    ]
    const weights = { path: 'a', format: 'safetensors' as const, bytes: 0, status: 'ok' as const, bytesRead: 0, findings: [], tensors }
    const out = baseMismatchFindings('adapter_config.json', { peft_type: 'LORA', target_modules: ['q_proj'] }, weights, base)
    expect(out).toHaveLength(1)
    expect(out[0].message).toContain('size mismatch for base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight: copying a param with shape [16, 4096] from checkpoint, the shape in current model is [16, 5120]')
    expect(out[0].message).toContain('hidden size 4096 (this base has 5120): it seems trained for Llama 2 7B or Llama 3 8B')
    // Quantized storage (packed integers) says nothing of the layer's shape: no verdict.
    const q = { ...base, weights: new Map([['model.layers.0.self_attn.q_proj.weight', { dtype: 'U8', shape: [13107200, 1] }]]) }
    expect(baseMismatchFindings('adapter_config.json', { peft_type: 'LORA', target_modules: ['q_proj'] }, weights, q)).toEqual([])
  })
})
