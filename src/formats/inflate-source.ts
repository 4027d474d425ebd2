// A deflated archive member too large to hold in memory, read as a ByteSource: the first
// `window` bytes are kept as they are inflated (enough for any header: safetensors, a pickle, a
// tar listing); a read past them inflates forward again and keeps only what was asked for.
// Memory stays at one window whatever the member's size.
import { createGunzip, createInflateRaw, crc32 } from 'node:zlib'
import type { ByteSource } from '../types.js'

/** Compressed bytes fed to zlib per step. */
const FEED_BYTES = 256 * 1024

/** Raw deflate (zip members) or gzip (`.gz`, `.tgz`; several members concatenated, as gzip(1) does). */
export type Compression = 'deflate-raw' | 'gzip'

/** Inflates `compressed` from the start, yielding output chunks; stops early when the caller does. */
async function* inflateChunks(compressed: ByteSource, kind: Compression): AsyncGenerator<Uint8Array> {
  const inflate = kind === 'gzip' ? createGunzip() : createInflateRaw()
  const feed = (async () => {
    try {
      for (let off = 0; off < compressed.size; off += FEED_BYTES) {
        const chunk = await compressed.read(off, FEED_BYTES)
        if (chunk.length === 0 || inflate.destroyed) break
        if (!inflate.write(chunk)) await new Promise<void>(r => inflate.once('drain', r).once('close', r))
      }
    } finally {
      if (!inflate.destroyed) inflate.end()
    }
  })()
  try {
    for await (const chunk of inflate) yield chunk as Buffer
  } finally {
    inflate.destroy()
    await feed.catch(() => undefined)
  }
}

export interface InflatedSummary {
  /** Bytes the stream inflates to, counted up to `stopAfter` + 1. */
  size: number
  crc32: number
  /** True when the stream went past `stopAfter` (a bomb or a lying declared size). */
  over: boolean
  error?: string
}

/** One pass over the member: its real size and CRC, with nothing kept. Stops past `stopAfter` bytes. */
export async function measureInflated(compressed: ByteSource, stopAfter: number, kind: Compression = 'deflate-raw'): Promise<InflatedSummary> {
  let size = 0
  let crc = 0
  try {
    for await (const chunk of inflateChunks(compressed, kind)) {
      if (size + chunk.length > stopAfter) return { size: size + chunk.length, crc32: crc, over: true }
      crc = crc32(chunk, crc)
      size += chunk.length
    }
  } catch (e) {
    return { size, crc32: crc, over: false, error: (e as Error).message }
  }
  return { size, crc32: crc, over: false }
}

export class InflatingSource implements ByteSource {
  bytesRead = 0
  private readonly kept: Uint8Array
  private have = 0
  private iter: AsyncGenerator<Uint8Array> | undefined
  /** Uncompressed position the live iterator has reached. */
  private pos = 0

  /** `size` is the measured inflated size (measureInflated), `window` the bytes kept from the start. */
  constructor(
    private readonly compressed: ByteSource,
    readonly size: number,
    window: number,
    private readonly kind: Compression = 'deflate-raw'
  ) {
    this.kept = new Uint8Array(Math.min(size, window))
  }

  private restart(): void {
    void this.iter?.return(undefined)
    this.iter = inflateChunks(this.compressed, this.kind)
    this.pos = 0
  }

  /** Pulls the next chunk from the live iterator, keeping what falls inside the window. */
  private async next(): Promise<Uint8Array | undefined> {
    if (!this.iter) this.restart()
    const r = await this.iter!.next()
    if (r.done) return undefined
    const chunk = r.value
    const start = this.pos
    this.pos += chunk.length
    // Keep the part that extends the window contiguously.
    const from = Math.max(start, this.have)
    const to = Math.min(this.pos, this.kept.length)
    if (start <= this.have && to > from) {
      this.kept.set(chunk.subarray(from - start, to - start), from)
      this.have = to
    }
    return chunk
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size))
    this.bytesRead += end - start
    if (end <= this.kept.length) {
      // Inside the window: inflate forward until it holds the range.
      if (this.have < end && this.pos > this.have) this.restart()
      while (this.have < end) if ((await this.next()) === undefined) break
      return this.kept.subarray(start, Math.min(end, this.have))
    }
    // Past the window: inflate forward (from the start again if the iterator is already past it).
    if (this.pos > start) this.restart()
    const out = new Uint8Array(end - start)
    let filled = 0
    while (filled < out.length) {
      const before = this.pos
      const chunk = await this.next()
      if (chunk === undefined) break
      const from = Math.max(start, before)
      const to = Math.min(end, this.pos)
      if (to > from) {
        out.set(chunk.subarray(from - before, to - before), from - start)
        filled = to - start
      }
    }
    return out.subarray(0, filled)
  }
}
