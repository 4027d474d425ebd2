// One streaming pass over a safetensors file's float tensors: NaN/Inf counts and whether any value
// is non-zero, per tensor. The data buffer is read front to back in DEEP_CHUNK_BYTES steps with the
// next chunk already being read while this one is scanned (two chunks in memory at most); chunks
// cover many small tensors at once and skip the stretches that hold only integer tensors.
import type { ByteSource, TensorInfo } from '../../types.js'
import { dtypeInfo } from '../../formats/dtype.js'
import { FileSource } from '../../formats/source.js'
import { emptyCounts, hasScanner, scanBits } from './float-bits.js'
import { DEEP_CHUNK_BYTES, DeepCutShort, tensorRange, type TensorStats } from './tensor-data.js'

export type { TensorStats } from './tensor-data.js'

interface Span {
  t: TensorInfo
  start: number
  end: number
  /** Bytes per element: a chunk border may split one, so the tail waits for the next chunk. */
  width: number
  carry?: Uint8Array
  stats: TensorStats
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** `deadline` (a Date.now() value): past it the read stops with DeepCutShort, checked once per chunk. */
export async function fileTensorStats(src: ByteSource, tensors: TensorInfo[], chunkBytes = DEEP_CHUNK_BYTES, deadline = Infinity): Promise<Map<string, TensorStats>> {
  const spans: Span[] = []
  for (const t of tensors) {
    const r = tensorRange(t)
    if (!r || !hasScanner(t.dtype) || r[1] <= r[0]) continue
    spans.push({ t, start: r[0], end: r[1], width: Math.max(1, (dtypeInfo(t.dtype)?.bits ?? 8) / 8), stats: { name: t.name, dtype: t.dtype, ...emptyCounts() } })
  }
  spans.sort((a, b) => a.start - b.start)
  const out = new Map(spans.map(s => [s.t.name, s.stats]))
  if (spans.length === 0) return out
  const fileEnd = Math.min(src.size, spans[spans.length - 1].end)
  // The next chunk to read: continue where the last one ended, or jump to the next span to scan.
  let ahead = 0
  const nextAt = (after: number): number | undefined => {
    while (ahead < spans.length && spans[ahead].end <= after) ahead++
    if (ahead >= spans.length) return undefined
    const at = Math.max(after, spans[ahead].start)
    return at < fileEnd ? at : undefined
  }
  // Two buffers take turns (one being read, one being scanned) when the source can read into them.
  const buffers = src instanceof FileSource ? [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)] : undefined
  let turn = 0
  const readAt = (pos: number): Promise<Uint8Array> => {
    const want = Math.min(chunkBytes, fileEnd - pos)
    if (!buffers) return src.read(pos, want)
    const buf = buffers[turn]
    turn ^= 1
    return (src as FileSource).readInto(buf.subarray(0, want), pos)
  }
  // First span the current chunk can still touch.
  let first = 0
  let at = nextAt(0)
  let pending = at === undefined ? undefined : readAt(at)
  while (pending && at !== undefined) {
    const chunk = await pending
    if (chunk.length === 0) break
    // Checked before the next read starts, so no read is left in flight when we stop.
    if (Date.now() > deadline) throw new DeepCutShort(at, out)
    const chunkAt = at
    const chunkEnd = chunkAt + chunk.length
    at = nextAt(chunkEnd)
    pending = at === undefined ? undefined : readAt(at)
    while (first < spans.length && spans[first].end <= chunkAt) first++
    for (let j = first; j < spans.length && spans[j].start < chunkEnd; j++) {
      const s = spans[j]
      const from = Math.max(s.start, chunkAt)
      const to = Math.min(s.end, chunkEnd)
      if (to <= from) continue
      let bytes = chunk.subarray(from - chunkAt, to - chunkAt)
      if (s.carry) {
        bytes = concat(s.carry, bytes)
        s.carry = undefined
      }
      const whole = bytes.length - (bytes.length % s.width)
      scanBits(s.t.dtype, bytes.subarray(0, whole), s.stats)
      if (whole < bytes.length) s.carry = bytes.slice(whole)
    }
  }
  return out
}
