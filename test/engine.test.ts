// The engine end to end on real trees: discovery by content, LFS pointers, symlinks, bytes read,
// the JSON report shape, and bad input that never stops the scan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, writeSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../src/engine/scan.js'
import { f32, writeSafetensors } from './helpers/safetensors-writer.js'

let root: string
let outside: string

const LFS = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n'

const CONFIG = JSON.stringify({ peft_type: 'LORA', task_type: 'CAUSAL_LM', r: 1, lora_alpha: 2, bias: 'none', target_modules: ['q'] })

function goodAdapter(): Uint8Array {
  return writeSafetensors(
    [
      { name: 'base_model.model.q.lora_A.weight', dtype: 'F32', shape: [1, 2], data: f32([1, 2]) },
      { name: 'base_model.model.q.lora_B.weight', dtype: 'F32', shape: [2, 1], data: f32([3, 4]) }
    ],
    { format: 'pt' }
  )
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-engine-'))
  outside = mkdtempSync(join(tmpdir(), 'ag-outside-'))
  mkdirSync(join(root, 'good'))
  writeFileSync(join(root, 'good', 'adapter_model.safetensors'), goodAdapter())
  writeFileSync(join(root, 'good', 'adapter_config.json'), CONFIG)
  mkdirSync(join(root, 'lfs'))
  writeFileSync(join(root, 'lfs', 'adapter_model.safetensors'), LFS)
  mkdirSync(join(root, 'broken'))
  writeFileSync(join(root, 'broken', 'adapter_model.safetensors'), new Uint8Array(3))
  writeFileSync(join(root, 'broken', 'weights.bin'), goodAdapter().subarray(0, 40)) // truncated safetensors under another name
  // A safetensors file named .bin is recognised by content.
  mkdirSync(join(root, 'renamed'))
  writeFileSync(join(root, 'renamed', 'model.bin'), writeSafetensors([], { format: 'pt' }))
  // A pickle renamed to .safetensors: its own findings plus the disguise.
  mkdirSync(join(root, 'disguised'))
  writeFileSync(join(root, 'disguised', 'model.safetensors'), Buffer.from('\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01.', 'latin1'))
  // Symlink out of the root: never followed.
  writeFileSync(join(outside, 'secret.safetensors'), goodAdapter())
  symlinkSync(join(outside, 'secret.safetensors'), join(root, 'escape.safetensors'))
  // Excluded by default.
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true })
  writeFileSync(join(root, 'node_modules', 'pkg', 'x.safetensors'), new Uint8Array(3))
  // Not worth opening: never read.
  writeFileSync(join(root, 'README.md'), '# hi')
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

describe('scan engine', () => {
  it('finds every checkpoint by content and reports each problem once, without stopping', async () => {
    const { report } = await scan({ root })
    const by = (p: string) => report.findings.filter(f => f.path === p).map(f => f.ruleId)
    expect(by('good/adapter_model.safetensors')).toEqual([])
    expect(by('lfs/adapter_model.safetensors')).toEqual(['lfs-pointer'])
    expect(by('broken/adapter_model.safetensors')).toEqual(['safetensors-header-invalid'])
    expect(by('broken/weights.bin')).toEqual(['safetensors-header-invalid'])
    expect(by('renamed/model.bin')).toEqual(['safetensors-empty'])
    expect(by('disguised/model.safetensors')).toContain('safetensors-header-invalid')
    expect(by('disguised/model.safetensors')).not.toContain('pickle-code-execution')
    expect(report.findings.find(f => f.path === 'disguised/model.safetensors' && f.ruleId === 'safetensors-header-invalid')?.message).toMatch(/named \.safetensors but its content is a pickle file/)
    expect(report.files.find(f => f.path === 'renamed/model.bin')?.format).toBe('safetensors')
    expect(report.files.find(f => f.path === 'lfs/adapter_model.safetensors')).toMatchObject({ format: 'lfs-pointer', status: 'skipped' })
    expect(report.files.some(f => f.path.startsWith('node_modules/'))).toBe(false)
    expect(report.files.some(f => f.path === 'README.md')).toBe(false)
  })

  it('never follows a symlink out of the root', async () => {
    const { report, analyses } = await scan({ root })
    expect(analyses.some(a => a.path === 'escape.safetensors')).toBe(false)
    const f = report.findings.find(x => x.path === 'escape.safetensors')
    expect(f?.ruleId).toBe('path-outside-root')
    expect(f?.message).toMatch(/outside the scan root/)
  })

  it('the lfs-pointer message tells the fix, never HeaderTooLarge as the cause', async () => {
    const { report } = await scan({ root })
    const f = report.findings.find(x => x.ruleId === 'lfs-pointer')!
    expect(f.severity).toBe('warning')
    expect(f.message).toMatch(/not scanned: this is a Git LFS pointer/i)
    expect(f.message).toContain('lfs: true')
    expect(f.message).toContain('12,345')
  })

  it('produces the JSON report contract', async () => {
    const { report } = await scan({ root, failOn: 'error' })
    expect(report.tool.name).toBe('adapter-guard')
    expect(typeof report.tool.version).toBe('string')
    for (const file of report.files) {
      expect(Object.keys(file).sort()).toEqual(['bytes', 'bytesRead', 'format', 'path', 'status'])
      expect(file.path).not.toMatch(/\\/)
    }
    for (const f of report.findings) {
      expect(f).toHaveProperty('ruleId')
      expect(f).toHaveProperty('severity')
      expect(f).toHaveProperty('message')
      expect(f).toHaveProperty('fix')
      expect(f.helpUri).toMatch(/docs\/rules\.md#/)
    }
    expect(report.summary.failed).toBe(true)
    expect(report.summary.highestSeverity).toBe('error')
  })

  it('fail-on decides the verdict', async () => {
    expect((await scan({ root, failOn: 'critical' })).report.summary.failed).toBe(false)
    expect((await scan({ root, failOn: 'never' })).report.summary.failed).toBe(false)
    expect((await scan({ root, failOn: 'warning' })).report.summary.failed).toBe(true)
  })

  it('a 10 GB sparse safetensors file costs the same bytes read as a 10 KB one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-sparse-'))
    try {
      const make = (name: string, elements: number): void => {
        const header = JSON.stringify({ __metadata__: { format: 'pt' }, w: { dtype: 'U8', shape: [elements], data_offsets: [0, elements] } })
        const padded = header + ' '.repeat((8 - (header.length % 8)) % 8)
        const prefix = Buffer.alloc(8)
        prefix.writeBigUInt64LE(BigInt(padded.length))
        const fd = openSync(join(dir, name), 'w')
        writeSync(fd, prefix)
        writeSync(fd, Buffer.from(padded))
        ftruncateSync(fd, 8 + padded.length + elements)
        closeSync(fd)
      }
      make('small.safetensors', 10 * 1024)
      make('huge.safetensors', 10 * 1024 ** 3)
      const { analyses, report } = await scan({ root: dir })
      const small = analyses.find(a => a.path === 'small.safetensors')!
      const huge = analyses.find(a => a.path === 'huge.safetensors')!
      expect(report.findings).toEqual([])
      expect(huge.bytes).toBeGreaterThan(10 * 1024 ** 3)
      // Only the sniffed head and the header are read, whatever the size of the data.
      expect(huge.bytesRead).toBeLessThan(1024)
      expect(Math.abs(huge.bytesRead - small.bytesRead)).toBeLessThanOrEqual(8)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
