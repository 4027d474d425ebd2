// NaN/Inf/zero classification on raw bits, per dtype, and streaming across chunk boundaries.
import { describe, expect, it } from 'vitest'
import { emptyCounts, hasScanner, scanBits } from '../src/checks/deep/float-bits.js'
import { fileTensorStats } from '../src/checks/deep/tensor-stats.js'
import { readSafetensors } from '../src/formats/safetensors.js'
import { MemorySource } from '../src/formats/source.js'
import { writeSafetensors } from './helpers/safetensors-writer.js'

function u16le(words: number[]): Uint8Array {
  const b = new Uint8Array(words.length * 2)
  words.forEach((w, i) => new DataView(b.buffer).setUint16(i * 2, w, true))
  return b
}

function counts(dtype: string, bytes: Uint8Array) {
  const c = emptyCounts()
  scanBits(dtype, bytes, c)
  return c
}

describe('scanBits', () => {
  it('F32: NaN, +Inf, -Inf, ±0 and ordinary values', () => {
    const b = new Uint8Array(new Float32Array([NaN, Infinity, -Infinity, 0, -0, 1.5, -3e-39]).buffer)
    expect(counts('F32', b)).toEqual({ nan: 1, posInf: 1, negInf: 1, nonzero: 5 })
  })

  it('F64: NaN with only low mantissa bits set is still NaN', () => {
    const b = new Uint8Array(16)
    const dv = new DataView(b.buffer)
    dv.setUint32(0, 1, true)
    dv.setUint32(4, 0x7ff00000, true)
    dv.setFloat64(8, -Infinity, true)
    expect(counts('F64', b)).toEqual({ nan: 1, posInf: 0, negInf: 1, nonzero: 2 })
    expect(counts('F64', new Uint8Array(new Float64Array([0, -0, 2]).buffer))).toEqual({ nan: 0, posInf: 0, negInf: 0, nonzero: 1 })
  })

  it('F16: 0x7c00 is +Inf, 0xfc00 -Inf, 0x7e00 NaN, 0x8000 is -0', () => {
    expect(counts('F16', u16le([0x7c00, 0xfc00, 0x7e00, 0x7c01, 0x8000, 0x3c00]))).toEqual({ nan: 2, posInf: 1, negInf: 1, nonzero: 5 })
  })

  it('BF16: 0x7f80 is +Inf, 0x7fc0 NaN; F16 Inf bits are an ordinary BF16 number', () => {
    expect(counts('BF16', u16le([0x7f80, 0xff80, 0x7fc0, 0x7c00, 0x0000]))).toEqual({ nan: 1, posInf: 1, negInf: 1, nonzero: 4 })
  })

  it('F8: E5M2 has Inf, E4M3FN only NaN (0x7f/0xff), FNUZ only 0x80, E8M0 only 0xff', () => {
    expect(counts('F8_E5M2', Uint8Array.from([0x7c, 0xfc, 0x7d, 0x00, 0x3c]))).toEqual({ nan: 1, posInf: 1, negInf: 1, nonzero: 4 })
    expect(counts('F8_E4M3', Uint8Array.from([0x7f, 0xff, 0x7e, 0x80]))).toEqual({ nan: 2, posInf: 0, negInf: 0, nonzero: 3 })
    expect(counts('F8_E4M3FNUZ', Uint8Array.from([0x80, 0x7f, 0x00]))).toEqual({ nan: 1, posInf: 0, negInf: 0, nonzero: 1 })
    expect(counts('F8_E8M0', Uint8Array.from([0xff, 0x00, 0x7f]))).toEqual({ nan: 1, posInf: 0, negInf: 0, nonzero: 2 })
  })

  it('has no scanner for integers, BOOL or sub-byte floats', () => {
    for (const d of ['I32', 'U8', 'BOOL', 'F4', 'F6_E2M3']) expect(hasScanner(d)).toBe(false)
  })

  it('reads words at an unaligned byte offset without losing them', () => {
    const backing = new Uint8Array(9)
    backing.set(new Uint8Array(new Float32Array([NaN, 1]).buffer), 1)
    expect(counts('F32', backing.subarray(1))).toEqual({ nan: 1, posInf: 0, negInf: 0, nonzero: 2 })
  })
})

describe('fileTensorStats', () => {
  it('finds values on both sides of every chunk boundary', async () => {
    const n = 1001
    const v = new Float32Array(n)
    v[0] = NaN
    v[15] = Infinity
    v[16] = -Infinity
    v[n - 1] = NaN
    const h = new Uint16Array(37).fill(0x3c00)
    h[36] = 0x7c00
    const file = writeSafetensors([
      { name: 'w', dtype: 'F32', shape: [n], data: new Uint8Array(v.buffer) },
      { name: 'h', dtype: 'F16', shape: [37], data: new Uint8Array(h.buffer) },
      { name: 'z', dtype: 'BF16', shape: [5] },
      { name: 'i', dtype: 'I64', shape: [3] }
    ])
    const src = new MemorySource(file)
    const read = await readSafetensors(src)
    if (!read.ok) throw new Error(read.error.message)
    // 64-byte chunks: 16 F32 or 32 F16 per chunk.
    const stats = await fileTensorStats(src, read.header.tensors, 64)
    expect(stats.get('w')).toMatchObject({ nan: 2, posInf: 1, negInf: 1 })
    expect(stats.get('h')).toMatchObject({ nan: 0, posInf: 1, negInf: 0 })
    expect(stats.get('h')?.nonzero).toBeGreaterThan(0)
    expect(stats.get('z')).toMatchObject({ nonzero: 0 })
    expect(stats.has('i')).toBe(false)
  })
})
