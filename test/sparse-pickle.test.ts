// A multi-GB PyTorch zip checkpoint (sparse: the storage is a hole) costs the same bytes read as a
// small one: only the central directory, the local headers and data.pkl are read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSync, ftruncateSync, mkdtempSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { scan } from '../src/engine/scan.js'

let dir: string

/** data.pkl of `{"w": FloatTensor of `numel` elements}` as torch's protocol-2 pickler writes it. */
function dataPkl(numel: number): Buffer {
  const u = (s: string) => {
    const b = Buffer.from(s, 'utf8')
    const len = Buffer.alloc(4)
    len.writeUInt32LE(b.length)
    return Buffer.concat([Buffer.from('X'), len, b])
  }
  const int32 = (n: number) => {
    const b = Buffer.alloc(5)
    b[0] = 0x4a // BININT
    b.writeInt32LE(n, 1)
    return b
  }
  const od = Buffer.from('ccollections\nOrderedDict\n)R', 'latin1')
  return Buffer.concat([
    Buffer.from([0x80, 0x02]),
    od,
    Buffer.from('('),
    u('base_model.model.w.lora_A.weight'),
    Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n(', 'latin1'),
    Buffer.from('('),
    u('storage'),
    Buffer.from('ctorch\nFloatStorage\n', 'latin1'),
    u('0'),
    u('cpu'),
    int32(numel),
    Buffer.from('tQ', 'latin1'), // TUPLE, BINPERSID
    Buffer.from([0x4b, 0x00]), // storage_offset 0
    int32(numel),
    Buffer.from([0x85, 0x4b, 0x01, 0x85, 0x89]), // (numel,), (1,), False
    od,
    Buffer.from('tRu.', 'latin1') // TUPLE REDUCE SETITEMS STOP
  ])
}

/** Writes a stored zip `<root>/data.pkl`, `<root>/data/0` (a sparse hole of `bytes`), `<root>/version`. */
function writeSparseTorchZip(path: string, numel: number): void {
  const root = 'adapter_model'
  const members: Array<{ name: string; data?: Buffer; size: number }> = [
    { name: `${root}/data.pkl`, data: dataPkl(numel), size: 0 },
    { name: `${root}/data/0`, size: numel * 4 },
    { name: `${root}/version`, data: Buffer.from('3\n'), size: 0 }
  ]
  const fd = openSync(path, 'w')
  let pos = 0
  const central: Buffer[] = []
  for (const m of members) {
    const size = m.data ? m.data.length : m.size
    const crc = m.data ? crc32(m.data) : 0
    const name = Buffer.from(m.name)
    const lh = Buffer.alloc(30)
    lh.writeUInt32LE(0x04034b50, 0)
    lh.writeUInt16LE(20, 4)
    lh.writeUInt32LE(crc, 14)
    lh.writeUInt32LE(size, 18)
    lh.writeUInt32LE(size, 22)
    lh.writeUInt16LE(name.length, 26)
    const ch = Buffer.alloc(46)
    ch.writeUInt32LE(0x02014b50, 0)
    ch.writeUInt16LE(20, 4)
    ch.writeUInt16LE(20, 6)
    ch.writeUInt32LE(crc, 16)
    ch.writeUInt32LE(size, 20)
    ch.writeUInt32LE(size, 24)
    ch.writeUInt16LE(name.length, 28)
    ch.writeUInt32LE(pos, 42)
    central.push(ch, name)
    writeSync(fd, Buffer.concat([lh, name]), 0, 30 + name.length, pos)
    pos += 30 + name.length
    if (m.data) writeSync(fd, m.data, 0, m.data.length, pos)
    pos += size // a hole for the storage: no byte of it is ever written
  }
  const cd = Buffer.concat(central)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(members.length, 8)
  eocd.writeUInt16LE(members.length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(pos, 16)
  writeSync(fd, Buffer.concat([cd, eocd]), 0, cd.length + 22, pos)
  ftruncateSync(fd, pos + cd.length + 22)
  closeSync(fd)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ag-sparse-bin-'))
  mkdirSync(join(dir, 'small'))
  mkdirSync(join(dir, 'huge'))
  writeSparseTorchZip(join(dir, 'small', 'adapter_model.bin'), 2_560) // 10 KB
  writeSparseTorchZip(join(dir, 'huge', 'adapter_model.bin'), 805_306_368) // 3 GiB
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a multi-GB .bin checkpoint', () => {
  it('is read header-only: the same bytes as a 10 KB one', async () => {
    const { analyses } = await scan({ root: dir })
    const small = analyses.find(a => a.path === 'small/adapter_model.bin')!
    const huge = analyses.find(a => a.path === 'huge/adapter_model.bin')!
    expect(huge.format).toBe('pytorch-zip')
    expect(huge.bytes).toBeGreaterThan(3 * 1024 ** 3)
    expect(huge.tensors?.map(t => [t.name, t.shape])).toEqual([['base_model.model.w.lora_A.weight', [805_306_368]]])
    expect(huge.findings.map(f => f.ruleId)).toEqual(['pickle-checkpoint'])
    expect(huge.bytesRead).toBeLessThan(16 * 1024)
    expect(Math.abs(huge.bytesRead - small.bytesRead)).toBeLessThan(64)
  })
})
