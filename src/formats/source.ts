// Random-access byte sources: a file on disk, bytes in memory, or a window of another source
// (an archive member stored without compression). Every read is counted, so tests and the
// benchmark can prove that a scan read only headers.
import { readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ByteSource } from '../types.js'

export class MemorySource implements ByteSource {
  bytesRead = 0
  constructor(private readonly data: Uint8Array) {}
  get size(): number {
    return this.data.length
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.data.length))
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.data.length))
    this.bytesRead += end - start
    return this.data.subarray(start, end)
  }
}

export class FileSource implements ByteSource {
  bytesRead = 0
  private constructor(
    private readonly fh: FileHandle,
    readonly size: number
  ) {}
  static async open(path: string): Promise<FileSource> {
    const fh = await open(path, 'r')
    try {
      const st = await fh.stat()
      return new FileSource(fh, st.size)
    } catch (e) {
      await fh.close()
      throw e
    }
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(length, this.size - start))
    const buf = new Uint8Array(n)
    let got = 0
    while (got < n) {
      const { bytesRead } = await this.fh.read(buf, got, n - got, start + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.bytesRead += got
    return got === n ? buf : buf.subarray(0, got)
  }
  /** Reads into `target` (reused by hot loops, so no buffer is allocated and zeroed per chunk). */
  async readInto(target: Uint8Array, offset: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(target.length, this.size - start))
    let got = 0
    while (got < n) {
      const { bytesRead } = await this.fh.read(target, got, n - got, start + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.bytesRead += got
    return target.subarray(0, got)
  }
  /**
   * Synchronous readInto, for parsers that pull bytes a window at a time without turning every
   * byte access into a promise (the dense safetensors header reader).
   */
  readIntoSync(target: Uint8Array, offset: number): Uint8Array {
    const start = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(target.length, this.size - start))
    let got = 0
    while (got < n) {
      const bytesRead = readSync(this.fh.fd, target, got, n - got, start + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.bytesRead += got
    return target.subarray(0, got)
  }
  async close(): Promise<void> {
    await this.fh.close()
  }
}

/** A window [start, start+size) of a parent source, e.g. a STORED zip member. */
export class SliceSource implements ByteSource {
  bytesRead = 0
  constructor(
    private readonly parent: ByteSource,
    private readonly start: number,
    readonly size: number
  ) {}
  async read(offset: number, length: number): Promise<Uint8Array> {
    const off = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(length, this.size - off))
    const out = await this.parent.read(this.start + off, n)
    this.bytesRead += out.length
    return out
  }
}

/** Reads a whole source into memory; callers bound `max` (a named limit of theirs). */
export async function readAll(src: ByteSource, max: number): Promise<Uint8Array> {
  if (src.size > max) throw new RangeError(`source is ${src.size} bytes, over the ${max}-byte limit`)
  return src.read(0, src.size)
}

/** Bytes held as a list of chunks (an inflated stream), read without ever concatenating them. */
export class ChunkedSource implements ByteSource {
  bytesRead = 0
  readonly size: number
  private readonly starts: number[] = []
  constructor(private readonly chunks: Uint8Array[]) {
    let pos = 0
    for (const c of chunks) {
      this.starts.push(pos)
      pos += c.length
    }
    this.size = pos
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size))
    this.bytesRead += end - start
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= start) lo = mid
      else hi = mid - 1
    }
    const first = this.chunks[lo]
    const at = start - (this.starts[lo] ?? 0)
    if (first && at + (end - start) <= first.length) return first.subarray(at, at + (end - start))
    const out = new Uint8Array(end - start)
    let o = 0
    for (let i = lo; o < out.length && i < this.chunks.length; i++) {
      const c = this.chunks[i]
      const from = i === lo ? at : 0
      const take = Math.min(c.length - from, out.length - o)
      out.set(c.subarray(from, from + take), o)
      o += take
    }
    return out
  }
}

/**
 * Local copies of files reported under another name (a Hub file downloaded for a deep scan is
 * reported as `hf://owner/repo@sha/path`): checks that reopen a file by its path look here first.
 */
export const LOCAL_COPIES = new Map<string, string>()

/** Where to open a reported path: its registered local copy, else `root/path`. */
export function pathOnDisk(root: string, path: string): string {
  return LOCAL_COPIES.get(path) ?? join(root, path)
}
