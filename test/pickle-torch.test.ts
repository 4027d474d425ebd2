// Tensor recovery from torch pickles and the safetensors verdict (shared / non-contiguous), on
// hand-built layouts and on real torch.save checkpoints with torch's own answers (test/fixtures/torch).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanPickles } from '../src/formats/pickle/index.js'
import { byteSpan, isContiguous, sharedGroups } from '../src/formats/layout.js'
import { tensorLayoutFindings } from '../src/checks/tensor-layout.js'
import type { TensorInfo } from '../src/types.js'
import { OP, bu, glob, int, pk, torchStateDict, type TensorSpec } from './pickle-asm.js'

const F = 'FloatStorage'

function tensorsOf(entries: TensorSpec[]): TensorInfo[] {
  const run = scanPickles(torchStateDict(entries))
  expect(run.problems).toEqual([])
  expect(run.imports.every(i => i.verdict === 'allowed')).toBe(true)
  return run.tensors
}

const groupNames = (ts: TensorInfo[]): string[][] => sharedGroups(ts).map(g => g.map(t => t.name).sort())

describe('tensor recovery', () => {
  it('reads name, dtype, shape, stride and storage from _rebuild_tensor_v2', () => {
    const ts = tensorsOf([
      ['a.lora_A.weight', '0', F, 64, 0, [4, 16], [16, 1]],
      ['a.lora_B.weight', '1', 'BFloat16Storage', 64, 0, [16, 4], [4, 1]],
      ['step', '2', 'LongStorage', 1, 0, [], []]
    ])
    expect(ts).toEqual([
      { name: 'a.lora_A.weight', dtype: 'F32', shape: [4, 16], stride: [16, 1], storage: { key: '0', offset: 0, numel: 64, itemsize: 4 } },
      { name: 'a.lora_B.weight', dtype: 'BF16', shape: [16, 4], stride: [4, 1], storage: { key: '1', offset: 0, numel: 64, itemsize: 2 } },
      { name: 'step', dtype: 'I64', shape: [], stride: [], storage: { key: '2', offset: 0, numel: 1, itemsize: 8 } }
    ])
  })

  it('the same tensor object under two keys (memo GET) gives two identical entries', () => {
    const ts = tensorsOf([
      ['embed.weight', '0', F, 32, 0, [8, 4], [4, 1]],
      ['lm_head.weight', { alias: 'embed.weight' }]
    ])
    expect(ts.map(t => t.name)).toEqual(['embed.weight', 'lm_head.weight'])
    expect(ts[1]!.storage).toEqual(ts[0]!.storage)
  })

  it('unwraps _rebuild_parameter and names nested dicts with dots', () => {
    const storage = pk(OP.MARK, bu('storage'), glob('torch', 'HalfStorage'), bu('7'), bu('cpu'), int(6), OP.TUPLE, OP.BINPERSID)
    const tensor = pk(glob('torch._utils', '_rebuild_tensor_v2'), OP.MARK, storage, int(0), int(2), int(3), OP.TUPLE2, int(3), int(1), OP.TUPLE2, OP.NEWFALSE, OP.EMPTY_DICT, OP.TUPLE, OP.REDUCE)
    const param = pk(glob('torch._utils', '_rebuild_parameter'), tensor, OP.NEWTRUE, OP.EMPTY_DICT, OP.TUPLE3, OP.REDUCE)
    const good = pk(OP.PROTO, 2, OP.EMPTY_DICT, OP.MARK, bu('state_dict'), OP.EMPTY_DICT, bu('layer.weight'), param, OP.SETITEM, bu('epoch'), int(3), OP.SETITEMS, OP.STOP)
    const run = scanPickles(good)
    expect(run.problems).toEqual([])
    expect(run.tensors).toEqual([
      { name: 'state_dict.layer.weight', dtype: 'F16', shape: [2, 3], stride: [3, 1], storage: { key: '7', offset: 0, numel: 6, itemsize: 2 } }
    ])
  })

  it('legacy persistent ids (6-tuple with view_metadata) add the view offset', () => {
    const pid = pk(OP.MARK, bu('storage'), glob('torch', F), bu('140000'), bu('cpu'), int(16), bu('140064'), int(4), int(8), OP.TUPLE3, OP.TUPLE, OP.BINPERSID)
    const data = pk(OP.PROTO, 2, OP.EMPTY_DICT, bu('w'), glob('torch._utils', '_rebuild_tensor_v2'), OP.MARK, pid, int(2), int(3), OP.TUPLE1, int(1), OP.TUPLE1, OP.NEWFALSE, OP.EMPTY_DICT, OP.TUPLE, OP.REDUCE, OP.SETITEM, OP.STOP)
    const run = scanPickles(data)
    expect(run.tensors).toEqual([{ name: 'w', dtype: 'F32', shape: [3], stride: [1], storage: { key: '140000', offset: 6, numel: 16, itemsize: 4 } }])
  })

  it('a rebuild call with malformed arguments is not a tensor and does not crash', () => {
    const data = pk(OP.PROTO, 2, OP.EMPTY_DICT, bu('w'), glob('torch._utils', '_rebuild_tensor_v2'), OP.MARK, bu('nope'), int(0), OP.TUPLE, OP.REDUCE, OP.SETITEM, OP.STOP)
    const run = scanPickles(data)
    expect(run.problems).toEqual([])
    expect(run.tensors).toEqual([])
  })
})

describe('the safetensors verdict on hand-built layouts', () => {
  it('tied weights (same object) are shared, and save_model can drop one', () => {
    const ts = tensorsOf([
      ['model.embed_tokens.weight', '0', F, 32, 0, [8, 4], [4, 1]],
      ['lm_head.weight', { alias: 'model.embed_tokens.weight' }],
      ['model.norm.weight', '1', F, 4, 0, [4], [1]]
    ])
    const f = tensorLayoutFindings('m.bin', ts)
    expect(f.map(x => x.ruleId)).toEqual(['shared-tensors'])
    expect(f[0]!.tensors).toEqual(['lm_head.weight', 'model.embed_tokens.weight'])
    expect(f[0]!.message).toMatch(/are the same bytes/)
    expect(f[0]!.message).toMatch(/save_model` can drop the duplicates: it keeps `lm_head.weight`/)
  })

  it('overlapping partial views are shared and save_model cannot fix them', () => {
    const ts = tensorsOf([
      ['a', '0', F, 16, 0, [10], [1]],
      ['b', '0', F, 16, 6, [10], [1]]
    ])
    expect(groupNames(ts)).toEqual([['a', 'b']])
    const f = tensorLayoutFindings('m.bin', ts)
    expect(f[0]!.message).toMatch(/overlap/)
    expect(f[0]!.message).toMatch(/cannot fix it/)
    expect(f[0]!.fix).toMatch(/clone/)
  })

  it('disjoint slices of one storage are not shared', () => {
    const ts = tensorsOf([
      ['first', '0', F, 16, 0, [2, 4], [4, 1]],
      ['second', '0', F, 16, 8, [2, 4], [4, 1]]
    ])
    expect(tensorLayoutFindings('m.bin', ts)).toEqual([])
  })

  it('overlap is transitive through a long tensor', () => {
    const ts = tensorsOf([
      ['whole', '0', F, 100, 0, [100], [1]],
      ['x', '0', F, 100, 10, [5], [1]],
      ['y', '0', F, 100, 30, [5], [1]],
      ['other', '1', F, 4, 0, [4], [1]]
    ])
    expect(groupNames(ts)).toEqual([['whole', 'x', 'y']])
  })

  it('a transposed view is non-contiguous; size-1 dims, empty and 0-d tensors are fine', () => {
    const ts = tensorsOf([
      ['w_t', '0', F, 15, 0, [5, 3], [1, 5]],
      ['col', '1', F, 3, 0, [3, 1], [1, 7]],
      ['empty', '2', F, 0, 0, [0, 4], [1, 1]],
      ['scalar', '3', F, 1, 0, [], []]
    ])
    expect(ts.map(isContiguous)).toEqual([false, true, true, true])
    const f = tensorLayoutFindings('m.bin', ts)
    expect(f.map(x => x.ruleId)).toEqual(['non-contiguous-tensor'])
    expect(f[0]!.tensors).toEqual(['w_t'])
    expect(f[0]!.message).toMatch(/stride \[1, 5\]/)
  })

  it('empty tensors share nothing, even at the same offset', () => {
    const ts = tensorsOf([
      ['full', '0', F, 8, 0, [8], [1]],
      ['empty', '0', F, 8, 2, [0], [1]]
    ])
    expect(byteSpan(ts[1]!)).toBeUndefined()
    expect(tensorLayoutFindings('m.bin', ts)).toEqual([])
  })

  it('byte spans follow safetensors: [off*isz, (off + 1 + Σ(size-1)*stride)*isz)', () => {
    const ts = tensorsOf([['t', '0', 'HalfStorage', 100, 3, [2, 3], [10, 2]]])
    expect(byteSpan(ts[0]!)).toEqual([6, (3 + 1 + 10 + 4) * 2])
  })

  it('names the PEFT shared-bias trap (peft#1876) and its fix', () => {
    const ts = tensorsOf([
      ['base_model.model.classifier.modules_to_save.bias', '0', F, 3, 0, [3], [1]],
      ['base_model.model.classifier.bias', { alias: 'base_model.model.classifier.modules_to_save.bias' }]
    ])
    const f = tensorLayoutFindings('adapter_model.bin', ts)
    expect(f[0]!.message).toMatch(/add_adapter\(\.\.\., bias="all"\)/)
    expect(f[0]!.message).toMatch(/modules_to_save/)
    expect(f[0]!.fix).toMatch(/get_peft_model/)
    expect(f[0]!.fix).toMatch(/lora_only/)
    expect(f[0]!.fix).toMatch(/Do not switch to `safe_serialization=False`/)
    // With the sibling config saying bias="all", an adapter-named alias is explained the same way.
    const other = tensorsOf([
      ['base_model.model.score.modules_to_save.default.bias', '0', F, 3, 0, [3], [1]],
      ['base_model.model.score.bias', { alias: 'base_model.model.score.modules_to_save.default.bias' }]
    ])
    expect(tensorLayoutFindings('a.bin', other)[0]!.fix).toMatch(/get_peft_model/)
    const tied = tensorsOf([
      ['embed.weight', '0', F, 4, 0, [4], [1]],
      ['head.weight', { alias: 'embed.weight' }]
    ])
    expect(tensorLayoutFindings('a.bin', tied)[0]!.fix).not.toMatch(/get_peft_model/)
    expect(tensorLayoutFindings('a.bin', tied, { siblingConfig: { bias: 'all' } })[0]!.fix).not.toMatch(/get_peft_model/)
  })
})

// ---- real torch.save checkpoints -------------------------------------------------------------

/** Minimal reader for the STORED zips torch writes: name -> bytes (central directory order; first wins). */
function storedZipMembers(zip: Uint8Array): Map<string, Uint8Array> {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let eocd = -1
  for (let i = zip.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('no end of central directory')
  const count = dv.getUint16(eocd + 10, true)
  let p = dv.getUint32(eocd + 16, true)
  const out = new Map<string, Uint8Array>()
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error('bad central header')
    const size = dv.getUint32(p + 20, true)
    const nameLen = dv.getUint16(p + 28, true)
    const extraLen = dv.getUint16(p + 30, true)
    const commentLen = dv.getUint16(p + 32, true)
    const local = dv.getUint32(p + 42, true)
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen))
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true)
    if (!out.has(name)) out.set(name, zip.subarray(start, start + size))
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

interface ExpectedTensor {
  dtype: string
  shape: number[]
  stride: number[]
  storage_offset: number
  itemsize: number
  contiguous: boolean
  storage_key: string
  storage_numel: number
  byte_range: [number, number]
}
interface ExpectedFile {
  format: 'zip' | 'legacy'
  zip_root?: string
  state_dict_key: string | null
  tensors: Record<string, ExpectedTensor>
  shared_groups: string[][]
  save_file: null | { error: 'shared-tensors'; groups: string[][] } | { error: 'non-contiguous'; names: string[] }
  remove_duplicate_names: { ok: boolean; group?: string[] }
}

describe('real torch checkpoints (test/fixtures/torch, torch 1.13 verdicts)', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'torch')
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> }
  const files = Object.entries(expected.files)

  it('has the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  for (const [file, e] of files) {
    it(`${file}: tensors and verdict match torch and safetensors`, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, file)))
      let run
      if (e.format === 'zip') {
        const pkl = storedZipMembers(bytes).get(`${e.zip_root}/data.pkl`)
        expect(pkl).toBeDefined()
        run = scanPickles(pkl!)
        expect(run.pickles).toBe(1)
      } else {
        run = scanPickles(bytes, { maxPickles: 5 })
        expect(run.pickles).toBe(5)
      }
      expect(run.problems).toEqual([])
      expect(run.imports.filter(i => i.verdict !== 'allowed')).toEqual([])
      const prefix = e.state_dict_key ? `${e.state_dict_key}.` : ''
      const byName = new Map(run.tensors.map(t => [t.name, t]))
      expect(run.tensors).toHaveLength(Object.keys(e.tensors).length)
      for (const [name, x] of Object.entries(e.tensors)) {
        const t = byName.get(prefix + name)
        expect(t, name).toBeDefined()
        expect(t!.dtype).toBe(x.dtype)
        expect(t!.shape).toEqual(x.shape)
        expect(t!.stride).toEqual(x.stride)
        expect(t!.storage).toEqual({ key: x.storage_key, offset: x.storage_offset, numel: x.storage_numel, itemsize: x.itemsize })
        expect(isContiguous(t!)).toBe(x.contiguous)
        const span = byteSpan(t!)
        if (span === undefined) expect(x.byte_range[0]).toBe(x.byte_range[1])
        else expect(span).toEqual(x.byte_range)
      }
      const strip = (n: string): string => n.slice(prefix.length)
      const findings = tensorLayoutFindings(file, run.tensors)
      const shared = findings.filter(f => f.ruleId === 'shared-tensors').map(f => f.tensors!.map(strip).sort())
      expect(shared).toEqual(e.shared_groups.map(g => [...g].sort()))
      const nonContiguous = findings.filter(f => f.ruleId === 'non-contiguous-tensor').flatMap(f => f.tensors!.map(strip))
      if (e.save_file?.error === 'non-contiguous') expect(nonContiguous).toEqual(e.save_file.names)
      else expect(nonContiguous).toEqual([])
      if (e.save_file === null) expect(findings).toEqual([])
      if (file.startsWith('peft_bias_alias')) expect(findings[0]!.fix).toMatch(/get_peft_model/)
      for (const f of findings.filter(x => x.ruleId === 'shared-tensors')) {
        // save_model's verdict for this group: it fails when no member covers the storage.
        const saveModelFails = !e.remove_duplicate_names.ok && f.tensors!.some(n => e.remove_duplicate_names.group!.includes(strip(n)))
        expect(f.message.includes('cannot fix it')).toBe(saveModelFails)
      }
    })
  }
})
