// Copies one tensor's elements out of its storage in row-major order, which is what `.contiguous()`
// does: a contiguous view is one byte range streamed in chunks; a strided view is gathered element by
// element from a bounded window of the storage.
import type { ByteSource, TensorInfo } from '../types.js'
import { FileSource } from './source.js'
import { isRowMajor, numel, rowMajorStride } from './layout.js'

export { isRowMajor, numel, rowMajorStride }

/** Bytes copied per read when streaming a contiguous tensor. */
export const COPY_CHUNK_BYTES = 8 * 1024 * 1024
/** Largest storage span a strided (non-contiguous) view may cover; gathering reads it whole. */
export const MAX_GATHER_BYTES = 256 * 1024 * 1024

/** Where a storage's bytes start in the checkpoint file, and how many there are. */
export interface StorageBytes {
  dataOffset: number
  size: number
}

/** The storage element range [first, last] a view touches (numel > 0). */
export function elementSpan(t: TensorInfo): [number, number] {
  const s = t.storage!
  const stride = t.stride && t.stride.length === t.shape.length ? t.stride : rowMajorStride(t.shape)
  let lo = s.offset
  let hi = s.offset
  for (let i = 0; i < t.shape.length; i++) {
    const reach = (t.shape[i] - 1) * stride[i]
    if (reach >= 0) hi += reach
    else lo += reach
  }
  return [lo, hi]
}

/**
 * Streams the tensor's bytes in row-major order to `sink`. Throws (with a plain message) when the
 * view reaches outside its storage or a strided view is too large to gather.
 */
export async function materialize(
  src: ByteSource,
  storage: StorageBytes,
  t: TensorInfo,
  sink: (chunk: Uint8Array) => Promise<void> | void
): Promise<number> {
  const s = t.storage
  if (!s) throw new Error(`tensor ${t.name} has no storage`)
  const n = numel(t.shape)
  if (n === 0) return 0
  const isz = s.itemsize
  const [lo, hi] = elementSpan(t)
  if (lo < 0 || (hi + 1) * isz > storage.size) {
    throw new Error(`tensor ${t.name} reaches outside its storage (elements ${lo}..${hi}, storage holds ${storage.size / isz})`)
  }
  if (isRowMajor(t.shape, t.stride)) {
    let pos = storage.dataOffset + s.offset * isz
    let left = n * isz
    // One reused buffer when the source can fill it: memory stays flat at one chunk. The sink must be
    // done with a chunk when its promise settles (it is overwritten by the next read).
    const reuse = src instanceof FileSource ? new Uint8Array(Math.min(left, COPY_CHUNK_BYTES)) : undefined
    while (left > 0) {
      const want = Math.min(left, COPY_CHUNK_BYTES)
      const chunk = reuse ? await (src as FileSource).readInto(reuse.subarray(0, want), pos) : await src.read(pos, want)
      if (chunk.length !== want) throw new Error(`storage of ${t.name} is truncated`)
      await sink(chunk)
      pos += want
      left -= want
    }
    return n * isz
  }
  const spanBytes = (hi - lo + 1) * isz
  if (spanBytes > MAX_GATHER_BYTES) {
    throw new Error(`tensor ${t.name} is a strided view over ${spanBytes} bytes, over the ${MAX_GATHER_BYTES}-byte gather limit`)
  }
  const window = await src.read(storage.dataOffset + lo * isz, spanBytes)
  if (window.length !== spanBytes) throw new Error(`storage of ${t.name} is truncated`)
  const stride = t.stride!
  const rank = t.shape.length
  const out = new Uint8Array(Math.min(n * isz, COPY_CHUNK_BYTES - (COPY_CHUNK_BYTES % isz)))
  let o = 0
  const idx = new Array<number>(rank).fill(0)
  let srcEl = s.offset - lo
  for (let k = 0; k < n; k++) {
    const from = srcEl * isz
    for (let b = 0; b < isz; b++) out[o + b] = window[from + b]
    o += isz
    if (o === out.length) {
      await sink(out.slice())
      o = 0
    }
    // Advance the multi-index in row-major order.
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++
      srcEl += stride[d]
      if (idx[d] < t.shape[d]) break
      srcEl -= stride[d] * t.shape[d]
      idx[d] = 0
    }
  }
  if (o > 0) await sink(out.slice(0, o))
  return n * isz
}
