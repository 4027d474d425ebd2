// The zip reader on real bytes (written by test/helpers/zip-writer.ts and by Python's zipfile), and the
// generic zip handler: every member scanned by content, anomalies reported, limits enforced.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { deflateRawSync } from 'node:zlib'
import {
  crc32, crcProblem, entryProblems, openZipMember, readZipDirectory, type ZipProblem
} from '../src/formats/zip.js'
import { MemorySource } from '../src/formats/source.js'
import { zipHandler, sanitizeMemberName } from '../src/engine/container-handlers.js'
import { memberNameIssue } from '../src/checks/containers.js'
import { DEFAULT_LIMITS, type FileContext } from '../src/engine/context.js'
import { buildZip, testCrc32 } from './helpers/zip-writer.js'
import { fixture, harness, rules, source } from './helpers/container-context.js'
import { reducePayload } from './pickle-asm.js'

const enc = new TextEncoder()
const budget = { maxMemberBytes: 1024 * 1024, reserveUnpacked: () => true }

async function readMember(bytes: Uint8Array, index: number, b = budget) {
  const src = new MemorySource(bytes)
  const dir = await readZipDirectory(src, 1000)
  const opened = await openZipMember(src, dir.entries[index], b)
  if (Array.isArray(opened)) return { dir, problems: opened, data: undefined }
  return { dir, problems: opened.problems, data: await opened.source.read(0, opened.source.size), dataStart: opened.dataStart }
}

const kinds = (ps: ZipProblem[]) => ps.map(p => p.kind)

describe('zip reader', () => {
  test('CRC-32 matches the reference value', () => {
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  test('stored and deflated members read back; torch-style data descriptors and FB padding', async () => {
    const big = enc.encode('lora '.repeat(2000))
    const zip = buildZip([
      { name: 'a/data.pkl', data: 'pickle-bytes', dataDescriptor: true, align: 64 },
      { name: 'a/data/0', data: big, method: 8, dataDescriptor: true },
      { name: 'a/version', data: '3\n', align: 64 }
    ])
    const src = new MemorySource(zip)
    const dir = await readZipDirectory(src, 1000)
    expect(dir.problems).toEqual([])
    expect(dir.entries.map(e => [e.name, e.method, e.flags, e.uncompressedSize])).toEqual([
      ['a/data.pkl', 0, 0x0808, 12],
      ['a/data/0', 8, 0x0808, big.length],
      ['a/version', 0, 0x0800, 2]
    ])
    for (const e of dir.entries) expect(entryProblems(e)).toEqual([])
    const m0 = await readMember(zip, 0)
    expect(new TextDecoder().decode(m0.data)).toBe('pickle-bytes')
    expect(m0.dataStart! % 64).toBe(0) // the FB extra field is in the LOCAL header only
    const m1 = await readMember(zip, 1)
    expect(m1.problems).toEqual([])
    expect(m1.data).toEqual(big)
    expect((await readMember(zip, 2)).dataStart! % 64).toBe(0)
  })

  test('zip64: extra fields for sizes and offsets, zip64 EOCD record and locator, archive comment', async () => {
    const zip = buildZip(
      [
        { name: 'x.bin', data: 'abc', zip64: true },
        { name: 'y.bin', data: 'defg'.repeat(100), method: 8, zip64: true, dataDescriptor: true }
      ],
      { zip64Eocd: true, comment: 'release 1.0' }
    )
    const src = new MemorySource(zip)
    const dir = await readZipDirectory(src, 1000)
    expect(dir.zip64).toBe(true)
    expect(dir.problems).toEqual([])
    expect(dir.entries.map(e => e.uncompressedSize)).toEqual([3, 400])
    expect(new TextDecoder().decode((await readMember(zip, 0)).data)).toBe('abc')
    expect((await readMember(zip, 1)).data!.length).toBe(400)
  })

  test("Python's zipfile with force_zip64, deflate and a comment", async () => {
    const bytes = fixture('containers/zip64_deflated.zip')
    const dir = await readZipDirectory(new MemorySource(bytes), 1000)
    expect(dir.problems).toEqual([])
    expect(dir.entries.map(e => e.name)).toEqual(['inner/evil.pkl', 'readme.txt'])
    const m = await readMember(bytes, 1)
    expect(new TextDecoder().decode(m.data)).toBe('hello\n'.repeat(50))
  })

  test('no EOCD, bytes after the EOCD, a corrupt central record: problems, never exceptions', async () => {
    const zip = buildZip([{ name: 'a', data: '1' }, { name: 'b', data: '2' }, { name: 'c', data: '3' }])
    // Not a zip at all.
    const none = await readZipDirectory(new MemorySource(enc.encode('PK\x03\x04 but nothing else')), 1000)
    expect(kinds(none.problems)).toEqual(['malformed'])
    expect(none.entries).toEqual([])
    // Bytes after the EOCD (its comment length does not reach EOF).
    const tail = new Uint8Array([...zip, 1, 2, 3])
    expect(kinds((await readZipDirectory(new MemorySource(tail), 1000)).problems)).toEqual(['anomaly'])
    // Break the signature of the second central record: the first entry still counts.
    const broken = zip.slice()
    const cd = findAll(broken, [0x50, 0x4b, 0x01, 0x02])
    broken[cd[1] + 2] = 0x09
    const dir = await readZipDirectory(new MemorySource(broken), 1000)
    expect(dir.entries.map(e => e.name)).toEqual(['a'])
    expect(dir.problems[0].kind).toBe('malformed')
    expect(dir.problems[0].message).toMatch(/announces 3 members, 1 could be read/)
    // A central directory said to run past EOF (truncated file).
    const cut = zip.slice()
    const eocd = findAll(cut, [0x50, 0x4b, 0x05, 0x06])[0]
    new DataView(cut.buffer).setUint32(eocd + 12, 10_000, true)
    const t = await readZipDirectory(new MemorySource(cut), 1000)
    expect(t.problems.some(p => p.kind === 'malformed' && /truncated/.test(p.message))).toBe(true)
  })

  test('flag bits, compression methods and names: each oddity is one anomaly', async () => {
    const zip = buildZip([
      { name: 'enc', data: 'x', flags: 0x0801 },
      { name: 'patched', data: 'x', flags: 0x0820 },
      { name: 'strong', data: 'x', flags: 0x0840 },
      { name: 'ok-flags', data: 'x', flags: 0x0806 },
      { name: 'lzma', data: 'x', method: 14 },
      { name: 'mismatch', localName: 'other', data: 'x' }
    ])
    const src = new MemorySource(zip)
    const dir = await readZipDirectory(src, 1000)
    const per = dir.entries.map(e => entryProblems(e).map(p => p.message))
    expect(per[0][0]).toMatch(/encrypted \(flag 0x1\)/)
    expect(per[1][0]).toMatch(/flag bits 0x20/)
    expect(per[2][0]).toMatch(/flag bits 0x40/)
    expect(per[3]).toEqual([])
    expect(per[4][0]).toMatch(/compression method 14/)
    const m = await readMember(zip, 5)
    expect(m.problems.map(p => p.message)).toEqual(['member `mismatch` is named `other` in its local header: loaders disagree on which name counts'])
    expect(new TextDecoder().decode(m.data)).toBe('x')
  })

  test('CRC mismatch: checked on inflated members and on small stored ones', async () => {
    const zip = buildZip([
      { name: 'd', data: 'deflated data', method: 8, crc: 1234 },
      { name: 's', data: 'stored data', crc: 99 }
    ])
    const d = await readMember(zip, 0)
    expect(d.problems.map(p => p.kind)).toEqual(['anomaly'])
    expect(d.problems[0].message).toMatch(/CRC-32/)
    const s = await readMember(zip, 1)
    expect(s.problems).toEqual([])
    expect(crcProblem(s.dir.entries[1], s.data!)?.kind).toBe('anomaly')
    expect(crcProblem(s.dir.entries[1], enc.encode('stored data').map(x => x))).toBeDefined()
    const good = buildZip([{ name: 's', data: 'stored data' }])
    const g = await readMember(good, 0)
    expect(crcProblem(g.dir.entries[0], g.data!)).toBeUndefined()
    expect(g.dir.entries[0].crc32).toBe(testCrc32(enc.encode('stored data')))
  })

  test('zip bombs: a declared size that lies, a size over the member limit, the total budget', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024)
    const liar = buildZip([{ name: 'bomb', data: zeros, method: 8, declaredSize: 100 }])
    const small = { maxMemberBytes: 64 * 1024, reserveUnpacked: () => true }
    const r = await readMember(liar, 0, small)
    expect(r.data).toBeUndefined()
    expect(r.problems.map(p => p.kind)).toEqual(['limit'])
    expect(r.problems[0].message).toMatch(/zip bomb/)
    // An honest member over the member limit is streamed through a window, not refused.
    const honest = buildZip([{ name: 'big', data: zeros, method: 8 }])
    const h = await readMember(honest, 0, small)
    expect(h.problems).toEqual([])
    expect(h.data!.length).toBe(zeros.length)
    const spent = await readMember(honest, 0, { maxMemberBytes: 4 * 1024 * 1024, reserveUnpacked: () => false })
    expect(spent.problems[0].message).toMatch(/total unpacked-bytes limit/)
    // Declared smaller than actual but under the member limit: anomaly (sizes disagree), bytes still scanned.
    const fib = await readMember(buildZip([{ name: 'f', data: 'abcdef', method: 8, declaredSize: 3 }]), 0)
    expect(fib.problems.map(p => p.kind)).toEqual(['anomaly'])
    expect(fib.data!.length).toBe(6)
  })

  test('corrupt deflate data and a local header offset pointing nowhere are malformed members', async () => {
    const zip = buildZip([{ name: 'c', data: 'hello hello hello', method: 8 }])
    const bad = zip.slice()
    bad[30 + 1] ^= 0xff // first deflate bytes after the 30-byte header and 1-byte name
    bad[30 + 2] ^= 0xff
    const r = await readMember(bad, 0)
    expect(r.problems.map(p => p.kind)).toContain('malformed')
    const moved = zip.slice()
    const cd = findAll(moved, [0x50, 0x4b, 0x01, 0x02])[0]
    new DataView(moved.buffer).setUint32(cd + 42, 5, true)
    const m = await readMember(moved, 0)
    expect(m.problems.map(p => p.message)).toEqual(['member `c`: no local header at offset 5'])
  })

  test('member limit: only the first maxEntries are listed', async () => {
    const zip = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `m${i}`, data: String(i) })))
    const dir = await readZipDirectory(new MemorySource(zip), 4)
    expect(dir.entries.length).toBe(4)
    expect(kinds(dir.problems)).toEqual(['limit'])
  })

  test('fuzz: mutated and truncated zips never throw from the reader or the handler', async () => {
    const base = buildZip([
      { name: 'r/data.pkl', data: reducePayload(), dataDescriptor: true, align: 64 },
      { name: 'r/data.txt', data: 'x'.repeat(300), method: 8 },
      { name: 'r/z', data: 'abc', zip64: true }
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(base.length),
        async (flips, cut) => {
          const b = base.slice(0, Math.max(cut, base.length - 40))
          for (const [i, v] of flips) if (i < b.length) b[i] = v
          await readZipDirectory(new MemorySource(b), 100)
          const ctx = plainContext('fuzz.zip')
          const r = await zipHandler(new MemorySource(b), b.subarray(0, 512), ctx)
          expect(Array.isArray(r.findings)).toBe(true)
        }
      ),
      { numRuns: 300, seed: 7 }
    )
  })
})

function findAll(b: Uint8Array, sig: number[]): number[] {
  const out: number[] = []
  for (let i = 0; i + sig.length <= b.length; i++) if (sig.every((x, j) => b[i + j] === x)) out.push(i)
  return out
}

function plainContext(path: string): FileContext {
  return {
    path, name: path, deep: false, depth: 0, limits: DEFAULT_LIMITS,
    scanMember: async () => {}, reserveUnpacked: () => true
  }
}

describe('member names', () => {
  test('dangerous names are named and sanitised', () => {
    expect(memberNameIssue('a/../../etc/passwd')).toMatch(/\.\./)
    expect(memberNameIssue('/etc/passwd')).toMatch(/absolute/)
    expect(memberNameIssue('C:/x')).toMatch(/absolute/)
    expect(memberNameIssue('a\\b.pkl')).toMatch(/backslash/)
    expect(memberNameIssue('a/b..c/d.pkl')).toBeUndefined()
    expect(sanitizeMemberName('a/../../etc/passwd')).toBe('a/etc/passwd')
    expect(sanitizeMemberName('/etc/./passwd')).toBe('etc/passwd')
    expect(sanitizeMemberName('C:\\Users\\x.pkl')).toBe('Users/x.pkl')
    expect(sanitizeMemberName('../..')).toBe('_')
  })
})

describe('generic zip handler', () => {
  test('members are scanned by content under `zip!/member`; a corrupt member before them does not stop the rest', async () => {
    const zip = buildZip([
      { name: 'broken.bin', data: 'x', method: 12 }, // unsupported method: reported, skipped
      { name: 'bad-deflate.bin', data: new Uint8Array([0xff, 0xff, 0xff]), method: 99 },
      { name: 'weights/evil.bin', data: reducePayload(), method: 8 },
      { name: 'notes/data.txt', data: 'cos\nsystem\n(S\'true\'\ntR.' }, // protocol 0 under a .txt name
      { name: 'README.md', data: '# hi\n' }
    ])
    const h = harness({ dispatch: true })
    const r = await h.run(source(zip), 'release.zip')
    expect(r.format).toBe('zip')
    expect(h.members.map(m => [m.path, m.sniffed])).toEqual([
      ['release.zip!/weights/evil.bin', 'pickle'],
      ['release.zip!/notes/data.txt', 'unknown'],
      ['release.zip!/README.md', 'unknown']
    ])
    const all = h.allFindings(r)
    expect(all.filter(f => f.ruleId === 'zip-anomaly').map(f => f.message)).toEqual([
      expect.stringMatching(/`broken.bin` uses compression method 12/),
      expect.stringMatching(/`bad-deflate.bin` uses compression method 99/)
    ])
    const ce = all.filter(f => f.ruleId === 'pickle-code-execution')
    expect(ce.map(f => f.path).sort()).toEqual(['release.zip!/notes/data.txt', 'release.zip!/weights/evil.bin'])
  })

  test('zip-slip names are reported and scanned under a sanitised name; duplicates get #2', async () => {
    const zip = buildZip([
      { name: '../../evil.pkl', data: reducePayload() },
      { name: 'dir\\x.pkl', data: reducePayload() },
      { name: 'same.pkl', data: 'N.' },
      { name: 'same.pkl', data: reducePayload() }
    ])
    const h = harness({ dispatch: true })
    const r = await h.run(source(zip), 'a.zip')
    expect(h.members.map(m => m.path)).toEqual(['a.zip!/evil.pkl', 'a.zip!/dir/x.pkl', 'a.zip!/same.pkl', 'a.zip!/same.pkl#2'])
    const anomalies = r.findings.filter(f => f.ruleId === 'zip-anomaly').map(f => f.message)
    expect(anomalies).toHaveLength(3)
    expect(anomalies.join('\n')).toMatch(/`same.pkl` appears 2 times/)
    expect(anomalies.join('\n')).toMatch(/`\.\.\/\.\.\/evil\.pkl` climbs out/)
    expect(anomalies.join('\n')).toMatch(/backslashes/)
    const ce = h.allFindings(r).filter(f => f.ruleId === 'pickle-code-execution').map(f => f.path)
    expect(ce.sort()).toEqual(['a.zip!/dir/x.pkl', 'a.zip!/evil.pkl', 'a.zip!/same.pkl#2'])
  })

  test('npz is recognised and its arrays dispatched; an object array inside is scanned', async () => {
    const h = harness({ dispatch: true })
    const r = await h.run(source(fixture('containers/plain.npz')), 'plain.npz')
    expect(r.format).toBe('npz')
    expect(h.members.map(m => [m.path, m.result?.format, m.result?.tensors?.[0]?.dtype])).toEqual([
      ['plain.npz!/a.npy', 'npy', 'I32'],
      ['plain.npz!/b.npy', 'npy', 'F16']
    ])
    const h2 = harness({ dispatch: true })
    const r2 = await h2.run(source(fixture('malicious/object_array.npz')), 'object_array.npz')
    expect(r2.format).toBe('npz')
    expect(h2.allFindings(r2).filter(f => f.ruleId === 'pickle-code-execution').map(f => f.path)).toEqual(['object_array.npz!/payload.npy'])
  })

  test('nested zips recurse until maxArchiveDepth, then resource-limit', async () => {
    const deep = harness({ dispatch: true })
    const r = await deep.run(source(fixture('containers/nested.zip')), 'nested.zip')
    expect(deep.allFindings(r).map(f => [f.ruleId, f.path])).toEqual([['pickle-code-execution', 'nested.zip!/level1.zip!/level2.zip!/evil.pkl']])
    const shallow = harness({ dispatch: true, limits: { maxArchiveDepth: 1 } })
    const r2 = await shallow.run(source(fixture('containers/nested.zip')), 'nested.zip')
    expect(shallow.members.map(m => m.path)).toEqual(['nested.zip!/level1.zip'])
    expect(shallow.allFindings(r2).map(f => [f.ruleId, f.path])).toEqual([['resource-limit', 'nested.zip!/level1.zip']])
  })

  test('a zip bomb member is a resource-limit finding and is not handed on', async () => {
    const zip = buildZip([
      { name: 'bomb.bin', data: new Uint8Array(3 * 1024 * 1024), method: 8, declaredSize: 10 },
      { name: 'ok.pkl', data: reducePayload() }
    ])
    const h = harness({ dispatch: true, limits: { maxMemberBytes: 1024 * 1024 } })
    const r = await h.run(source(zip), 'b.zip')
    expect(h.members.map(m => m.path)).toEqual(['b.zip!/ok.pkl'])
    expect(rules(h.allFindings(r))).toEqual(['pickle-code-execution', 'resource-limit'])
    // The total budget: two honest 600 KiB members under a 1 MiB scan budget.
    const two = buildZip([
      { name: 'a.bin', data: new Uint8Array(600 * 1024), method: 8 },
      { name: 'b.bin', data: new Uint8Array(600 * 1024), method: 8 }
    ])
    const h2 = harness({ dispatch: true, limits: { maxUnpackedBytes: 1024 * 1024 } })
    const r2 = await h2.run(source(two), 'two.zip')
    expect(h2.members.map(m => m.path)).toEqual(['two.zip!/a.bin'])
    expect(r2.findings.map(f => f.ruleId)).toEqual(['resource-limit'])
  })

  test('deflated stored-size sanity: a 1 MiB deflated member inflates exactly once', async () => {
    const data = new Uint8Array(1024 * 1024).map((_, i) => i % 251)
    const zip = buildZip([{ name: 'w.bin', data, method: 8 }])
    expect(zip.length).toBeLessThan(deflateRawSync(data).length + 200)
    const h = harness()
    const r = await h.run(source(zip), 'w.zip')
    expect(r.findings).toEqual([])
    expect(h.unpacked()).toBe(data.length)
    expect(h.members).toEqual([{ path: 'w.zip!/w.bin', size: data.length, depth: 1 }])
  })
})

describe('hidden-pickle sniffing stays quiet on text', () => {
  test('text that parses as a protocol-0 GLOBAL but never acts like a pickle is not a finding; a payload under a text name is', async () => {
    const zip = buildZip([
      { name: 'LICENSE', data: 'copyright 2024 someone\nAll rights reserved.\n' },
      // "cat\ndog\n" reads as a GLOBAL of `at.dog`, then ends: no STOP, nothing called. Every text file
      // and CSV starting with a line like this would otherwise be critical.
      { name: 'notes', data: 'cat\ndog\n' },
      { name: 'cities.csv', data: 'city\nLondon\nParis\n' },
      // The same first line, then a call: what pickle.loads would run, STOP or not.
      { name: 'data.txt', data: "cos\nsystem\n(S'id'\ntR" }
    ])
    const h = harness({ dispatch: true })
    const r = await h.run(source(zip), 'r.zip')
    expect(h.allFindings(r).map(f => [f.ruleId, f.path])).toEqual([
      ['pickle-code-execution', 'r.zip!/data.txt'],
      ['pickle-malformed', 'r.zip!/data.txt']
    ])
  })
})
