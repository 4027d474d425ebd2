// Key parsing and PEFT's name matching.
import { describe, expect, it } from 'vitest'
import { parseAdapterKey, rankOf } from '../src/checks/adapter/keys.js'
import { aliasPartner } from '../src/checks/adapter/bias-trap.js'
import { matchesModuleSpec, matchesTargetParameter, modulesToSaveEntry } from '../src/checks/adapter/targets.js'

describe('parseAdapterKey', () => {
  it.each([
    ['base_model.model.transformer.h.0.attn.c_attn.lora_A.weight', 'transformer.h.0.attn.c_attn', 'lora', 'lora_A'],
    ['base_model.model.bert.encoder.layer.0.attention.self.query.lora_E', 'bert.encoder.layer.0.attention.self.query', 'lora', 'lora_E'],
    ['base_model.model.model.embed_tokens.lora_embedding_B', 'model.embed_tokens', 'lora', 'lora_embedding_B'],
    ['base_model.model.h.0.q.lora_magnitude_vector', 'h.0.q', 'lora', 'lora_magnitude_vector'],
    ['base_model.model.h.0.q.lora_B.bias', 'h.0.q', 'lora', 'lora_B'],
    ['base_model.model.h.0.k.ia3_l', 'h.0.k', 'tuner', undefined],
    ['base_model.model.lm_head.base_layer.weight', 'lm_head', 'base-layer', undefined],
    ['base_model.model.classifier.weight', 'classifier', 'other', undefined],
    ['prompt_embeddings', '', 'prompt', undefined],
    ['base_model.vera_A', '', 'aux', undefined],
    ['base_model.model.mha.base_layer.out_proj.lora_A.weight', 'mha.base_layer.out_proj', 'lora', 'lora_A'],
    ['base_model.model.h.0.q.glora_A.Xd', 'h.0.q', 'tuner', undefined],
    ['base_model.classifier.dense.weight', 'classifier.dense', 'other', undefined],
    ['base_model.model.model.embed_tokens.token_adapter.trainable_tokens_delta', 'model.embed_tokens', 'aux', undefined]
  ])('%s', (key, module, kind, part) => {
    const k = parseAdapterKey(key)
    expect([k.module, k.kind, k.part]).toEqual([module, kind, part])
  })

  it('reads the rank from A [r, in] and B [out, r]', () => {
    expect(rankOf('lora_A', [4, 32])).toBe(4)
    expect(rankOf('lora_B', [96, 4])).toBe(4)
    expect(rankOf('lora_B', [96])).toBeUndefined()
  })
})

describe('PEFT matching', () => {
  it('list entries match the name or a dotted suffix, never a bare suffix', () => {
    expect(matchesModuleSpec(['c_attn'], 'transformer.h.0.attn.c_attn')).toBe(true)
    expect(matchesModuleSpec(['attn.c_attn'], 'transformer.h.0.attn.c_attn')).toBe(true)
    expect(matchesModuleSpec(['attn'], 'transformer.h.0.attn.c_attn')).toBe(false)
    expect(matchesModuleSpec(['q_lin'], 'distilbert.transformer.layer.0.attention.q_lin')).toBe(true)
  })

  it('a string is a Python full-match regex; all-linear takes everything', () => {
    expect(matchesModuleSpec('.*\\.(q|v)_proj', 'model.layers.0.self_attn.q_proj')).toBe(true)
    expect(matchesModuleSpec('q_proj', 'model.layers.0.self_attn.q_proj')).toBe(false)
    expect(matchesModuleSpec('(?P<x>.*)\\.q_proj', 'a.q_proj')).toBe(true)
    expect(matchesModuleSpec('all-linear', 'anything')).toBe(true)
    expect(matchesModuleSpec('(?<=bad', 'x')).toBeUndefined()
  })

  it('modules_to_save uses a plain endswith (so "classifier" also takes "pre_classifier")', () => {
    expect(modulesToSaveEntry(['classifier', 'score'], 'pre_classifier')).toBe('classifier')
    expect(modulesToSaveEntry(['score'], 'classifier')).toBeUndefined()
  })

  it('target_parameters select the module that owns the parameter', () => {
    expect(matchesTargetParameter(['experts.gate_up_proj'], 'model.layers.0.mlp.experts')).toBe(true)
    expect(matchesTargetParameter(['experts.gate_up_proj'], 'model.layers.0.mlp.gate')).toBe(false)
  })

  it('pairs the two names PEFT gives one head bias', () => {
    expect(aliasPartner('base_model.model.classifier.modules_to_save.bias')).toBe('base_model.model.classifier.bias')
    expect(aliasPartner('base_model.model.classifier.modules_to_save.default.bias')).toBe('base_model.model.classifier.bias')
    expect(aliasPartner('base_model.model.classifier.modules_to_save.weight')).toBeUndefined()
  })
})
