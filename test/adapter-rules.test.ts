// Each adapter rule on small adapters written byte by byte (reference-writer safetensors, PEFT-style
// configs) and on real torch.save checkpoints from test/fixtures/torch.
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../src/types.js'
import { scan } from '../src/engine/scan.js'
import { buildZip } from './helpers/zip-writer.js'
import { GPT2_MODULES, loraConfig, loraTensors, makeTree, scanTree, st, values } from './helpers/adapter-dir.js'

const only = (f: Finding[], rule: string): Finding[] => f.filter(x => x.ruleId === rule)
const TORCH = 'test/fixtures/torch'

describe('peft-config-mismatch', () => {
  it('honours rank_pattern: a layer at its pattern rank is fine, at r it is not', async () => {
    const ok = makeTree({
      'a/adapter_config.json': loraConfig({ r: 4, rank_pattern: { 'h.1.attn.c_attn': 2 } }),
      'a/adapter_model.safetensors': st([...loraTensors([GPT2_MODULES[0]], 4), ...loraTensors([GPT2_MODULES[1]], 2)])
    })
    expect(only(await scanTree(ok), 'peft-config-mismatch')).toEqual([])
    const bad = makeTree({
      'a/adapter_config.json': loraConfig({ r: 4, rank_pattern: { 'h.1.attn.c_attn': 2 } }),
      'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4))
    })
    const f = only(await scanTree(bad), 'peft-config-mismatch')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('rank_pattern "h.1.attn.c_attn"')
    expect(f[0].tensors).toEqual(['transformer.h.1.attn.c_attn'])
  })

  it('uses AdaLoRA init_r, and the count of kept ranks when rank_pattern holds masks', async () => {
    const ada = (rank: number, rp: unknown): Record<string, Uint8Array | Record<string, unknown>> => ({
      'a/adapter_config.json': loraConfig({ peft_type: 'ADALORA', r: 32, init_r: 12, target_r: 8, rank_pattern: rp }),
      'a/adapter_model.safetensors': st(
        GPT2_MODULES.flatMap((m, i) => [
          { name: `base_model.model.${m}.lora_A`, dtype: 'F32', shape: [rank, 8], data: values(rank * 8, i + 1) },
          { name: `base_model.model.${m}.lora_E`, dtype: 'F32', shape: [rank, 1], data: values(rank, i + 3) },
          { name: `base_model.model.${m}.lora_B`, dtype: 'F32', shape: [8, rank], data: values(rank * 8, i + 5) }
        ])
      )
    })
    expect(only(await scanTree(makeTree(ada(12, null))), 'peft-config-mismatch')).toEqual([])
    const masks = Object.fromEntries(GPT2_MODULES.map(m => [`base_model.model.${m}.lora_E.default`, [true, false, true]]))
    expect(only(await scanTree(makeTree(ada(2, masks))), 'peft-config-mismatch')).toEqual([])
    const f = only(await scanTree(makeTree(ada(8, null))), 'peft-config-mismatch')
    expect(f[0].message).toContain('init_r=12 but the weights have rank 8')
  })

  it('reports lora_A and lora_B that disagree on r, and lora_B without lora_A', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig(),
      'a/adapter_model.safetensors': st([...loraTensors([GPT2_MODULES[0]], 4, 8, 8, { rB: 2 }), loraTensors([GPT2_MODULES[1]], 4)[1]])
    })
    const msgs = only(await scanTree(root), 'peft-config-mismatch').map(f => f.message)
    expect(msgs.some(m => m.includes('disagree on r') && m.includes('lora_A rank 4, lora_B rank 2'))).toBe(true)
    expect(msgs.some(m => m.includes('lora_B but no lora_A'))).toBe(true)
  })

  it('reports DoRA magnitudes without use_dora', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig(),
      'a/adapter_model.safetensors': st([...loraTensors(GPT2_MODULES, 4), ...GPT2_MODULES.map(m => ({ name: `base_model.model.${m}.lora_magnitude_vector`, dtype: 'F32', shape: [8], data: values(8) }))])
    })
    expect(only(await scanTree(root), 'peft-config-mismatch')[0].message).toContain('use_dora is not true')
  })

  it('matches a target_modules string with re.fullmatch semantics', async () => {
    const tree = (target: string) =>
      makeTree({ 'a/adapter_config.json': loraConfig({ target_modules: target }), 'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4)) })
    expect(only(await scanTree(tree('.*\\.c_attn')), 'peft-config-mismatch')).toEqual([])
    const partial = only(await scanTree(tree('.*h\\.0\\.attn\\.c_attn')), 'peft-config-mismatch')
    expect(partial[0].tensors).toEqual(['transformer.h.1.attn.c_attn'])
    // fullmatch, not search: "c_attn" alone does not select "transformer.h.0.attn.c_attn".
    const none = await scanTree(tree('c_attn'))
    expect(only(none, 'peft-config-mismatch')[0].message).toContain('selects none')
    expect(only(none, 'peft-target-unmatched')).toHaveLength(1)
  })

  it('reports saved layers that exclude_modules removes', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig({ exclude_modules: ['h.1.attn.c_attn'] }),
      'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4))
    })
    expect(only(await scanTree(root), 'peft-config-mismatch')[0].tensors).toEqual(['transformer.h.1.attn.c_attn'])
  })

  it('treats a config for LoRA over weights with no lora_ key as a mismatch', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig(),
      'a/adapter_model.safetensors': st([{ name: 'prompt_embeddings', dtype: 'F32', shape: [20, 8], data: values(160) }])
    })
    expect(only(await scanTree(root), 'peft-config-mismatch')[0].message).toContain('no lora_A/lora_B')
  })

  it('warns on the modules_to_save line when a causal-LM entry was not saved', async () => {
    const root = makeTree({
      'a/adapter_config.json': loraConfig({ modules_to_save: ['lm_head_extra'] }),
      'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4))
    })
    const f = only(await scanTree(root), 'peft-config-mismatch')
    expect(f.map(x => [x.severity, x.path])).toEqual([['warning', 'a/adapter_config.json']])
    const text = readFileSync(join(root, 'a/adapter_config.json'), 'utf8').split('\n')
    expect(text[(f[0].line ?? 0) - 1]).toContain('"lm_head_extra"')
  })

  it('accepts a QA adapter whose qa_outputs head is saved, errors when it is not', async () => {
    const head = [
      { name: 'base_model.model.qa_outputs.weight', dtype: 'F32', shape: [2, 8], data: values(16) },
      { name: 'base_model.model.qa_outputs.bias', dtype: 'F32', shape: [2], data: values(2) }
    ]
    const cfg = loraConfig({ task_type: 'QUESTION_ANS', modules_to_save: ['qa_outputs'], target_modules: ['query', 'value'] })
    const mods = ['bert.encoder.layer.0.attention.self.query', 'bert.encoder.layer.0.attention.self.value']
    const good = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': st([...loraTensors(mods, 4), ...head]) })
    expect((await scanTree(good)).filter(f => f.ruleId.startsWith('peft-'))).toEqual([])
    const bad = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': st(loraTensors(mods, 4)) })
    expect(only(await scanTree(bad), 'peft-config-mismatch').map(f => f.severity)).toEqual(['error'])
  })
})

describe('peft-weights-missing', () => {
  it('reports a config alone (line 1) and weights alone', async () => {
    const root = makeTree({ 'cfg-only/adapter_config.json': loraConfig(), 'weights-only/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4)) })
    const f = only(await scanTree(root), 'peft-weights-missing')
    expect(f.map(x => [x.path, x.line])).toEqual([
      ['cfg-only/adapter_config.json', 1],
      ['weights-only/adapter_model.safetensors', undefined]
    ])
  })

  it('does not report a partner that exists on disk but was outside the scanned files', async () => {
    const root = makeTree({ 'a/adapter_config.json': loraConfig(), 'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4)) })
    for (const file of ['a/adapter_config.json', 'a/adapter_model.safetensors']) {
      const { report } = await scan({ root, onlyFiles: [file] })
      expect(only(report.findings, 'peft-weights-missing')).toEqual([])
    }
  })

  it('treats each adapter_name subfolder and checkpoint-N folder as its own adapter', async () => {
    const root = makeTree({
      'out/adapter_config.json': loraConfig(),
      'out/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4)),
      'out/second/adapter_config.json': loraConfig(),
      'out/checkpoint-500/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4))
    })
    const f = only(await scanTree(root), 'peft-weights-missing')
    expect(f.map(x => x.path)).toEqual(['out/checkpoint-500/adapter_model.safetensors', 'out/second/adapter_config.json'])
  })

  it.skipIf(!existsSync(`${TORCH}/two_member_zip.pt`))('reports a torch.save adapter_model.bin that holds no tensors', async () => {
    const root = makeTree({ 'a/adapter_config.json': loraConfig() })
    copyFileSync(`${TORCH}/two_member_zip.pt`, join(root, 'a/adapter_model.bin'))
    expect(only(await scanTree(root), 'peft-weights-missing').map(x => x.path)).toEqual(['a/adapter_model.bin'])
  })

  it('leaves an empty adapter_model.safetensors to safetensors-empty (one finding, not two)', async () => {
    const root = makeTree({ 'a/adapter_config.json': loraConfig(), 'a/adapter_model.safetensors': st([]) })
    const f = await scanTree(root)
    expect(only(f, 'safetensors-empty')).toHaveLength(1)
    expect(only(f, 'peft-weights-missing')).toEqual([])
  })

  it('groups adapters inside a zip archive by member directory', async () => {
    const zip = buildZip([
      { name: 'run/adapter_config.json', data: JSON.stringify(loraConfig({ r: 8 })) },
      { name: 'run/adapter_model.safetensors', data: st(loraTensors(GPT2_MODULES, 4)) },
      { name: 'lonely/adapter_config.json', data: JSON.stringify(loraConfig()) }
    ])
    const root = makeTree({ 'bundle.zip': zip })
    const f = (await scanTree(root)).filter(x => x.ruleId.startsWith('peft-'))
    expect(f.map(x => [x.ruleId, x.path])).toEqual([
      ['peft-weights-missing', 'bundle.zip!/lonely/adapter_config.json'],
      ['peft-config-mismatch', 'bundle.zip!/run/adapter_model.safetensors']
    ])
  })
})

describe('peft-shared-bias-risk', () => {
  it('warns on the bias line when a head task type meets bias="all", even without modules_to_save', async () => {
    const root = makeTree({ 'a/adapter_config.json': loraConfig({ bias: 'all', task_type: 'SEQ_CLS' }) })
    const f = only(await scanTree(root), 'peft-shared-bias-risk')
    const text = readFileSync(join(root, 'a/adapter_config.json'), 'utf8').split('\n')
    expect(f).toHaveLength(1)
    expect(text[(f[0].line ?? 0) - 1]).toContain('"bias": "all"')
    expect(f[0].message).toContain('safe_serialization=False')
  })

  it('stays quiet for bias="lora_only" and for bias="all" without a head', async () => {
    for (const cfg of [loraConfig({ bias: 'lora_only', modules_to_save: ['classifier'] }), loraConfig({ bias: 'all' })]) {
      expect(only(await scanTree(makeTree({ 'a/adapter_config.json': cfg })), 'peft-shared-bias-risk')).toEqual([])
    }
  })

  it('in a deep scan, tells copies that differ from byte-identical ones', async () => {
    const tensors = [
      ...loraTensors(GPT2_MODULES, 4),
      { name: 'base_model.model.score.weight', dtype: 'F32', shape: [2, 8], data: values(16) },
      { name: 'base_model.model.score.bias', dtype: 'F32', shape: [2], data: values(2, 7) },
      { name: 'base_model.model.score.modules_to_save.bias', dtype: 'F32', shape: [2], data: values(2, 9) }
    ]
    const root = makeTree({ 'a/adapter_config.json': loraConfig({ bias: 'all', modules_to_save: ['score'] }), 'a/adapter_model.safetensors': st(tensors) })
    const shallow = only(await scanTree(root), 'peft-shared-bias-risk').find(f => f.path.endsWith('.safetensors'))
    expect(shallow?.message).toContain('hold two copies')
    const deep = only(await scanTree(root, true), 'peft-shared-bias-risk').find(f => f.path.endsWith('.safetensors'))
    expect(deep?.message).toContain('hold different values')
  })
})

describe('peft-base-layer-saved', () => {
  it('reports an embedding-sized matrix unless modules_to_save asks for it', async () => {
    const emb = { name: 'base_model.model.model.embed_tokens.weight', dtype: 'F16', shape: [32000, 8] }
    const mods = ['model.layers.0.self_attn.q_proj']
    const plain = makeTree({ 'a/adapter_config.json': loraConfig({ target_modules: ['q_proj'] }), 'a/adapter_model.safetensors': st([...loraTensors(mods, 4), emb]) })
    const f = only(await scanTree(plain), 'peft-base-layer-saved')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('512,000 bytes')
    expect(f[0].tensors).toEqual([emb.name])
    const asked = makeTree({ 'a/adapter_config.json': loraConfig({ target_modules: ['q_proj'], modules_to_save: ['embed_tokens'] }), 'a/adapter_model.safetensors': st([...loraTensors(mods, 4), emb]) })
    expect(only(await scanTree(asked), 'peft-base-layer-saved')).toEqual([])
  })
})

describe('adapter-formats-disagree', () => {
  const plain = `${TORCH}/plain.pt`
  it.skipIf(!existsSync(plain))('compares the bytes of a torch .bin and a safetensors twin in a deep scan', async () => {
    const twin = readFileSync(`${TORCH}/plain.expected.safetensors`)
    const cfg = loraConfig({ target_modules: ['q_proj', 'v_proj'] })
    const same = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': twin })
    copyFileSync(plain, join(same, 'a/adapter_model.bin'))
    expect(only(await scanTree(same, true), 'adapter-formats-disagree')).toEqual([])
    const changed = Uint8Array.from(twin)
    changed[changed.length - 1] ^= 0x01
    const differ = makeTree({ 'a/adapter_config.json': cfg, 'a/adapter_model.safetensors': changed })
    copyFileSync(plain, join(differ, 'a/adapter_model.bin'))
    expect(only(await scanTree(differ), 'adapter-formats-disagree')).toEqual([])
    const f = only(await scanTree(differ, true), 'adapter-formats-disagree')
    expect(f).toHaveLength(1)
    expect(f[0].tensors).toEqual(['base_model.model.model.layers.0.self_attn.v_proj.lora_B.weight'])
  })
})

describe('shard-index-invalid', () => {
  const shard1 = loraTensors([GPT2_MODULES[0]], 4)
  const shard2 = loraTensors([GPT2_MODULES[1]], 4)
  const weightMap = Object.fromEntries([...shard1.map(t => [t.name, 'model-00001-of-00002.safetensors']), ...shard2.map(t => [t.name, 'model-00002-of-00002.safetensors'])])
  const tensorBytes = 4 * (4 * 8 + 8 * 4) * 2

  it('accepts a consistent index', async () => {
    const root = makeTree({
      'm/model.safetensors.index.json': { metadata: { total_size: tensorBytes }, weight_map: weightMap },
      'm/model-00001-of-00002.safetensors': st(shard1),
      'm/model-00002-of-00002.safetensors': st(shard2)
    })
    expect(only(await scanTree(root), 'shard-index-invalid')).toEqual([])
  })

  it('reports a missing shard, a wrong total_size and shards the index does not reference', async () => {
    const root = makeTree({
      'm/model.safetensors.index.json': { metadata: { total_size: tensorBytes + 4 }, weight_map: { ...weightMap, extra: 'model-00003-of-00003.safetensors' } },
      'm/model-00001-of-00002.safetensors': st(shard1),
      'm/model-00002-of-00002.safetensors': st(shard2),
      'm/model-00004-of-00004.safetensors': st(shard2)
    })
    const msgs = only(await scanTree(root), 'shard-index-invalid').map(f => f.message)
    expect(msgs.some(m => m.includes('do not exist') && m.includes('model-00003-of-00003.safetensors'))).toBe(true)
    expect(msgs.some(m => m.includes('not referenced') && m.includes('model-00004-of-00004.safetensors'))).toBe(true)
    const root2 = makeTree({
      'm/model.safetensors.index.json': { metadata: { total_size: tensorBytes + 4 }, weight_map: weightMap },
      'm/model-00001-of-00002.safetensors': st(shard1),
      'm/model-00002-of-00002.safetensors': st(shard2),
      'm/model-00003-of-00003.safetensors': st(shard2)
    })
    const msgs2 = only(await scanTree(root2), 'shard-index-invalid').map(f => f.message)
    expect(msgs2.some(m => m.includes('total_size'))).toBe(true)
    expect(msgs2.some(m => m.includes('not referenced') && m.includes('model-00003-of-00003.safetensors'))).toBe(true)
  })

  it('reads shards from disk when only the index was scanned', async () => {
    const root = makeTree({
      'm/model.safetensors.index.json': { metadata: { total_size: tensorBytes }, weight_map: { ...weightMap, ghost: 'model-00001-of-00002.safetensors' } },
      'm/model-00001-of-00002.safetensors': st(shard1),
      'm/model-00002-of-00002.safetensors': st(shard2)
    })
    const { report } = await scan({ root, onlyFiles: ['m/model.safetensors.index.json'] })
    const f = only(report.findings, 'shard-index-invalid')
    expect(f.map(x => x.tensors)).toEqual([['ghost']])
    expect(f[0].line).toBeGreaterThan(1)
  })

  it.each([
    ['not JSON', '{"weight_map": '],
    ['no weight_map', '{"metadata": {}}'],
    ['weight_map pointing outside', '{"weight_map": {"a": "../../etc/passwd", "b": 3}}']
  ])('turns a malformed index (%s) into a finding', async (_what, text) => {
    const f = only(await scanTree(makeTree({ 'm/model.safetensors.index.json': text })), 'shard-index-invalid')
    expect(f).toHaveLength(1)
  })
})
