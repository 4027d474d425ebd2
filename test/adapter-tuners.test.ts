// The tuner table (src/checks/adapter/tuners.ts) and the rules that read it (issue #11).
import { describe, expect, it } from 'vitest'
import { compareVersions, PARAM_OWNERS, TUNER_BY_TYPE, TUNERS } from '../src/checks/adapter/tuners.js'
import { PEFT_TYPES } from '../src/checks/adapter/config-schema.js'
import { parseAdapterKey } from '../src/checks/adapter/keys.js'
import { loraConfig, loraTensors, makeTree, scanTree, st } from './helpers/adapter-dir.js'

/** `[t.value for t in peft.PeftType]` in PEFT 0.21.0 (the generator's venv). */
const PEFT_0_21 = [
  'PROMPT_TUNING', 'MULTITASK_PROMPT_TUNING', 'P_TUNING', 'PREFIX_TUNING', 'LORA', 'ADALORA', 'ADAMSS', 'BOFT', 'ADAPTION_PROMPT', 'IA3', 'BEFT',
  'LILY', 'LOHA', 'LOKR', 'OFT', 'POLY', 'LN_TUNING', 'VERA', 'FROD', 'PVERA', 'FOURIERFT', 'GLORA', 'XLORA', 'HRA', 'VBLORA', 'UNILORA', 'CPT',
  'MISS', 'RANDLORA', 'ROAD', 'TRAINABLE_TOKENS', 'HIRA', 'SHIRA', 'C3A', 'WAVEFT', 'OSF', 'DELORA', 'GRALORA', 'CARTRIDGE', 'TINYLORA', 'PSOFT',
  'PEANUT', 'SHADOW', 'SUPERTUNING', 'DEFT'
]

describe('tuner table', () => {
  it('knows every PeftType of PEFT 0.21 and BONE (0.14.0 to 0.18.x)', () => {
    for (const t of PEFT_0_21) expect(TUNER_BY_TYPE.has(t), t).toBe(true)
    for (const t of PEFT_TYPES) expect(TUNER_BY_TYPE.has(t), t).toBe(true)
    expect(TUNER_BY_TYPE.get('BONE')).toMatchObject({ since: '0.14.0', until: '0.18.1', params: ['bone_block'] })
  })

  it('lists types in release order and every layer tuner with parameter names', () => {
    for (let i = 1; i < TUNERS.length; i++) expect(compareVersions(TUNERS[i - 1].since, TUNERS[i].since)).toBeLessThanOrEqual(0)
    for (const t of TUNERS.filter(x => x.family !== 'prompt')) expect(t.params.length, t.type).toBeGreaterThan(0)
    expect(PARAM_OWNERS.get('lora_A')).toEqual(['LORA', 'ADALORA', 'XLORA'])
  })

  it('compares releases numerically, a dev tail before its release', () => {
    expect(compareVersions('0.9.0', '0.20.0')).toBeLessThan(0)
    expect(compareVersions('0.21.0', '0.21.0')).toBe(0)
    expect(compareVersions('0.21.0.dev0', '0.21.0')).toBeLessThan(0)
  })

  it.each([
    ['base_model.model.h.0.q.hada_w1_a', 'h.0.q', 'hada_w1_a'],
    ['base_model.model.h.0.q.osf_svd_params.S_low', 'h.0.q', 'osf_svd_params'],
    ['base_model.model.h.0.q.shadow_down.default.weight', 'h.0.q', 'shadow_down'],
    ['base_model.model.layers.0.self_attn.adaption_gate', 'layers.0.self_attn', 'adaption_gate'],
    ['base_model.model.h.0.mlp.experts.base_layer.lora_A.weight', 'h.0.mlp.experts.base_layer', 'lora_A']
  ])('parses %s', (key, module, param) => {
    const k = parseAdapterKey(key)
    expect([k.module, k.param]).toEqual([module, param])
  })
})

const MODS = ['transformer.h.0.attn.c_attn', 'transformer.h.1.attn.c_attn']
const lora = (cfg: Record<string, unknown>, extra: Parameters<typeof st>[0] = []) =>
  makeTree({ 'a/adapter_config.json': loraConfig(cfg), 'a/adapter_model.safetensors': st([...loraTensors(MODS, 4, 32, 96), ...extra]) })
const rule = async (root: string, id: string) => (await scanTree(root)).filter(f => f.ruleId === id)
const bias = (m: string, suffix: string) => ({ name: `base_model.model.${m}.${suffix}`, dtype: 'F32', shape: [96], data: new Uint8Array(384).fill(1) })

describe('peft-bias-not-saved', () => {
  it('fires for lora_only saved by a release before 0.21.0 without the biases', async () => {
    for (const v of [undefined, '0.18.0', '0.20.0']) {
      const f = await rule(lora({ bias: 'lora_only', ...(v ? { peft_version: v } : {}) }), 'peft-bias-not-saved')
      expect(f, String(v)).toHaveLength(1)
      expect(f[0].severity).toBe('error')
      expect(f[0].message).toContain('0.21.0')
    }
  })

  it('is quiet for 0.21.0+, for other bias values, and when the biases are there (either layout)', async () => {
    expect(await rule(lora({ bias: 'lora_only', peft_version: '0.21.0' }), 'peft-bias-not-saved')).toEqual([])
    expect(await rule(lora({ bias: 'none' }), 'peft-bias-not-saved')).toEqual([])
    expect(await rule(lora({ bias: 'lora_only' }, MODS.map(m => bias(m, 'base_layer.bias'))), 'peft-bias-not-saved')).toEqual([])
    expect(await rule(lora({ bias: 'lora_only' }, MODS.map(m => bias(m, 'bias'))), 'peft-bias-not-saved')).toEqual([])
    // Before the base_layer wrapper lora_only saved `<module>.bias`: PEFT loads it, not an unexplained weight.
    expect(await rule(lora({ bias: 'lora_only' }, MODS.map(m => bias(m, 'bias'))), 'peft-config-mismatch')).toEqual([])
  })
})

describe('tuner checks', () => {
  it('reports trained lora_B.bias that lora_bias=false makes PEFT ignore', async () => {
    const f = await rule(lora({}, MODS.map(m => bias(m, 'lora_B.bias'))), 'peft-config-mismatch')
    expect(f.map(x => x.message).join()).toMatch(/lora_bias is not true/)
    expect(await rule(lora({ lora_bias: true }, MODS.map(m => bias(m, 'lora_B.bias'))), 'peft-config-mismatch')).toEqual([])
  })

  it('reports a config of another tuner type over LoRA weights', async () => {
    const f = await rule(lora({ peft_type: 'IA3', feedforward_modules: [] }), 'peft-config-mismatch')
    expect(f.map(x => x.message).join()).toMatch(/says IA3, but the weights hold LORA\/ADALORA\/XLORA parameters/)
  })

  it('quotes PEFT for configs __post_init__ rejects', async () => {
    const f = await rule(lora({ layers_pattern: 'h' }), 'peft-config-invalid')
    expect(f.map(x => x.message).join()).toContain('When `layers_pattern` is specified, `layers_to_transform` must also be specified.')
    const dora = await rule(lora({ lora_bias: true, use_dora: true }), 'peft-config-invalid')
    expect(dora.map(x => x.message).join()).toContain('lora_bias=True is not supported for DoRA')
  })
})
