// layers_to_transform / layers_pattern against the saved layers (PEFT tuners_utils
// `check_target_module_exists`): weights of layers the config does not adapt are never loaded.
import { describe, expect, it } from 'vitest'
import { layerIndex } from '../src/checks/adapter/config-vs-weights.js'
import { GPT2_MODULES, loraConfig, loraTensors, makeTree, scanTree, st } from './helpers/adapter-dir.js'

const mismatches = async (cfg: Record<string, unknown>) =>
  (await scanTree(makeTree({ 'a/adapter_config.json': loraConfig(cfg), 'a/adapter_model.safetensors': st(loraTensors(GPT2_MODULES, 4)) }))).filter(
    f => f.ruleId === 'peft-config-mismatch'
  )

describe('layers_to_transform', () => {
  it('reads the layer index as PEFT does: the first `.name.N.` since 0.20, the last before', () => {
    expect(layerIndex('model.layers.3.self_attn.q_proj', undefined)).toBe(3)
    expect(layerIndex('transformer.h.11.attn.c_attn', undefined)).toBe(11)
    expect(layerIndex('model.layers.3.mlp.experts.7.w1', undefined)).toBe(3)
    expect(layerIndex('model.layers.3.mlp.experts.7.w1', undefined, 'last')).toBe(7)
    expect(layerIndex('encoder.block.1.layer.0.SelfAttention.q', undefined)).toBe(1)
    expect(layerIndex('encoder.block.1.layer.0.SelfAttention.q', undefined, 'last')).toBe(0)
    expect(layerIndex('model.layers.3.mlp.experts.7.w1', ['layers'])).toBe(3)
    expect(layerIndex('layers.3.mlp', ['layers'])).toBe(3)
    expect(layerIndex('lm_head', undefined)).toBeUndefined()
  })

  it('picks the rule by peft_version; without it reports only layers outside under every release rule', async () => {
    // T5 `encoder.block.1.layer.0.…`: 0.20+ reads block 1, releases up to 0.19 read layer 0.
    const t5 = ['encoder.block.1.layer.0.SelfAttention.q']
    const run = async (cfg: Record<string, unknown>) =>
      (await scanTree(makeTree({ 'a/adapter_config.json': loraConfig({ target_modules: ['q'], ...cfg }), 'a/adapter_model.safetensors': st(loraTensors(t5, 4)) }))).filter(
        f => f.ruleId === 'peft-config-mismatch'
      )
    expect(await run({ layers_to_transform: [0] })).toEqual([])
    expect(await run({ layers_to_transform: [1] })).toEqual([])
    expect(await run({ layers_to_transform: [0], peft_version: '0.21.0' })).toHaveLength(1)
    expect(await run({ layers_to_transform: [1], peft_version: '0.19.1' })).toHaveLength(1)
    expect(await run({ layers_to_transform: [1], peft_version: '0.21.0' })).toEqual([])
    expect(await run({ layers_to_transform: [5] })).toHaveLength(1)
  })

  it('is clean when every saved layer is selected', async () => {
    expect(await mismatches({ layers_to_transform: [0, 1] })).toEqual([])
    expect(await mismatches({ layers_to_transform: [0, 1], layers_pattern: 'h' })).toEqual([])
  })

  it('reports saved layers outside layers_to_transform', async () => {
    const f = await mismatches({ layers_to_transform: 0 })
    expect(f).toHaveLength(1)
    expect(f[0].message).toMatch(/not in the layers that layers_to_transform \[0\] selects/)
    expect(f[0].tensors).toEqual(['transformer.h.1.attn.c_attn'])
    const wrongPattern = await mismatches({ layers_to_transform: [0, 1], layers_pattern: 'layers' })
    expect(wrongPattern[0].tensors).toEqual(GPT2_MODULES)
  })
})
