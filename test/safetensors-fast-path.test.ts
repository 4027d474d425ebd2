// readSafetensors validates the usual header in plain numbers and hands everything else to the exact
// BigInt path (issue #13). Differential test: the fast path must give exactly what the exact path
// gives, header for header and error for error, on real files and on generated, mutated headers.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { MemorySource } from '../src/formats/source.js'
import { readSafetensors } from '../src/formats/safetensors.js'
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js'

async function same(bytes: Uint8Array, label: string): Promise<void> {
  const exact = await readSafetensors(new MemorySource(bytes), { exactOnly: true })
  const fast = await readSafetensors(new MemorySource(bytes))
  expect(fast, label).toEqual(exact)
}

function file(header: string, dataBytes: number): Uint8Array {
  const h = new TextEncoder().encode(header)
  const out = new Uint8Array(8 + h.length + dataBytes)
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true)
  out.set(h, 8)
  return out
}

function* safetensorsUnder(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) yield* safetensorsUnder(p)
    else if (e.isFile() && e.name.endsWith('.safetensors')) yield p
  }
}

/** The header and the first bytes of the data of a real file: enough to read the header, with the size made up by zeros. */
function headerOnly(path: string): Uint8Array | undefined {
  const size = statSync(path).size
  if (size > 64 * 1024 * 1024) return undefined
  return readFileSync(path)
}

describe('safetensors header fast path', () => {
  it('agrees with the exact path on every safetensors fixture of ours', async () => {
    let n = 0
    for (const p of safetensorsUnder(join(import.meta.dirname, 'fixtures'))) {
      const bytes = headerOnly(p)
      if (!bytes) continue
      await same(bytes, p)
      n++
    }
    expect(n).toBeGreaterThan(50)
  })

  it.skipIf(!HAS_CORPUS)('agrees with the exact path on every safetensors file of the shared corpus', async () => {
    let n = 0
    for (const p of safetensorsUnder(CORPUS)) {
      const bytes = headerOnly(p)
      if (!bytes) continue
      await same(bytes, p)
      n++
    }
    expect(n).toBeGreaterThan(10)
  })

  it('agrees with the exact path on hand-picked edge cases', async () => {
    const t = (shape: string, offsets: string, dtype = 'F32') => `{"t":{"dtype":"${dtype}","shape":${shape},"data_offsets":${offsets}}}`
    const cases: Array<[string, number]> = [
      [t('[2,3]', '[0,24]'), 24],
      [t('[2,3]', '[0,24]'), 25], // bytes after the last tensor
      [t('[2,3]', '[0,24]'), 23], // truncated
      [t('[2,3]', '[0,20]'), 20], // size mismatch
      [t('[2,3]', '[4,28]'), 28], // hole at the start
      [t('[2,3]', '[24,0]'), 24], // end before begin
      [t('[2.0,3]', '[0,24]'), 24], // a float dimension
      [t('[-2,3]', '[0,24]'), 24],
      [t('[2,3]', '[0,24.0]'), 24],
      [t('[9007199254740993,0]', '[0,0]'), 0], // a dimension past 2^53: bigint
      [t('[4294967296,4294967296,4294967296]', '[0,0]'), 0], // overflow of the element count
      [t('[3037000500,3037000500]', '[0,0]', 'F64'), 0], // product past 2^53, under 2^64
      [t('[3]', '[0,1]', 'BOOL'), 1],
      [t('[3]', '[0,2]', 'F4'), 2], // 12 bits: misaligned
      [t('[4]', '[0,2]', 'F4'), 2],
      [t('[0]', '[0,0]'), 0],
      [t('[]', '[0,4]'), 4],
      [t('[2]', '[0,8]', 'F99'), 8],
      [t('[2]', '[0]'), 8],
      [t('"x"', '[0,8]'), 8],
      ['{"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"b":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"c":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 8],
      ['{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}', 6], // overlap
      ['{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"__metadata__":null,"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"__metadata__":{"format":1},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"__metadata__":[],"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['  {"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}    ', 4],
      ['{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{"1":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},"0":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 8],
      ['{"__proto__":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', 4],
      ['{}', 0],
      ['{}', 3],
      ['[]', 0]
    ]
    for (const [h, n] of cases) await same(file(h, n), h)
  })

  it('agrees with the exact path on generated and mutated headers', async () => {
    const dtype = fc.constantFrom('F32', 'F16', 'BF16', 'I8', 'U8', 'BOOL', 'F64', 'I64', 'F8_E4M3', 'F4', 'F6_E2M3', 'C64', 'X9')
    const dim = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constantFrom(-1, 2 ** 53, 2 ** 53 + 2, 4294967296, 1.5))
    const tensor = fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd', '0', '__metadata__'), dtype, shape: fc.array(dim, { maxLength: 3 }), shift: fc.constantFrom(0, 0, 0, 1, -1), swap: fc.boolean() })
    await fc.assert(
      fc.asyncProperty(fc.array(tensor, { maxLength: 5 }), fc.constantFrom(0, 0, 1, -1), async (ts, extra) => {
        let offset = 0
        const parts: string[] = []
        for (const t of ts) {
          const bits = { F32: 32, F16: 16, BF16: 16, I8: 8, U8: 8, BOOL: 8, F64: 64, I64: 64, F8_E4M3: 8, F4: 4, F6_E2M3: 6, C64: 64, X9: 8 }[t.dtype] ?? 8
          const n = t.shape.reduce((a, b) => a * b, 1)
          const bytes = Number.isSafeInteger(n) && n >= 0 && n < 1e6 ? Math.floor((n * bits) / 8) : 0
          const begin = Math.max(0, offset + t.shift)
          const end = begin + bytes
          offset = end
          const offsets = t.swap && bytes > 0 ? `[${end},${begin}]` : `[${begin},${end}]`
          const shape = `[${t.shape.map(d => (Number.isInteger(d) ? BigInt(d).toString() : String(d))).join(',')}]`
          parts.push(`${JSON.stringify(t.name)}:{"dtype":"${t.dtype}","shape":${shape},"data_offsets":${offsets}}`)
        }
        const dataBytes = Math.max(0, offset + extra)
        if (dataBytes > 1e6) return
        await same(file(`{${parts.join(',')}}`, dataBytes), parts.join(','))
      }),
      { numRuns: 1500 }
    )
  })
})
