// Compressed members larger than the in-memory member limit are read through a window (a release
// zip or .tar.gz holding a deflated adapter of hundreds of MB), bombs stop at the limit, and a
// payload past the window is still found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { scan } from '../src/engine/scan.js'
import { InflatingSource, measureInflated } from '../src/formats/inflate-source.js'
import { MemorySource } from '../src/formats/source.js'
import { buildZip } from './helpers/zip-writer.js'
import { buildTar } from './helpers/tar-writer.js'
import { writeSafetensors } from './helpers/safetensors-writer.js'

const MB = 1024 * 1024
const LIMITS = { maxMemberBytes: 1 * MB, maxPickleBytes: 1 * MB }
const PAYLOAD = new Uint8Array(Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1'))
let dir: string

function bigAdapter(): Uint8Array {
  // 3 MB of tensor data: over the 1 MB member limit of these tests.
  return writeSafetensors(
    [
      { name: 'base_model.model.q.lora_A.weight', dtype: 'F32', shape: [8, 49152] },
      { name: 'base_model.model.q.lora_B.weight', dtype: 'F32', shape: [49152, 8] }
    ],
    { format: 'pt' }
  )
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ag-inflate-'))
  writeFileSync(join(dir, 'release.zip'), buildZip([{ name: 'adapter/adapter_model.safetensors', data: bigAdapter(), method: 8 }]))
  writeFileSync(
    join(dir, 'release.tar.gz'),
    gzipSync(
      buildTar([
        { name: 'adapter/adapter_model.safetensors', data: bigAdapter() },
        { name: 'adapter/extra.pkl', data: PAYLOAD }
      ])
    )
  )
  writeFileSync(join(dir, 'bomb.zip'), buildZip([{ name: 'x.bin', data: new Uint8Array(8 * MB), method: 8, declaredSize: 100 }]))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('windowed inflation', () => {
  it('InflatingSource reads inside and past its window, forward and backward', async () => {
    const data = new Uint8Array(3 * MB).map((_, i) => (i * 7) & 0xff)
    const packed = new MemorySource(new Uint8Array(gzipSync(data)))
    const sum = await measureInflated(packed, 10 * MB, 'gzip')
    expect(sum).toMatchObject({ size: data.length, over: false })
    const src = new InflatingSource(packed, sum.size, 1 * MB, 'gzip')
    for (const [off, len] of [[10, 100], [2 * MB + 5, 1000], [100, 10], [MB - 3, 10], [3 * MB - 4, 100]]) {
      expect(Buffer.from(await src.read(off, len)).equals(Buffer.from(data.subarray(off, Math.min(off + len, data.length)))), `${off}+${len}`).toBe(true)
    }
  })

  it('a deflated safetensors member over the member limit is validated through the window', async () => {
    const { report } = await scan({ root: dir, targets: ['release.zip'], limits: LIMITS })
    const member = report.files.find(f => f.path === 'release.zip!/adapter/adapter_model.safetensors')
    expect(member).toMatchObject({ format: 'safetensors' })
    expect(report.findings.filter(f => f.ruleId.startsWith('safetensors-') || f.ruleId === 'resource-limit')).toEqual([])
  })

  it('a .tar.gz larger than the member limit is scanned to its last member', async () => {
    const { report } = await scan({ root: dir, targets: ['release.tar.gz'], limits: LIMITS })
    expect(report.files.map(f => f.path)).toContain('release.tar.gz!/release.tar!/adapter/adapter_model.safetensors')
    const f = report.findings.find(x => x.ruleId === 'pickle-code-execution')
    expect(f?.path).toBe('release.tar.gz!/release.tar!/adapter/extra.pkl')
    expect(report.findings.some(x => x.ruleId === 'resource-limit')).toBe(false)
  })

  it('a member that lies about its size and inflates past the limit is a bomb, never allocated', async () => {
    const { report } = await scan({ root: dir, targets: ['bomb.zip'], limits: LIMITS })
    expect(report.findings.map(f => f.ruleId)).toEqual(['resource-limit'])
    expect(report.findings[0].message).toMatch(/zip bomb/)
  })
})
