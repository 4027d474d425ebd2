// PyTorch checkpoints on real bytes: torch 1.13 zips and legacy files (test/fixtures/torch, written by
// torch.save), hand-made variants, and the <= 0.1.10 tar container. Findings stay on the file path.
import { describe, expect, test } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { MemorySource } from '../src/formats/source.js'
import { readZipDirectory } from '../src/formats/zip.js'
import type { TorchZipFacts } from '../src/formats/torch-zip.js'
import type { TorchLegacyFacts } from '../src/formats/torch-legacy.js'
import { buildZip } from './helpers/zip-writer.js'
import { buildTar } from './helpers/tar-writer.js'
import { fixture, harness, rules, source } from './helpers/container-context.js'
import { OP, bu, glob, pk, reducePayload, torchStateDict } from './pickle-asm.js'

interface ExpectedTensor { dtype: string; shape: number[]; storage_key: string; storage_nbytes: number; storage_numel: number }
interface ExpectedFile {
  format: 'zip' | 'legacy'
  state_dict_key: string | null
  zip_root?: string
  zip_members?: string[]
  tensors: Record<string, ExpectedTensor>
  storages?: Record<string, { numel: number; data_offset: number; nbytes: number }>
}
const EXPECTED = JSON.parse(readFileSync(new URL('./fixtures/torch/expected.json', import.meta.url), 'utf8')) as { files: Record<string, ExpectedFile> }
const TORCH_FILES = readdirSync(new URL('./fixtures/torch/', import.meta.url)).filter(f => f.endsWith('.pt'))

async function analyse(bytes: Uint8Array, path: string, limits = {}) {
  const h = harness({ dispatch: true, limits })
  const src = source(bytes)
  const r = await h.run(src, path)
  return { r, h, src, findings: h.allFindings(r) }
}

describe('real torch.save checkpoints (test/fixtures/torch)', () => {
  test('the fixture set is there', () => {
    expect(TORCH_FILES.length).toBeGreaterThanOrEqual(20)
  })

  test.each(TORCH_FILES)('%s: format, data.pkl, every storage located with its exact size', async file => {
    const exp = EXPECTED.files[file]
    const bytes = fixture(`torch/${file}`)
    const { r, findings } = await analyse(bytes, `torch/${file}`)
    expect(r.format).toBe(exp.format === 'zip' ? 'pytorch-zip' : 'pytorch-legacy')
    expect(findings.filter(f => ['zip-anomaly', 'pickle-malformed', 'resource-limit', 'pickle-code-execution', 'pickle-unknown-global'].includes(f.ruleId))).toEqual([])
    expect(findings.every(f => f.path === `torch/${file}`)).toBe(true)
    // Nested checkpoints ({'state_dict': {...}}): the expected names are the inner ones.
    const prefix = exp.state_dict_key ? `${exp.state_dict_key}.` : ''
    const tensors = (r.tensors ?? []).map(t => ({ ...t, name: t.name.startsWith(prefix) ? t.name.slice(prefix.length) : t.name }))
    expect(Object.fromEntries(tensors.map(t => [t.name, [t.dtype, t.shape, t.storage?.key]]))).toEqual(
      Object.fromEntries(Object.entries(exp.tensors).map(([n, t]) => [n, [t.dtype, t.shape, t.storage_key]]))
    )
    const wanted = new Map(Object.values(exp.tensors).map(t => [t.storage_key, t.storage_nbytes]))
    if (exp.format === 'zip') {
      const facts = r.facts as unknown as TorchZipFacts
      expect(facts.root).toBe(exp.zip_root)
      expect(facts.pickleMember).toBe(`${exp.zip_root}/data.pkl`)
      expect(new Map(Object.entries(facts.storages).map(([k, s]) => [k, s.size]))).toEqual(wanted)
      // The recorded offset is where the member's bytes really are: compare with the central directory's view.
      const dir = await readZipDirectory(new MemorySource(bytes), 1000)
      for (const [key, s] of Object.entries(facts.storages)) {
        expect(s.member).toBe(`${exp.zip_root}/data/${key}`)
        expect(s.method).toBe(0)
        expect(s.dataOffset % 64).toBe(0) // torch pads every member start to 64 bytes (FB extra field)
        expect(dir.entries.find(e => e.name === s.member)?.uncompressedSize).toBe(s.size)
      }
    } else {
      const facts = r.facts as unknown as TorchLegacyFacts
      expect(Object.fromEntries(Object.entries(facts.storages).map(([k, s]) => [k, { numel: s.numel, data_offset: s.dataOffset, nbytes: s.size }]))).toEqual(exp.storages)
    }
  })

  test('header-only: a torch zip with a 4 MiB storage reads a few KiB', async () => {
    const numel = 1024 * 1024
    const pkl = torchStateDict([['w', '0', 'FloatStorage', numel, 0, [1024, 1024], [1024, 1]]])
    const zip = buildZip([
      { name: 'ckpt/data.pkl', data: pkl, dataDescriptor: true, align: 64 },
      { name: 'ckpt/data/0', data: new Uint8Array(numel * 4), dataDescriptor: true, align: 64 },
      { name: 'ckpt/version', data: '3\n', dataDescriptor: true, align: 64 }
    ])
    const { r, src } = await analyse(zip, 'big.pt')
    expect(r.format).toBe('pytorch-zip')
    expect(r.tensors?.map(t => t.shape)).toEqual([[1024, 1024]])
    expect(src.bytesRead).toBeLessThan(8 * 1024)
    expect(zip.length).toBeGreaterThan(4 * 1024 * 1024)
  })
})

describe('torch zip: hostile and broken archives', () => {
  const sd = torchStateDict([['w', '0', 'FloatStorage', 4, 0, [2, 2], [2, 1]]])
  const storage = new Uint8Array(16)

  test('the root comes from the first entry, whatever it is called', async () => {
    const zip = buildZip([
      { name: 'my model/data.pkl', data: sd },
      { name: 'my model/data/0', data: storage },
      { name: 'my model/version', data: '3\n' }
    ])
    const { r } = await analyse(zip, 'x.bin')
    expect(r.format).toBe('pytorch-zip')
    expect((r.facts as unknown as TorchZipFacts).root).toBe('my model')
    expect(rules(r.findings)).toEqual(['pickle-checkpoint'])
  })

  test('missing, short and oversized storages; a member outside the root', async () => {
    const two = torchStateDict([
      ['a', '0', 'FloatStorage', 4, 0, [4], [1]],
      ['b', '1', 'FloatStorage', 4, 0, [4], [1]],
      ['c', '2', 'FloatStorage', 4, 0, [4], [1]]
    ])
    const zip = buildZip([
      { name: 'r/data.pkl', data: two },
      { name: 'r/data/0', data: new Uint8Array(8) }, // short: 8 of 16 bytes
      { name: 'r/data/1', data: new Uint8Array(20) }, // 4 extra bytes nobody reads
      { name: 'other/payload.bin', data: 'hello' }
    ])
    const { r } = await analyse(zip, 'x.pt')
    const msgs = r.findings.map(f => `${f.ruleId}: ${f.message}`)
    expect(msgs).toContainEqual(expect.stringMatching(/^pickle-malformed: Member `r\/data\/0` holds 8 bytes but storage `0` needs 4 elements x 4 bytes = 16: truncated/))
    expect(msgs).toContainEqual(expect.stringMatching(/^zip-anomaly: Member `r\/data\/1` holds 20 bytes, more than the 16 bytes/))
    expect(msgs).toContainEqual(expect.stringMatching(/^pickle-malformed: Storage `2` is referenced by the pickle but member `r\/data\/2` is missing/))
    expect(msgs).toContainEqual(expect.stringMatching(/^zip-anomaly: member `other\/payload.bin` is outside the archive root `r\/`/))
    expect(r.findings.find(f => f.message.includes('r/data/0'))?.tensors).toEqual(['a'])
    expect(rules(r.findings)).not.toContain('pickle-checkpoint') // errors already say more
  })

  test('a corrupt member before data.pkl does not stop the scan (modelscan #354)', async () => {
    const zip = buildZip([
      { name: 'r/aaa', data: 'x', method: 12 },
      { name: 'r/bbb', data: 'some text to deflate', method: 8 },
      { name: 'r/data.pkl', data: reducePayload() }
    ])
    // Break the deflate stream of r/bbb: block type 3 is invalid (its data follows the 30-byte header and name).
    const local = zip.findIndex((_, i) => new TextDecoder().decode(zip.subarray(i, i + 5)) === 'r/bbb')
    zip[local + 5] = 0xff
    const { r } = await analyse(zip, 'x.pt')
    expect(r.format).toBe('pytorch-zip')
    expect(rules(r.findings)).toEqual(['pickle-code-execution', 'pickle-malformed', 'zip-anomaly'])
  })

  test('hidden pickles: protocol 0 under data.txt, a pickle as a storage, a duplicate data.pkl, an encrypted flag', async () => {
    for (const [file, member] of [
      ['zip_pickle_in_data_txt.pt', 'archive/data.txt'],
      ['zip_pickle_in_storage.pt', 'archive/data/0']
    ]) {
      const { r } = await analyse(fixture(`malicious/${file}`), file)
      expect(r.format).toBe('pytorch-zip')
      const ce = r.findings.filter(f => f.ruleId === 'pickle-code-execution')
      expect(ce.map(f => [f.path, f.message.startsWith(`In member \`${member}\`:`)])).toEqual([[file, true]])
    }
    const dup = await analyse(fixture('malicious/zip_duplicate_data_pkl.pt'), 'dup.pt')
    expect(rules(dup.r.findings)).toEqual(['pickle-code-execution', 'zip-anomaly'])
    const encrypted = await analyse(fixture('malicious/zip_flag_encrypted.pt'), 'enc.pt')
    expect(rules(encrypted.r.findings)).toEqual(['pickle-code-execution', 'zip-anomaly'])
  })

  test('random-looking storage bytes that start like a pickle are not findings', async () => {
    // 'N' is NONE, '(' is MARK: tensor bytes often start with an opcode-like byte.
    const bytes = new Uint8Array(16).map((_, i) => [0x4e, 0x28, 0x80, 0x02][i % 4])
    const zip = buildZip([{ name: 'r/data.pkl', data: sd }, { name: 'r/data/0', data: bytes }])
    const { r } = await analyse(zip, 'x.pt')
    expect(rules(r.findings)).toEqual(['pickle-checkpoint'])
  })

  test('a protocol-0 payload padded past the first window is still found; a storage that only looks like one is not read whole', async () => {
    const padded = `(S'${'a'.repeat(6000)}'\ncos\nsystem\n(S'true'\ntR.`
    const big = torchStateDict([['w', '0', 'FloatStorage', 16384, 0, [16384], [1]]])
    // BINUNICODE declaring 2 GiB: pickle.load fails right there, so nothing after it can run.
    const fake = new Uint8Array(65536)
    fake.set([0x58, 0xff, 0xff, 0xff, 0x7f])
    const zip = buildZip([
      { name: 'r/data.pkl', data: big },
      { name: 'r/data/0', data: fake },
      { name: 'r/data.txt', data: padded }
    ])
    const { r, src } = await analyse(zip, 'x.pt')
    expect(r.findings.filter(f => f.ruleId === 'pickle-code-execution').map(f => f.message.slice(0, 27))).toEqual(['In member `r/data.txt`: The'])
    expect(src.bytesRead).toBeLessThan(24 * 1024)
  })

  test('deflated members (miniz reads them): storages located with method 8', async () => {
    const { r } = await analyse(fixture('containers/torch_zip_deflated.pt'), 'd.pt')
    expect(r.format).toBe('pytorch-zip')
    const facts = r.facts as unknown as TorchZipFacts
    expect(Object.values(facts.storages).map(s => [s.method, s.size])).toEqual([[8, 24], [8, 24], [8, 32]])
    expect(rules(r.findings)).toEqual(['pickle-checkpoint'])
  })

  test('a real adapter saved by torch 1.13 under test/fixtures/containers', async () => {
    const { r } = await analyse(fixture('containers/torch_zip.pt'), 'adapter_model.bin')
    expect(r.format).toBe('pytorch-zip')
    expect(r.tensors?.map(t => [t.name, t.dtype, t.shape])).toEqual([
      ['lora_A.weight', 'F32', [2, 3]],
      ['lora_B.weight', 'F32', [3, 2]],
      ['steps', 'I64', [4]]
    ])
    expect(Object.keys((r.facts as unknown as TorchZipFacts).storages)).toEqual(['0', '1', '2'])
  })
})

describe('legacy (non-zip) torch files', () => {
  const legacy = fixture('torch/legacy.pt')
  /** The first pickle of a legacy file: PROTO 2, LONG1 (10-byte magic), STOP. */
  const MAGIC_PICKLE_BYTES = 15

  test('the five pickles and the raw storages end exactly at EOF', async () => {
    const { r } = await analyse(legacy, 'legacy.pt')
    expect(r.format).toBe('pytorch-legacy')
    const facts = r.facts as unknown as TorchLegacyFacts
    const last = Object.values(facts.storages).reduce((m, s) => Math.max(m, s.dataOffset + s.size), 0)
    expect(last).toBe(legacy.length)
    expect(rules(r.findings)).toEqual(['pickle-checkpoint'])
  })

  test('GHSA-97f8: a magic number computed by eval is still a legacy file, and every pickle is scanned', async () => {
    const evalMagic = pk(OP.PROTO, 2, glob('builtins', 'eval'), bu('0x1950a86a20f9469cfc6c'), OP.TUPLE1, OP.REDUCE, OP.STOP)
    const bytes = new Uint8Array([...evalMagic, ...legacy.subarray(MAGIC_PICKLE_BYTES)])
    const { r } = await analyse(bytes, 'weights.pt')
    expect(r.format).toBe('pickle') // no literal magic: not recognised as legacy, but all pickles are scanned
    expect(rules(r.findings)).toContain('pickle-code-execution')
    // Named .bin and sniffed as a raw pickle, the object pickle behind the computed magic is still read.
    expect(r.tensors?.length).toBe(4)
  })

  test('a legacy file written with pickle protocol 4 is recognised through the pickle handler', async () => {
    const magic4 = new Uint8Array([0x80, 0x04, ...legacy.subarray(2, MAGIC_PICKLE_BYTES)])
    const bytes = new Uint8Array([...magic4, ...legacy.subarray(MAGIC_PICKLE_BYTES)])
    const { r } = await analyse(bytes, 'legacy4.pt')
    expect(r.format).toBe('pytorch-legacy')
    expect(rules(r.findings)).toEqual(['pickle-checkpoint'])
  })

  test('truncated raw storages, trailing bytes, and a pickle hidden after the storages', async () => {
    const cut = await analyse(legacy.subarray(0, legacy.length - 5), 'cut.pt')
    expect(cut.r.findings.map(f => f.message)).toContainEqual(expect.stringMatching(/ends 5 bytes short: truncated/))
    const junk = await analyse(new Uint8Array([...legacy, 1, 2, 3]), 'junk.pt')
    expect(junk.r.findings.map(f => f.message)).toContainEqual('3 bytes follow the last raw storage; torch never reads them.')
    const hidden = await analyse(new Uint8Array([...legacy, ...new TextEncoder().encode("cos\nsystem\n(S'true'\ntR.")]), 'hidden.pt')
    expect(rules(hidden.r.findings)).toEqual(['pickle-code-execution', 'pickle-malformed'])
    expect(hidden.r.findings.find(f => f.ruleId === 'pickle-code-execution')?.message).toMatch(/^In the bytes from offset 1050:/)
  })

  test('the payload in the object pickle (4th of 5) is found', async () => {
    const { r } = await analyse(fixture('malicious/legacy_object_payload.pt'), 'p.pt')
    expect(r.format).toBe('pytorch-legacy')
    expect(rules(r.findings)).toEqual(['pickle-code-execution'])
  })

  test('a stack with fewer than five pickles is malformed', async () => {
    const two = legacy.subarray(0, MAGIC_PICKLE_BYTES + 6) // magic, then PROTO 2 BININT2 1001 STOP
    const { r } = await analyse(two, 'two.pt')
    expect(r.format).toBe('pytorch-legacy')
    expect(r.findings.map(f => f.message)).toContainEqual('A legacy torch checkpoint holds 5 pickles; this file has 2.')
  })
})

describe('the torch <= 0.1.10 tar container', () => {
  test('a well-formed tar checkpoint: storages and tensors records walked to their ends', async () => {
    const { r } = await analyse(fixture('containers/torch_tar.tar'), 'old.tar')
    expect(r.format).toBe('pytorch-tar')
    expect(r.findings.filter(f => f.ruleId === 'pickle-malformed')).toEqual([])
    expect((r.facts as { members: string[] }).members).toEqual(['sys_info', 'pickle', 'storages', 'tensors'])
  })

  test('a payload in the pickle member (fixture) and in a storages record are found', async () => {
    const { r } = await analyse(fixture('malicious/tar_legacy.tar'), 'evil.tar')
    expect(r.format).toBe('pytorch-tar')
    expect(rules(r.findings)).toContain('pickle-code-execution')
    // torch 1.13 also reads a view list after the storages; this fixture lacks it.
    expect(r.findings.map(f => f.message)).toContainEqual('In member `storages`: the storage view list is missing: the member ends at offset 5.')

    const one = pk(OP.PROTO, 2, OP.BININT1, 1, OP.STOP)
    const storages = new Uint8Array([...one, ...reducePayload()])
    const tar = buildTar([
      { name: 'sys_info', data: pk(OP.PROTO, 2, OP.EMPTY_DICT, OP.STOP) },
      { name: 'pickle', data: pk(OP.PROTO, 2, OP.EMPTY_DICT, OP.STOP) },
      { name: 'storages', data: storages }
    ])
    const s = await analyse(tar, 'evil2.tar')
    expect(s.r.format).toBe('pytorch-tar')
    const ce = s.r.findings.filter(f => f.ruleId === 'pickle-code-execution')
    expect(ce.map(f => f.message.startsWith('In member `storages`:'))).toEqual([true])
  })

  test('a second pickle stacked in the pickle member is scanned too', async () => {
    const tar = buildTar([
      { name: 'sys_info', data: pk(OP.PROTO, 2, OP.EMPTY_DICT, OP.STOP) },
      { name: 'pickle', data: new Uint8Array([...pk(OP.PROTO, 2, OP.EMPTY_DICT, OP.STOP), ...reducePayload('subprocess', 'call')]) }
    ])
    const { r } = await analyse(tar, 'stack.tar')
    expect(rules(r.findings)).toEqual(['pickle-code-execution'])
  })
})
