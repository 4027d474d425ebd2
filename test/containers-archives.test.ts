// tar, gzip, npy and raw-pickle handlers on real bytes (Python-written fixtures in test/fixtures/containers
// and hand-built variants): members dispatched by content, broken structures reported, limits enforced.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { gzipSync } from 'node:zlib'
import { readTarEntries } from '../src/formats/tar.js'
import { gunzipBounded } from '../src/formats/gzip.js'
import { parseNpyHeader } from '../src/formats/npy.js'
import { MemorySource } from '../src/formats/source.js'
import { gunzippedName, gzipHandler, npyHandler, pickleHandler, tarHandler, legacyHandler } from '../src/engine/container-handlers.js'
import { DEFAULT_LIMITS, type FileContext } from '../src/engine/context.js'
import { buildTar } from './helpers/tar-writer.js'
import { fixture, harness, rules, source } from './helpers/container-context.js'
import { reducePayload } from './pickle-asm.js'

const enc = new TextEncoder()

describe('tar', () => {
  test('GNU long names, a `..` member and a torch zip inside a .tar.gz release bundle', async () => {
    const h = harness({ dispatch: true })
    const r = await h.run(source(fixture('containers/bundle.tar.gz')), 'dist/bundle.tar.gz')
    expect(r.format).toBe('gzip')
    const long = 'release/' + 'very_long_directory_name/'.repeat(5) + 'notes.txt'
    expect(h.members.map(m => [m.path, m.result?.format ?? m.sniffed])).toEqual([
      ['dist/bundle.tar.gz!/bundle.tar', 'tar'],
      ['dist/bundle.tar.gz!/bundle.tar!/release/README.md', 'unknown'],
      [`dist/bundle.tar.gz!/bundle.tar!/${long}`, 'unknown'],
      ['dist/bundle.tar.gz!/bundle.tar!/escape.pkl', 'pickle'],
      ['dist/bundle.tar.gz!/bundle.tar!/release/adapter_model.bin', 'pytorch-zip']
    ])
    const all = h.allFindings(r)
    expect(all.filter(f => f.ruleId === 'pickle-code-execution').map(f => f.path).sort()).toEqual([
      'dist/bundle.tar.gz!/bundle.tar!/escape.pkl',
      `dist/bundle.tar.gz!/bundle.tar!/${long}`
    ])
    expect(all.filter(f => f.ruleId === 'zip-anomaly').map(f => f.message)).toEqual([expect.stringMatching(/Tar member name `\.\.\/escape\.pkl` climbs out/)])
  })

  test('pax long names', async () => {
    const listing = await readTarEntries(new MemorySource(fixture('containers/pax_long.tar')), 100)
    expect(listing.problems).toEqual([])
    expect(listing.files.map(f => f.name)).toEqual(['pax/' + 'n'.repeat(120) + '.pkl'])
  })

  test('a bad checksum stops the listing; members before it still count', async () => {
    const tar = buildTar([
      { name: 'a.pkl', data: reducePayload() },
      { name: 'b.pkl', data: reducePayload(), checksumDelta: 1 },
      { name: 'c.pkl', data: reducePayload() }
    ])
    const h = harness({ dispatch: true })
    const r = await h.run(source(tar), 't.tar')
    expect(r.format).toBe('tar')
    expect(h.members.map(m => m.path)).toEqual(['t.tar!/a.pkl'])
    expect(r.findings.map(f => [f.ruleId, f.message])).toEqual([['pickle-malformed', 'tar header at offset 1024 has a bad checksum: the archive is corrupt or not a tar.']])
  })

  test('truncated members, a missing end marker, base-256 sizes, directories', async () => {
    const ok = buildTar([{ name: 'dir/', data: '', type: '5' }, { name: 'dir/x', data: 'abc', base256: true }], { noEnd: true })
    const l = await readTarEntries(new MemorySource(ok), 100)
    expect(l.problems).toEqual([])
    expect(l.files.map(f => [f.name, f.size])).toEqual([['dir/x', 3]])
    expect(l.others.map(f => f.name)).toEqual(['dir/'])
    const short = buildTar([{ name: 'big', data: 'abc', declaredSize: 5000 }])
    const s = await readTarEntries(new MemorySource(short), 100)
    expect(s.problems.map(p => p.message)).toEqual(['tar member at offset 0 declares 5000 bytes but the file ends first: truncated'])
    const cut = await readTarEntries(new MemorySource(buildTar([{ name: 'a', data: 'abc' }, { name: 'b', data: 'def' }]).subarray(0, 1124)), 100)
    expect(cut.problems.map(p => p.kind)).toEqual(['malformed'])
    expect(cut.files.map(f => f.name)).toEqual(['a'])
  })

  test('member limit', async () => {
    const tar = buildTar(Array.from({ length: 5 }, (_, i) => ({ name: `m${i}`, data: 'x' })))
    const h = harness({ dispatch: true, limits: { maxArchiveMembers: 2 } })
    const r = await h.run(source(tar), 'm.tar')
    expect(h.members.length).toBe(2)
    expect(rules(r.findings)).toEqual(['resource-limit'])
  })

  test('fuzz: mutated tars never throw', async () => {
    const base = fixture('containers/torch_tar.tar')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(4095), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(base.length), async (flips, cut) => {
        const b = base.slice(0, Math.max(cut, 512))
        for (const [i, v] of flips) if (i < b.length) b[i] = v
        const r = await tarHandler(new MemorySource(b), b.subarray(0, 512), ctx('f.tar'))
        expect(Array.isArray(r.findings)).toBe(true)
      }),
      { numRuns: 200, seed: 3 }
    )
  })
})

function ctx(path: string, limits = {}): FileContext {
  return {
    path, name: path, deep: false, depth: 0, limits: { ...DEFAULT_LIMITS, ...limits },
    scanMember: async () => {}, reserveUnpacked: () => true
  }
}

describe('gzip', () => {
  test('inflated names', () => {
    expect(gunzippedName('a.tar.gz')).toBe('a.tar')
    expect(gunzippedName('a.tgz')).toBe('a.tar')
    expect(gunzippedName('model.pt.GZ')).toBe('model.pt')
    expect(gunzippedName('blob')).toBe('blob.gunzipped')
  })

  test('a gzip bomb stops at the unpacked-bytes budget; a large honest stream is streamed, not cut', async () => {
    const bomb = gzipSync(new Uint8Array(20 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(30 * 1024)
    const out = await gunzipBounded(new MemorySource(bomb), 1024 * 1024)
    expect(out.overLimit).toBe(true)
    expect(out.bytes).toBe(1024 * 1024)
    expect(out.source.size).toBe(1024 * 1024)
    const h = harness({ limits: { maxMemberBytes: 1024 * 1024, maxUnpackedBytes: 4 * 1024 * 1024 } })
    const r = await h.run(source(new Uint8Array(bomb)), 'z.gz')
    expect(rules(r.findings)).toEqual(['resource-limit'])
    expect(h.members).toEqual([])
    const streamed = harness({ limits: { maxMemberBytes: 1024 * 1024 } })
    const ok = await streamed.run(source(new Uint8Array(bomb)), 'z.gz')
    expect(rules(ok.findings)).toEqual([])
    expect(streamed.members).toEqual([{ path: 'z.gz!/z', size: 20 * 1024 * 1024, depth: 1 }])
  })

  test('truncated and corrupt streams: pickle-malformed, what inflated is scanned', async () => {
    const payload = new Uint8Array([...reducePayload(), ...new Uint8Array(200_000).map((_, i) => (i * 7919) % 256)])
    const gz = new Uint8Array(gzipSync(payload))
    const h = harness({ dispatch: true })
    const r = await h.run(source(gz.subarray(0, gz.length - 100)), 'cut.pkl.gz')
    expect(rules(h.allFindings(r))).toEqual(['pickle-code-execution', 'pickle-malformed'])
    expect(r.findings[0].message).toMatch(/Gzip stream is corrupt or truncated/)
    expect(h.members[0].path).toBe('cut.pkl.gz!/cut.pkl')
    const junk = await gzipHandler(new MemorySource(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff])), new Uint8Array(0), ctx('j.gz'))
    expect(rules(junk.findings)).toEqual(['pickle-malformed'])
  })

  test('the scan-wide unpacked budget', async () => {
    const gz = new Uint8Array(gzipSync(new Uint8Array(100_000)))
    const r = await gzipHandler(new MemorySource(gz), gz.subarray(0, 512), { ...ctx('b.gz'), reserveUnpacked: () => false })
    expect(r.findings.map(f => f.message)).toEqual([expect.stringMatching(/total unpacked-bytes limit/)])
  })
})

describe('npy', () => {
  test('versions 1.0, 2.0 and 3.0, Fortran order, structured dtypes', () => {
    const v2 = parseNpyHeader(fixture('containers/v2_f4.npy'))
    expect(v2).toMatchObject({ ok: true, header: { version: '2.0', descr: '<f4', shape: [2, 3], fortranOrder: false, hasObject: false, dtype: 'F32', itemsize: 4 } })
    const v3 = parseNpyHeader(fixture('containers/v3_structured.npy'))
    expect(v3).toMatchObject({ ok: true, header: { version: '3.0', descr: [['gewichté', '<f4'], ['n', '<i8']], shape: [2], hasObject: false } })
    const f = parseNpyHeader(fixture('containers/fortran_f8.npy'))
    expect(f).toMatchObject({ ok: true, header: { fortranOrder: true, dtype: 'F64', shape: [2, 2] } })
    const so = parseNpyHeader(fixture('containers/structured_object.npy'))
    expect(so).toMatchObject({ ok: true, header: { hasObject: true } })
  })

  test('plain arrays become tensors; the data length is checked', async () => {
    const bytes = fixture('containers/v2_f4.npy')
    const r = await npyHandler(new MemorySource(bytes), bytes.subarray(0, 512), { ...ctx('w.npy'), name: 'w.npy' })
    expect(r.findings).toEqual([])
    expect(r.tensors).toEqual([{ name: 'w', dtype: 'F32', shape: [2, 3], dataStart: bytes.length - 24, dataOffsets: [0, 24] }])
    const short = bytes.subarray(0, bytes.length - 4)
    const s = await npyHandler(new MemorySource(short), short.subarray(0, 512), ctx('s.npy'))
    expect(s.findings.map(f => f.message)).toEqual(['NumPy array [2,3] of 4-byte items needs 24 data bytes after the header; the file has 20.'])
  })

  test('object dtypes: the pickle after the header is scanned', async () => {
    const bytes = fixture('malicious/object_array.npy')
    const r = await npyHandler(new MemorySource(bytes), bytes.subarray(0, 512), ctx('o.npy'))
    expect(rules(r.findings)).toEqual(['pickle-code-execution'])
    const so = fixture('containers/structured_object.npy')
    const benign = await npyHandler(new MemorySource(so), so.subarray(0, 512), ctx('so.npy'))
    expect(rules(benign.findings)).toEqual(['pickle-checkpoint'])
  })

  test('broken headers are pickle-malformed, never exceptions', async () => {
    const mk = (dict: string, version = 1) => {
      const body = enc.encode(dict)
      return new Uint8Array([0x93, ...enc.encode('NUMPY'), version, 0, body.length & 0xff, body.length >> 8, ...body])
    }
    const cases: Array<[Uint8Array, RegExp]> = [
      [mk("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"), /^$/],
      [mk("{'descr': '<f4', 'shape': (2,), }"), /keys are/],
      [mk("{'descr': '<f4', 'fortran_order': 0, 'shape': (2,), }"), /fortran_order/],
      [mk("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }"), /shape/],
      [mk("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'x': __import__('os')}"), /not a Python dict literal/],
      [mk("[1, 2]"), /not a dict/],
      [mk("{'descr': '<f4'", 1), /not a Python dict literal/],
      [mk("{}", 9), /unknown .npy format version 9/],
      [mk('{"descr": "|O", "fortran_order": False, "shape": (1,)}'), /^$/],
      [mk('(' .repeat(100)), /nested too deeply/]
    ]
    for (const [bytes, re] of cases) {
      const p = parseNpyHeader(bytes)
      if (re.source === '^$') expect(p.ok).toBe(true)
      else expect(p.ok ? 'ok' : p.message).toMatch(re)
    }
    const truncated = mk("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }").subarray(0, 30)
    expect(parseNpyHeader(truncated)).toMatchObject({ ok: false, message: expect.stringMatching(/truncated/) })
    const r = await npyHandler(new MemorySource(truncated), truncated, ctx('t.npy'))
    expect(rules(r.findings)).toEqual(['pickle-malformed'])
  })
})

describe('raw pickles and legacy dispatch', () => {
  test('a raw pickle named .bin is scanned whatever the legacy magic says (GHSA-jgw4)', async () => {
    const bytes = fixture('malicious/raw_pickle.bin')
    const r = await pickleHandler(new MemorySource(bytes), bytes.subarray(0, 512), ctx('pytorch_model.bin'))
    expect(r.format).toBe('pickle')
    expect(rules(r.findings)).toEqual(['pickle-code-execution'])
  })

  test('every stacked pickle is scanned; the pickle limit is a resource-limit', async () => {
    const two = new Uint8Array([...reducePayload('builtins', 'print'), ...reducePayload('os', 'system')])
    const r = await pickleHandler(new MemorySource(two), two, ctx('s.pkl'))
    expect(rules(r.findings)).toEqual(['pickle-code-execution', 'pickle-unknown-global'])
    const cut = await pickleHandler(new MemorySource(two), two, ctx('s.pkl', { maxPickleBytes: 10 }))
    expect(rules(cut.findings)).toContain('resource-limit')
  })

  test('the legacy handler on a raw pickle that is not legacy still reports its imports', async () => {
    const bytes = reducePayload()
    const r = await legacyHandler(new MemorySource(bytes), bytes, ctx('x.pt'))
    expect(r.format).toBe('pytorch-legacy')
    expect(rules(r.findings)).toEqual(['pickle-code-execution', 'pickle-malformed'])
  })
})

describe('errors', () => {
  test('an exception inside a handler is a finding; an I/O error goes on to the engine', async () => {
    const { CONTAINER_HANDLERS } = await import('../src/engine/container-handlers.js')
    const zip = CONTAINER_HANDLERS.zip!
    const throwing = (err: Error) => ({ size: 100, bytesRead: 0, read: async () => { throw err } })
    const r = await zip(throwing(new Error('boom')), new Uint8Array(0), ctx('e.zip'))
    expect(r.findings.map(f => [f.ruleId, f.message])).toEqual([['pickle-malformed', 'The zip container could not be read: boom.']])
    const io = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' })
    await expect(zip(throwing(io), new Uint8Array(0), ctx('e.zip'))).rejects.toThrow('EIO')
  })
})
