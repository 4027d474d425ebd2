// NaN / ±Inf / zero detection on raw little-endian float bits, per safetensors dtype (crate `Dtype`).
// Bit layouts: IEEE 754 binary16/32/64, bfloat16 (binary32's top half), OCP FP8 E5M2 (IEEE-like,
// has Inf), E4M3FN (no Inf, NaN = S.1111.111), the FNUZ variants (NaN = 0x80 only, no Inf),
// E8M0 (NaN = 0xFF). Integer and sub-byte dtypes have no NaN/Inf and are not scanned.
import { endianness } from 'node:os'

export interface ValueCounts {
  nan: number
  posInf: number
  negInf: number
  /** Non-zero (not ±0) elements; exact only in chunks that hold NaN/Inf, otherwise 1 stands for "some". */
  nonzero: number
}

export function emptyCounts(): ValueCounts {
  return { nan: 0, posInf: 0, negInf: 0, nonzero: 0 }
}

type Scanner = (bytes: Uint8Array, acc: ValueCounts) => void

/**
 * Fast pre-pass over 32-bit words: whether any element may be NaN/Inf (then the exact scanner runs)
 * and whether any is non-zero. Word-parallel (SWAR) tests: `(x - 0x01..01) & ~x & 0x80..80` is
 * non-zero exactly when some lane of x is zero.
 */
type Quick = (w: Int32Array) => { special: boolean; nonzero: boolean }

const LITTLE_ENDIAN_HOST = endianness() === 'LE'

/** A view of `bytes` as `width`-byte words in file (little-endian) order, copying only when needed. */
function words<T>(bytes: Uint8Array, width: number, make: (b: ArrayBufferLike, off: number, n: number) => T): T {
  const n = Math.floor(bytes.length / width)
  let b = bytes
  if (b.byteOffset % width !== 0 || !LITTLE_ENDIAN_HOST) b = bytes.slice(0, n * width)
  if (!LITTLE_ENDIAN_HOST) {
    for (let i = 0; i < n * width; i += width) b.subarray(i, i + width).reverse()
  }
  return make(b.buffer, b.byteOffset, n)
}

const u16 = (bytes: Uint8Array): Uint16Array => words(bytes, 2, (b, o, n) => new Uint16Array(b, o, n))
// Int32 lanes: bit tests are the same, and V8 keeps int32 values unboxed (uint32 above 2^31 are not).
const u32 = (bytes: Uint8Array): Int32Array => words(bytes, 4, (b, o, n) => new Int32Array(b, o, n))

/** binary16-like layouts: `expMask` all ones = Inf (mantissa 0) or NaN. */
function half(expMask: number, mantMask: number): Scanner {
  return (bytes, acc) => {
    const a = u16(bytes)
    for (let i = 0; i < a.length; i++) {
      const v = a[i]
      if ((v & 0x7fff) !== 0) acc.nonzero++
      if ((v & expMask) === expMask) {
        if (v & mantMask) acc.nan++
        else if (v & 0x8000) acc.negInf++
        else acc.posInf++
      }
    }
  }
}

const f32: Scanner = (bytes, acc) => {
  const a = u32(bytes)
  for (let i = 0; i < a.length; i++) {
    const v = a[i]
    if ((v & 0x7fffffff) !== 0) acc.nonzero++
    if ((v & 0x7f800000) === 0x7f800000) {
      if (v & 0x007fffff) acc.nan++
      else if (v >>> 31) acc.negInf++
      else acc.posInf++
    }
  }
}

const f64: Scanner = (bytes, acc) => {
  // A little-endian double is (low word, high word); `u32` already gives words in file order.
  const a = u32(bytes.subarray(0, Math.floor(bytes.length / 8) * 8))
  for (let i = 0; i + 1 < a.length; i += 2) {
    const lo = a[i]
    const hi = a[i + 1]
    if ((hi & 0x7fffffff) !== 0 || lo !== 0) acc.nonzero++
    if ((hi & 0x7ff00000) === 0x7ff00000) {
      if ((hi & 0x000fffff) !== 0 || lo !== 0) acc.nan++
      else if (hi >>> 31) acc.negInf++
      else acc.posInf++
    }
  }
}

function bytewise(classify: (b: number, acc: ValueCounts) => void): Scanner {
  return (bytes, acc) => {
    for (let i = 0; i < bytes.length; i++) classify(bytes[i], acc)
  }
}

const e5m2 = bytewise((b, acc) => {
  if (b & 0x7f) acc.nonzero++
  if ((b & 0x7c) === 0x7c) {
    if (b & 0x03) acc.nan++
    else if (b & 0x80) acc.negInf++
    else acc.posInf++
  }
})
const e4m3fn = bytewise((b, acc) => {
  if (b & 0x7f) acc.nonzero++
  if ((b & 0x7f) === 0x7f) acc.nan++
})
const fnuz = bytewise((b, acc) => {
  if (b === 0x80) acc.nan++
  else if (b !== 0) acc.nonzero++
})
const e8m0 = bytewise((b, acc) => {
  if (b === 0xff) acc.nan++
  else acc.nonzero++
})

/** The scanner per dtype; dtypes missing here have no NaN/Inf to find. */
export const SCANNERS: Readonly<Partial<Record<string, Scanner>>> = {
  F16: half(0x7c00, 0x03ff),
  BF16: half(0x7f80, 0x007f),
  F32: f32,
  // Complex64 is two float32 parts per element.
  C64: f32,
  F64: f64,
  F8_E5M2: e5m2,
  F8_E4M3: e4m3fn,
  F8_E4M3FNUZ: fnuz,
  F8_E5M2FNUZ: fnuz,
  F8_E8M0: e8m0
}

/** Lanes masked by `mask` and XORed with `target`: a lane is zero where it may be NaN/Inf. */
function lanesQuick(mask: number, target: number, low: number, high: number, nonzeroMask: number): Quick {
  return w => {
    let special = 0
    let nz = 0
    for (let i = 0; i < w.length; i++) {
      const v = w[i]
      const x = (v & mask) ^ target
      special |= (x - low) & ~x & high
      nz |= v & nonzeroMask
    }
    return { special: special !== 0, nonzero: nz !== 0 }
  }
}

const f32Quick: Quick = w => {
  // Branch-free: adding 0x00800000 to the exponent field carries into bit 31 only when it is all ones.
  let special = 0
  let nz = 0
  for (let i = 0; i < w.length; i++) {
    const v = w[i]
    special |= (v & 0x7f800000) + 0x00800000
    nz |= v & 0x7fffffff
  }
  return { special: special < 0, nonzero: nz !== 0 }
}

const f64Quick: Quick = w => {
  let special = false
  let nz = 0
  for (let i = 0; i + 1 < w.length; i += 2) {
    const hi = w[i + 1]
    if ((hi & 0x7ff00000) === 0x7ff00000) special = true
    nz |= w[i] | (hi & 0x7fffffff)
  }
  return { special, nonzero: nz !== 0 }
}

// The two 16-bit float layouts, written out with literal masks: the hot loop of the deep scan.
const f16Quick: Quick = w => {
  let special = 0
  let nz = 0
  for (let i = 0; i < w.length; i++) {
    const v = w[i]
    const x = (v & 0x7c007c00) ^ 0x7c007c00
    special |= (x - 0x00010001) & ~x & 0x80008000
    nz |= v & 0x7fff7fff
  }
  return { special: special !== 0, nonzero: nz !== 0 }
}

const bf16Quick: Quick = w => {
  let special = 0
  let nz = 0
  for (let i = 0; i < w.length; i++) {
    const v = w[i]
    const x = (v & 0x7f807f80) ^ 0x7f807f80
    special |= (x - 0x00010001) & ~x & 0x80008000
    nz |= v & 0x7fff7fff
  }
  return { special: special !== 0, nonzero: nz !== 0 }
}

const QUICK: Readonly<Partial<Record<string, Quick>>> = {
  // Exponent bits all ones: Inf or NaN.
  F16: f16Quick,
  BF16: bf16Quick,
  F32: f32Quick,
  C64: f32Quick,
  F64: f64Quick,
  F8_E5M2: lanesQuick(0x7c7c7c7c, 0x7c7c7c7c, 0x01010101, 0x80808080, 0x7f7f7f7f),
  F8_E4M3: lanesQuick(0x7f7f7f7f, 0x7f7f7f7f, 0x01010101, 0x80808080, 0x7f7f7f7f),
  // NaN is the byte 0x80; every other non-zero byte is a value. (E8M0 is rare: exact path only.)
  F8_E4M3FNUZ: lanesQuick(0xffffffff, 0x80808080, 0x01010101, 0x80808080, 0xffffffff),
  F8_E5M2FNUZ: lanesQuick(0xffffffff, 0x80808080, 0x01010101, 0x80808080, 0xffffffff)
}

/** Bytes per quick-pass word group: F64 needs whole 8-byte elements. */
function quickUnit(dtype: string): number {
  return dtype === 'F64' || dtype === 'C64' ? 8 : 4
}

export function hasScanner(dtype: string): boolean {
  return SCANNERS[dtype] !== undefined
}

/** Adds the counts of one chunk of `dtype` elements to `acc`. */
export function scanBits(dtype: string, bytes: Uint8Array, acc: ValueCounts): void {
  const exact = SCANNERS[dtype]
  if (!exact) return
  const quick = QUICK[dtype]
  const unit = quickUnit(dtype)
  const whole = bytes.length - (bytes.length % unit)
  if (!quick || whole === 0) return exact(bytes, acc)
  const r = quick(u32(bytes.subarray(0, whole)))
  if (r.special) return exact(bytes, acc)
  if (r.nonzero) acc.nonzero++
  if (whole < bytes.length) exact(bytes.subarray(whole), acc)
}
