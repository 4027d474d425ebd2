// Shared by the example generators: a reference-order safetensors writer and deterministic floats.

const BITS = { BOOL: 8, U8: 8, I8: 8, I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, F64: 64, I64: 64, U64: 64 }
// Reference writer order (safetensors `Dtype` declaration order, written descending).
const ORDER = ['BOOL', 'U8', 'I8', 'I16', 'U16', 'F16', 'BF16', 'I32', 'U32', 'F32', 'F64', 'I64', 'U64']

/** safetensors bytes: dtype descending then name, offsets from 0, header padded to 8 with spaces. */
export function safetensors(tensors, metadata = { format: 'pt' }) {
  const sorted = [...tensors].sort((a, b) => ORDER.indexOf(b.dtype) - ORDER.indexOf(a.dtype) || (a.name < b.name ? -1 : 1))
  const header = metadata ? { __metadata__: metadata } : {}
  let off = 0
  const data = []
  for (const t of sorted) {
    const n = (t.shape.reduce((x, y) => x * y, 1) * BITS[t.dtype]) / 8
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [off, off + n] }
    off += n
    data.push(t.data ?? Buffer.alloc(n))
  }
  let json = JSON.stringify(header)
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8)
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(json)))
  return Buffer.concat([len, Buffer.from(json), ...data])
}

/** `n` small F32 values from a linear congruential generator: the same bytes on every run. */
export function floats(n, seed) {
  const b = Buffer.alloc(n * 4)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    b.writeFloatLE((x / 2147483648 - 0.5) * 0.02 || 0.001, i * 4)
  }
  return b
}

// PEFT writes json.dumps(indent=2, sort_keys=True).
export function peftJson(obj) {
  const sort = v => (Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map(k => [k, sort(v[k])])) : v)
  return JSON.stringify(sort(obj), null, 2)
}

/** adapter_config.json of a small GPT-2 LoRA adapter, as PEFT writes it. */
export function loraConfig(overrides = {}) {
  return peftJson({
    base_model_name_or_path: 'gpt2',
    bias: 'none',
    fan_in_fan_out: true,
    inference_mode: true,
    init_lora_weights: true,
    lora_alpha: 16,
    lora_dropout: 0.05,
    modules_to_save: null,
    peft_type: 'LORA',
    r: 4,
    rank_pattern: {},
    target_modules: ['c_attn'],
    task_type: 'CAUSAL_LM',
    use_dora: false,
    ...overrides
  })
}
