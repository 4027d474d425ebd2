// Writes examples/broken/<rule-id>/: one small broken adapter per adapter rule (issue #4), so
// `npm start` (and `--deep` for tensor-nonfinite / peft-untrained-adapter) shows each of them.
// Deterministic: re-running it reproduces the same bytes. Run from the repository root.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { floats, loraConfig as config, safetensors } from './lib/example-writer.mjs'

const ROOT = 'examples/broken'




const LAYERS = ['transformer.h.0.attn.c_attn', 'transformer.h.1.attn.c_attn']

/** GPT-2 style c_attn LoRA (in 32, out 96) at rank r; `b` chooses lora_B's data. */
function lora(r, b = (n, seed) => floats(n, seed)) {
  return LAYERS.flatMap((m, i) => [
    { name: `base_model.model.${m}.lora_A.weight`, dtype: 'F32', shape: [r, 32], data: floats(r * 32, 2 * i + 1) },
    { name: `base_model.model.${m}.lora_B.weight`, dtype: 'F32', shape: [96, r], data: b(96 * r, 2 * i + 2) }
  ])
}

function write(rule, file, bytes) {
  mkdirSync(join(ROOT, rule), { recursive: true })
  writeFileSync(join(ROOT, rule, file), bytes)
}

rmSync(ROOT, { recursive: true, force: true })

// "bias" misspelt: PEFT's Literal["none", "all", "lora_only"] rejects it.
write('peft-config-invalid', 'adapter_config.json', config({ bias: 'al' }))
write('peft-config-invalid', 'adapter_model.safetensors', safetensors(lora(4)))

// The config was committed, the weights were not.
write('peft-weights-missing', 'adapter_config.json', config())

// r=16 in the config, rank 8 in the weights.
write('peft-config-mismatch', 'adapter_config.json', config({ r: 16 }))
write('peft-config-mismatch', 'adapter_model.safetensors', safetensors(lora(8)))

// q_proj is a Llama name; GPT-2 has c_attn.
write('peft-target-unmatched', 'adapter_config.json', config({ target_modules: ['c_attn', 'q_proj'] }))
write('peft-target-unmatched', 'adapter_model.safetensors', safetensors(lora(4)))

// peft#1876: bias="all" + modules_to_save; PeftModel.save_pretrained cloned the alias.
const bias = floats(2, 99)
write('peft-shared-bias-risk', 'adapter_config.json', config({ bias: 'all', modules_to_save: ['score'], task_type: 'SEQ_CLS' }))
write(
  'peft-shared-bias-risk',
  'adapter_model.safetensors',
  safetensors([
    ...lora(4),
    { name: 'base_model.model.score.weight', dtype: 'F32', shape: [2, 32], data: floats(64, 7) },
    { name: 'base_model.model.score.bias', dtype: 'F32', shape: [2], data: bias },
    { name: 'base_model.model.score.modules_to_save.bias', dtype: 'F32', shape: [2], data: bias }
  ])
)

// peft#2092: the full base weight of a targeted layer saved next to its LoRA matrices.
write('peft-base-layer-saved', 'adapter_config.json', config())
write(
  'peft-base-layer-saved',
  'adapter_model.safetensors',
  safetensors([...lora(4), { name: 'base_model.model.transformer.h.0.attn.c_attn.base_layer.weight', dtype: 'F16', shape: [32, 96] }])
)

// A stale adapter_model.bin (real torch.save output from the fixture generator) beside a newer safetensors.
write('adapter-formats-disagree', 'adapter_config.json', config({ target_modules: ['q_proj', 'k_proj', 'v_proj'] }))
copyFileSync('test/fixtures/torch/plain.pt', join(ROOT, 'adapter-formats-disagree', 'adapter_model.bin'))
write(
  'adapter-formats-disagree',
  'adapter_model.safetensors',
  safetensors(
    ['q_proj', 'v_proj', 'k_proj'].flatMap((p, i) => [
      { name: `base_model.model.model.layers.0.self_attn.${p}.lora_A.weight`, dtype: 'F32', shape: [4, 16], data: floats(64, i + 20) },
      { name: `base_model.model.model.layers.0.self_attn.${p}.lora_B.weight`, dtype: 'F32', shape: [16, 4], data: floats(64, i + 30) }
    ])
  )
)

// The index names a second shard that was never uploaded.
const shard1 = lora(4)
write('shard-index-invalid', 'model-00001-of-00002.safetensors', safetensors(shard1))
write(
  'shard-index-invalid',
  'model.safetensors.index.json',
  JSON.stringify(
    {
      metadata: { total_size: 2 * shard1.reduce((n, t) => n + t.data.length, 0) },
      weight_map: {
        ...Object.fromEntries(shard1.map(t => [t.name, 'model-00001-of-00002.safetensors'])),
        'base_model.model.transformer.h.2.attn.c_attn.lora_A.weight': 'model-00002-of-00002.safetensors'
      }
    },
    null,
    2
  )
)

// One NaN in a lora_B (deep scan).
write('tensor-nonfinite', 'adapter_config.json', config())
write(
  'tensor-nonfinite',
  'adapter_model.safetensors',
  safetensors(
    lora(4, (n, seed) => {
      const b = floats(n, seed)
      if (seed === 2) b.writeFloatLE(NaN, 4 * 21)
      return b
    })
  )
)

// Saved straight after get_peft_model: every lora_B still zero (deep scan).
write('peft-untrained-adapter', 'adapter_config.json', config())
write('peft-untrained-adapter', 'adapter_model.safetensors', safetensors(lora(4, n => Buffer.alloc(n * 4))))

// An adapter made by real PEFT for a tiny Llama of hidden size 48, beside a base of hidden size 32
// that its config names (issue #16; both from test/fixtures/base-mismatch/generate.py).
{
  const from = 'test/fixtures/base-mismatch'
  const cfg = JSON.parse(readFileSync(join(from, 'adapters', 'llama-48-lora', 'adapter_config.json'), 'utf8'))
  write('adapter-base-mismatch', 'adapter_config.json', JSON.stringify({ ...cfg, base_model_name_or_path: 'base' }, null, 2))
  write('adapter-base-mismatch', 'adapter_model.safetensors', readFileSync(join(from, 'adapters', 'llama-48-lora', 'adapter_model.safetensors')))
  mkdirSync(join(ROOT, 'adapter-base-mismatch', 'base'), { recursive: true })
  for (const f of ['config.json', 'model.safetensors']) copyFileSync(join(from, 'bases', 'llama-32', f), join(ROOT, 'adapter-base-mismatch', 'base', f))
}
// peft#3306: bias="lora_only" saved by PEFT 0.17.1, which drops the trained c_attn.base_layer.bias.
write('peft-bias-not-saved', 'adapter_config.json', config({ bias: 'lora_only', peft_version: '0.17.1' }))
write('peft-bias-not-saved', 'adapter_model.safetensors', safetensors(lora(4)))
