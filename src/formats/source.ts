// Random-access byte sources: a file on disk, bytes in memory, or a window of another source
// (an archive member stored without compression). Every read is counted, so tests and the
// benchmark can prove that a scan read only headers.
import { closeSync, fstatSync, openSync, read as readCb, readSync } from 'node:fs'
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

/** First bytes of a file fetched (and kept) by its first read near the start: sniff, safetensors prefix and header, zip local header. */
export const HEAD_WINDOW_BYTES = 16 * 1024
/** Last bytes fetched by the first read near the end: the zip end record, zip64 locator and (usually) the central directory. */
export const TAIL_WINDOW_BYTES = 64 * 1024
/** A small read elsewhere fetches this much, so a zip local header, its name and the member's first bytes are one read. */
export const READAHEAD_BYTES = 4 * 1024
/**
 * Largest span a source's `prefetch` reads at once (HttpRangeSource: a small checkpoint's members in
 * one request instead of one per member). Files on disk do not prefetch: their small reads are
 * synchronous page-cache copies, and a span per torch zip measured no faster and 10-15 MB more peak
 * memory on 3,456 files (issue #13).
 */
export const PREFETCH_MAX_BYTES = 2 * 1024 * 1024
/** Reads up to this size are synchronous (page-cache copies of microseconds); bigger ones go through the thread pool. */
export const SYNC_READ_MAX_BYTES = 1024 * 1024
/** Fetches between two yields to the event loop (a header scan makes 1 to 3). */
const YIELD_EVERY_FETCHES = 8

export class FileSource implements ByteSource {
  /** Bytes handed to readers (what the parsers consumed; the figure tests and reports use). */
  bytesRead = 0
  /** Bytes fetched from the file system and system calls made (windows included), for the benchmark. */
  fetched = { bytes: 0, reads: 0 }
  /** Cached windows: head, tail and the last read-ahead; each read is served from them when it fits. */
  private head?: Uint8Array
  private tail?: Uint8Array
  private tailStart = 0
  private syncFetches = 0
  private near?: Uint8Array
  private nearStart = 0
  private constructor(
    private readonly fd: number,
    readonly size: number
  ) {}
  /**
   * Opens with synchronous calls: a regular file's open, fstat, small reads and close take
   * microseconds from the page cache, while each async call is a round trip through the thread
   * pool that cost more than the work (profile of issue #13: 850 files, main thread mostly waiting).
   * Large reads (past SYNC_READ_MAX_BYTES) and the deep scan's chunked reads stay asynchronous.
   */
  static async open(path: string): Promise<FileSource> {
    const fd = openSync(path, 'r')
    try {
      return new FileSource(fd, fstatSync(fd).size)
    } catch (e) {
      closeSync(fd)
      throw e
    }
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(length, this.size - start))
    const end = start + n
    // Few system calls per file: a small file is one read, a big one a head and a tail window
    // (what the bench's floor process reads), the rest small read-aheads or exact large reads.
    if (end <= HEAD_WINDOW_BYTES) {
      this.head ??= await this.fetch(0, Math.min(this.size, HEAD_WINDOW_BYTES))
      if (end <= this.head.length) return this.serve(this.head.subarray(start, end))
    }
    const tailStart = Math.max(0, this.size - TAIL_WINDOW_BYTES)
    if (start >= tailStart) {
      if (!this.tail) {
        this.tail = await this.fetch(tailStart, this.size - tailStart)
        this.tailStart = tailStart
      }
      return this.serve(this.tail.subarray(start - this.tailStart, end - this.tailStart))
    }
    if (this.near && start >= this.nearStart && end <= this.nearStart + this.near.length) {
      return this.serve(this.near.subarray(start - this.nearStart, end - this.nearStart))
    }
    if (n <= READAHEAD_BYTES) {
      this.near = await this.fetch(start, Math.min(READAHEAD_BYTES, this.size - start))
      this.nearStart = start
      return this.serve(this.near.subarray(0, n))
    }
    return this.serve(await this.fetch(start, n))
  }
  private serve(bytes: Uint8Array): Uint8Array {
    this.bytesRead += bytes.length
    return bytes
  }
  private async fetch(start: number, n: number): Promise<Uint8Array> {
    // Synchronous reads never return to the event loop: yield now and then, so timers (the
    // engine's maxMillisPerFile race) still fire on a file read in many small pieces.
    if (++this.syncFetches % YIELD_EVERY_FETCHES === 0) await new Promise<void>(r => setImmediate(r))
    // Not zero-filled (a 64 KiB window per file was the scan's main garbage): only the `got` bytes
    // the read filled are ever handed out. A plain Uint8Array view, so `.slice` keeps copy semantics.
    const raw = Buffer.allocUnsafe(n)
    const buf = new Uint8Array(raw.buffer, raw.byteOffset, n)
    let got = 0
    while (got < n) {
      const bytesRead = n <= SYNC_READ_MAX_BYTES ? readSync(this.fd, buf, got, n - got, start + got) : await this.readAsync(buf, got, n - got, start + got)
      this.fetched.reads++
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.fetched.bytes += got
    return got === n ? buf : buf.subarray(0, got)
  }
  /** Called with the size of each bulk read (readInto): the deep scan's progress display. */
  onBulkRead?: (bytes: number) => void
  /** Reads into `target` (reused by hot loops, so no buffer is allocated and zeroed per chunk). */
  async readInto(target: Uint8Array, offset: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const n = Math.max(0, Math.min(target.length, this.size - start))
    let got = 0
    while (got < n) {
      const bytesRead = await this.readAsync(target, got, n - got, start + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.bytesRead += got
    this.onBulkRead?.(got)
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
      const bytesRead = readSync(this.fd, target, got, n - got, start + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.bytesRead += got
    return target.subarray(0, got)
  }
  private readAsync(buf: Uint8Array, at: number, n: number, position: number): Promise<number> {
    return new Promise((res, rej) => readCb(this.fd, buf, at, n, position, (err, got) => (err ? rej(err) : res(got))))
  }
  async close(): Promise<void> {
    closeSync(this.fd)
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
