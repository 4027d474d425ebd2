// Streaming access to tensor data of safetensors files on disk, for the deep scan. Data lives at
// `8 + N + data_offsets[0]` (safetensors `tensor.rs` layout); reads go in bounded chunks so memory
// stays flat whatever the tensor size.
import type { ByteSource, FileAnalysis, TensorInfo } from '../../types.js'
import { FileSource, pathOnDisk } from '../../formats/source.js'
import type { ValueCounts } from './float-bits.js'

/** Value counts of one tensor (the deep scan's statistics). */
export interface TensorStats extends ValueCounts {
  name: string
  dtype: string
}

/** Bytes read per step: large enough for disk speed, small enough to keep memory flat. A multiple of 8, so no element straddles two chunks. */
export const DEEP_CHUNK_BYTES = 4 * 1024 * 1024

/** Largest tensor `readTensorBytes` returns whole (for byte comparisons of small tensors such as biases). */
export const MAX_WHOLE_TENSOR_BYTES = 64 * 1024 * 1024

/** Whether the deep scan can open this analysis as a file (archive members are read through their container). */
export function onDisk(a: FileAnalysis): boolean {
  return !a.path.includes('!/')
}

/** Opens a safetensors analysis from disk and runs `fn`; the file is always closed. */
export async function withFile<T>(root: string, a: FileAnalysis, fn: (src: FileSource) => Promise<T>): Promise<T> {
  const src = await FileSource.open(pathOnDisk(root, a.path))
  try {
    return await fn(src)
  } finally {
    await src.close()
  }
}

/** Absolute [start, end) of a tensor's bytes, or undefined when the reader gave no offsets. */
export function tensorRange(t: TensorInfo): [number, number] | undefined {
  if (!t.dataOffsets || t.dataStart === undefined) return undefined
  return [t.dataStart + t.dataOffsets[0], t.dataStart + t.dataOffsets[1]]
}

/** Yields a tensor's bytes in chunks of at most `chunkBytes`; stops early at end of file. */
export async function* tensorChunks(src: ByteSource, t: TensorInfo, chunkBytes = DEEP_CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const range = tensorRange(t)
  if (!range) return
  for (let at = range[0]; at < range[1]; at += chunkBytes) {
    const chunk = await src.read(at, Math.min(chunkBytes, range[1] - at))
    if (chunk.length === 0) return
    yield chunk
  }
}

/** A whole (small) tensor's bytes; undefined past MAX_WHOLE_TENSOR_BYTES or without offsets. */
export async function readTensorBytes(src: ByteSource, t: TensorInfo): Promise<Uint8Array | undefined> {
  const range = tensorRange(t)
  if (!range || range[1] - range[0] > MAX_WHOLE_TENSOR_BYTES) return undefined
  return src.read(range[0], range[1] - range[0])
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length))
}

/**
 * Thrown when a file's deep read passes the per-file time limit (maxMillisPerFile, issue #10 item
 * 12): carries the statistics gathered so far and how far the read got.
 */
export class DeepCutShort extends Error {
  constructor(
    readonly at: number,
    readonly partial: Map<string, TensorStats>
  ) {
    super(`the deep read passed the per-file time limit at byte ${at}`)
  }
}
