// Valid safetensors files written by the generator (real torch bytes and a reference-order writer):
// our reader must agree with what the generator recorded, and find nothing wrong with them.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { MemorySource } from '../src/formats/source.js'
import { readSafetensors } from '../src/formats/safetensors.js'
import { safetensorsFindings } from '../src/checks/safetensors.js'

const DIR = resolve(__dirname, 'fixtures', 'safetensors')
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  files: Record<string, { header_len: number; metadata: Record<string, string> | null; file_size: number; tensors: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }> }>
}

describe('generator-written safetensors files', () => {
  it.each(Object.keys(expected.files))('%s reads exactly as written', async name => {
    const e = expected.files[name]
    const bytes = new Uint8Array(readFileSync(join(DIR, name)))
    expect(bytes.length).toBe(e.file_size)
    const r = await readSafetensors(new MemorySource(bytes))
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true)
    if (!r.ok) return
    expect(r.header.headerLength).toBe(e.header_len)
    expect(r.header.metadata ?? null).toEqual(e.metadata)
    const got = Object.fromEntries(r.header.tensors.map(t => [t.name, { dtype: t.dtype, shape: t.shape, data_offsets: t.dataOffsets }]))
    expect(got).toEqual(e.tensors)
    const findings = safetensorsFindings(name, r)
    expect(findings.filter(f => f.severity === 'error' || f.severity === 'critical')).toEqual(
      Object.keys(e.tensors).length === 0 ? [expect.objectContaining({ ruleId: 'safetensors-empty' })] : []
    )
  })

  it('decodes real torch values where the generator recorded them', async () => {
    const e = (expected.files['torch_real.safetensors'] as unknown as { values: Record<string, number[][]> }).values
    const bytes = readFileSync(join(DIR, 'torch_real.safetensors'))
    const r = await readSafetensors(new MemorySource(new Uint8Array(bytes)))
    if (!r.ok) throw new Error('invalid')
    const at = (name: string) => r.header.tensors.find(t => t.name === name)!
    const f32 = at('f32')
    const view = new DataView(bytes.buffer, bytes.byteOffset + r.header.dataStart + f32.dataOffsets![0])
    expect(view.getFloat32(0, true)).toBe(e.f32[0][0])
    const i64 = at('i64')
    const iv = new DataView(bytes.buffer, bytes.byteOffset + r.header.dataStart + i64.dataOffsets![0])
    expect(Number(iv.getBigInt64(8 * 3, true))).toBe(e.i64[1][0])
  })
})
