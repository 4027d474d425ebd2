// Every resource limit is a named constant, and hitting it gives a finding: never a silent cut, never
// a crash. Each test builds the smallest input past one limit (lowered through ScanLimits where the
// default is too big to reach cheaply).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { scan, type ScanOptions } from '../src/engine/scan.js'
import { DEFAULT_LIMITS } from '../src/engine/context.js'
import { MAX_JSON_BYTES } from '../src/engine/handlers.js'
import { MAX_HEADER_SIZE } from '../src/formats/safetensors.js'
import { MAX_JSON_DEPTH, parseJson } from '../src/formats/json.js'
import { MAX_NPY_HEADER_BYTES, parseNpyHeader } from '../src/formats/npy.js'
import { MAX_CENTRAL_DIRECTORY_BYTES, readZipDirectory } from '../src/formats/zip.js'
import { readTarEntries } from '../src/formats/tar.js'
import { MemorySource } from '../src/formats/source.js'
import { DEFAULT_PICKLE_LIMITS, scanPickles, type PickleLimits } from '../src/formats/pickle/index.js'
import { pickleFindings } from '../src/checks/pickle-imports.js'
import type { Finding } from '../src/types.js'
import { OP, bu, int, pk, u32 } from './pickle-asm.js'
import { f32, writeSafetensors } from './helpers/safetensors-writer.js'
import { zipBytes } from './fuzz/zip-writer.js'
import { buildTar, tarHeader } from './helpers/tar-writer.js'
import { writeHostileTree } from './fuzz/hostile-tree.js'
import { measureNode } from './fuzz/peak-rss.js'
import { reducePayload } from './pickle-asm.js'

let root: string
let n = 0

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ag-limits-'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** A fresh directory holding the given files. */
function tree(files: Record<string, Uint8Array | string>): string {
  const dir = join(root, String(n++))
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return dir
}

async function findingsOf(dir: string, opts: Partial<ScanOptions> = {}): Promise<Finding[]> {
  const { report } = await scan({ root: dir, ...opts })
  return report.findings
}

const limitHits = (fs: Finding[]): Finding[] => fs.filter(f => f.ruleId === 'resource-limit')

const adapter = (): Uint8Array => writeSafetensors([{ name: 'w', dtype: 'F32', shape: [2], data: f32([1, 2]) }])

describe('limits are named and exported with sane defaults', () => {
  it('ScanLimits defaults and reader constants', () => {
    expect(MAX_HEADER_SIZE).toBe(100_000_000)
    expect(DEFAULT_LIMITS.maxArchiveDepth).toBeGreaterThan(0)
    expect(DEFAULT_LIMITS.maxFiles).toBeGreaterThan(0)
    expect(DEFAULT_LIMITS.maxMemberBytes).toBeLessThanOrEqual(DEFAULT_LIMITS.maxUnpackedBytes)
    for (const v of Object.values(DEFAULT_PICKLE_LIMITS)) expect(Number.isSafeInteger(v) && v > 0).toBe(true)
  })
})

describe('scan limits give a resource-limit finding', () => {
  it('safetensors header over MAX_HEADER_SIZE: HeaderTooLarge, nothing allocated', async () => {
    const b = new Uint8Array(16)
    new DataView(b.buffer).setBigUint64(0, BigInt(MAX_HEADER_SIZE) + 1n, true)
    b[8] = 0x7b
    const fs = await findingsOf(tree({ 'x.safetensors': b }))
    expect(fs.map(f => f.ruleId)).toEqual(['safetensors-header-invalid'])
    expect(fs[0].message).toContain('HeaderTooLarge')
  })

  it('maxFiles: files past it are counted, reported once, never opened', async () => {
    const dir = tree(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`a${i}.safetensors`, adapter()])))
    const { report } = await scan({ root: dir, limits: { maxFiles: 3 }, concurrency: 1 })
    expect(report.files).toHaveLength(3)
    expect(limitHits(report.findings)).toHaveLength(1)
    expect(limitHits(report.findings)[0].message).toContain('maxFiles')
  })

  it('maxArchiveDepth: a zip in a zip in a zip stops at the limit', async () => {
    let z = zipBytes([{ name: 'inner.safetensors', data: adapter() }])
    for (let i = 0; i < 3; i++) z = zipBytes([{ name: `level${i}.zip`, data: z }])
    const fs = await findingsOf(tree({ 'nested.zip': z }), { limits: { maxArchiveDepth: 2 } })
    expect(limitHits(fs).some(f => /nested 2 levels deep/.test(f.message))).toBe(true)
  })

  it('maxArchiveMembers: a zip listing more members than the limit', async () => {
    const z = zipBytes(Array.from({ length: 10 }, (_, i) => ({ name: `m${i}.txt`, data: new Uint8Array([i]) })))
    const fs = await findingsOf(tree({ 'many.zip': z }), { limits: { maxArchiveMembers: 4 } })
    expect(limitHits(fs).some(f => /more than 4 members/.test(f.message))).toBe(true)
  })

  it('maxArchiveMembers: a tar listing more members than the limit', async () => {
    const t = buildTar(Array.from({ length: 10 }, (_, i) => ({ name: `m${i}.txt`, data: new Uint8Array([i]) })))
    const fs = await findingsOf(tree({ 'many.tar': t }), { limits: { maxArchiveMembers: 4 } })
    expect(limitHits(fs).some(f => /more than 4 members/.test(f.message))).toBe(true)
  })

  it('maxMemberBytes: a deflated member that lies about its size (zip bomb) is stopped', async () => {
    const bomb = zipBytes([{ name: 'bomb.bin', data: new Uint8Array(1024 * 1024), deflate: true, declaredSize: 1000 }])
    expect(bomb.length).toBeLessThan(4096)
    const fs = await findingsOf(tree({ 'bomb.zip': bomb }), { limits: { maxMemberBytes: 64 * 1024 } })
    expect(limitHits(fs).some(f => /zip bomb/.test(f.message))).toBe(true)
  })

  it('maxMemberBytes: an honest member over the limit is read through a window, not refused', async () => {
    const z = zipBytes([{ name: 'big.bin', data: new Uint8Array(200 * 1024), deflate: true }])
    const fs = await findingsOf(tree({ 'big.zip': z }), { limits: { maxMemberBytes: 64 * 1024 } })
    expect(limitHits(fs)).toEqual([])
  })

  it('maxMemberBytes: a member lying about its size past the limit is a zip bomb', async () => {
    const z = zipBytes([{ name: 'big.bin', data: new Uint8Array(200 * 1024), deflate: true, declaredSize: 100 }])
    const fs = await findingsOf(tree({ 'big.zip': z }), { limits: { maxMemberBytes: 64 * 1024 } })
    expect(limitHits(fs).some(f => /inflates to more than the 65536-byte member limit although it declares 100 bytes \(zip bomb\)/.test(f.message))).toBe(true)
  })

  it('maxUnpackedBytes: a gzip inflating past the total budget is reported, not scanned', async () => {
    const gz = gzipSync(new Uint8Array(1024 * 1024))
    const fs = await findingsOf(tree({ 'x.tar.gz': gz }), { limits: { maxMemberBytes: 64 * 1024, maxUnpackedBytes: 256 * 1024 } })
    expect(limitHits(fs).some(f => /Gzip stream inflates to more than/.test(f.message))).toBe(true)
  })

  it('maxUnpackedBytes: total inflated bytes across members', async () => {
    const member = (i: number) => ({ name: `m${i}.bin`, data: new Uint8Array(64 * 1024).fill(i), deflate: true })
    const fs = await findingsOf(tree({ 'two.zip': zipBytes([member(1), member(2), member(3)]) }), { limits: { maxUnpackedBytes: 100 * 1024 } })
    expect(limitHits(fs).some(f => /total unpacked-bytes limit/.test(f.message))).toBe(true)
  })

  it('maxPickleBytes: a pickle longer than the limit is scanned in part and says so', async () => {
    const big = pk(OP.PROTO, 2, OP.MARK, ...Array.from({ length: 600 }, () => int(7)), OP.LIST, OP.STOP)
    const fs = await findingsOf(tree({ 'x.pkl': big }), { limits: { maxPickleBytes: 512 } })
    expect(limitHits(fs).some(f => /over the 512-byte pickle limit/.test(f.message))).toBe(true)
  })

  it('maxMillisPerFile: a file that takes too long is reported, and the scan moves on', async () => {
    const t = buildTar(Array.from({ length: 3000 }, (_, i) => ({ name: `m${i}.pkl`, data: pk(OP.PROTO, 2, OP.NONE, OP.STOP) })))
    const dir = tree({ 'slow.tar': t, 'b.safetensors': adapter() })
    const { report } = await scan({ root: dir, limits: { maxMillisPerFile: 1 } })
    expect(limitHits(report.findings).some(f => f.path === 'slow.tar' && /maxMillisPerFile/.test(f.message))).toBe(true)
    expect(report.files.map(f => f.path)).toContain('b.safetensors')
  })

  it('MAX_JSON_BYTES: an oversized adapter_config.json is reported, not read', async () => {
    const dir = tree({})
    mkdirSync(dir, { recursive: true })
    const fd = openSync(join(dir, 'adapter_config.json'), 'w')
    writeSync(fd, '{')
    ftruncateSync(fd, MAX_JSON_BYTES + 1)
    closeSync(fd)
    const fs = await findingsOf(dir)
    expect(limitHits(fs).some(f => /over the 16777216-byte limit/.test(f.message))).toBe(true)
  })

  it('MAX_CENTRAL_DIRECTORY_BYTES: an end record announcing a huge directory', async () => {
    const eocd = pk(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, u32(MAX_CENTRAL_DIRECTORY_BYTES + 1), u32(0), 0, 0)
    const dir = await readZipDirectory(new MemorySource(eocd), 10)
    expect(dir.problems.some(p => p.kind === 'limit')).toBe(true)
    const fs = await findingsOf(tree({ 'x.zip': eocd }))
    expect(limitHits(fs).some(f => /central directory is \d+ bytes, over/.test(f.message))).toBe(true)
  })
})

describe('reader constants refuse oversized structures', () => {
  it('MAX_JSON_DEPTH: deeper JSON is an error, not a stack overflow', () => {
    expect(parseJson('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)).error).toMatch(/recursion limit/)
    expect(parseJson('['.repeat(100_000)).error).toMatch(/recursion limit/)
    expect(parseJson('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)).error).toBeUndefined()
  })

  it('MAX_NPY_HEADER_BYTES: a longer .npy header is refused', () => {
    const b = new Uint8Array(12 + MAX_NPY_HEADER_BYTES + 1)
    b.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0])
    new DataView(b.buffer).setUint32(8, MAX_NPY_HEADER_BYTES + 1, true)
    const r = parseNpyHeader(b)
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.message).toContain(String(MAX_NPY_HEADER_BYTES))
  })

  it('tar long-name and pax records over their limit', async () => {
    const size = 2 * 1024 * 1024
    const b = new Uint8Array(512 + size + 1024)
    b.set(tarHeader({ name: '././@LongLink', data: '', type: 'L' }, size))
    const listing = await readTarEntries(new MemorySource(b), 10)
    expect(listing.problems.map(p => p.kind)).toEqual(['limit'])
  })
})

describe('pickle machine limits: each stops the scan with a limit problem and a resource-limit finding', () => {
  const cases: Array<[keyof PickleLimits, Partial<PickleLimits>, Uint8Array]> = [
    ['maxOpcodes', { maxOpcodes: 100 }, pk(OP.PROTO, 2, ...Array.from({ length: 200 }, () => [OP.NONE, OP.POP]).flat(), OP.NONE, OP.STOP)],
    ['maxMemo', { maxMemo: 10 }, pk(OP.PROTO, 2, ...Array.from({ length: 20 }, (_, i) => [OP.NONE, OP.BINPUT, i, OP.POP]).flat(), OP.NONE, OP.STOP)],
    ['maxStack', { maxStack: 10 }, pk(OP.PROTO, 2, ...Array.from({ length: 20 }, () => OP.NONE), OP.STOP)],
    ['maxDepth', { maxDepth: 10 }, pk(OP.PROTO, 2, ...Array.from({ length: 20 }, () => OP.MARK), OP.NONE, OP.STOP)],
    ['maxGets', { maxGets: 10 }, pk(OP.PROTO, 2, OP.NONE, OP.BINPUT, 0, ...Array.from({ length: 20 }, () => [OP.BINGET, 0, OP.POP]).flat(), OP.STOP)],
    ['maxItems', { maxItems: 10 }, pk(OP.PROTO, 2, OP.EMPTY_LIST, OP.MARK, ...Array.from({ length: 20 }, () => OP.NONE), OP.APPENDS, OP.STOP)],
    ['maxProblems', { maxProblems: 3 }, pk(...Array.from({ length: 10 }, () => [OP.PROTO, 2, OP.POP, OP.NONE, OP.STOP]).flat())]
  ]
  for (const [name, limits, bytes] of cases) {
    it(name, () => {
      const run = scanPickles(bytes, { limits })
      expect(run.problems.some(p => p.code === 'limit')).toBe(true)
      expect(pickleFindings('x.pkl', run).some(f => f.ruleId === 'resource-limit')).toBe(true)
    })
  }

  it('maxNestedDepth: pickle bytes handed to pickle.loads, nested past the limit', () => {
    let inner = pk(OP.PROTO, 2, OP.NONE, OP.STOP)
    for (let i = 0; i < 3; i++) {
      inner = pk(OP.PROTO, 2, OP.GLOBAL, 'pickle\nloads\n', OP.BINBYTES, u32(inner.length), inner, OP.TUPLE1, OP.REDUCE, OP.STOP)
    }
    const run = scanPickles(inner, { limits: { maxNestedDepth: 1 } })
    expect(run.problems.some(p => p.code === 'limit')).toBe(true)
  })

  it('a protocol-0 text argument of any length is read without a limit error (no line cap of our own)', () => {
    const run = scanPickles(pk(bu('x'.repeat(100_000)), OP.STOP))
    expect(run.problems).toEqual([])
  })
})

/** The memory target for the CLI, whatever the input. */
const PEAK_RSS_BYTES = 150 * 1024 * 1024
const CLI = join(process.cwd(), 'dist', 'cli.js')

describe('peak memory of the built CLI on a hostile tree (child process, no heap flags)', () => {
  let hostile: string
  beforeAll(() => {
    hostile = join(root, 'hostile')
    writeHostileTree(hostile, reducePayload('collections', 'OrderedDict', 'x'))
  })

  const run = (targets: string[]) => {
    const m = measureNode(CLI, ['scan', ...targets, '--format', 'json', '--fail-on', 'never'], hostile)
    expect(m.status, m.stderr).toBe(0)
    const report = JSON.parse(m.stdout) as { summary: { files: number } }
    return { ...m, files: report.summary.files }
  }

  it('huge declared sizes (10 GB shards, 6 GB storages, u64 overflow), deep nesting and 20,000 members stay under 150 MB', () => {
    const m = run(['huge.safetensors', 'lying-length.safetensors', 'overflow.safetensors', 'checkpoint.pt', 'nested.zip', 'many-members.zip', 'deep'])
    expect(m.files).toBeGreaterThan(7)
    expect(m.peakRss).toBeLessThan(PEAK_RSS_BYTES)
  })

  // Known gap (reported to the lead): a deflated member or gzip stream is inflated whole into memory up to
  // maxMemberBytes (256 MiB), and a raw pickle is read whole up to maxPickleBytes (256 MiB), so one 100 MB
  // bomb costs ~255 MB and a 10 GB file starting with PROTO ~300 MB. Flip to it() once they are bounded.
  it('zip bomb, gzip bomb and a 10 GB pickle-looking file stay under 150 MB', () => {
    const m = run(['bomb.zip', 'bomb.tar.gz', 'raw-pickle.bin'])
    expect(m.peakRss).toBeLessThan(PEAK_RSS_BYTES)
  })
})
