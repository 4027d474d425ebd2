// NumPy `.npy` header reader (numpy/lib/format.py: `_read_array_header`, versions 1.0, 2.0, 3.0).
// The header is a Python dict literal; it is parsed here as data (numpy uses ast.literal_eval),
// never evaluated. An object dtype means the payload after the header is a pickle.

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] // \x93NUMPY
/** numpy refuses headers longer than this unless `max_header_size` is raised (format.py `_MAX_HEADER_SIZE`). */
export const MAX_NPY_HEADER_BYTES = 10_000
/** A header prefix: magic (6), version (2), header length (2 for v1, 4 for v2/v3). */
export const NPY_PREFIX_BYTES = 12
/** Python literals nested deeper than this are refused (structured dtypes nest a few levels). */
const MAX_LITERAL_DEPTH = 32

/** numpy dtype codes (kind + size) to safetensors dtype names. */
const DTYPE_NAMES: Record<string, string> = {
  b1: 'BOOL', i1: 'I8', u1: 'U8', i2: 'I16', u2: 'U16', i4: 'I32', u4: 'U32', i8: 'I64', u8: 'U64',
  f2: 'F16', f4: 'F32', f8: 'F64', c8: 'C64'
}

export interface NpyHeader {
  version: string
  /** The `descr` field as written: a dtype string, or a list for structured dtypes. */
  descr: unknown
  fortranOrder: boolean
  shape: number[]
  /** Absolute offset of the array data (or of the pickle, for object arrays). */
  dataStart: number
  /** True when the dtype holds Python objects: the data is a pickle. */
  hasObject: boolean
  /** Bytes per element for a simple dtype; undefined for structured or object dtypes. */
  itemsize?: number
  /** safetensors dtype name when there is one. */
  dtype?: string
}

export type NpyParse = { ok: true; header: NpyHeader } | { ok: false; message: string }

type PyValue = string | number | boolean | null | PyValue[] | Map<string, PyValue>

/** A small reader for the literals numpy writes: str, int, True/False/None, tuple, list, dict. */
class LiteralReader {
  private p = 0
  constructor(private readonly s: string) {}

  parse(): PyValue {
    const v = this.value(0)
    this.ws()
    if (this.p !== this.s.length) throw new Error(`unexpected \`${this.s.slice(this.p, this.p + 10)}\` after the dict`)
    return v
  }

  private ws(): void {
    while (this.p < this.s.length && /\s/.test(this.s[this.p])) this.p++
  }

  private value(depth: number): PyValue {
    if (depth > MAX_LITERAL_DEPTH) throw new Error('literal nested too deeply')
    this.ws()
    const c = this.s[this.p]
    if (c === '{') return this.dict(depth)
    if (c === '(' || c === '[') return this.sequence(c === '(' ? ')' : ']', depth)
    if (c === "'" || c === '"') return this.str()
    const m = /^(?:True|False|None|[-+]?\d+)/.exec(this.s.slice(this.p, this.p + 32))
    if (!m) throw new Error(`unexpected \`${this.s.slice(this.p, this.p + 10)}\``)
    this.p += m[0].length
    if (m[0] === 'True') return true
    if (m[0] === 'False') return false
    if (m[0] === 'None') return null
    return Number(m[0])
  }

  private str(): string {
    const q = this.s[this.p++]
    let out = ''
    while (this.p < this.s.length && this.s[this.p] !== q) {
      if (this.s[this.p] === '\\') this.p++
      out += this.s[this.p++] ?? ''
    }
    if (this.s[this.p] !== q) throw new Error('unterminated string')
    this.p++
    return out
  }

  private sequence(close: string, depth: number): PyValue[] {
    this.p++
    const out: PyValue[] = []
    for (;;) {
      this.ws()
      if (this.s[this.p] === close) break
      out.push(this.value(depth + 1))
      this.ws()
      if (this.s[this.p] === ',') this.p++
      else if (this.s[this.p] !== close) throw new Error(`expected \`,\` or \`${close}\``)
    }
    this.p++
    return out
  }

  private dict(depth: number): Map<string, PyValue> {
    this.p++
    const out = new Map<string, PyValue>()
    for (;;) {
      this.ws()
      if (this.s[this.p] === '}') break
      const key = this.value(depth + 1)
      if (typeof key !== 'string') throw new Error('dict key is not a string')
      this.ws()
      if (this.s[this.p++] !== ':') throw new Error('expected `:`')
      out.set(key, this.value(depth + 1))
      this.ws()
      if (this.s[this.p] === ',') this.p++
      else if (this.s[this.p] !== '}') throw new Error('expected `,` or `}`')
    }
    this.p++
    return out
  }
}

/** Whether a descr holds objects anywhere: `O` itself, or a field of a structured dtype (numpy `dtype.hasobject`). */
function descrHasObject(descr: PyValue): boolean {
  if (typeof descr === 'string') return /^[<>|=]?O\d*$/.test(descr)
  if (Array.isArray(descr)) return descr.some(d => descrHasObject(d))
  return false
}

function simpleDtype(descr: PyValue): { itemsize: number; dtype?: string } | undefined {
  if (typeof descr !== 'string') return undefined
  const m = /^[<>|=]?([biufc])(\d+)$/.exec(descr)
  if (!m) return undefined
  const key = `${m[1]}${m[2]}`
  return { itemsize: Number(m[2]), ...(DTYPE_NAMES[key] ? { dtype: DTYPE_NAMES[key] } : {}) }
}

/** Header length field position and width per version (format.py `_header_size_info`). */
function lengthField(major: number): { width: 2 | 4; encoding: 'latin1' | 'utf-8' } | undefined {
  if (major === 1) return { width: 2, encoding: 'latin1' }
  if (major === 2) return { width: 4, encoding: 'latin1' }
  if (major === 3) return { width: 4, encoding: 'utf-8' }
  return undefined
}

/** Length of the whole header (prefix + dict) from the first bytes, so callers can read exactly that much. */
export function npyHeaderLength(head: Uint8Array): number | undefined {
  if (head.length < NPY_PREFIX_BYTES || !MAGIC.every((b, i) => head[i] === b)) return undefined
  const f = lengthField(head[6])
  if (!f) return undefined
  const len = f.width === 2 ? head[8] | (head[9] << 8) : (head[8] | (head[9] << 8) | (head[10] << 16)) + head[11] * 0x100_0000
  return 8 + f.width + len
}

/** Parses a header from bytes that hold at least the whole header. */
export function parseNpyHeader(bytes: Uint8Array): NpyParse {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: 'no \\x93NUMPY magic' }
  const major = bytes[6]
  const f = lengthField(major)
  if (!f) return { ok: false, message: `unknown .npy format version ${major}.${bytes[7]}` }
  const total = npyHeaderLength(bytes)
  if (total === undefined || total - 8 - f.width > MAX_NPY_HEADER_BYTES) {
    return { ok: false, message: `header is longer than numpy's ${MAX_NPY_HEADER_BYTES}-byte limit` }
  }
  if (bytes.length < total) return { ok: false, message: `header declares ${total} bytes but the file has ${bytes.length}: truncated` }
  const text = new TextDecoder(f.encoding).decode(bytes.subarray(8 + f.width, total))
  let dict: PyValue
  try {
    dict = new LiteralReader(text).parse()
  } catch (e) {
    return { ok: false, message: `header is not a Python dict literal: ${(e as Error).message}` }
  }
  if (!(dict instanceof Map)) return { ok: false, message: 'header is not a dict' }
  const keys = [...dict.keys()].sort().join(',')
  if (keys !== 'descr,fortran_order,shape') return { ok: false, message: `header keys are {${keys}}, numpy expects exactly descr, fortran_order, shape` }
  const descr = dict.get('descr') as PyValue
  const fortran = dict.get('fortran_order')
  const shape = dict.get('shape')
  if (typeof fortran !== 'boolean') return { ok: false, message: '`fortran_order` is not a bool' }
  if (!Array.isArray(shape) || !shape.every(d => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    return { ok: false, message: '`shape` is not a tuple of non-negative integers' }
  }
  if (typeof descr !== 'string' && !Array.isArray(descr)) return { ok: false, message: '`descr` is neither a dtype string nor a field list' }
  const simple = simpleDtype(descr)
  return {
    ok: true,
    header: {
      version: `${major}.${bytes[7]}`,
      descr,
      fortranOrder: fortran,
      shape: shape as number[],
      dataStart: total,
      hasObject: descrHasObject(descr),
      ...(simple ? { itemsize: simple.itemsize, ...(simple.dtype ? { dtype: simple.dtype } : {}) } : {})
    }
  }
}
