// The safetensors header reader for large (dense) headers: the same rules as readSafetensors
// (crate `SafeTensors::read_metadata` + `Metadata::validate`, in that order) but streamed a window
// at a time with one compact record per tensor in typed arrays, never a JSON tree. A 100 MB header
// listing 1.5 M tensors cost 2.7 GB and 28 s through the tree (issue #10 item 7).
import { isUtf8 } from 'node:buffer'
import type { ByteSource, TensorInfo } from '../types.js'
import { DTYPES } from './dtype.js'
import { FileSource } from './source.js'
import type { SafetensorsErrorCode, SafetensorsHeader, SafetensorsRead } from './safetensors-types.js'

/** Headers larger than this take the streaming path (real headers are kilobytes; 70B shards a few hundred KB). */
export const DENSE_HEADER_BYTES = 4 * 1024 * 1024
/** Bytes of header held at once. */
const WINDOW = 1024 * 1024
/**
 * Tensors listed one by one in the result; past it the header is still validated in full, but the
 * per-tensor list (and the adapter checks that need it) is left out with a resource-limit finding.
 */
export const MAX_LISTED_TENSORS = 100_000
/** `__metadata__` entries kept (all are type-checked). */
const MAX_METADATA_ENTRIES = 10_000
/** serde_json's nesting limit (see json.ts MAX_JSON_DEPTH). */
const MAX_DEPTH = 127
const U64_MAX = (1n << 64n) - 1n
const TWO53 = 2 ** 53

class JsonSyntax extends Error {}
class HeaderFail extends Error {
  constructor(
    readonly code: SafetensorsErrorCode,
    message: string,
    readonly tensor?: string
  ) {
    super(message)
  }
}

/** The smallest tensor entry: `"a":{"dtype":"U8","shape":[],"data_offsets":[0,0]},` (serde needs all three fields). */
const MIN_ENTRY_BYTES = 50
/** Bits of the row index packed under the name hash (rows < 2^22 > 100 MB / MIN_ENTRY_BYTES). */
const INDEX_BITS = 22

/** Per-tensor status from the checks that need only the tensor itself (Metadata::validate, in its order). */
const OK = 0
const OVERFLOW = 1
const MISALIGNED = 2
const SIZE_MISMATCH = 3

/**
 * Typed columns, one row per tensor, sized once from the header length (no per-tensor objects):
 * 22 bytes a row while every offset fits 32 bits, 30 after (the offset columns widen once).
 */
class Columns {
  n = 0
  begin: Uint32Array | Float64Array
  end: Uint32Array | Float64Array
  /** Name hash (31 bits) * 2^22 + row: sorting it natively puts equal names next to each other. */
  readonly key: Float64Array
  /** Where the name's raw JSON text starts in the header, to re-read it for a message or the list. */
  readonly nameAt: Uint32Array
  readonly dtype: Uint8Array
  readonly status: Uint8Array
  /** Shapes, only while the tensors may still be listed (n <= MAX_LISTED_TENSORS). */
  shapes: number[][] | undefined = []
  /** Offsets past 2^53, exact. */
  readonly big = new Map<number, { begin: bigint; end: bigint }>()
  constructor(readonly capacity: number) {
    this.begin = new Uint32Array(capacity)
    this.end = new Uint32Array(capacity)
    this.key = new Float64Array(capacity)
    this.nameAt = new Uint32Array(capacity)
    this.dtype = new Uint8Array(capacity)
    this.status = new Uint8Array(capacity)
  }
  /** Makes a used set of columns ready for another header (every row field is written before it is read). */
  reset(): this {
    this.n = 0
    this.shapes = []
    this.big.clear()
    return this
  }
  add(): number {
    if (this.n >= this.capacity) throw new JsonSyntax('more tensor entries than the header length allows')
    return this.n++
  }
  setOffsets(i: number, b: number, e: number): void {
    if ((b > 0xffffffff || e > 0xffffffff) && this.begin instanceof Uint32Array) {
      this.begin = Float64Array.from(this.begin)
      this.end = Float64Array.from(this.end)
    }
    this.begin[i] = b
    this.end[i] = e
  }
}

/** Pulls header bytes a window at a time (synchronously for files, from memory otherwise). */
class Reader {
  win: Uint8Array
  winStart = 0
  winLen = 0
  pos = 0
  line = 1
  lineStart = 0
  constructor(
    private readonly fill: (target: Uint8Array, headerOffset: number) => Uint8Array,
    readonly length: number
  ) {
    this.win = new Uint8Array(Math.min(WINDOW, Math.max(1, length)))
  }
  /** Byte at the current position, or -1 at the end of the header. */
  peek(): number {
    const i = this.pos - this.winStart
    if (i >= 0 && i < this.winLen) return this.win[i]!
    return this.refill()
  }
  private refill(): number {
    if (this.pos >= this.length) return -1
    this.winStart = this.pos
    this.winLen = this.fill(this.win, this.pos).length
    return this.winLen > 0 ? this.win[0]! : -1
  }
  next(): number {
    const c = this.peek()
    if (c >= 0) this.pos++
    return c
  }
  /** Byte at an absolute header offset (from the window when it is there, else read). */
  byteAt(at: number): number {
    const i = at - this.winStart
    if (i >= 0 && i < this.winLen) return this.win[i]!
    return this.slice(at, at + 1)[0] ?? -1
  }
  /** Raw bytes [from, to) of the header (re-read when outside the window). */
  slice(from: number, to: number): Uint8Array {
    if (from >= this.winStart && to <= this.winStart + this.winLen) return this.win.slice(from - this.winStart, to - this.winStart)
    const out = new Uint8Array(to - from)
    return this.fill(out, from).slice()
  }
  ws(): void {
    for (;;) {
      const c = this.peek()
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.pos++
      else if (c === 0x0a) {
        this.pos++
        this.line++
        this.lineStart = this.pos
      } else return
    }
  }
  where(): string {
    return `at line ${this.line} column ${this.pos - this.lineStart + 1}`
  }
  syntax(what: string): never {
    throw new JsonSyntax(`${what} ${this.where()}`)
  }
  expect(c: number, what: string): void {
    this.ws()
    const got = this.peek()
    if (got !== c) this.syntax(got < 0 ? 'EOF while parsing a value' : `expected ${what}`)
    this.pos++
  }
}

const textDecoder = new TextDecoder()

interface Span {
  rawAt: number
  rawLen: number
  escaped: boolean
  /** 31-bit hash of the raw bytes (of the decoded text when escaped, see nameOf). */
  hash: number
}

/** One Span reused by every readString (a dense header has millions of strings): use it before the next call. */
const SPAN: Span = { rawAt: 0, rawLen: 0, escaped: false, hash: 0 }

/** A JSON string at the reader's position: validated and hashed, its bytes left in the header. */
function readString(r: Reader): Span {
  r.ws()
  if (r.peek() !== 0x22) r.syntax(r.peek() < 0 ? 'EOF while parsing a value' : 'expected `"`')
  r.pos++
  const rawAt = r.pos
  let escaped = false
  let h = 0x811c9dc5
  for (;;) {
    // Fast path: plain bytes inside the current window, no call per byte.
    const win = r.win
    let i = r.pos - r.winStart
    const lim = r.winLen
    while (i < lim) {
      const c = win[i]!
      if (c === 0x22 || c === 0x5c || c < 0x20) break
      h = Math.imul(h ^ c, 0x01000193)
      i++
    }
    r.pos = r.winStart + i
    if (i >= lim) {
      if (r.peek() < 0) r.syntax('EOF while parsing a string')
      continue
    }
    const c = win[i]!
    r.pos++
    if (c === 0x22) break
    if (c < 0x20) r.syntax('control character (\\u0000-\\u001F) found while parsing a string')
    if (c === 0x5c) {
      escaped = true
      const e = r.next()
      if (e === 0x75) {
        for (let k = 0; k < 4; k++) {
          const x = r.next() | 0x20
          if (!((x >= 0x30 && x <= 0x39) || (x >= 0x61 && x <= 0x66))) r.syntax('invalid escape')
        }
      } else if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) r.syntax('invalid escape')
    }
  }
  SPAN.rawAt = rawAt
  SPAN.rawLen = r.pos - 1 - rawAt
  SPAN.escaped = escaped
  SPAN.hash = h >>> 1
  return SPAN
}

/** The decoded text of a string span (short ASCII read from the window: TextDecoder is slow on tiny inputs). */
function textOf(r: Reader, s: Span): string {
  let text: string | undefined
  if (s.rawLen <= 32) {
    text = ''
    for (let i = 0; i < s.rawLen; i++) {
      const c = r.byteAt(s.rawAt + i)
      if (c >= 0x80) {
        text = undefined
        break
      }
      text += String.fromCharCode(c)
    }
  }
  text ??= textDecoder.decode(r.slice(s.rawAt, s.rawAt + s.rawLen))
  return s.escaped ? (JSON.parse(`"${text}"`) as string) : text
}

/** Whether a span (unescaped) spells exactly `word` (ASCII). */
function spells(r: Reader, s: Span, word: string): boolean {
  if (s.escaped || s.rawLen !== word.length) return false
  for (let i = 0; i < s.rawLen; i++) if (r.byteAt(s.rawAt + i) !== word.charCodeAt(i)) return false
  return true
}

function hashText(text: string): number {
  let h = 0x811c9dc5
  for (const c of new TextEncoder().encode(text)) h = Math.imul(h ^ c, 0x01000193)
  return h >>> 1
}

/** A JSON integer as serde reads a usize: bigint when past 2^53, undefined for anything else (sign, fraction). */
function readUsize(r: Reader): number | bigint | undefined {
  r.ws()
  const c = r.peek()
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    let digits = ''
    let v = 0
    let neg = false
    if (c === 0x2d) {
      neg = true
      r.pos++
    }
    const first = r.peek()
    if (first < 0x30 || first > 0x39) r.syntax('invalid number')
    let count = 0
    for (let d = r.peek(); d >= 0x30 && d <= 0x39; d = r.peek()) {
      r.pos++
      if (++count <= 15) v = v * 10 + (d - 0x30)
      else {
        if (count === 16) digits = String(v)
        digits += String.fromCharCode(d)
        if (count > 400) r.syntax('number out of range')
      }
    }
    if (count > 1 && first === 0x30) r.syntax('invalid number')
    let float = false
    if (r.peek() === 0x2e) {
      float = true
      r.pos++
      if (!(r.peek() >= 0x30 && r.peek() <= 0x39)) r.syntax('invalid number')
      while (r.peek() >= 0x30 && r.peek() <= 0x39) r.pos++
    }
    if ((r.peek() | 0x20) === 0x65) {
      float = true
      r.pos++
      if (r.peek() === 0x2b || r.peek() === 0x2d) r.pos++
      if (!(r.peek() >= 0x30 && r.peek() <= 0x39)) r.syntax('invalid number')
      while (r.peek() >= 0x30 && r.peek() <= 0x39) r.pos++
    }
    if (float || neg) return neg && !float && count === 1 && first === 0x30 ? 0 : undefined
    if (count <= 15) return v
    const b = BigInt(digits)
    return b > U64_MAX ? undefined : b < BigInt(TWO53) ? Number(b) : b
  }
  skipValue(r, 0)
  return undefined
}

/** Skips any JSON value without keeping it (iterative nesting, serde's depth limit). */
function skipValue(r: Reader, depth: number): void {
  const stack: number[] = []
  for (;;) {
    r.ws()
    const c = r.peek()
    if (c === 0x7b || c === 0x5b) {
      if (depth + stack.length + 1 > MAX_DEPTH) r.syntax('recursion limit exceeded')
      r.pos++
      r.ws()
      const close = c === 0x7b ? 0x7d : 0x5d
      if (r.peek() === close) {
        r.pos++
      } else {
        stack.push(close)
        if (close === 0x7d) {
          readString(r)
          r.expect(0x3a, '`:`')
        }
        continue
      }
    } else if (c === 0x22) {
      readString(r)
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      readUsize(r)
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null'
      for (let i = 0; i < word.length; i++) if (r.next() !== word.charCodeAt(i)) r.syntax('expected ident')
    } else {
      r.syntax(c < 0 ? 'EOF while parsing a value' : 'expected value')
    }
    // After a value: close containers or move to the next element.
    for (;;) {
      if (stack.length === 0) return
      r.ws()
      const close = stack[stack.length - 1]!
      const d = r.next()
      if (d === close) {
        stack.pop()
        continue
      }
      if (d !== 0x2c) r.syntax(d < 0 ? 'EOF while parsing a list or object' : 'expected `,` or the end of the container')
      if (close === 0x7d) {
        readString(r)
        r.expect(0x3a, '`:`')
      }
      break
    }
  }
}

/** Iterates `{ "k": v, ... }`; `onKey` must consume the value. */
function forEachMember(r: Reader, onKey: () => void): void {
  r.expect(0x7b, '`{`')
  r.ws()
  if (r.peek() === 0x7d) {
    r.pos++
    return
  }
  for (;;) {
    onKey()
    r.ws()
    const d = r.next()
    if (d === 0x7d) return
    if (d !== 0x2c) r.syntax(d < 0 ? 'EOF while parsing an object' : 'expected `,` or `}`')
    r.ws()
  }
}

/** The name of row i, re-read from the header: the raw string runs to the first unescaped quote. */
function nameOf(r: Reader, cols: Columns, i: number): string {
  const at = cols.nameAt[i]!
  let end = at
  for (let c = r.byteAt(end); c !== 0x22 && c >= 0; c = r.byteAt(end)) end += c === 0x5c ? 2 : 1
  const text = textOf(r, { rawAt: at, rawLen: end - at, escaped: false, hash: 0 })
  return text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text
}

/** Reads and validates a dense header; memory is a window plus 22-30 bytes per tensor entry the header could hold. */
export async function readDenseHeader(src: ByteSource, headerLength: number, size: number): Promise<SafetensorsRead> {
  let fill: (target: Uint8Array, at: number) => Uint8Array
  if (src instanceof FileSource) {
    fill = (t, at) => src.readIntoSync(t.subarray(0, Math.max(0, Math.min(t.length, headerLength - at))), 8 + at)
  } else {
    // Archive members are already bounded in memory (maxMemberBytes) or read through a window.
    const all = await src.read(8, headerLength)
    fill = (t, at) => {
      const part = all.subarray(at, Math.min(all.length, at + t.length))
      t.set(part)
      return t.subarray(0, part.length)
    }
  }
  // SafeTensors::read_metadata: the whole header must be UTF-8 before any JSON is read.
  {
    // Window by window, each cut before a character's continuation bytes (buffer.isUtf8 is simdutf).
    const buf = new Uint8Array(WINDOW)
    for (let at = 0; at < headerLength; ) {
      const got = fill(buf, at)
      let cut = got.length
      if (at + cut < headerLength) {
        while (cut > 0 && cut > got.length - 4 && (got[cut - 1]! & 0xc0) === 0x80) cut--
        if (cut > 0 && got[cut - 1]! >= 0xc0) cut--
      }
      if (cut === 0 || !isUtf8(got.subarray(0, cut))) return fail('InvalidHeader', 'invalid UTF-8 in header: the header bytes are not valid UTF-8')
      at += cut
    }
  }
  const capacity = Math.ceil(headerLength / MIN_ENTRY_BYTES) + 1
  // Reuse the last columns when they are big enough: dense headers in a row then cost one set of
  // buffers, not one per file waiting for a major GC (measured: 6 x 100 MB went from 216 to ~150 MB RSS).
  const cols = spare && spare.capacity >= capacity ? spare.reset() : new Columns(capacity)
  spare = undefined
  try {
    return await readWith(r0(fill, headerLength), cols, headerLength, size)
  } finally {
      const prev = spare as Columns | undefined
    if (!prev || prev.capacity < cols.capacity) spare = cols
  }
}

let spare: Columns | undefined

function r0(fill: (target: Uint8Array, at: number) => Uint8Array, headerLength: number): Reader {
  return new Reader(fill, headerLength)
}

async function readWith(r: Reader, cols: Columns, headerLength: number, size: number): Promise<SafetensorsRead> {
  const first = r.peek()
  const leadingWhitespace = first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0d
  let metadata: Record<string, string> | undefined
  let metadataSeen = false
  try {
    forEachMember(r, () => {
      const key = readString(r)
      r.expect(0x3a, '`:`')
      if (spells(r, key, '__metadata__')) {
        if (metadataSeen) throw new HeaderFail('DuplicateTensorName', 'invalid JSON in header: the tensor name "__metadata__" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors', '__metadata__')
        metadataSeen = true
        r.ws()
        if (r.peek() === 0x6e) {
          skipValue(r, 1)
          return
        }
        if (r.peek() !== 0x7b) throw new HeaderFail('InvalidHeaderDeserialization', 'invalid JSON in header: `__metadata__` must be a map of strings to strings')
        const meta: Record<string, string> = {}
        metadata = meta
        let kept = 0
        forEachMember(r, () => {
          const k = { ...readString(r) }
          r.expect(0x3a, '`:`')
          r.ws()
          if (r.peek() !== 0x22) throw new HeaderFail('InvalidHeaderDeserialization', `invalid JSON in header: \`__metadata__\` value for "${textOf(r, k)}" must be a string`)
          const v = readString(r)
          if (kept++ < MAX_METADATA_ENTRIES) meta[textOf(r, k)] = textOf(r, v)
        })
        return
      }
      const i = cols.add()
      cols.nameAt[i] = key.rawAt
      cols.key[i] = (key.escaped ? hashText(textOf(r, key)) : key.hash) * 2 ** INDEX_BITS + i
      readTensor(r, cols, i)
    })
    r.ws()
    if (r.peek() >= 0) r.syntax('trailing characters')
  } catch (e) {
    if (e instanceof JsonSyntax) return fail('InvalidHeaderDeserialization', `invalid JSON in header: ${e.message}`)
    if (e instanceof HeaderFail) return fail(e.code, e.message, e.tensor)
    throw e
  }
  const n = cols.n
  // Duplicates (serde keeps the last silently; we refuse): equal hashes sort next to each other
  // (native sort of hash * 2^22 + row), and are confirmed on the names themselves.
  {
    const keys = cols.key.subarray(0, n).sort()
    const idx = (k: number): number => k % 2 ** INDEX_BITS
    const scale = 1 / 2 ** INDEX_BITS
    let prev = -1
    for (let k = 0; k < n; k++) {
      const hk = Math.floor(keys[k]! * scale)
      const same = hk === prev
      prev = hk
      if (!same) continue
      if (nameOf(r, cols, idx(keys[k]!)) === nameOf(r, cols, idx(keys[k - 1]!))) {
        const dup = nameOf(r, cols, idx(keys[k]!))
        return fail('DuplicateTensorName', `invalid JSON in header: the tensor name "${dup}" appears twice in the header; the reference loader silently keeps the last one, so two loaders can see different tensors`, dup)
      }
    }
  }
  // Metadata::validate: sort by (begin, end), then walk in order; the key column is reused for the order.
  // Writers emit the header in offset order, so the sort is usually a no-op: skip it (and its index) then.
  let sorted = cols.big.size === 0
  for (let i = 1; sorted && i < n; i++) {
    const d = cols.begin[i]! - cols.begin[i - 1]!
    if (d < 0 || (d === 0 && cols.end[i]! < cols.end[i - 1]!)) sorted = false
  }
  const order = sorted ? undefined : new Uint32Array(n)
  if (order) for (let i = 0; i < n; i++) order[i] = i
  const bigOf = (i: number, which: 'begin' | 'end'): bigint => cols.big.get(i)?.[which] ?? BigInt(cols[which][i]!)
  order?.sort((a, b) => {
    if (cols.big.size === 0 || (!cols.big.has(a) && !cols.big.has(b))) return cols.begin[a]! - cols.begin[b]! || cols.end[a]! - cols.end[b]! || a - b
    const ba = bigOf(a, 'begin')
    const bb = bigOf(b, 'begin')
    if (ba !== bb) return ba < bb ? -1 : 1
    const ea = bigOf(a, 'end')
    const eb = bigOf(b, 'end')
    return ea !== eb ? (ea < eb ? -1 : 1) : a - b
  })
  let start = 0n
  let startN = 0
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k
    const fast = cols.big.size === 0
    if (fast && cols.begin[i] === startN && cols.end[i]! >= startN && cols.status[i] === OK) {
      startN = cols.end[i]!
      continue
    }
    if (fast) start = BigInt(startN)
    const begin = bigOf(i, 'begin')
    const end = bigOf(i, 'end')
    if (begin !== start || end < begin) {
      const name = nameOf(r, cols, i)
      const why =
        end < begin
          ? `its data_offsets end (${end}) is before its begin (${begin})`
          : start === 0n && begin > 0n
            ? `the first tensor must start at offset 0 but it starts at ${begin}`
            : begin > start
              ? `it starts at ${begin} but the previous tensor ended at ${start}: ${begin - start} bytes in between are not indexed by any tensor (a hole)`
              : `it starts at ${begin}, inside the previous tensor which ends at ${start} (an overlap)`
      return fail('InvalidOffset', `invalid offset for tensor \`${name}\`: ${why}`, name)
    }
    const st = cols.status[i]
    if (st !== OK) {
      const name = nameOf(r, cols, i)
      const dt = DTYPES[cols.dtype[i]!]!
      if (st === OVERFLOW) return fail('ValidationOverflow', `overflow computing buffer size from shape and/or element type: tensor \`${name}\``, name)
      if (st === MISALIGNED) return fail('MisalignedSlice', `tensor \`${name}\` of a ${dt.bits}-bit dtype holds a number of bits that does not end on a byte boundary (MisalignedSlice)`, name)
      return fail('TensorInvalidInfo', `invalid shape, data type, or offset for tensor \`${name}\`: its ${dt.name} shape does not need the ${end - begin} bytes its data_offsets [${begin}, ${end}] span`, name)
    }
    start = end
    startN = Number(end)
  }
  if (cols.big.size === 0) start = BigInt(startN)
  const dataStart = 8 + headerLength
  if (start + BigInt(dataStart) !== BigInt(size)) {
    const diff = BigInt(size) - BigInt(dataStart) - start
    const why = diff > 0n ? `${diff} bytes after the last tensor are not indexed by any tensor (a polyglot or appended file)` : `the tensors need ${-diff} bytes more than the file holds (truncated)`
    return fail('MetadataIncompleteBuffer', `incomplete metadata, file not fully covered: ${why}`)
  }
  const tensors: TensorInfo[] = []
  if (n <= MAX_LISTED_TENSORS && cols.shapes) {
    for (let k = 0; k < n; k++) {
      const i = order ? order[k]! : k
      tensors.push({
        name: nameOf(r, cols, i),
        dtype: DTYPES[cols.dtype[i]!]!.name,
        shape: cols.shapes[i]!,
        dataOffsets: [cols.begin[i]!, cols.end[i]!],
        dataStart
      })
    }
  }
  const header: SafetensorsHeader = { headerLength, dataStart, tensors, leadingWhitespace }
  if (n > MAX_LISTED_TENSORS) header.tensorCount = n
  if (metadata !== undefined) header.metadata = metadata
  return { ok: true, header }
}

function fail(code: SafetensorsErrorCode, message: string, tensor?: string): SafetensorsRead {
  return { ok: false, error: tensor === undefined ? { code, message } : { code, message, tensor } }
}

const FIELD_DTYPE = 1
const FIELD_SHAPE = 2
const FIELD_OFFSETS = 3

function badTensor(r: Reader, cols: Columns, i: number, what: string): never {
  const name = nameOf(r, cols, i)
  throw new HeaderFail('InvalidHeaderDeserialization', `invalid JSON in header: tensor "${name}": ${what} ${r.where()}`, name)
}

/**
 * One tensor's `{dtype, shape, data_offsets}` into row i (unknown fields skipped, as serde does).
 * No closure or array per tensor: a dense header has millions of them.
 */
function readTensor(r: Reader, cols: Columns, i: number): void {
  r.ws()
  if (r.peek() < 0) r.syntax('EOF while parsing a value')
  if (r.peek() !== 0x7b) badTensor(r, cols, i, 'must be an object with dtype, shape and data_offsets')
  r.pos++
  let dtype = -1
  let haveShape = false
  let nelem: number | bigint = 1
  let overflow = false
  const dims: number[] | undefined = cols.shapes && cols.n <= MAX_LISTED_TENSORS ? [] : undefined
  let offsets = -1
  let b: number | bigint = 0
  let e: number | bigint = 0
  r.ws()
  if (r.peek() === 0x7d) r.pos++
  else {
    for (;;) {
      const k = readString(r)
      const field = spells(r, k, 'dtype') ? FIELD_DTYPE : spells(r, k, 'shape') ? FIELD_SHAPE : spells(r, k, 'data_offsets') ? FIELD_OFFSETS : 0
      r.expect(0x3a, '`:`')
      r.ws()
      if (field === FIELD_DTYPE) {
        if (r.peek() !== 0x22) badTensor(r, cols, i, 'dtype must be a string')
        const d = textOf(r, readString(r))
        dtype = DTYPE_INDEX.get(d) ?? -1
        if (dtype < 0) badTensor(r, cols, i, `unknown dtype "${d.slice(0, 40)}" (unknown variant)`)
      } else if (field !== 0) {
        const what = field === FIELD_SHAPE ? 'shape' : 'data_offsets'
        if (r.peek() !== 0x5b) badTensor(r, cols, i, `${what} must be a list of non-negative integers`)
        r.pos++
        // serde keeps the last of a repeated field.
        let count = 0
        if (field === FIELD_SHAPE) {
          haveShape = true
          nelem = 1
          overflow = false
          if (dims) dims.length = 0
        }
        r.ws()
        if (r.peek() === 0x5d) r.pos++
        else {
          for (;;) {
            const v = readUsize(r)
            if (v === undefined) badTensor(r, cols, i, `${what} entries must be non-negative integers`)
            if (++count > 4096) badTensor(r, cols, i, `${what} has too many entries`)
            if (field === FIELD_SHAPE) {
              if (typeof nelem === 'number' && typeof v === 'number' && nelem * v < TWO53) nelem *= v
              else {
                nelem = BigInt(nelem) * BigInt(v!)
                if (nelem > U64_MAX) overflow = true
              }
              dims?.push(Number(v))
            } else if (count === 1) b = v!
            else if (count === 2) e = v!
            r.ws()
            const d = r.next()
            if (d === 0x5d) break
            if (d !== 0x2c) r.syntax('expected `,` or `]`')
          }
        }
        if (field === FIELD_OFFSETS) offsets = count
      } else {
        skipValue(r, 2)
      }
      r.ws()
      const d = r.next()
      if (d === 0x7d) break
      if (d !== 0x2c) r.syntax(d < 0 ? 'EOF while parsing an object' : 'expected `,` or `}`')
    }
  }
  if (dtype < 0) badTensor(r, cols, i, 'missing field `dtype`')
  if (!haveShape) badTensor(r, cols, i, 'missing field `shape`')
  if (offsets < 0) badTensor(r, cols, i, 'missing field `data_offsets`')
  if (offsets !== 2) badTensor(r, cols, i, `data_offsets has ${offsets} entries, expected exactly two integers [begin, end]`)
  cols.dtype[i] = dtype
  const bits = DTYPES[dtype]!.bits
  let status = overflow ? OVERFLOW : OK
  if (status === OK && typeof nelem === 'number' && nelem * bits < TWO53 && typeof b === 'number' && typeof e === 'number') {
    const nbits = nelem * bits
    status = nbits % 8 !== 0 ? MISALIGNED : e - b !== nbits / 8 ? SIZE_MISMATCH : OK
  } else if (status === OK) {
    const nbits = BigInt(nelem) * BigInt(bits)
    if (nbits > U64_MAX) status = OVERFLOW
    else if (nbits % 8n !== 0n) status = MISALIGNED
    else if (BigInt(e) - BigInt(b) !== nbits / 8n) status = SIZE_MISMATCH
  }
  cols.status[i] = status
  cols.setOffsets(i, Number(b), Number(e))
  if (typeof b === 'bigint' || typeof e === 'bigint') cols.big.set(i, { begin: BigInt(b), end: BigInt(e) })
  if (cols.shapes) {
    if (cols.n > MAX_LISTED_TENSORS) cols.shapes = undefined
    else cols.shapes[i] = dims ?? []
  }
}

const DTYPE_INDEX = new Map(DTYPES.map((d, i) => [d.name, i]))
