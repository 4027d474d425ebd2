// Benchmark corpora, generated in a temp dir: sparse safetensors shards, torch-zip `.bin` adapters and
// multi-GB checkpoints whose storages are holes, a monorepo of small adapters, and real float data for
// the deep scan. Sizes are the issue's; `scale` shrinks counts for a quick run.
import { mkdirSync, openSync, closeSync, writeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomFillSync } from 'node:crypto'
import { sparseSafetensors, sparseZip } from '../../test/fuzz/hostile-tree.js'
import { torchStateDict, type TensorSpec } from '../../test/pickle-asm.js'
import { assemble, writeSafetensors } from '../../test/helpers/safetensors-writer.js'

const GB = 1024 ** 3
const MB = 1024 ** 2
/** Block of real random floats repeated to fill the deep-scan files (generating 2 GB of randomness is slow). */
const DEEP_BLOCK_BYTES = 16 * MB
/** LoRA rank and hidden size of the generated adapters. */
const RANK = 16
const HIDDEN = 4096

export type CaseName = 'a-shards' | 'b-bin-adapters' | 'b-bin-10MB' | 'b-bin-10GB' | 'c-monorepo' | 'd-deep' | 'e-convert' | 'f-python'

export interface CorpusInfo {
  files: number
  /** Logical bytes on disk (sparse holes included). */
  bytes: number
  description: string
}

/** A torch-zip checkpoint (`archive/data.pkl` + one stored member per storage) with F32 storages that are holes. */
export function writeTorchZip(path: string, tensors: Array<{ name: string; shape: number[] }>): number {
  const specs: TensorSpec[] = tensors.map((t, i) => {
    const numel = t.shape.reduce((a, b) => a * b, 1)
    const stride = t.shape.map((_, d) => t.shape.slice(d + 1).reduce((a, b) => a * b, 1))
    return [t.name, String(i), 'FloatStorage', numel, 0, t.shape, stride]
  })
  const pickle = torchStateDict(specs)
  const members = [
    { name: 'archive/data.pkl', data: pickle },
    ...specs.map((s, i) => ({ name: `archive/data/${i}`, size: (s[3] as number) * 4 })),
    { name: 'archive/version', data: new TextEncoder().encode('3\n') }
  ]
  sparseZip(path, members)
  return members.reduce((n, m) => n + ('size' in m ? m.size : m.data.length), 0)
}

function loraTensors(layers: number): Array<{ name: string; shape: number[] }> {
  const out: Array<{ name: string; shape: number[] }> = []
  for (let l = 0; l < layers; l++) {
    for (const m of ['q_proj', 'v_proj']) {
      out.push({ name: `base_model.model.model.layers.${l}.self_attn.${m}.lora_A.weight`, shape: [RANK, HIDDEN] })
      out.push({ name: `base_model.model.model.layers.${l}.self_attn.${m}.lora_B.weight`, shape: [HIDDEN, RANK] })
    }
  }
  return out
}

function adapterConfig(layers = 1): string {
  return JSON.stringify({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: RANK, lora_alpha: 32, target_modules: ['q_proj', 'v_proj'], layers_to_transform: Array.from({ length: layers }, (_, i) => i), base_model_name_or_path: 'meta-llama/Llama-2-7b-hf', bias: 'none', fan_in_fan_out: false, inference_mode: true })
}

/** An ordinary Python module (a web app's model, view and helpers), different per index. */
function plainPythonModule(i: number): string {
  return `"""Module ${i}: orders, invoices and the helpers around them."""
import datetime
import json
from dataclasses import dataclass, field

RATE_${i} = ${(i % 17) / 100}


@dataclass
class Order${i}:
    id: int
    items: list = field(default_factory=list)
    created: datetime.datetime = field(default_factory=datetime.datetime.now)

    def total(self) -> float:
        return sum(item["price"] * item.get("qty", 1) for item in self.items) * (1 + RATE_${i})

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "items": self.items, "created": self.created.isoformat()})


def parse_orders_${i}(text: str) -> list:
    out = []
    for row in json.loads(text):
        if not isinstance(row, dict):
            continue
        out.append(Order${i}(id=int(row["id"]), items=list(row.get("items", []))))
    return out


def invoice_lines_${i}(order: Order${i}) -> list:
    lines = [f"Order #{order.id} of {order.created:%Y-%m-%d}"]
    for item in order.items:
        lines.append(f"  {item['name']:<30} {item.get('qty', 1):>4} x {item['price']:>8.2f}")
    lines.append(f"  {'total':<30} {order.total():>17.2f}")
    return lines
`
}

/** Builds one case's corpus under `dir`. */
export function buildCorpus(name: CaseName, dir: string, scale = 1): CorpusInfo {
  mkdirSync(dir, { recursive: true })
  switch (name) {
    case 'a-shards': {
      const n = Math.max(1, Math.round(1000 * scale))
      for (let i = 0; i < n; i++) sparseSafetensors(join(dir, `model-${String(i + 1).padStart(5, '0')}-of-${String(n).padStart(5, '0')}.safetensors`), GB, 8)
      return { files: n, bytes: n * GB, description: `${n} safetensors shards of 1 GB (8 tensors each, sparse)` }
    }
    case 'b-bin-adapters': {
      const n = Math.max(1, Math.round(200 * scale))
      const big = Math.max(1, Math.round(5 * scale))
      let bytes = 0
      for (let i = 0; i < n; i++) {
        mkdirSync(join(dir, `adapter-${i}`))
        writeFileSync(join(dir, `adapter-${i}`, 'adapter_config.json'), adapterConfig(4))
        bytes += writeTorchZip(join(dir, `adapter-${i}`, 'adapter_model.bin'), loraTensors(4))
      }
      for (let i = 0; i < big; i++) bytes += writeTorchZip(join(dir, `pytorch_model-${i}.bin`), [{ name: 'model.embed_tokens.weight', shape: [32_000, 4096 * (4 + i)] }])
      return { files: 2 * n + big, bytes, description: `${n} torch-zip .bin adapters with configs (4 layers, q/v LoRA) + ${big} multi-GB .bin checkpoints (2-4 GB storages, sparse)` }
    }
    case 'e-convert': {
      // 2 GB of F32 in four storages: `adapter-guard convert` streams it to safetensors and verifies it.
      const rows = Math.max(16, Math.round((2 * GB * scale) / 4 / 4 / 4096))
      const tensors = [0, 1, 2, 3].map(i => ({ name: `model.layers.${i}.mlp.weight`, shape: [rows, 4096] }))
      const bytes = writeTorchZip(join(dir, 'pytorch_model.bin'), tensors)
      return { files: 1, bytes, description: `one torch-zip .bin with 4 F32 storages, ${(bytes / GB).toFixed(2)} GB in all, converted to safetensors` }
    }
    case 'b-bin-10MB':
    case 'b-bin-10GB': {
      const target = name === 'b-bin-10MB' ? 10 * MB : 10 * GB
      const bytes = writeTorchZip(join(dir, 'pytorch_model.bin'), [{ name: 'model.weight', shape: [target / 4 / 1024, 1024] }])
      return { files: 1, bytes, description: `one torch-zip .bin with a ${target === 10 * MB ? '10 MB' : '10 GB'} storage` }
    }
    case 'c-monorepo': {
      const n = Math.max(1, Math.round(2000 * scale))
      const tensors = loraTensors(1).map(t => ({ name: t.name, dtype: 'F32', shape: t.shape[0] === RANK ? [RANK, 64] : [64, RANK] }))
      const weights = writeSafetensors(tensors, { format: 'pt' })
      for (let i = 0; i < n; i++) {
        const d = join(dir, `team-${i % 20}`, `adapter-${i}`)
        mkdirSync(d, { recursive: true })
        writeFileSync(join(d, 'adapter_config.json'), adapterConfig())
        writeFileSync(join(d, 'adapter_model.safetensors'), weights)
      }
      return { files: 2 * n, bytes: n * (weights.length + adapterConfig().length), description: `${n} small LoRA adapters (config + safetensors) in ${Math.min(n, 20)} team dirs` }
    }
    case 'f-python': {
      // Code lint's cost on a big repository that never mentions PEFT, torch or pickle: every file
      // is discovered and read, none passes the pre-filter, so none is parsed.
      const n = Math.max(1, Math.round(10_000 * scale))
      let bytes = 0
      for (let i = 0; i < n; i++) {
        const d = join(dir, `pkg${i % 100}`, `sub${Math.floor(i / 100) % 10}`)
        if (i < 1000) mkdirSync(d, { recursive: true })
        const text = plainPythonModule(i)
        writeFileSync(join(d, `module_${i}.py`), text)
        bytes += text.length
      }
      return { files: n, bytes, description: `${n} Python files (~${Math.round(bytes / n)} bytes each) that never mention PEFT, torch or pickle` }
    }
    case 'd-deep': {
      const total = Math.max(64 * MB, Math.round(2 * GB * scale))
      const files = 4
      const per = Math.floor(total / files / DEEP_BLOCK_BYTES) * DEEP_BLOCK_BYTES
      const f32 = new Float32Array(DEEP_BLOCK_BYTES / 4)
      randomFillSync(f32)
      for (let i = 0; i < f32.length; i++) f32[i] = ((f32[i] % 1) || 0.5) * 0.02 // finite, weight-like values
      // BF16 is the top half of an F32: the same values, rounded down.
      const bits = new Uint32Array(f32.buffer)
      const bf16 = new Uint16Array(DEEP_BLOCK_BYTES / 2)
      for (let i = 0; i < bf16.length; i++) bf16[i] = bits[i % bits.length] >>> 16
      for (let f = 0; f < files; f++) {
        const dtype = f % 2 === 0 ? 'F32' : 'BF16'
        const block = new Uint8Array(dtype === 'F32' ? f32.buffer : bf16.buffer)
        let json = JSON.stringify({ __metadata__: { format: 'pt' }, [`model.layers.${f}.weight`]: { dtype, shape: [per / (dtype === 'F32' ? 4 : 2) / 1024, 1024], data_offsets: [0, per] } })
        json += ' '.repeat((8 - (json.length % 8)) % 8)
        const head = assemble(json)
        const fd = openSync(join(dir, `model-${f}.safetensors`), 'w')
        try {
          writeSync(fd, head, 0, head.length, 0)
          for (let o = 0; o < per; o += DEEP_BLOCK_BYTES) writeSync(fd, block, 0, DEEP_BLOCK_BYTES, head.length + o)
        } finally {
          closeSync(fd)
        }
      }
      return { files, bytes: files * per, description: `${files} safetensors files, ${(files * per) / GB} GB of real F32/BF16 data (deep scan)` }
    }
  }
}
