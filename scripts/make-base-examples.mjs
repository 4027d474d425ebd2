// Writes the base example tree that `npm start` scans: a healthy LoRA adapter, an LFS pointer where
// weights should be, and safetensors files that break the reference loader's rules.
// Deterministic: re-running it reproduces the same bytes. Broken adapters per adapter rule come from
// scripts/make-examples.mjs.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { floats, loraConfig, safetensors } from './lib/example-writer.mjs'

const ROOT = 'examples'



function write(path, bytes) {
  mkdirSync(join(ROOT, path, '..'), { recursive: true })
  writeFileSync(join(ROOT, path), bytes)
}

const config = loraConfig()
const lora = []
for (let layer = 0; layer < 2; layer++) {
  const m = `base_model.model.transformer.h.${layer}.attn.c_attn`
  lora.push({ name: `${m}.lora_A.weight`, dtype: 'F32', shape: [4, 32], data: floats(128, layer + 1) })
  lora.push({ name: `${m}.lora_B.weight`, dtype: 'F32', shape: [96, 4], data: floats(384, layer + 7) })
}
write('adapters/gpt2-lora/adapter_config.json', config)
write('adapters/gpt2-lora/adapter_model.safetensors', safetensors(lora, { format: 'pt' }))

write(
  'adapters/lfs-checkout/adapter_model.safetensors',
  'version https://git-lfs.github.com/spec/v1\noid sha256:9f2c5b3e1f0f5d0c6a7b8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b\nsize 2367673\n'
)
write('adapters/lfs-checkout/adapter_config.json', config)

// safetensors files that break the reference loader, one per reference error class.
write('safetensors/header-too-small.safetensors', Buffer.from([1, 2, 3]))
const good = safetensors([{ name: 'w', dtype: 'F32', shape: [2, 2] }], { format: 'pt' })
write('safetensors/truncated.safetensors', good.subarray(0, good.length - 4))
write('safetensors/polyglot.safetensors', Buffer.concat([good, Buffer.from('<script>alert(1)</script>')]))
const empty = Buffer.from('{},"__metadata__":{"format":"pt"}')
const elen = Buffer.alloc(8)
elen.writeBigUInt64LE(BigInt(empty.length))
write('safetensors/empty-state-dict-old-writer.safetensors', Buffer.concat([elen, empty]))
write('safetensors/zero-tensors.safetensors', safetensors([], { format: 'pt' }))
console.log('wrote examples/adapters and examples/safetensors')

// Pickle checkpoints, copied from the generator's outputs (test/fixtures/generate.py, real torch):
// the PEFT shared-bias alias, a payload hidden in a torch zip member, a transposed view, and a
// clean pickle that only needs converting. Payloads are harmless (`os.system("true")`) and never run.
import { copyFileSync } from 'node:fs'
const FIX = 'test/fixtures'
const copies = [
  ['peft/bias_all_alias_bin/adapter_config.json', 'pickle/bias-alias-adapter/adapter_config.json'],
  ['peft/bias_all_alias_bin/adapter_model.bin', 'pickle/bias-alias-adapter/adapter_model.bin'],
  ['malicious/zip_pickle_in_data_txt.pt', 'pickle/hidden-payload/adapter_model.bin'],
  ['malicious/legacy_object_payload.pt', 'pickle/legacy-payload.pt'],
  ['torch/transposed.pt', 'pickle/transposed-view.pt'],
  ['torch/plain.pt', 'pickle/plain-state-dict.pt'],
  ['malicious/zip_duplicate_data_pkl.pt', 'pickle/duplicate-members.pt'],
  ['malicious/builtins_print.pkl', 'pickle/unexpected-import.pkl'],
  ['malicious/payload_then_junk.pkl', 'pickle/payload-then-junk.pkl'],
  ['safetensors/dtype_F8_E8M0.safetensors', 'safetensors/newer-dtype.safetensors']
]
for (const [from, to] of copies) {
  mkdirSync(join(ROOT, to, '..'), { recursive: true })
  copyFileSync(join(FIX, from), join(ROOT, to))
}
console.log('wrote examples/pickle')
