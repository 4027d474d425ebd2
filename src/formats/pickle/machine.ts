// A static pickle machine: models CPython's unpickler stack, mark stack and memo opcode by opcode
// (Lib/pickle.py `_Unpickler`, Modules/_pickle.c for the text-argument parsing) and records every
// import and call instead of performing it. Nothing is ever imported, called or executed.
import { Buffer } from 'node:buffer'
import type { TensorInfo } from '../../types.js'
import { HIGHEST_PROTOCOL, OPCODES, type Opcode } from './opcodes.js'
import { parseDecimalInt, parseFloatText, parseIntOpcode, parseLongOpcode, type IntLiteral } from './numbers.js'
import { isNestedLoader, judgeGlobal, type ImportVerdict, type Judgement } from './policy.js'
import { collectTensors, persistentLoad, rebuildTensor } from './torch.js'
import { sweepImports, type SweptImport } from './sweep.js'
import { CallResult, GlobalRef, PersistentRef, Unknown, describeValue, isTuple, makeTuple } from './values.js'

export interface PickleImport {
  module: string
  name: string
  /** Byte offset of the opcode that imported it (for nested pickles: of the outer loader call). */
  offset: number
  opcode: string
  verdict: ImportVerdict
  description: string
}

export interface PickleProblem {
  /** `limit` for a resource limit; anything else is a malformed stream. */
  code: string
  message: string
  offset: number
}

export interface PickleRun {
  end: number
  pickles: number
  imports: PickleImport[]
  problems: PickleProblem[]
  tensors: TensorInfo[]
  values: unknown[]
  /**
   * Set when the machine stopped before the end of the stream (malformed, a limit, an internal
   * error): where the pickle it was reading starts and the opcode it stopped at. Imports past that
   * point come from the stackless sweep (sweep.ts).
   */
  incomplete?: { pickleStart: number; offset: number }
  /** Callables the machine called (REDUCE, INST, OBJ, NEWOBJ, BUILD with __setstate__ ...): the step that runs code. */
  calls?: number
}

/** Bounds that make hostile pickles cheap to reject; each one produces a `limit` problem (resource-limit). */
export interface PickleLimits {
  /** Opcodes executed over the whole stream. */
  maxOpcodes: number
  /** Memo entries per pickle. */
  maxMemo: number
  /** Items on the value stack at once. */
  maxStack: number
  /** MARK nesting (mark-stack depth). */
  maxDepth: number
  /** GET/BINGET/LONG_BINGET/DUP fan-out: a Billion-laughs pickle needs many of these. */
  maxGets: number
  /** Items in any one list, dict or set. */
  maxItems: number
  /** Pickle-in-a-pickle recursion (bytes handed to pickle.loads & co). */
  maxNestedDepth: number
  /** Problems recorded before the scan gives up on a stream. */
  maxProblems: number
  /** Imports recorded one by one; past it only new (module, name) pairs are recorded. */
  maxImportRecords: number
  /** Values visited while naming state-dict tensors. */
  maxTensorWalk: number
}

export const DEFAULT_PICKLE_LIMITS: Readonly<PickleLimits> = {
  maxOpcodes: 10_000_000,
  maxMemo: 1_000_000,
  maxStack: 1_000_000,
  maxDepth: 100_000,
  maxGets: 1_000_000,
  maxItems: 50_000_000,
  maxNestedDepth: 3,
  maxProblems: 100,
  maxImportRecords: 10_000,
  maxTensorWalk: 1_000_000
}

export interface ScanPicklesOptions {
  /** Offset of the first pickle (default 0). */
  start?: number
  /** Stop after this many STOPs (legacy torch reads its pickles one by one). */
  maxPickles?: number
  limits?: Partial<PickleLimits>
}

/** Ends the current pickle: the stream cannot be read past this point. Never escapes this module. */
class Fatal {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly offset: number
  ) {}
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true })
const utf8Lossy = new TextDecoder('utf-8')

function latin1(b: Uint8Array): string {
  // One native pass: a loop of String.fromCharCode chunks took 1.6 s on a 10 MB FLOAT line.
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')
}

function intValue(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n
}

/** The value of an integer literal; one too long to build (see numbers.ts) stays an opaque number. */
function literalValue(lit: IntLiteral): unknown {
  return lit.value === undefined ? new Unknown(`an integer literal of ${lit.digits} digits`) : intValue(lit.value)
}

/** Python's escape_decode (the STRING opcode); unknown escapes keep their backslash. One linear pass. */
function escapeDecode(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length)
  let o = 0
  const simple: Record<number, number> = { 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 }
  const hexDigit = (c: number | undefined): number =>
    c === undefined ? -1 : c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!
    if (c !== 0x5c || i + 1 >= b.length) {
      out[o++] = c
      continue
    }
    const e = b[i + 1]!
    if (simple[e] !== undefined) {
      out[o++] = simple[e]
      i++
    } else if (e === 0x0a) {
      i++
    } else if (e >= 0x30 && e <= 0x37) {
      let v = 0
      let j = i + 1
      while (j < b.length && j < i + 4 && b[j]! >= 0x30 && b[j]! <= 0x37) v = v * 8 + (b[j++]! - 0x30)
      out[o++] = v & 0xff
      i = j - 1
    } else if (e === 0x78 && i + 3 < b.length && hexDigit(b[i + 2]) >= 0 && hexDigit(b[i + 3]) >= 0) {
      out[o++] = hexDigit(b[i + 2]) * 16 + hexDigit(b[i + 3])
      i += 3
    } else {
      out[o++] = c
    }
  }
  return out.subarray(0, o)
}

/** raw-unicode-escape decoding (the UNICODE opcode): latin-1 except \uXXXX and \UXXXXXXXX. */
function rawUnicodeEscape(b: Uint8Array): string {
  const s = latin1(b)
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (_m, hex: string) => {
    const cp = parseInt(hex.slice(1), 16)
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : _m
  })
}

function importKey(module: string, name: string, verdict: string, opcode: string): string {
  return `${verdict}\u0000${module}\u0000${name}\u0000${opcode === 'BUILD' ? 'BUILD' : ''}`
}

/** LONG1/LONG4 integers wider than this stay opaque (a real one is a few bytes: the torch magic is 10). */
const MAX_LONG_BYTES = 1 << 16

/** Keys below this live in a dense array; the rare larger LONG_BINPUT keys go to a Map. */
const DENSE_MEMO_KEYS = 1 << 20

/** The unpickler memo: dense array for the small keys picklers write, Map for the rest. */
class Memo {
  private readonly dense: unknown[] = []
  private readonly sparse = new Map<number, unknown>()
  size = 0
  has(key: number): boolean {
    return key < DENSE_MEMO_KEYS ? this.dense[key] !== undefined : this.sparse.has(key)
  }
  get(key: number): unknown {
    return key < DENSE_MEMO_KEYS ? this.dense[key] : this.sparse.get(key)
  }
  set(key: number, value: unknown): void {
    if (!this.has(key)) this.size++
    if (key < DENSE_MEMO_KEYS) this.dense[key] = value
    else this.sparse.set(key, value)
  }
}

/** Scans one byte stream; `depth` > 0 for a pickle found inside another one. */
class Scan {
  readonly imports: PickleImport[] = []
  calls = 0
  readonly problems: PickleProblem[] = []
  readonly values: unknown[] = []
  private readonly importKeys = new Set<string>()
  private readonly judged = new Map<string, Judgement>()
  private opcodes = 0
  private gets = 0
  /** Set when a limit was hit: nothing more is read from this stream. */
  halted = false

  // State of the pickle being read.
  private pos = 0
  private stack: unknown[] = []
  private metastack: unknown[][] = []
  private memo = new Memo()
  private opOffset = 0
  /** End of the current PEP 3154 frame (-1: none). Opcodes must not straddle it (gh-154848). */
  private frameEnd = -1

  /** The input seen as a Buffer (same memory) for fast latin-1 slices. */
  private readonly buf: Buffer

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: PickleLimits,
    private readonly depth: number
  ) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  problem(code: string, message: string, offset = this.opOffset): void {
    if (this.halted) return
    if (this.problems.length >= this.limits.maxProblems) {
      this.problems.push({ code: 'limit', message: `more than ${this.limits.maxProblems} problems; the rest of the stream was not read`, offset })
      this.halted = true
      return
    }
    this.problems.push({ code, message, offset })
  }

  private limit(message: string): never {
    this.halted = true
    throw new Fatal('limit', message, this.opOffset)
  }

  // ---- reading operands ----

  private need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.bytes.length) {
      throw new Fatal('truncated', `pickle data was truncated: ${what} needs ${n} bytes at offset ${this.pos}, ${Math.max(0, this.bytes.length - this.pos)} left`, this.opOffset)
    }
  }

  private u8(): number {
    this.need(1, 'a 1-byte argument')
    return this.bytes[this.pos++]!
  }

  private u16(): number {
    this.need(2, 'a 2-byte argument')
    const v = this.bytes[this.pos]! | (this.bytes[this.pos + 1]! << 8)
    this.pos += 2
    return v
  }

  private i32(): number {
    this.need(4, 'a 4-byte argument')
    const b = this.bytes
    const v = b[this.pos]! | (b[this.pos + 1]! << 8) | (b[this.pos + 2]! << 16) | (b[this.pos + 3]! << 24)
    this.pos += 4
    return v
  }

  private u32(): number {
    return this.i32() >>> 0
  }

  private u64(): number {
    this.need(8, 'an 8-byte argument')
    const lo = this.u32()
    const hi = this.u32()
    // Lengths past 2^53 cannot be satisfied by any input; report them as truncation.
    return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x100000000 + lo
  }

  private take(n: number, what: string): Uint8Array {
    this.need(n, what)
    const out = this.bytes.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }

  private line(what: string): Uint8Array {
    const nl = this.bytes.indexOf(0x0a, this.pos)
    if (nl < 0) throw new Fatal('truncated', `pickle data was truncated: ${what} has no terminating newline`, this.opOffset)
    const out = this.bytes.subarray(this.pos, nl)
    this.pos = nl + 1
    return out
  }

  private utf8(b: Uint8Array, what: string): string {
    // ASCII (module names, state-dict keys) skips TextDecoder, which is slow on short inputs.
    let ascii = true
    for (let i = 0; i < b.length; i++) {
      if (b[i]! >= 0x80) {
        ascii = false
        break
      }
    }
    if (ascii) return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1')
    try {
      return utf8Strict.decode(b)
    } catch {
      this.problem('bad-utf8', `${what} is not valid UTF-8`)
      return utf8Lossy.decode(b)
    }
  }

  /** Length-prefixed UTF-8 string read without allocating a view for the common ASCII case. */
  private takeUtf8(n: number, what: string): string {
    this.need(n, what)
    const start = this.pos
    const end = start + n
    const b = this.bytes
    let i = start
    while (i < end && b[i]! < 0x80) i++
    this.pos = end
    if (i === end) return this.buf.toString('latin1', start, end)
    return this.utf8(b.subarray(start, end), what)
  }

  /** LONG1/LONG4 payload: two's complement little-endian, built through one hex string (linear, not byte-by-byte BigInt shifts). */
  private signedLE(b: Uint8Array): unknown {
    if (b.length === 0) return 0
    if (b.length > MAX_LONG_BYTES) return new Unknown(`a ${b.length}-byte integer`)
    const hex = Buffer.from(b).reverse().toString('hex')
    let v = BigInt(`0x${hex}`)
    if (b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length)
    return intValue(v)
  }

  // ---- stack ----

  private push(v: unknown): void {
    if (this.stack.length >= this.limits.maxStack) this.limit(`the stack holds more than ${this.limits.maxStack} items`)
    this.stack.push(v)
  }

  private pop(): unknown {
    if (this.stack.length === 0) {
      this.problem('stack-underflow', `unpickling stack underflow at offset ${this.opOffset}`)
      return new Unknown('stack underflow')
    }
    return this.stack.pop()
  }

  private top(): unknown {
    if (this.stack.length === 0) {
      this.problem('stack-underflow', `unpickling stack underflow at offset ${this.opOffset}`)
      return new Unknown('stack underflow')
    }
    return this.stack[this.stack.length - 1]
  }

  private popMark(): unknown[] {
    const items = this.stack
    const prev = this.metastack.pop()
    if (prev === undefined) {
      this.problem('no-mark', `could not find MARK for the opcode at offset ${this.opOffset}`)
      this.stack = []
      return items
    }
    this.stack = prev
    return items
  }

  private checkItems(n: number): void {
    if (n > this.limits.maxItems) this.limit(`a container holds more than ${this.limits.maxItems} items`)
  }

  private countGet(): void {
    if (++this.gets > this.limits.maxGets) {
      this.limit(`more than ${this.limits.maxGets} memo GET/DUP operations (an expansion bomb)`)
    }
  }

  // ---- imports and calls ----

  private recordImport(module: string, name: string, opcode: string, verdict?: ImportVerdict, description?: string, offset = this.opOffset): void {
    const j = verdict !== undefined ? { verdict, description: description ?? '' } : this.judge(module, name)
    const key = importKey(module, name, j.verdict, opcode)
    if (this.imports.length >= this.limits.maxImportRecords && this.importKeys.has(key)) return
    this.importKeys.add(key)
    this.imports.push({ module, name, offset, opcode, verdict: j.verdict, description: j.description })
  }

  /**
   * Imports found by the stackless sweep past the point where this machine stopped; those the
   * machine already recorded at the same offset are skipped. STACK_GLOBAL whose operands the sweep
   * could not see is judged code execution (fail closed), like an unresolvable one in the machine.
   */
  addSwept(swept: SweptImport[], why: string): void {
    const seen = new Set(this.imports.map(i => i.offset))
    for (const imp of swept) {
      if (seen.has(imp.offset)) continue
      if (imp.resolved) {
        const j = this.judge(imp.module, imp.name)
        this.recordImport(imp.module, imp.name, imp.opcode, j.verdict, `${j.description} (found by the opcode sweep after ${why})`, imp.offset)
      } else {
        this.recordImport(imp.module, imp.name, imp.opcode, 'code-execution',
          `${imp.opcode} after ${why} imports something the opcode sweep could not name without running the pickle; judged as code execution (fail closed)`, imp.offset)
      }
    }
  }

  private judge(module: string, name: string): Judgement {
    const key = `${module}\u0000${name}`
    let j = this.judged.get(key)
    if (j === undefined) {
      j = judgeGlobal(module, name)
      this.judged.set(key, j)
    }
    return j
  }

  private importGlobal(module: string, name: string, opcode: string): GlobalRef {
    this.recordImport(module, name, opcode)
    return new GlobalRef(module, name)
  }

  private call(callee: unknown, args: unknown, opcode: string): unknown {
    this.calls++
    if (callee instanceof GlobalRef && callee.resolved) {
      const special = this.callKnown(callee, args)
      if (special !== undefined) return special
      if (isNestedLoader(callee.module, callee.name)) this.scanNested(callee, args)
    }
    return new CallResult(callee, args, opcode, this.opOffset)
  }

  /** Calls whose result is plain data or a tensor; modelled so state dicts come out as values. */
  private callKnown(callee: GlobalRef, args: unknown): unknown {
    const m = callee.module
    const n = callee.name
    if (m === 'collections' && (n === 'OrderedDict' || n === 'defaultdict')) {
      const map = new Map<unknown, unknown>()
      const init = n === 'OrderedDict' && Array.isArray(args) ? args[0] : undefined
      if (Array.isArray(init)) {
        for (const pair of init) if (Array.isArray(pair) && pair.length === 2) map.set(pair[0], pair[1])
      } else if (init instanceof Map) {
        for (const [k, v] of init) map.set(k, v)
      }
      return map
    }
    if (m === '_codecs' && n === 'encode' && Array.isArray(args) && typeof args[0] === 'string') {
      const enc = typeof args[1] === 'string' ? args[1].toLowerCase().replace(/_/g, '-') : 'utf-8'
      if (enc === 'latin1' || enc === 'latin-1' || enc === 'iso-8859-1') {
        const s = args[0]
        const out = new Uint8Array(s.length)
        for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
        return out
      }
      if (enc === 'utf-8' || enc === 'utf8' || enc === 'ascii') return new TextEncoder().encode(args[0])
      return undefined
    }
    if (m === 'torch' && n === 'Size' && Array.isArray(args) && Array.isArray(args[0])) return makeTuple([...args[0]])
    return rebuildTensor(callee, args)
  }

  /** A bytes literal handed to a loader is a pickle inside the pickle: scan it too (bounded depth). */
  private scanNested(loader: GlobalRef, args: unknown): void {
    const blobs: Uint8Array[] = []
    const seen = new Set<unknown>()
    const collect = (v: unknown, d: number): void => {
      if (d > 3 || seen.has(v) || blobs.length >= 4) return
      if (v instanceof Uint8Array) {
        blobs.push(v)
        return
      }
      if (typeof v !== 'object' || v === null) return
      seen.add(v)
      if (Array.isArray(v)) for (const x of v) collect(x, d + 1)
      else if (v instanceof CallResult) collect(v.args, d + 1)
    }
    collect(args, 0)
    if (blobs.length === 0) return
    if (this.depth + 1 > this.limits.maxNestedDepth) {
      this.problem('limit', `pickles nested deeper than ${this.limits.maxNestedDepth} levels were not scanned`)
      return
    }
    for (const blob of blobs) {
      const inner = scanStream(blob, {}, this.limits, this.depth + 1)
      for (const imp of inner.imports) {
        const where = `inside the pickle passed to ${loader.toString()} at offset ${this.opOffset} (inner offset ${imp.offset})`
        this.recordImport(imp.module, imp.name, imp.opcode, imp.verdict, `${where}: ${imp.description}`)
      }
      for (const p of inner.problems) if (p.code === 'limit') this.problem('limit', `nested pickle: ${p.message}`)
    }
  }

  // ---- one pickle ----

  /** Reads one pickle from `start`; returns true when it reached STOP. Fatal errors become problems. */
  runPickle(start: number): { stopped: boolean; end: number; value: unknown; at?: number } {
    this.pos = start
    this.stack = []
    this.metastack = []
    this.memo = new Memo()
    this.frameEnd = -1
    try {
      for (;;) {
        if (this.halted) return { stopped: false, end: this.pos, value: undefined, at: this.opOffset }
        this.opOffset = this.pos
        if (this.pos >= this.bytes.length) {
          throw new Fatal('missing-stop', `pickle data ended at offset ${this.pos} without a STOP opcode`, this.pos)
        }
        const code = this.bytes[this.pos++]!
        const op = OPCODES[code]
        if (op === undefined) {
          throw new Fatal('unknown-opcode', `invalid load key 0x${code.toString(16).padStart(2, '0')} at offset ${this.opOffset}`, this.opOffset)
        }
        if (++this.opcodes > this.limits.maxOpcodes) this.limit(`more than ${this.limits.maxOpcodes} opcodes`)
        if (op.name === 'STOP') {
          const value = this.pop()
          return { stopped: true, end: this.pos, value }
        }
        this.step(op)
        // Frames are an optimisation, but loaders disagree when an opcode crosses one: CPython's C
        // unpickler before 3.13.15 / 3.14.7 could run different opcodes than a linear reader sees,
        // newer CPython and the pure-Python unpickler refuse the file (gh-154848). We read linearly
        // and say so: a legitimate pickler never writes this.
        if (op.name !== 'FRAME' && this.opOffset < this.frameEnd && this.pos > this.frameEnd) {
          this.problem(
            'frame-straddle',
            `the ${op.name} opcode at offset ${this.opOffset} runs past the end of its frame (offset ${this.frameEnd}): loaders disagree on what such a pickle does (CPython gh-154848); no pickler writes this`
          )
        }
      }
    } catch (e) {
      if (e instanceof Fatal) {
        if (e.code === 'limit') {
          this.halted = false
          this.problem('limit', e.message, e.offset)
          this.halted = true
        } else {
          this.problem(e.code, e.message, e.offset)
        }
        return { stopped: false, end: this.pos, value: undefined, at: e.offset }
      }
      // A bug of ours must not hide what was found so far; report it as a malformed stream.
      this.problem('internal', `the pickle reader failed at offset ${this.opOffset}: ${e instanceof Error ? e.message : String(e)}`)
      return { stopped: false, end: this.pos, value: undefined, at: this.opOffset }
    }
  }

  private step(op: Opcode): void {
    switch (op.name) {
      // -- constants --
      case 'NONE':
        return this.push(null)
      case 'NEWTRUE':
        return this.push(true)
      case 'NEWFALSE':
        return this.push(false)
      case 'INT': {
        const raw = this.line('INT')
        const text = latin1(raw)
        if (text === '00') return this.push(false)
        if (text === '01') return this.push(true)
        const v = parseIntOpcode(text)
        if (v === undefined) throw new Fatal('bad-argument', `INT argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset)
        return this.push(literalValue(v))
      }
      case 'BININT':
        return this.push(this.i32())
      case 'BININT1':
        return this.push(this.u8())
      case 'BININT2':
        return this.push(this.u16())
      case 'LONG': {
        const text = latin1(this.line('LONG'))
        const v = parseLongOpcode(text)
        if (v === undefined) throw new Fatal('bad-argument', `LONG argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset)
        return this.push(literalValue(v))
      }
      case 'LONG1': {
        const n = this.u8()
        return this.push(this.signedLE(this.take(n, 'LONG1')))
      }
      case 'LONG4': {
        const n = this.i32()
        if (n < 0) throw new Fatal('bad-argument', 'LONG pickle has negative byte count', this.opOffset)
        return this.push(this.signedLE(this.take(n, 'LONG4')))
      }
      case 'FLOAT': {
        const text = latin1(this.line('FLOAT'))
        const v = parseFloatText(text)
        if (v === undefined) throw new Fatal('bad-argument', `could not convert FLOAT argument ${JSON.stringify(text.slice(0, 40))} to float`, this.opOffset)
        return this.push(v)
      }
      case 'BINFLOAT': {
        const b = this.take(8, 'BINFLOAT')
        return this.push(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, false))
      }
      // -- strings and bytes (Python 2 str opcodes load as str, like pickle.load's default encoding) --
      case 'STRING': {
        const raw = this.line('STRING')
        const q = raw[0]
        if (raw.length < 2 || raw[raw.length - 1] !== q || (q !== 0x27 && q !== 0x22)) {
          throw new Fatal('bad-argument', 'the STRING opcode argument must be quoted', this.opOffset)
        }
        return this.push(latin1(escapeDecode(raw.subarray(1, raw.length - 1))))
      }
      case 'BINSTRING': {
        const n = this.i32()
        if (n < 0) throw new Fatal('bad-argument', 'BINSTRING pickle has negative byte count', this.opOffset)
        return this.push(latin1(this.take(n, 'BINSTRING')))
      }
      case 'SHORT_BINSTRING':
        return this.push(latin1(this.take(this.u8(), 'SHORT_BINSTRING')))
      case 'BINBYTES':
        return this.push(this.take(this.u32(), 'BINBYTES'))
      case 'SHORT_BINBYTES':
        return this.push(this.take(this.u8(), 'SHORT_BINBYTES'))
      case 'BINBYTES8':
        return this.push(this.take(this.u64(), 'BINBYTES8'))
      case 'BYTEARRAY8':
        return this.push(this.take(this.u64(), 'BYTEARRAY8'))
      case 'UNICODE':
        return this.push(rawUnicodeEscape(this.line('UNICODE')))
      case 'SHORT_BINUNICODE':
        return this.push(this.takeUtf8(this.u8(), 'SHORT_BINUNICODE'))
      case 'BINUNICODE':
        return this.push(this.takeUtf8(this.u32(), 'BINUNICODE'))
      case 'BINUNICODE8':
        return this.push(this.takeUtf8(this.u64(), 'BINUNICODE8'))
      case 'NEXT_BUFFER':
        // Out-of-band buffers come from the loads() caller, never from a file: the load fails here.
        this.problem('out-of-band-buffer', `NEXT_BUFFER at offset ${this.opOffset} needs an out-of-band buffer a file cannot carry`)
        return this.push(new Unknown('out-of-band buffer'))
      case 'READONLY_BUFFER':
        this.top()
        return
      // -- containers --
      case 'EMPTY_LIST':
        return this.push([])
      case 'EMPTY_TUPLE':
        return this.push(makeTuple([]))
      case 'EMPTY_DICT':
        return this.push(new Map())
      case 'EMPTY_SET':
        return this.push(new Set())
      case 'LIST':
        return this.push(this.popMark())
      case 'TUPLE':
        return this.push(makeTuple(this.popMark()))
      case 'TUPLE1': {
        const a = this.pop()
        return this.push(makeTuple([a]))
      }
      case 'TUPLE2': {
        const b = this.pop()
        const a = this.pop()
        return this.push(makeTuple([a, b]))
      }
      case 'TUPLE3': {
        const c = this.pop()
        const b = this.pop()
        const a = this.pop()
        return this.push(makeTuple([a, b, c]))
      }
      case 'DICT': {
        const items = this.popMark()
        const map = new Map<unknown, unknown>()
        for (let i = 0; i + 1 < items.length; i += 2) map.set(items[i], items[i + 1])
        if (items.length % 2 === 1) this.problem('odd-items', `DICT at offset ${this.opOffset} has an odd number of items`)
        return this.push(map)
      }
      case 'FROZENSET':
        return this.push(new Set(this.popMark()))
      case 'APPEND': {
        const v = this.pop()
        this.appendTo(this.top(), [v])
        return
      }
      case 'APPENDS': {
        const items = this.popMark()
        this.appendTo(this.top(), items)
        return
      }
      case 'SETITEM': {
        const v = this.pop()
        const k = this.pop()
        this.setItems(this.top(), [k, v])
        return
      }
      case 'SETITEMS': {
        const items = this.popMark()
        if (items.length % 2 === 1) this.problem('odd-items', `SETITEMS at offset ${this.opOffset} has an odd number of items`)
        this.setItems(this.top(), items)
        return
      }
      case 'ADDITEMS': {
        const items = this.popMark()
        const target = this.top()
        if (target instanceof Set) {
          for (const x of items) target.add(x)
          this.checkItems(target.size)
        } else if (!(target instanceof CallResult || target instanceof Unknown)) {
          this.problem('type-error', `ADDITEMS at offset ${this.opOffset} on a ${describeValue(target)}`)
        }
        return
      }
      // -- stack manipulation --
      case 'POP':
        // CPython pops the mark when the stack above it is empty (Lib/pickle.py load_pop).
        if (this.stack.length === 0 && this.metastack.length > 0) this.popMark()
        else this.pop()
        return
      case 'DUP':
        this.countGet()
        return this.push(this.top())
      case 'MARK':
        if (this.metastack.length >= this.limits.maxDepth) this.limit(`MARKs nested more than ${this.limits.maxDepth} deep`)
        this.metastack.push(this.stack)
        this.stack = []
        return
      case 'POP_MARK':
        this.popMark()
        return
      // -- memo --
      case 'GET':
      case 'BINGET':
      case 'LONG_BINGET': {
        let key: number
        if (op.name === 'GET') {
          const text = latin1(this.line('GET'))
          const v = parseDecimalInt(text)?.value
          if (v === undefined) throw new Fatal('bad-argument', `GET argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset)
          key = Number(v)
        } else {
          key = op.name === 'BINGET' ? this.u8() : this.u32()
        }
        this.countGet()
        if (!this.memo.has(key)) {
          this.problem('memo-missing', `${op.name} ${key} at offset ${this.opOffset}: memo key not found`)
          return this.push(new Unknown(`missing memo key ${key}`))
        }
        return this.push(this.memo.get(key))
      }
      case 'PUT':
      case 'BINPUT':
      case 'LONG_BINPUT': {
        let key: number
        if (op.name === 'PUT') {
          const text = latin1(this.line('PUT'))
          const v = parseDecimalInt(text)?.value
          if (v === undefined) throw new Fatal('bad-argument', `PUT argument ${JSON.stringify(text.slice(0, 40))} is not an integer`, this.opOffset)
          if (v < 0n) throw new Fatal('bad-argument', 'negative PUT argument', this.opOffset)
          key = Number(v)
        } else {
          key = op.name === 'BINPUT' ? this.u8() : this.u32()
        }
        this.memoSet(key, this.top())
        return
      }
      case 'MEMOIZE':
        this.memoSet(this.memo.size, this.top())
        return
      // -- imports --
      case 'GLOBAL': {
        const module = this.utf8(this.line('GLOBAL module'), 'GLOBAL module')
        const name = this.utf8(this.line('GLOBAL name'), 'GLOBAL name')
        return this.push(this.importGlobal(module, name, 'GLOBAL'))
      }
      case 'STACK_GLOBAL': {
        const name = this.pop()
        const module = this.pop()
        if (typeof module === 'string' && typeof name === 'string') {
          return this.push(this.importGlobal(module, name, 'STACK_GLOBAL'))
        }
        const m = typeof module === 'string' ? module : `<${describeValue(module)}>`
        const n = typeof name === 'string' ? name : `<${describeValue(name)}>`
        this.recordImport(m, n, 'STACK_GLOBAL', 'code-execution',
          `STACK_GLOBAL's module or name is not a string (module: ${describeValue(module)}, name: ${describeValue(name)}), so what it imports cannot be known without running the pickle; judged as code execution (fail closed)`)
        return this.push(new GlobalRef(m, n, false))
      }
      case 'EXT1':
      case 'EXT2':
      case 'EXT4': {
        const code = op.name === 'EXT1' ? this.u8() : op.name === 'EXT2' ? this.u16() : this.i32()
        this.recordImport('copyreg', `extension ${code}`, op.name, 'code-execution',
          `${op.name} imports whatever global the loading process registered as extension code ${code} (copyreg.add_extension); that cannot be checked from the file, so it is judged as code execution (fail closed)`)
        return this.push(new GlobalRef('copyreg', `extension ${code}`, false))
      }
      case 'INST': {
        const module = this.utf8(this.line('INST module'), 'INST module')
        const name = this.utf8(this.line('INST name'), 'INST name')
        const cls = this.importGlobal(module, name, 'INST')
        const args = makeTuple(this.popMark())
        return this.push(this.call(cls, args, 'INST'))
      }
      // -- calls (recorded, never made) --
      case 'REDUCE': {
        const args = this.pop()
        const callee = this.pop()
        return this.push(this.call(callee, args, 'REDUCE'))
      }
      case 'NEWOBJ': {
        const args = this.pop()
        const cls = this.pop()
        return this.push(this.call(cls, args, 'NEWOBJ'))
      }
      case 'NEWOBJ_EX': {
        const kwargs = this.pop()
        const args = this.pop()
        const cls = this.pop()
        return this.push(this.call(cls, makeTuple([args, kwargs]), 'NEWOBJ_EX'))
      }
      case 'OBJ': {
        const items = this.popMark()
        if (items.length === 0) {
          this.problem('stack-underflow', `OBJ at offset ${this.opOffset} has no class`)
          return this.push(new Unknown('OBJ without class'))
        }
        return this.push(this.call(items[0], makeTuple(items.slice(1)), 'OBJ'))
      }
      case 'BUILD': {
        const state = this.pop()
        const target = this.top()
        if (target instanceof GlobalRef) {
          // setattr on a module or class itself (modelscan #85/#330): it can replace what other code calls.
          this.recordImport(target.module, target.name, 'BUILD', 'code-execution',
            `BUILD at offset ${this.opOffset} sets attributes on ${target.toString()} itself (a class or module, not an instance), which can replace functions other code calls later`)
        } else if (target instanceof CallResult) {
          target.state = state
        }
        return
      }
      // -- persistent ids (torch storages) --
      case 'PERSID': {
        const pid = latin1(this.line('PERSID'))
        return this.push(new PersistentRef(pid))
      }
      case 'BINPERSID': {
        const pid = this.pop()
        return this.push(persistentLoad(pid) ?? new PersistentRef(pid))
      }
      // -- framing and protocol --
      case 'PROTO': {
        const v = this.u8()
        if (v > HIGHEST_PROTOCOL) this.problem('bad-proto', `unsupported pickle protocol: ${v}`)
        return
      }
      case 'FRAME': {
        const n = this.u64()
        if (this.pos + n > this.bytes.length) {
          this.problem('truncated', `FRAME at offset ${this.opOffset} announces ${n} bytes but only ${this.bytes.length - this.pos} are left`)
        }
        if (this.opOffset < this.frameEnd) {
          this.problem('frame-overlap', `a FRAME opens at offset ${this.opOffset}, before the previous frame ends at offset ${this.frameEnd}: loaders disagree on such a pickle (CPython gh-154848)`)
        }
        this.frameEnd = this.pos + Number(n)
        return
      }
      default:
        throw new Fatal('unknown-opcode', `opcode ${op.name} is not handled`, this.opOffset)
    }
  }

  private memoSet(key: number, value: unknown): void {
    if (!this.memo.has(key) && this.memo.size >= this.limits.maxMemo) this.limit(`more than ${this.limits.maxMemo} memo entries`)
    this.memo.set(key, value)
  }

  private appendTo(target: unknown, items: unknown[]): void {
    if (Array.isArray(target) && !isTuple(target)) {
      this.checkItems(target.length + items.length)
      for (const x of items) target.push(x)
    } else if (!(target instanceof CallResult || target instanceof Unknown || target instanceof PersistentRef)) {
      this.problem('type-error', `APPEND(S) at offset ${this.opOffset} on a ${describeValue(target)}`)
    }
  }

  private setItems(target: unknown, items: unknown[]): void {
    if (target instanceof Map) {
      for (let i = 0; i + 1 < items.length; i += 2) target.set(items[i], items[i + 1])
      this.checkItems(target.size)
    } else if (!(target instanceof CallResult || target instanceof Unknown || target instanceof PersistentRef)) {
      this.problem('type-error', `SETITEM(S) at offset ${this.opOffset} on a ${describeValue(target)}`)
    }
  }
}

function scanStream(bytes: Uint8Array, opts: ScanPicklesOptions, limits: PickleLimits, depth: number): PickleRun {
  const scan = new Scan(bytes, limits, depth)
  const start = Math.max(0, Math.min(opts.start ?? 0, bytes.length))
  const maxPickles = opts.maxPickles ?? Number.POSITIVE_INFINITY
  let pos = start
  let pickles = 0
  let end = start
  if (start >= bytes.length) {
    scan.problem('empty', `no pickle data at offset ${start}`, start)
    return { end: start, pickles: 0, imports: scan.imports, problems: scan.problems, tensors: [], values: [] }
  }
  let incomplete: PickleRun['incomplete']
  while (pickles < maxPickles && pos < bytes.length && !scan.halted) {
    const before = scan.problems.length
    const r = scan.runPickle(pos)
    if (!r.stopped) incomplete = { pickleStart: pos, offset: Math.max(pos, r.at ?? pos) }
    if (r.stopped) {
      pickles++
      scan.values.push(r.value)
      pos = r.end
      end = r.end
      continue
    }
    if (pickles > 0) {
      // Everything after a complete pickle that is not another complete pickle: report it as junk.
      const detail = scan.problems.slice(before).filter(p => p.code !== 'limit')
      if (detail.length > 0) {
        scan.problems.splice(before, scan.problems.length - before, ...scan.problems.slice(before).filter(p => p.code === 'limit'))
        scan.problems.push({
          code: 'junk-after-stop',
          message: `${bytes.length - pos} bytes after the STOP at offset ${pos - 1} are not a valid pickle (${detail[0]!.message})`,
          offset: pos
        })
      }
    } else {
      end = r.end
    }
    break
  }
  if (incomplete) scan.addSwept(sweepImports(bytes, incomplete.pickleStart, incomplete.offset).imports, 'the reader stopped')
  let tensors: TensorInfo[] = []
  let truncated = false
  try {
    ;({ tensors, truncated } = collectTensors(scan.values, limits.maxTensorWalk))
  } catch (e) {
    scan.problem('internal', `naming tensors failed: ${e instanceof Error ? e.message : String(e)}`, end)
  }
  if (truncated) scan.problem('limit', `more than ${limits.maxTensorWalk} values visited while naming tensors`, end)
  return { end, pickles, imports: scan.imports, problems: scan.problems, tensors, values: scan.values, calls: scan.calls, ...(incomplete ? { incomplete } : {}) }
}

/**
 * Adds imports the stackless sweep found beyond what the machine read (a stream larger than the
 * bytes the machine was given): judged like the machine judges them, fail closed when unnamed.
 */
export function addSweptImports(run: PickleRun, bytes: Uint8Array, swept: SweptImport[], why: string): PickleRun {
  const scan = new Scan(bytes, { ...DEFAULT_PICKLE_LIMITS }, 0)
  scan.addSwept(swept.filter(s => !run.imports.some(i => i.offset === s.offset)), why)
  return { ...run, imports: [...run.imports, ...scan.imports] }
}

/**
 * Reads pickle after pickle from `start` until EOF (or `maxPickles` STOPs) without executing anything.
 * Never throws: malformed input and limits become `problems`; what was found before them is kept.
 */
export function scanPickles(bytes: Uint8Array, opts: ScanPicklesOptions = {}): PickleRun {
  const limits: PickleLimits = { ...DEFAULT_PICKLE_LIMITS, ...(opts.limits ?? {}) }
  try {
    return scanStream(bytes, opts, limits, 0)
  } catch (e) {
    // Defensive: scanStream catches per opcode; this only guards against a bug outside that loop.
    // Even then the stackless sweep lists every import in the stream (issue #10 item 1).
    const start = opts.start ?? 0
    const scan = new Scan(bytes, limits, 0)
    try {
      scan.addSwept(sweepImports(bytes, start).imports, 'the reader failed')
    } catch {
      // The sweep is a flat loop over the bytes; nothing in it should throw.
    }
    return {
      end: start,
      pickles: 0,
      imports: scan.imports,
      problems: [{ code: 'internal', message: `the pickle reader failed: ${e instanceof Error ? e.message : String(e)}`, offset: start }],
      tensors: [],
      values: [],
      incomplete: { pickleStart: start, offset: start }
    }
  }
}
