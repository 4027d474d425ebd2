// A tiny safetensors writer following the reference writer (`prepare`/`serialize` in the crate):
// tensors sorted by dtype in descending declaration order, then by name; offsets contiguous from 0;
// compact JSON with __metadata__ first; header padded with spaces to a multiple of 8.
import { dtypeInfo } from '../../src/formats/dtype.js'

export interface WriterTensor {
  name: string
  dtype: string
  shape: number[]
  data?: Uint8Array
}

export function tensorBytes(t: WriterTensor): number {
  const info = dtypeInfo(t.dtype)
  if (!info) throw new Error(`unknown dtype ${t.dtype}`)
  const n = t.shape.reduce((a, b) => a * b, 1)
  return (n * info.bits) / 8
}

export function writeSafetensors(tensors: WriterTensor[], metadata?: Record<string, string>, opts: { pad?: boolean } = {}): Uint8Array {
  const sorted = [...tensors].sort((a, b) => {
    const da = dtypeInfo(a.dtype)?.order ?? 0
    const db = dtypeInfo(b.dtype)?.order ?? 0
    if (da !== db) return db - da
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  })
  const header: Record<string, unknown> = {}
  if (metadata) header.__metadata__ = metadata
  let offset = 0
  const chunks: Uint8Array[] = []
  for (const t of sorted) {
    const size = tensorBytes(t)
    const data = t.data ?? new Uint8Array(size)
    if (data.length !== size) throw new Error(`tensor ${t.name}: ${data.length} bytes given, ${size} needed`)
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size] }
    offset += size
    chunks.push(data)
  }
  let json = JSON.stringify(header)
  if (opts.pad !== false) json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8)
  return assemble(json, chunks)
}

/** Builds a file from a raw header string (any text, valid or not) and data bytes. */
export function assemble(headerText: string, chunks: Uint8Array[] = [], declaredLength?: bigint): Uint8Array {
  const h = Buffer.from(headerText, 'utf8')
  const total = chunks.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(8 + h.length + total)
  new DataView(out.buffer).setBigUint64(0, declaredLength ?? BigInt(h.length), true)
  out.set(h, 8)
  let o = 8 + h.length
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  return out
}

export function f32(values: number[]): Uint8Array {
  return new Uint8Array(new Float32Array(values).buffer)
}
