// Text arguments of the protocol-0 number opcodes (INT, LONG, FLOAT, GET, PUT) parsed by hand in one
// pass: no regular expression (V8's backtracking engine overflows its stack on a 10 MB literal, issue
// #10 item 1), no recursion, and no BigInt built from a huge decimal string (quadratic in V8).
// Syntax follows CPython: C strtol(s, &end, 0) and int(s, 0) for INT/LONG (Modules/_pickle.c
// load_int/load_long), float() for FLOAT (Lib/pickle.py load_float).

/** int(str) refuses decimal strings longer than this (CPython 3.11+ sys.int_info.default_max_str_digits). */
export const MAX_DECIMAL_DIGITS = 4300
/** Power-of-two radix literals longer than this are not turned into a BigInt (nothing real needs them). */
const MAX_RADIX2_DIGITS = 1 << 16

/** A parsed integer literal: its value, or `undefined` value with a digit count when it is too long to build. */
export interface IntLiteral {
  value: bigint | undefined
  digits: number
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d)
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10
  return 99
}

function trimBounds(s: string): [number, number] {
  let a = 0
  let b = s.length
  while (a < b && isSpace(s.charCodeAt(a))) a++
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--
  return [a, b]
}

/**
 * Digits in radix `radix` from s[a..b) with single underscores allowed between digits (and, after a
 * 0x/0o/0b prefix, before the first one): returns the digits without underscores, or undefined.
 */
function digitRun(s: string, a: number, b: number, radix: number, leadingUnderscore: boolean): string | undefined {
  if (a >= b) return undefined
  let out = ''
  let chunkStart = a
  let prevUnderscore = !leadingUnderscore // a leading '_' is an error unless allowed
  let count = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x5f) {
      if (prevUnderscore) return undefined
      prevUnderscore = true
      out += s.slice(chunkStart, i)
      chunkStart = i + 1
      continue
    }
    if (digitValue(c) >= radix) return undefined
    prevUnderscore = false
    count++
  }
  if (prevUnderscore || count === 0) return undefined
  return out + s.slice(chunkStart, b)
}

function build(neg: boolean, digits: string, radix: number): IntLiteral {
  const limit = radix === 10 ? MAX_DECIMAL_DIGITS : MAX_RADIX2_DIGITS
  if (digits.length > limit) return { value: undefined, digits: digits.length }
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : ''
  const v = BigInt(prefix + digits)
  return { value: neg ? -v : v, digits: digits.length }
}

/** The text between surrounding whitespace, after an optional `+`/`-` sign (Python's int() and float() both allow one). */
function signedBounds(text: string): { neg: boolean; a: number; b: number } {
  const [a0, b] = trimBounds(text)
  const c0 = text.charCodeAt(a0)
  const signed = c0 === 0x2b || c0 === 0x2d
  return { neg: c0 === 0x2d, a: signed ? a0 + 1 : a0, b }
}

/** Python int(s, 0): whitespace around, sign, 0x/0o/0b prefixes, underscores between digits, no leading zeros. */
export function parsePythonInt(text: string): IntLiteral | undefined {
  const { neg, a, b } = signedBounds(text)
  if (a >= b) return undefined
  if (text.charCodeAt(a) === 0x30 && a + 1 < b) {
    const p = text.charCodeAt(a + 1) | 0x20
    const radix = p === 0x78 ? 16 : p === 0x6f ? 8 : p === 0x62 ? 2 : 0
    if (radix !== 0) {
      const d = digitRun(text, a + 2, b, radix, true)
      return d === undefined ? undefined : build(neg, d, radix)
    }
    // "0", "00", "0_0": only zeros may follow a leading zero in base 0.
    const d = digitRun(text, a, b, 10, false)
    if (d === undefined) return undefined
    for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) !== 0x30) return undefined
    return { value: 0n, digits: d.length }
  }
  const d = digitRun(text, a, b, 10, false)
  return d === undefined ? undefined : build(neg, d, 10)
}

/** Python int(s) in base 10 (GET/PUT keys). */
export function parseDecimalInt(text: string): IntLiteral | undefined {
  const [a0, b] = trimBounds(text)
  let a = a0
  let neg = false
  const c0 = text.charCodeAt(a)
  if (c0 === 0x2b || c0 === 0x2d) {
    neg = c0 === 0x2d
    a++
  }
  const d = digitRun(text, a, b, 10, false)
  return d === undefined ? undefined : build(neg, d, 10)
}

/** C strtol(s, &end, 0) consuming the whole text: leading whitespace, sign, 0x hex, 0 octal, decimal. */
export function parseStrtol(text: string): IntLiteral | undefined {
  let a = 0
  const b = text.length
  while (a < b && isSpace(text.charCodeAt(a))) a++
  let neg = false
  const c0 = text.charCodeAt(a)
  if (c0 === 0x2b || c0 === 0x2d) {
    neg = c0 === 0x2d
    a++
  }
  if (a >= b) return undefined
  let radix = 10
  if (text.charCodeAt(a) === 0x30) {
    if (a + 1 < b && (text.charCodeAt(a + 1) | 0x20) === 0x78) {
      radix = 16
      a += 2
      if (a >= b) return undefined
    } else {
      radix = 8
    }
  }
  for (let i = a; i < b; i++) if (digitValue(text.charCodeAt(i)) >= radix) return undefined
  return build(neg, text.slice(a, b), radix)
}

/** INT argument as CPython parses it: strtol base 0, else int(s, 0). */
export function parseIntOpcode(text: string): IntLiteral | undefined {
  return parseStrtol(text) ?? parsePythonInt(text)
}

/** LONG argument: int(s, 0) after dropping one trailing `L` (Python 2 longs). */
export function parseLongOpcode(text: string): IntLiteral | undefined {
  return parsePythonInt(text.endsWith('L') ? text.slice(0, -1) : text)
}

/** Digits with single underscores between them from i; returns the index after them (i when none). */
function scanDigits(s: string, i: number, b: number): number {
  if (i >= b || digitValue(s.charCodeAt(i)) >= 10) return i
  let j = i + 1
  for (;;) {
    if (j < b && digitValue(s.charCodeAt(j)) < 10) j++
    else if (j + 1 < b && s.charCodeAt(j) === 0x5f && digitValue(s.charCodeAt(j + 1)) < 10) j += 2
    else return j
  }
}

/** Python float(s): whitespace, sign, digits/underscores, fraction, exponent, inf/infinity/nan. */
export function parseFloatText(text: string): number | undefined {
  const { neg, a, b } = signedBounds(text)
  if (a >= b) return undefined
  if (b - a <= 8) {
    const word = text.slice(a, b).toLowerCase()
    if (word === 'inf' || word === 'infinity') return neg ? -Infinity : Infinity
    if (word === 'nan') return NaN
  }
  let i = a
  const intEnd = scanDigits(text, i, b)
  let mantissaDigits = intEnd > i
  i = intEnd
  if (i < b && text.charCodeAt(i) === 0x2e) {
    i++
    const fracEnd = scanDigits(text, i, b)
    mantissaDigits ||= fracEnd > i
    i = fracEnd
  }
  if (!mantissaDigits) return undefined
  if (i < b && (text.charCodeAt(i) | 0x20) === 0x65) {
    i++
    if (i < b && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++
    const expEnd = scanDigits(text, i, b)
    if (expEnd === i) return undefined
    i = expEnd
  }
  if (i !== b) return undefined
  const body = text.slice(a, b)
  const v = Number(body.includes('_') ? body.split('_').join('') : body)
  if (Number.isNaN(v)) return undefined
  return neg ? -v : v
}
