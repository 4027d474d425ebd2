// An opcode-level import sweep that needs no stack: it walks the opcode stream by argument layout
// only (Lib/pickletools.py argument descriptors) and lists every GLOBAL, INST, STACK_GLOBAL and
// EXT* it passes. The pickle machine runs it when it cannot read a stream to the end (malformed,
// a limit, an internal error), so a stream that defeats the machine still shows what it imports
// (issue #10 item 1). It can be fed a file window by window: memory stays at one window.
import { OPCODES } from './opcodes.js'

export interface SweptImport {
  module: string
  name: string
  offset: number
  opcode: string
  /** False when STACK_GLOBAL's operands were not plain string pushes (or EXT*): the import cannot be named. */
  resolved: boolean
}

/** Text and string arguments longer than this are skipped, not read (no module or name is that long). */
export const SWEEP_MAX_ARG = 64 * 1024
/** Memo keys remembered (string or not) for STACK_GLOBAL operands fetched with GET. */
const SWEEP_MAX_MEMO = 1 << 20
/** Imports listed one by one; past it only the count grows. */
const SWEEP_MAX_IMPORTS = 10_000

const latin1Decoder = new TextDecoder('latin1')
const utf8Decoder = new TextDecoder('utf-8')

function u32le(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0
}

export class ImportSweep {
  readonly imports: SweptImport[] = []
  /** Imports past SWEEP_MAX_IMPORTS (counted, not listed). */
  dropped = 0
  /** Why the sweep stopped before the end, when it did (unknown opcode, truncated argument). */
  stopped: string | undefined
  /** Last two values pushed, as far as a stackless reader can tell: a string, or undefined (anything else). */
  private recent: Array<string | undefined> = []
  private memo = new Map<number, string | undefined>()
  /** Bytes of a long argument still to skip, and whether we are skipping to a newline instead. */
  private skip = 0
  private skipLine = false
  private skipLines = 0

  /** @param from imports at offsets below this are not recorded (the machine already read them exactly). */
  constructor(private readonly from = 0) {}

  /**
   * Reads whole opcodes from `chunk` (which starts at absolute offset `base`) and returns the absolute
   * offset it consumed up to. The caller feeds the rest again with more bytes after it; `eof` says no
   * more bytes follow. An opcode never needs more than SWEEP_MAX_ARG + 9 bytes at once.
   */
  feed(chunk: Uint8Array, base: number, eof: boolean): number {
    let p = 0
    const n = chunk.length
    while (this.stopped === undefined) {
      if (this.skip > 0) {
        const k = Math.min(this.skip, n - p)
        this.skip -= k
        p += k
        if (this.skip > 0) break
      }
      while (this.skipLine && this.skipLines > 0) {
        const nl = chunk.indexOf(0x0a, p)
        if (nl < 0) return eof ? this.stop('a text argument has no terminating newline', base + n) : base + n
        p = nl + 1
        if (--this.skipLines === 0) this.skipLine = false
      }
      if (p >= n) break
      const at = p
      const r = this.step(chunk, p, base)
      if (r === -1) {
        if (eof || n - at > SWEEP_MAX_ARG + 16) this.stop(`the argument of the opcode at offset ${base + at} is truncated`, base + at)
        return base + at
      }
      p = r
    }
    return base + p
  }

  private stop(why: string, offset: number): number {
    this.stopped = why
    return offset
  }

  private record(module: string, name: string, offset: number, opcode: string, resolved: boolean): void {
    if (offset < this.from) return
    if (this.imports.length >= SWEEP_MAX_IMPORTS) {
      this.dropped++
      return
    }
    this.imports.push({ module, name, offset, opcode, resolved })
  }

  private pushed(v: string | undefined): void {
    this.recent.push(v)
    if (this.recent.length > 2) this.recent.shift()
  }

  /** Index of the newline ending a text argument that starts at p, or -1 when it is not in the chunk. */
  private lineEnd(c: Uint8Array, p: number): number {
    return c.indexOf(0x0a, p)
  }

  /** Executes the opcode at c[p]; returns the index after it, or -1 when its argument is not all in the chunk. */
  private step(c: Uint8Array, p: number, base: number): number {
    const offset = base + p
    const op = OPCODES[c[p]!]
    if (op === undefined) {
      this.stop(`invalid opcode 0x${c[p]!.toString(16).padStart(2, '0')} at offset ${offset}`, offset)
      return p
    }
    const q = p + 1
    const n = c.length
    const have = (k: number): boolean => q + k <= n
    switch (op.name) {
      case 'GLOBAL':
      case 'INST': {
        const e1 = this.lineEnd(c, q)
        const e2 = e1 < 0 ? -1 : this.lineEnd(c, e1 + 1)
        if (e2 < 0) {
          if (n - q <= SWEEP_MAX_ARG) return -1
          // A module or name longer than any Python identifier: cannot be named, fail closed.
          this.record('<unreadable>', '<unreadable>', offset, op.name, false)
          this.recent = []
          this.skipLine = true
          this.skipLines = e1 < 0 ? 2 : 1
          return e1 < 0 ? n : e1 + 1
        }
        this.record(utf8Decoder.decode(c.subarray(q, e1)), utf8Decoder.decode(c.subarray(e1 + 1, e2)), offset, op.name, true)
        this.recent = []
        this.pushed(undefined)
        return e2 + 1
      }
      case 'STACK_GLOBAL': {
        const [m, nm] = this.recent.length === 2 ? this.recent : [undefined, undefined]
        if (m !== undefined && nm !== undefined) this.record(m, nm, offset, op.name, true)
        else this.record('<unknown>', '<unknown>', offset, op.name, false)
        this.recent = []
        this.pushed(undefined)
        return q
      }
      case 'EXT1':
      case 'EXT2':
      case 'EXT4': {
        const k = op.name === 'EXT1' ? 1 : op.name === 'EXT2' ? 2 : 4
        if (!have(k)) return -1
        this.record('copyreg', 'extension', offset, op.name, false)
        this.recent = []
        this.pushed(undefined)
        return q + k
      }
      case 'PROTO':
        return have(1) ? q + 1 : -1
      case 'FRAME':
        return have(8) ? q + 8 : -1
      case 'MEMOIZE':
        this.memoSet(this.memo.size, this.recent[this.recent.length - 1])
        return q
      case 'BINPUT':
      case 'LONG_BINPUT':
      case 'BINGET':
      case 'LONG_BINGET': {
        const k = op.name.startsWith('LONG') ? 4 : 1
        if (!have(k)) return -1
        const key = k === 1 ? c[q]! : u32le(c, q)
        if (op.name.endsWith('PUT')) this.memoSet(key, this.recent[this.recent.length - 1])
        else this.pushed(this.memo.get(key))
        return q + k
      }
      case 'PUT':
      case 'GET': {
        const e = this.lineEnd(c, q)
        if (e < 0) return n - q <= SWEEP_MAX_ARG ? -1 : this.longLine(n)
        const key = Number.parseInt(latin1Decoder.decode(c.subarray(q, Math.min(e, q + 20))), 10)
        if (op.name === 'PUT') this.memoSet(key, this.recent[this.recent.length - 1])
        else this.pushed(this.memo.get(key))
        return e + 1
      }
      case 'STOP':
        this.recent = []
        this.memo.clear()
        return q
      default:
        return this.generic(c, q, op.arg, op.name)
    }
  }

  private memoSet(key: number, v: string | undefined): void {
    if (this.memo.size < SWEEP_MAX_MEMO || this.memo.has(key)) this.memo.set(key, v)
  }

  private longLine(n: number): number {
    this.recent = []
    this.pushed(undefined)
    this.skipLine = true
    this.skipLines = 1
    return n
  }

  /** Any other opcode: skip its argument; a string push is remembered, anything else resets what STACK_GLOBAL may use. */
  private generic(c: Uint8Array, q: number, arg: string, name: string): number {
    const n = c.length
    const fixed: Record<string, number> = { uint1: 1, uint2: 2, int4: 4, uint4: 4, uint8: 8, float8: 8 }
    if (arg === 'none') {
      this.recent = []
      if (!NO_PUSH.has(name)) this.pushed(undefined)
      return q
    }
    if (fixed[arg] !== undefined) {
      if (q + fixed[arg] > n) return -1
      this.recent = []
      this.pushed(undefined)
      return q + fixed[arg]
    }
    const isStr = STRING_OPS.has(name)
    if (arg.endsWith('nl') || arg === 'decimalnl_short' || arg === 'decimalnl_long' || arg === 'stringnl_noescape') {
      const e = c.indexOf(0x0a, q)
      if (e < 0) return n - q <= SWEEP_MAX_ARG ? -1 : this.longLine(n)
      let s: string | undefined
      if (isStr) {
        const raw = latin1Decoder.decode(c.subarray(q, e))
        s = name === 'STRING' ? unquote(raw) : raw
      }
      if (!isStr) this.recent = []
      this.pushed(s)
      return e + 1
    }
    // Length-prefixed: 1, 4 or 8 length bytes.
    const lenBytes = arg === 'long1' || arg.endsWith('1') ? 1 : arg.endsWith('8') ? 8 : 4
    if (q + lenBytes > n) return -1
    let len: number
    if (lenBytes === 1) len = c[q]!
    else if (lenBytes === 4) len = arg === 'long4' || arg === 'string4' ? u32le(c, q) | 0 : u32le(c, q)
    else {
      const hi = u32le(c, q + 4)
      len = hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x100000000 + u32le(c, q)
    }
    if (len < 0) {
      this.stop(`negative length at offset ${q - 1}`, q - 1)
      return q
    }
    const start = q + lenBytes
    if (!isStr) this.recent = []
    if (len > SWEEP_MAX_ARG) {
      this.pushed(undefined)
      this.skip = len
      return start
    }
    if (start + len > n) return -1
    this.pushed(isStr ? (name.includes('UNICODE') ? utf8Decoder.decode(c.subarray(start, start + len)) : latin1Decoder.decode(c.subarray(start, start + len))) : undefined)
    return start + len
  }
}

/** Opcodes without argument that push nothing new (they pop, mark or mutate in place). */
const NO_PUSH = new Set(['POP', 'POP_MARK', 'MARK', 'APPEND', 'APPENDS', 'SETITEM', 'SETITEMS', 'ADDITEMS', 'BUILD', 'READONLY_BUFFER'])
/** Opcodes that push a str (Python 2 str opcodes load as str by default). */
const STRING_OPS = new Set(['STRING', 'BINSTRING', 'SHORT_BINSTRING', 'UNICODE', 'SHORT_BINUNICODE', 'BINUNICODE', 'BINUNICODE8'])

function unquote(raw: string): string | undefined {
  const q = raw[0]
  if (raw.length < 2 || (q !== "'" && q !== '"') || raw[raw.length - 1] !== q) return undefined
  const inner = raw.slice(1, -1)
  // Escapes are rare in module names; fail closed (undefined) rather than decode them differently.
  return inner.includes('\\') ? undefined : inner
}

/** Sweeps an in-memory stream from `start`; imports before `from` are not recorded. */
export function sweepImports(bytes: Uint8Array, start: number, from = start): ImportSweep {
  const s = new ImportSweep(from)
  s.feed(bytes.subarray(start), start, true)
  return s
}

/** Bytes read per window when sweeping a stream too large to hold (the machine reads only maxPickleBytes). */
export const SWEEP_WINDOW = 4 * 1024 * 1024

/** Sweeps `src` from `start` to its end a window at a time; imports before `from` are not recorded. */
export async function sweepSource(src: { size: number; read(offset: number, length: number): Promise<Uint8Array> }, start: number, from: number): Promise<ImportSweep> {
  const s = new ImportSweep(from)
  let pos = start
  while (pos < src.size && s.stopped === undefined) {
    const len = Math.min(SWEEP_WINDOW, src.size - pos)
    const eof = pos + len >= src.size
    const next = s.feed(await src.read(pos, len), pos, eof)
    // An opcode needs at most SWEEP_MAX_ARG + 9 bytes, so a window always moves forward.
    if (eof || next <= pos) break
    pos = next
  }
  return s
}
