// `adapter-guard convert` against what torch + a reference writer produce (test/fixtures/generate.py):
// same header JSON after parsing, same bytes per tensor; refusals; the corpus' real .bin adapters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { convertCheckpoint, defaultOutput } from '../src/convert/convert.js'
import { MemorySource } from '../src/formats/source.js'
import { readSafetensors } from '../src/formats/safetensors.js'
import { CORPUS, HAS_CORPUS } from './helpers/corpus.js'

const TORCH = resolve(__dirname, 'fixtures', 'torch')
const MALICIOUS = resolve(__dirname, 'fixtures', 'malicious')
const expected = JSON.parse(readFileSync(join(TORCH, 'expected.json'), 'utf8')) as {
  files: Record<string, { convert?: { without_dedupe?: { ok: boolean; file?: string }; with_dedupe?: { ok: boolean; file?: string } } }>
}
let out: string

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ag-convert-'))
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** Parsed header and per-tensor bytes of a safetensors file. */
async function contents(file: string) {
  const bytes = new Uint8Array(readFileSync(file))
  const r = await readSafetensors(new MemorySource(bytes))
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`)
  const n = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true))
  const header = JSON.parse(Buffer.from(bytes.subarray(8, 8 + n)).toString('utf8'))
  const data: Record<string, string> = {}
  for (const t of r.header.tensors) data[t.name] = Buffer.from(bytes.subarray(r.header.dataStart + t.dataOffsets![0], r.header.dataStart + t.dataOffsets![1])).toString('hex')
  return { header, data, bytes }
}

const cases: Array<[string, boolean, string]> = []
for (const [name, e] of Object.entries(expected.files)) {
  for (const [dedupe, key] of [[false, 'without_dedupe'], [true, 'with_dedupe']] as const) {
    const c = e.convert?.[key]
    if (c?.ok && c.file) cases.push([name, dedupe, c.file])
  }
}

describe('convert matches torch + the reference writer', () => {
  it('has reference outputs to compare with', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })
  it.each(cases)('%s (dedupe: %s) → %s', async (name, dedupe, ref) => {
    const dest = join(out, `${name}.${dedupe ? 'd' : 'p'}.safetensors`)
    const r = await convertCheckpoint(join(TORCH, name), { out: dest, dedupe })
    expect(r.ok, r.message).toBe(true)
    const ours = await contents(dest)
    const theirs = await contents(join(TORCH, ref))
    expect(ours.header).toEqual(theirs.header)
    expect(ours.data).toEqual(theirs.data)
    // Byte-exact whenever the metadata order is defined (one key); the crate's HashMap order is not.
    if (Object.keys(theirs.header.__metadata__ ?? {}).length <= 1) expect(Buffer.from(ours.bytes).equals(Buffer.from(theirs.bytes))).toBe(true)
  })
})

describe('convert refuses what it must', () => {
  it('shared storage without --dedupe, like safetensors', async () => {
    const r = await convertCheckpoint(join(TORCH, 'peft_bias_alias.pt'), { out: join(out, 'x.safetensors') })
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/share memory/)
    expect(r.message).toContain('base_model.model.classifier.modules_to_save.bias')
    expect(existsSync(join(out, 'x.safetensors'))).toBe(false)
  })
  it('overlapping partial views even with --dedupe (no member covers the storage)', async () => {
    const r = await convertCheckpoint(join(TORCH, 'overlapping_views.pt'), { out: join(out, 'y.safetensors'), dedupe: true })
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/None is covering the entire storage/)
  })
  it('records dropped → kept in __metadata__ with --dedupe', async () => {
    const dest = join(out, 'alias.safetensors')
    const r = await convertCheckpoint(join(TORCH, 'peft_bias_alias.pt'), { out: dest, dedupe: true })
    expect(r.ok, r.message).toBe(true)
    expect(r.dropped).toEqual({ 'base_model.model.classifier.modules_to_save.bias': 'base_model.model.classifier.bias' })
    const { header } = await contents(dest)
    expect(header.__metadata__).toEqual({ format: 'pt', 'base_model.model.classifier.modules_to_save.bias': 'base_model.model.classifier.bias' })
  })
  it.each(['raw_pickle.bin', 'legacy_object_payload.pt', 'zip_pickle_in_data_txt.pt', 'zip_duplicate_data_pkl.pt'])('a malicious or ambiguous checkpoint: %s', async name => {
    const r = await convertCheckpoint(join(MALICIOUS, name), { out: join(out, `${name}.safetensors`) })
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/refusing to convert/)
    expect(r.findings.length).toBeGreaterThan(0)
    expect(existsSync(join(out, `${name}.safetensors`))).toBe(false)
  })
  it('an existing output without --force, and a file that is not a torch checkpoint', async () => {
    const dest = join(out, 'exists.safetensors')
    writeFileSync(dest, 'x')
    expect((await convertCheckpoint(join(TORCH, 'plain.pt'), { out: dest })).message).toMatch(/already exists/)
    expect((await convertCheckpoint(join(TORCH, 'plain.expected.safetensors'), { out: join(out, 'z.safetensors') })).message).toMatch(/not a PyTorch checkpoint/)
  })
  it('names outputs like the Hub conversion bot', () => {
    expect(defaultOutput('/a/adapter_model.bin')).toBe('/a/adapter_model.safetensors')
    expect(defaultOutput('/a/pytorch_model.bin')).toBe('/a/model.safetensors')
  })
})

describe('the CLI command', () => {
  it('converts, verifies and exits 0; refuses with exit 1; usage errors exit 2', () => {
    const cli = resolve(__dirname, '..', 'dist', 'cli.js')
    const dest = join(out, 'cli.safetensors')
    const ok = spawnSync(process.execPath, [cli, 'convert', join(TORCH, 'transposed.pt'), '--out', dest], { encoding: 'utf8' })
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/verified against the source/)
    expect(readFileSync(dest).equals(readFileSync(join(TORCH, 'transposed.expected.safetensors')))).toBe(true)
    const bad = spawnSync(process.execPath, [cli, 'convert', join(MALICIOUS, 'raw_pickle.bin'), '--out', join(out, 'no.safetensors')], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/pickle-code-execution/)
    expect(spawnSync(process.execPath, [cli, 'convert'], { encoding: 'utf8' }).status).toBe(2)
  })
})


function bins(dir: string): string[] {
  const outList: string[] = []
  for (const e of readdirSync(dir)) {
    const p = join(dir, e)
    if (statSync(p).isDirectory()) outList.push(...bins(p))
    else if (e.endsWith('.bin') && !readFileSync(p).subarray(0, 7).equals(Buffer.from('version'))) outList.push(p)
  }
  return outList
}

describe.skipIf(!HAS_CORPUS)('every real .bin adapter in ../shared/corpus converts (skipped: corpus absent in this clone)', () => {
  it('converts, validates and matches the source tensors', async () => {
    const files = bins(CORPUS)
    expect(files.length).toBeGreaterThanOrEqual(2)
    for (const [i, f] of files.entries()) {
      const dest = join(out, `corpus-${i}.safetensors`)
      const r = await convertCheckpoint(f, { out: dest })
      expect(r.ok, `${f}: ${r.message}`).toBe(true)
      const c = await contents(dest)
      expect(Object.keys(c.data).length).toBe(r.tensors)
    }
  })
})
