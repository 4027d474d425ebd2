// A strict JSON reader (RFC 8259, as strict as serde_json) that, unlike JSON.parse, reports duplicate
// keys and where each key sits (line numbers for annotations), and keeps integers exact (bigint when
// they exceed 2^53) so size arithmetic can detect overflow like the safetensors crate does.

export type JsonValue = null | boolean | number | bigint | string | JsonFloat | JsonValue[] | JsonObject

/** A number written with a fraction or exponent, kept apart on request (serde refuses `1e2` as an integer). */
export class JsonFloat {
  constructor(readonly value: number) {}
}

export interface JsonParseOptions {
  /** Return numbers with a fraction or exponent as JsonFloat instead of number. */
  markFloats?: boolean
  /** Record every key's path and line in `keys` (default true; off for safetensors headers, which never use it). */
  keys?: boolean
}

/** Objects keep insertion order; duplicate keys keep the last value (as serde and JSON.parse do). */
export interface JsonObject {
  [key: string]: JsonValue
}

export interface JsonKeyInfo {
  /** Dotted path of the key: `bias`, `rank_pattern.layer.0`. */
  path: string
  /** 1-based line of the key. */
  line: number
}

export interface JsonParseResult {
  value?: JsonValue
  /** serde_json-like message with line and column, when the text is not valid JSON. */
  error?: string
  /** Line of the error, when there is one. */
  errorLine?: number
  /** Keys that appear twice in one object, as dotted paths. */
  duplicates: JsonKeyInfo[]
  /** Every key seen, with its line (first occurrence). */
  keys: Map<string, number>
}

/**
 * Nesting limit, as serde_json's: its remaining-depth counter starts at 128 and fails when an array
 * or object brings it to 0, so 127 nested containers parse and the 128th is an error.
 */
export const MAX_JSON_DEPTH = 127

/** A JSON number, matched in place (sticky) at the parser's position. */
const NUMBER_RE = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y

class JsonError extends Error {
  constructor(
    message: string,
    readonly pos: number
  ) {
    super(message)
  }
}

export function parseJson(text: string, options: JsonParseOptions = {}): JsonParseResult {
  // The engine's JSON.parse does the work when a light pass proves it gives the same value (issue
  // #13: this parser was the scan's top cost). Key paths and lines (annotations) are then computed
  // by the strict parser only if asked for: most configs never need a line.
  const fast = nativeWhenEquivalent(text, options.markFloats !== true)
  if (fast !== undefined) {
    if (options.keys === false) return { value: fast.value, duplicates: [], keys: new Map() }
    let keys: Map<string, number> | undefined
    const result = { value: fast.value, duplicates: [] } as unknown as JsonParseResult
    Object.defineProperty(result, 'keys', { enumerable: true, get: () => (keys ??= parseStrict(text, options).keys) })
    return result
  }
  return parseStrict(text, options)
}

/** The strict parser itself: every key with its line, duplicates, exact integers, serde's errors (exported for the differential tests). */
export function parseStrict(text: string, options: JsonParseOptions): JsonParseResult {
  const duplicates: JsonKeyInfo[] = []
  const keys = new Map<string, number>()
  const wantKeys = options.keys !== false
  const hasOwn = Object.prototype.hasOwnProperty
  const lineStarts = jsonLineStarts(text)
  const lineOf = (pos: number): number => jsonLineAt(lineStarts, pos)
  let i = 0
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++
      else break
    }
  }
  const parseString = (): string => {
    // text[i] is the opening quote
    i++
    let out = ''
    let start = i
    for (;;) {
      if (i >= text.length) throw new JsonError('EOF while parsing a string', i)
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        out += text.slice(start, i)
        i++
        return out
      }
      if (c < 0x20) throw new JsonError('control character (\\u0000-\\u001F) found while parsing a string', i)
      if (c === 0x5c) {
        out += text.slice(start, i)
        const e = text[i + 1]
        i += 2
        switch (e) {
          case '"': out += '"'; break
          case '\\': out += '\\'; break
          case '/': out += '/'; break
          case 'b': out += '\b'; break
          case 'f': out += '\f'; break
          case 'n': out += '\n'; break
          case 'r': out += '\r'; break
          case 't': out += '\t'; break
          case 'u': {
            const hex = text.slice(i, i + 4)
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonError('invalid escape', i)
            out += String.fromCharCode(parseInt(hex, 16))
            i += 4
            break
          }
          default:
            throw new JsonError('invalid escape', i - 1)
        }
        start = i
        continue
      }
      i++
    }
  }
  const parseNumber = (): number | bigint | JsonFloat => {
    // Fast path: a plain integer of at most 15 digits (tensor shapes and offsets) is exact as a number.
    let j = i
    if (text.charCodeAt(j) === 0x2d) j++
    const first = j
    while (j < text.length && j - first < 16) {
      const d = text.charCodeAt(j)
      if (d < 0x30 || d > 0x39) break
      j++
    }
    const next = j < text.length ? text.charCodeAt(j) : 0
    if (j > first && j - first <= 15 && next !== 0x2e && next !== 0x65 && next !== 0x45 && !(text.charCodeAt(first) === 0x30 && j - first > 1) && (next < 0x30 || next > 0x39)) {
      const n = Number(text.slice(i, j))
      i = j
      return n
    }
    // Sticky match at i: no length cap (a cap refused valid long numbers that serde accepts; fuzz regression).
    NUMBER_RE.lastIndex = i
    const m = NUMBER_RE.exec(text)
    if (!m || m[0] === '-' ) throw new JsonError('invalid number', i)
    i += m[0].length
    if (m[2] === undefined && m[3] === undefined) {
      const n = Number(m[0])
      return Number.isSafeInteger(n) ? n : BigInt(m[0])
    }
    return options.markFloats ? new JsonFloat(Number(m[0])) : Number(m[0])
  }
  const parseValue = (path: string, depth: number): JsonValue => {
    ws()
    if (i >= text.length) throw new JsonError('EOF while parsing a value', i)
    const c = text[i]
    if ((c === '{' || c === '[') && depth >= MAX_JSON_DEPTH) throw new JsonError('recursion limit exceeded', i)
    if (c === '{') {
      i++
      const obj: JsonObject = {}
      ws()
      if (text[i] === '}') {
        i++
        return obj
      }
      for (;;) {
        ws()
        if (text[i] !== '"') throw new JsonError(i >= text.length ? 'EOF while parsing an object' : 'key must be a string', i)
        const keyPos = i
        const key = parseString()
        const keyPath = path ? `${path}.${key}` : key
        if (hasOwn.call(obj, key)) duplicates.push({ path: keyPath, line: lineOf(keyPos) })
        if (wantKeys && !keys.has(keyPath)) keys.set(keyPath, lineOf(keyPos))
        ws()
        if (text[i] !== ':') throw new JsonError(i >= text.length ? 'EOF while parsing an object' : 'expected `:`', i)
        i++
        const v = parseValue(keyPath, depth + 1)
        // Own-property definition for __proto__ so it stays plain data; a plain store for every other
        // key (the only setter on Object.prototype is __proto__, and defineProperty per key was the
        // parser's main cost on safetensors headers: issue #13 profile).
        if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true })
        else obj[key] = v
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return obj
        }
        throw new JsonError(i >= text.length ? 'EOF while parsing an object' : 'expected `,` or `}`', i)
      }
    }
    if (c === '[') {
      i++
      const arr: JsonValue[] = []
      ws()
      if (text[i] === ']') {
        i++
        return arr
      }
      for (;;) {
        ws()
        // Element paths only matter for the keys of objects inside the array: no string per number.
        const nested = text[i] === '{' || text[i] === '['
        arr.push(parseValue(nested ? `${path}[${arr.length}]` : path, depth + 1))
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return arr
        }
        throw new JsonError(i >= text.length ? 'EOF while parsing a list' : 'expected `,` or `]`', i)
      }
    }
    if (c === '"') return parseString()
    if (text.startsWith('true', i)) {
      i += 4
      return true
    }
    if (text.startsWith('false', i)) {
      i += 5
      return false
    }
    if (text.startsWith('null', i)) {
      i += 4
      return null
    }
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber()
    throw new JsonError('expected value', i)
  }
  try {
    const value = parseValue('', 0)
    ws()
    if (i < text.length) throw new JsonError('trailing characters', i)
    return { value, duplicates, keys }
  } catch (e) {
    if (e instanceof JsonError) {
      const line = lineOf(Math.min(e.pos, text.length))
      const col = Math.min(e.pos, text.length) - lineStarts[line - 1] + 1
      return { error: `${e.message} at line ${line} column ${col}`, errorLine: line, duplicates, keys }
    }
    throw e
  }
}

/** Offsets of line starts as serde_json counts lines (only `\n` ends one). */
export function jsonLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/** The 1-based line holding offset `pos`, from jsonLineStarts. */
export function jsonLineAt(starts: number[], pos: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat)
}

/**
 * JSON.parse's value, when it is provably what parseJson would return: no run of 16+ digits (an
 * integer past 2^53 is a bigint here), no fraction or exponent when floats are marked (JsonFloat
 * here; unmarked, both parsers give Number(text)), nesting within MAX_JSON_DEPTH, and no duplicate
 * key at any depth (key tokens counted outside strings = keys in the parsed objects). Anything
 * else, invalid JSON included, returns undefined and the strict parser runs.
 */
function nativeWhenEquivalent(text: string, floatsAsNumbers: boolean): { value: JsonValue } | undefined {
  let keyTokens = 0
  let depth = 0
  let lastStringEnd = -1
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // To the closing quote in native steps: the next quote not escaped by an odd run of backslashes.
      let q = text.indexOf('"', i + 1)
      for (;;) {
        if (q < 0) return undefined
        let b = q - 1
        while (text.charCodeAt(b) === 0x5c) b--
        if ((q - 1 - b) % 2 === 0) break
        q = text.indexOf('"', q + 1)
      }
      i = q
      lastStringEnd = q
    } else if (c === 0x3a) {
      // A colon outside strings follows a key (JSON.parse refuses it anywhere else).
      if (lastStringEnd >= 0) keyTokens++
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth >= MAX_JSON_DEPTH) return undefined
    } else if (c === 0x7d || c === 0x5d) depth--
    else if (!floatsAsNumbers && (c === 0x2e || c === 0x65 || c === 0x45)) return undefined // '.', 'e', 'E' outside strings: a float (or invalid)
    else if (c >= 0x30 && c <= 0x39) {
      let j = i
      while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
      if (j - i >= 16) return undefined
      i = j - 1
    }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  let keys = 0
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return
    if (Array.isArray(v)) {
      for (const x of v) count(x)
      return
    }
    for (const k in v) {
      keys++
      count((v as Record<string, unknown>)[k])
    }
  }
  count(value)
  return keys === keyTokens ? { value: value as JsonValue } : undefined
}
