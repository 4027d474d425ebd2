// One test per rule and per reference error, on bytes built here (mutations of a valid file).
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SafeTensor } from 'safetensors'
import { MemorySource } from '../src/formats/source.js'
import { readSafetensors, MAX_HEADER_SIZE } from '../src/formats/safetensors.js'
import { safetensorsFindings } from '../src/checks/safetensors.js'
import { DTYPES } from '../src/formats/dtype.js'
import { assemble, f32, writeSafetensors } from './helpers/safetensors-writer.js'
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js'

async function read(bytes: Uint8Array) {
  return readSafetensors(new MemorySource(bytes))
}
async function errorOf(bytes: Uint8Array): Promise<string | undefined> {
  const r = await read(bytes)
  return r.ok ? undefined : r.error.code
}
async function rulesOf(bytes: Uint8Array, path = 'adapter_model.safetensors'): Promise<string[]> {
  return safetensorsFindings(path, await read(bytes)).map(f => f.ruleId)
}

const valid = (): Uint8Array =>
  writeSafetensors(
    [
      { name: 'base_model.model.q.lora_A.weight', dtype: 'F32', shape: [2, 3], data: f32([1, 2, 3, 4, 5, 6]) },
      { name: 'base_model.model.q.lora_B.weight', dtype: 'F32', shape: [3, 2], data: f32([0, 1, 0, 1, 0, 1]) }
    ],
    { format: 'pt' }
  )

describe('safetensors reader: valid files', () => {
  it('reads a file written like the reference writer, header only', async () => {
    const bytes = valid()
    const src = new MemorySource(bytes)
    const r = await readSafetensors(src)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.header.tensors.map(t => [t.name, t.dtype, t.shape, t.dataOffsets])).toEqual([
      ['base_model.model.q.lora_A.weight', 'F32', [2, 3], [0, 24]],
      ['base_model.model.q.lora_B.weight', 'F32', [3, 2], [24, 48]]
    ])
    expect(r.header.metadata).toEqual({ format: 'pt' })
    expect(r.header.headerLength % 8).toBe(0)
    expect(src.bytesRead).toBe(8 + r.header.headerLength)
    expect(await rulesOf(bytes)).toEqual([])
  })

  it('matches the crate test vectors (test_deserialization: I32 [2,2], N=60 unpadded)', async () => {
    const header = '{"test":{"dtype":"I32","shape":[2,2],"data_offsets":[0,16]},"__metadata__":{"foo":"bar"}}'
    const bytes = assemble(header, [new Uint8Array(16)])
    const r = await read(bytes)
    expect(r.ok).toBe(true)
    const rules = await rulesOf(bytes)
    expect(rules).toContain('safetensors-header-unpadded')
    expect(rules).toContain('safetensors-metadata-format')
  })

  it('accepts empty tensors, 0-d tensors and an empty header', async () => {
    expect(await errorOf(assemble('{"a":{"dtype":"F32","shape":[2,0],"data_offsets":[0,0]}}'))).toBeUndefined()
    expect(await errorOf(assemble('{"a":{"dtype":"I32","shape":[],"data_offsets":[0,4]}}', [new Uint8Array(4)]))).toBeUndefined()
    expect(await errorOf(assemble('{}      '))).toBeUndefined()
  })

  it('accepts leading whitespace before { and key order that is not offset order', async () => {
    const h = '\t\n{"b":{"dtype":"U8","shape":[1],"data_offsets":[1,2]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}'
    expect(await errorOf(assemble(h, [new Uint8Array(2)]))).toBeUndefined()
  })

  it('knows every dtype of the current crate, including sub-byte ones that fill whole bytes', async () => {
    for (const d of DTYPES) {
      const n = d.bits < 8 ? 8 : 1 // 8 elements of a 4- or 6-bit type fill whole bytes
      const bytes = writeSafetensors([{ name: 't', dtype: d.name, shape: [n] }], { format: 'pt' })
      expect(await errorOf(bytes), d.name).toBeUndefined()
    }
  })

  it('agrees with the independent npm `safetensors` reader on every valid file', async () => {
    // That reader cannot parse `__metadata__` (it expects data_offsets on every key), so files without it.
    const files = [
      writeSafetensors([{ name: 'a.lora_A.weight', dtype: 'F32', shape: [2, 3], data: f32([1, 2, 3, 4, 5, 6]) }]),
      writeSafetensors([{ name: 'x', dtype: 'BF16', shape: [4, 4] }, { name: 'y', dtype: 'I64', shape: [3] }, { name: 'z', dtype: 'BOOL', shape: [] }])
    ]
    for (const bytes of files) {
      const other = new SafeTensor(new Uint8Array(bytes))
      const r = await read(bytes)
      if (!r.ok) throw new Error('expected valid')
      for (const t of r.header.tensors) {
        const o = other.metadata.get(t.name) as { dtype: string; shape: number[]; data_offsets: number[] }
        expect(o.dtype).toBe(t.dtype)
        expect(o.shape).toEqual(t.shape)
        expect(o.data_offsets).toEqual([r.header.dataStart + t.dataOffsets![0], r.header.dataStart + t.dataOffsets![1]])
      }
    }
  })
})

describe('safetensors-header-invalid: each reference error', () => {
  it('HeaderTooSmall: under 8 bytes', async () => {
    expect(await errorOf(new Uint8Array(5))).toBe('HeaderTooSmall')
    expect(await rulesOf(new Uint8Array(0))).toEqual(['safetensors-header-invalid'])
  })
  it('HeaderTooLarge: N over 100,000,000', async () => {
    const b = assemble('{}', [], BigInt(MAX_HEADER_SIZE + 1))
    expect(await errorOf(b)).toBe('HeaderTooLarge')
    const f = safetensorsFindings('x.safetensors', await read(b))[0]
    expect(f.message).toContain('HeaderTooLarge')
    expect(f.message).toContain('Error while deserializing header: HeaderTooLarge')
  })
  it('InvalidHeaderLength: 8 + N past the end of the file', async () => {
    expect(await errorOf(assemble('{}', [], 100n))).toBe('InvalidHeaderLength')
  })
  it('InvalidHeader: not UTF-8', async () => {
    const b = assemble('{"a":1}')
    b[10] = 0xff
    expect(await errorOf(b)).toBe('InvalidHeader')
  })
  it('InvalidHeaderDeserialization: not JSON, not an object, trailing garbage', async () => {
    expect(await errorOf(assemble('{"a":'))).toBe('InvalidHeaderDeserialization')
    expect(await errorOf(assemble('[1,2]'))).toBe('InvalidHeaderDeserialization')
    expect(await errorOf(assemble('{} x'))).toBe('InvalidHeaderDeserialization')
    // The safetensors < 0.4.4 empty-with-metadata bug (peft#1599 / transformers#27397).
    expect(await errorOf(assemble('{},"__metadata__":{"format":"pt"}'))).toBe('InvalidHeaderDeserialization')
  })
  it('unknown dtype', async () => {
    expect(await errorOf(assemble('{"a":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}}', [new Uint8Array(16)]))).toBe('InvalidHeaderDeserialization')
  })
  it('shape not non-negative integers', async () => {
    for (const shape of ['[-1]', '[1.5]', '["2"]', '2', '[1e2]']) {
      expect(await errorOf(assemble(`{"a":{"dtype":"U8","shape":${shape},"data_offsets":[0,1]}}`, [new Uint8Array(1)])), shape).toBe('InvalidHeaderDeserialization')
    }
  })
  it('data_offsets not two integers', async () => {
    for (const off of ['[0]', '[0,1,2]', '[0,"1"]', '{}', '[0,-1]']) {
      expect(await errorOf(assemble(`{"a":{"dtype":"U8","shape":[1],"data_offsets":${off}}}`, [new Uint8Array(1)])), off).toBe('InvalidHeaderDeserialization')
    }
  })
  it('__metadata__ not a string→string map', async () => {
    expect(await errorOf(assemble('{"__metadata__":{"format":1}}'))).toBe('InvalidHeaderDeserialization')
    expect(await errorOf(assemble('{"__metadata__":["pt"]}'))).toBe('InvalidHeaderDeserialization')
    expect(await errorOf(assemble('{"__metadata__":{"nested":{"a":"b"}}}'))).toBe('InvalidHeaderDeserialization')
  })
  it('the same tensor name twice (JSON.parse would hide it)', async () => {
    const h = '{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}'
    const r = await read(assemble(h, [new Uint8Array(1)]))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('DuplicateTensorName')
    expect(r.error.tensor).toBe('a')
    expect(await rulesOf(assemble(h, [new Uint8Array(1)]))).toEqual(['safetensors-header-invalid'])
  })
})

describe('safetensors-offsets-invalid: each reference error', () => {
  it('InvalidOffset: not starting at 0, a hole, an overlap, end before begin', async () => {
    expect(await errorOf(assemble('{"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}}', [new Uint8Array(2)]))).toBe('InvalidOffset')
    expect(
      await errorOf(assemble('{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[1],"data_offsets":[2,3]}}', [new Uint8Array(3)]))
    ).toBe('InvalidOffset')
    expect(
      await errorOf(assemble('{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[1,3]}}', [new Uint8Array(3)]))
    ).toBe('InvalidOffset')
    expect(await errorOf(assemble('{"a":{"dtype":"U8","shape":[0],"data_offsets":[1,0]}}', [new Uint8Array(1)]))).toBe('InvalidOffset')
  })
  it('InvalidOffset for the crate test_json_attack (10 tensors all at [0,16])', async () => {
    const entries = Array.from({ length: 10 }, (_, i) => `"w${i}":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}`)
    expect(await errorOf(assemble(`{${entries.join(',')}}`, [new Uint8Array(16)]))).toBe('InvalidOffset')
  })
  it('TensorInvalidInfo: byte length ≠ elements × dtype size (crate test_invalid_info)', async () => {
    expect(await errorOf(assemble('{"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,4]}}', [new Uint8Array(4)]))).toBe('TensorInvalidInfo')
  })
  it('MisalignedSlice: F4 [1,3] does not fill whole bytes', async () => {
    expect(await errorOf(assemble('{"a":{"dtype":"F4","shape":[1,3],"data_offsets":[0,2]}}', [new Uint8Array(2)]))).toBe('MisalignedSlice')
  })
  it('ValidationOverflow: shape product beyond usize', async () => {
    const big = '18446744073709551615'
    expect(await errorOf(assemble(`{"a":{"dtype":"F32","shape":[${big},${big}],"data_offsets":[0,4]}}`, [new Uint8Array(4)]))).toBe('ValidationOverflow')
    expect(await errorOf(assemble(`{"a":{"dtype":"F32","shape":[${big}],"data_offsets":[0,4]}}`, [new Uint8Array(4)]))).toBe('ValidationOverflow')
  })
  it('MetadataIncompleteBuffer: trailing bytes (polyglot) and missing bytes', async () => {
    const good = valid()
    const longer = new Uint8Array(good.length + 34)
    longer.set(good)
    longer.set(Buffer.from('extra_bogus_data_for_polyglot_file'), good.length)
    expect(await errorOf(longer)).toBe('MetadataIncompleteBuffer')
    expect(await errorOf(good.subarray(0, good.length - 2))).toBe('MetadataIncompleteBuffer')
    expect(await rulesOf(longer)).toEqual(['safetensors-offsets-invalid'])
  })
})

describe('safetensors notes and safetensors-empty', () => {
  it('safetensors-empty: a valid file with zero tensors, with the adapter explanation', async () => {
    const f = safetensorsFindings('out/adapter_model.safetensors', await read(writeSafetensors([], { format: 'pt' })))
    expect(f.map(x => x.ruleId)).toEqual(['safetensors-empty'])
    expect(f[0].severity).toBe('error')
    expect(f[0].message).toMatch(/torch\.compile|ZeRO-3/)
  })
  it('safetensors-metadata-format: missing, and unknown format', async () => {
    expect(await rulesOf(writeSafetensors([{ name: 'a', dtype: 'U8', shape: [1] }]))).toEqual(['safetensors-metadata-format'])
    const f = safetensorsFindings('a.safetensors', await read(writeSafetensors([{ name: 'a', dtype: 'U8', shape: [1] }], { format: 'numpy' })))
    expect(f[0].ruleId).toBe('safetensors-metadata-format')
    expect(f[0].message).toContain('numpy')
  })
  it('safetensors-header-unpadded: N not a multiple of 8', async () => {
    const bytes = writeSafetensors([{ name: 'a', dtype: 'U8', shape: [1] }], { format: 'pt' }, { pad: false })
    const r = await read(bytes)
    if (!r.ok || r.header.headerLength % 8 === 0) throw new Error('fixture must be unpadded')
    expect(await rulesOf(bytes)).toEqual(['safetensors-header-unpadded'])
  })
  it('safetensors-dtype-new: F8_E8M0, C64, FNUZ, F4 are notes', async () => {
    for (const dtype of ['F8_E8M0', 'C64', 'F8_E4M3FNUZ', 'F4', 'F6_E2M3']) {
      const shape = dtype.startsWith('F4') || dtype.startsWith('F6') ? [8] : [1]
      const f = safetensorsFindings('a.safetensors', await read(writeSafetensors([{ name: 'a', dtype, shape }], { format: 'pt' })))
      expect(f.map(x => [x.ruleId, x.severity]), dtype).toEqual([['safetensors-dtype-new', 'note']])
    }
    expect(await rulesOf(writeSafetensors([{ name: 'a', dtype: 'BF16', shape: [1] }], { format: 'pt' }))).toEqual([])
  })
})


function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir)) {
    const p = join(dir, e)
    if (statSync(p).isDirectory()) out.push(...listFiles(p))
    else out.push(p)
  }
  return out
}

describe.skipIf(!HAS_CORPUS)('real safetensors files in ../shared/corpus (skipped: corpus absent in this clone)', () => {
  it('every real safetensors file reads clean of errors', async () => {
    const files = listFiles(CORPUS).filter(f => f.endsWith('.safetensors'))
    let real = 0
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file))
      if (Buffer.from(bytes.subarray(0, 7)).toString() === 'version') continue // LFS pointer
      real++
      const findings = safetensorsFindings(file, await read(bytes))
      expect(findings.filter(f => f.severity === 'error' || f.severity === 'critical'), file).toEqual([])
      const r = await read(bytes)
      expect(r.ok && r.header.tensors.length > 0, file).toBe(true)
    }
    expect(real).toBeGreaterThan(20)
  })
})
