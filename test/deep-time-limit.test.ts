// Issue #10 item 12: the deep read of a file is under the per-file time limit. A sparse 8 GiB
// safetensors tensor (zeros on disk cost no space) would otherwise be read to its end.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../src/engine/scan.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-deep-time-'))
  const n = 2 ** 31 // F32 elements: 8 GiB of data
  let header = JSON.stringify({ w: { dtype: 'F32', shape: [n], data_offsets: [0, n * 4] } })
  header += ' '.repeat((8 - (header.length % 8)) % 8)
  const prefix = Buffer.alloc(8)
  prefix.writeBigUInt64LE(BigInt(header.length))
  const fd = openSync(join(root, 'huge.safetensors'), 'w')
  writeSync(fd, prefix)
  writeSync(fd, Buffer.from(header))
  writeSync(fd, Buffer.from(new Float32Array([NaN]).buffer)) // a NaN the cut-short read still sees
  ftruncateSync(fd, 8 + header.length + n * 4)
  closeSync(fd)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

it('a deep read past maxMillisPerFile stops with a resource-limit finding and keeps what it saw', async () => {
  const { report } = await scan({ root, deep: true, limits: { maxMillisPerFile: 300 } })
  const cut = report.findings.filter(f => f.ruleId === 'resource-limit')
  expect(cut).toHaveLength(1)
  expect(cut[0].message).toContain('deep scan stopped')
  expect(cut[0].severity).toBe('error')
  expect(report.findings.find(f => f.ruleId === 'tensor-nonfinite')?.message).toContain('1 NaN')
  expect(report.findings.some(f => f.ruleId === 'peft-untrained-adapter')).toBe(false)
})
