// Fuzz targets: one per reader plus the whole engine. Each takes any byte string and throws a
// FuzzFailure when the property breaks: an exception escaped the reader, the reader reported an
// internal error, or one input took longer than HANG_MS. Used by test/fuzz/*.test.ts (fixed seed)
// and scripts/fuzz.mjs (random seeds, for a given time).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { readSafetensors } from '../../src/formats/safetensors.js'
import { parseJson } from '../../src/formats/json.js'
import { MemorySource } from '../../src/formats/source.js'
import { entryProblems, openZipMember, readZipDirectory } from '../../src/formats/zip.js'
import { isTorchZip, readTorchZip } from '../../src/formats/torch-zip.js'
import { readTarEntries } from '../../src/formats/tar.js'
import { isTorchTar, readTorchTar } from '../../src/formats/torch-tar.js'
import { npyHeaderLength, parseNpyHeader } from '../../src/formats/npy.js'
import { scanPickles } from '../../src/formats/pickle/index.js'
import { readTorchLegacy } from '../../src/formats/torch-legacy.js'
import { torchLegacyFindings, torchTarFindings, torchZipFindings } from '../../src/checks/containers.js'
import { scan } from '../../src/engine/scan.js'
import { DTYPES } from '../../src/formats/dtype.js'
import type { ScanLimits } from '../../src/engine/context.js'
import { assemble } from '../helpers/safetensors-writer.js'
import { mutatedArb } from './mutate.js'
import type { SeedCorpus } from './seeds.js'

/** One input taking longer than this is a hang (inputs are a few KiB; real work is microseconds). */
export const HANG_MS = 5_000
/** Members, entries and bytes the container targets go through per input. */
const MAX_ENTRIES = 256
const MAX_MEMBER_BYTES = 4 * 1024 * 1024
/** Random (unseeded) inputs stay short: the readers' interesting branches are in the first bytes. */
const RANDOM_MAX_BYTES = 2048

/** Limits for the engine target: small, so a hostile input hits them instead of the machine. */
const ENGINE_LIMITS: Partial<ScanLimits> = { maxArchiveMembers: MAX_ENTRIES, maxMemberBytes: MAX_MEMBER_BYTES, maxPickleBytes: MAX_MEMBER_BYTES, maxUnpackedBytes: 16 * MAX_MEMBER_BYTES, maxMillisPerFile: HANG_MS }

export class FuzzFailure extends Error {}

export interface FuzzTarget {
  name: TargetName
  arbitrary: fc.Arbitrary<Uint8Array>
  run(input: Uint8Array): Promise<void>
  /** Removes temp files (the engine target). */
  close?(): void
}

export const TARGET_NAMES = ['safetensors', 'json', 'zip', 'pickle', 'tar', 'npy', 'engine'] as const
export type TargetName = (typeof TARGET_NAMES)[number]

function budget(): { maxMemberBytes: number; reserveUnpacked: (n: number) => boolean } {
  let total = 0
  return { maxMemberBytes: MAX_MEMBER_BYTES, reserveUnpacked: n => (total += n) <= 16 * MAX_MEMBER_BYTES }
}

/** Messages that only appear when an exception escaped a reader or check (engine and guarded handlers). */
const ESCAPED = /could not be read to the end|container could not be read:|A check failed unexpectedly|the pickle reader failed|naming tensors failed/

function withPrefix(prefix: number[], arb: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return arb.map(b => Uint8Array.from([...prefix, ...b]))
}

function random(): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ maxLength: RANDOM_MAX_BYTES })
}

/** safetensors headers with random tensor entries (big and odd numbers, unknown dtypes) over a random data size. */
function safetensorsHeaderArb(): fc.Arbitrary<Uint8Array> {
  const num = fc.oneof(fc.nat(64), fc.bigInt(0n, 1n << 70n), fc.constantFrom(-1, 1.5, 2 ** 53, '1', null))
  const tensor = fc.record({
    dtype: fc.oneof(fc.constantFrom(...DTYPES.map(d => d.name)), fc.string({ maxLength: 6 })),
    shape: fc.array(num, { maxLength: 5 }),
    data_offsets: fc.array(num, { maxLength: 3 })
  })
  return fc
    .tuple(fc.dictionary(fc.string({ maxLength: 12 }), tensor, { maxKeys: 6 }), fc.nat(512))
    .map(([header, dataBytes]) => assemble(JSON.stringify(header, (_k, v: unknown) => (typeof v === 'bigint' ? `__big${v}__` : v)).replace(/"__big(\d+)__"/g, '$1'), [new Uint8Array(dataBytes)]))
}

/** Opcode-dense byte strings: most bytes are valid opcodes, so the machine gets far into random streams. */
function pickleOpsArb(): fc.Arbitrary<Uint8Array> {
  const opcodes = '()0123FIJKLMNPQRSTUVXabcdeghijlopqrstu}]\x80\x81\x82\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95'
  const byte = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...Array.from(opcodes, c => c.charCodeAt(0))) }, { weight: 1, arbitrary: fc.nat(255) })
  return withPrefix([0x80, 0x02], fc.array(byte, { maxLength: 512 }).map(a => Uint8Array.from(a)))
}

async function timed(name: string, input: Uint8Array, body: () => Promise<void>): Promise<void> {
  const t0 = performance.now()
  try {
    await body()
  } catch (e) {
    if (e instanceof FuzzFailure) throw e
    throw new FuzzFailure(`${name}: exception escaped the reader on a ${input.length}-byte input: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  }
  const ms = performance.now() - t0
  if (ms > HANG_MS) throw new FuzzFailure(`${name}: one ${input.length}-byte input took ${Math.round(ms)} ms (over ${HANG_MS} ms)`)
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new FuzzFailure(message)
}

async function runSafetensors(b: Uint8Array): Promise<void> {
  const r = await readSafetensors(new MemorySource(b))
  if (r.ok) {
    check(r.header.dataStart === 8 + r.header.headerLength, 'safetensors: dataStart is not 8 + N')
    for (const t of r.header.tensors) {
      const [begin, end] = t.dataOffsets ?? [0, 0]
      check(begin <= end, `safetensors: accepted tensor ${t.name} with end before begin`)
    }
  } else {
    check(typeof r.error.code === 'string' && r.error.message.length > 0, 'safetensors: error without code or message')
  }
}

function depthOf(text: string): number {
  let d = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') max = Math.max(max, ++d)
    else if (c === '}' || c === ']') d--
  }
  return max
}

/** Differential oracle: JSON.parse accepts exactly the same texts (RFC 8259), up to the depth limit. */
async function runJson(b: Uint8Array): Promise<void> {
  const text = new TextDecoder('utf-8').decode(b)
  for (const markFloats of [false, true]) {
    const r = parseJson(text, { markFloats })
    check((r.error === undefined) === (r.value !== undefined), 'json: a value and an error, or neither')
    let native = true
    try {
      JSON.parse(text)
    } catch {
      native = false
    }
    if (r.error === undefined) check(native, `json: parseJson accepted a text JSON.parse refuses: ${JSON.stringify(text.slice(0, 80))}`)
    else if (native && depthOf(text) <= 100) check(false, `json: parseJson refused valid JSON (${r.error}): ${JSON.stringify(text.slice(0, 80))}`)
  }
}

async function runZip(b: Uint8Array): Promise<void> {
  const src = new MemorySource(b)
  const dir = await readZipDirectory(src, MAX_ENTRIES)
  check(dir.entries.length <= MAX_ENTRIES, `zip: ${dir.entries.length} entries listed past the ${MAX_ENTRIES} limit`)
  const money = budget()
  for (const e of dir.entries) {
    entryProblems(e)
    const m = await openZipMember(src, e, money)
    if (!Array.isArray(m)) await m.source.read(0, Math.min(m.source.size, 4096))
  }
  if (isTorchZip(dir)) torchZipFindings('x.pt', await readTorchZip(src, dir, { maxPickleBytes: MAX_MEMBER_BYTES, ...budget() }), { maxPickleBytes: MAX_MEMBER_BYTES })
}

async function runPickle(b: Uint8Array): Promise<void> {
  for (const run of [scanPickles(b), scanPickles(b, { limits: { maxOpcodes: 1000, maxMemo: 16, maxDepth: 8, maxItems: 64, maxStack: 64 } })]) {
    const internal = run.problems.find(p => p.code === 'internal')
    check(internal === undefined, `pickle: internal error: ${internal?.message}`)
    check(run.end >= 0 && run.end <= b.length, `pickle: end ${run.end} outside the ${b.length}-byte input`)
  }
  torchLegacyFindings('x.pt', await readTorchLegacy(new MemorySource(b), { maxPickleBytes: MAX_MEMBER_BYTES }), { maxPickleBytes: MAX_MEMBER_BYTES })
}

async function runTar(b: Uint8Array): Promise<void> {
  const src = new MemorySource(b)
  const listing = await readTarEntries(src, MAX_ENTRIES)
  check(listing.files.length + listing.others.length <= MAX_ENTRIES, 'tar: listed past the entry limit')
  for (const f of listing.files) check(f.dataStart + f.size <= b.length, `tar: member ${f.name} runs past the end`)
  if (isTorchTar(listing)) torchTarFindings('x.tar', await readTorchTar(src, listing, { maxPickleBytes: MAX_MEMBER_BYTES }), { maxPickleBytes: MAX_MEMBER_BYTES })
}

async function runNpy(b: Uint8Array): Promise<void> {
  npyHeaderLength(b)
  const r = parseNpyHeader(b)
  if (r.ok) check(r.header.dataStart <= b.length, 'npy: header accepted past the end of the input')
}

/** File names the engine target writes its input under (the name picks what is opened and how). */
const ENGINE_NAMES = ['adapter_model.safetensors', 'adapter_model.bin', 'model.pt', 'x.npy', 'x.npz', 'a.zip', 'a.tar', 'a.tar.gz', 'adapter_config.json', 'weights']

function engineTarget(seeds: SeedCorpus): FuzzTarget {
  const root = mkdtempSync(join(tmpdir(), 'ag-fuzz-engine-'))
  let n = 0
  const all = [...seeds.safetensors, ...seeds.zip, ...seeds.pickle, ...seeds.tar, ...seeds.npy, ...seeds.json]
  const input = fc.tuple(fc.nat(ENGINE_NAMES.length - 1), fc.oneof({ weight: 4, arbitrary: mutatedArb(all) }, { weight: 1, arbitrary: random() }))
  // The name travels in the first byte so that a saved input replays under the same name.
  const arbitrary = input.map(([i, b]) => Uint8Array.from([i, ...b]))
  return {
    name: 'engine',
    arbitrary,
    async run(b) {
      const dir = join(root, String(n++))
      mkdirSync(dir)
      try {
        writeFileSync(join(dir, ENGINE_NAMES[(b[0] ?? 0) % ENGINE_NAMES.length]), b.subarray(1))
        const { report } = await scan({ root: dir, limits: ENGINE_LIMITS, concurrency: 1 })
        const escaped = report.findings.find(f => ESCAPED.test(f.message))
        check(escaped === undefined, `engine: an exception escaped a reader or check: ${escaped?.ruleId}: ${escaped?.message}`)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
    close: () => rmSync(root, { recursive: true, force: true })
  }
}

/** Builds a target over its seeds; wraps the property with the exception and hang checks. */
export function makeTarget(name: TargetName, seeds: SeedCorpus): FuzzTarget {
  const mixed = (s: Uint8Array[], extra: fc.Arbitrary<Uint8Array>[] = []): fc.Arbitrary<Uint8Array> =>
    fc.oneof({ weight: 4, arbitrary: mutatedArb(s) }, { weight: 1, arbitrary: random() }, ...extra.map(arbitrary => ({ weight: 2, arbitrary })))
  const plain = (arbitrary: fc.Arbitrary<Uint8Array>, body: (b: Uint8Array) => Promise<void>): FuzzTarget => ({
    name,
    arbitrary,
    run: b => timed(name, b, () => body(b))
  })
  switch (name) {
    case 'safetensors':
      return plain(mixed(seeds.safetensors, [safetensorsHeaderArb()]), runSafetensors)
    case 'json':
      return plain(mixed(seeds.json, [fc.json({ maxDepth: 4 }).map(s => new TextEncoder().encode(s))]), runJson)
    case 'zip':
      return plain(mixed(seeds.zip, [withPrefix([0x50, 0x4b, 0x05, 0x06], random())]), runZip)
    case 'pickle':
      return plain(mixed(seeds.pickle, [pickleOpsArb()]), runPickle)
    case 'tar':
      return plain(mixed(seeds.tar), runTar)
    case 'npy':
      return plain(mixed(seeds.npy, [withPrefix([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], random())]), runNpy)
    case 'engine': {
      const t = engineTarget(seeds)
      return { ...t, run: b => timed(name, b, () => t.run(b)) }
    }
  }
}
