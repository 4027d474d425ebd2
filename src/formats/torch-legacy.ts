// Legacy (non-zip) torch.save, `_use_new_zipfile_serialization=False` (torch/serialization.py
// `_legacy_save`): five stacked pickles (magic number, protocol version, sys_info, the object, the
// storage keys), then per key an int64 LE element count and the raw storage bytes, to EOF.
// All five pickles are scanned whatever the first one holds (picklescan GHSA-97f8: a magic made by eval).
// Facts only (issue #12): checks/containers.ts turns a TorchLegacyReading into findings.
import type { ByteSource, TensorInfo } from '../types.js'
import type { PickleRun } from './pickle/index.js'
import { SliceSource } from './source.js'
import { scanHiddenPickle, scanPicklesAt, type HiddenPickle } from './member-pickles.js'

/** torch/serialization.py MAGIC_NUMBER. */
export const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn
/** torch/serialization.py PROTOCOL_VERSION. */
export const LEGACY_PROTOCOL_VERSION = 1001
/** magic, protocol, sys_info, object, storage keys. */
const LEGACY_PICKLES = 5
/** Size of the element count before each raw storage. */
const STORAGE_COUNT_BYTES = 8

/** Where one storage's raw bytes live in the file. */
export interface LegacyStorageLocation {
  /** Absolute offset of the first data byte (after the element count). */
  dataOffset: number
  size: number
  numel: number
  itemsize: number
}

export interface TorchLegacyFacts {
  container: 'pytorch-legacy'
  /** File offset where the raw storages start (after the fifth pickle). */
  storagesStart: number
  storages: Record<string, LegacyStorageLocation>
}

/** Where the file departs from what `_legacy_save` writes (a sentence without its final stop), with the tensors concerned. */
export interface LegacyProblem {
  /** pickles: fewer than five; keys: the fifth is not the key list; storage: the raw storages; trailing: bytes after them. */
  code: 'pickles' | 'keys' | 'storage' | 'trailing'
  message: string
  tensors?: string[]
}

/** What the bytes of a legacy torch checkpoint say. */
export interface TorchLegacyReading {
  /** The five pickles (and any problem reading them). */
  run: PickleRun
  /** The pickles do not end within the pickle limit. */
  capped: boolean
  /** Deviations of the header pickles from `_legacy_save` (sentences without their final stop). */
  header: string[]
  problems: LegacyProblem[]
  /** A pickle importing something outside the allow list in the bytes after the part understood. */
  hidden?: { offset: number; hidden: HiddenPickle }
  tensors: TensorInfo[]
  facts: TorchLegacyFacts
}

export interface TorchLegacyOptions {
  maxPickleBytes: number
}

/** True for the legacy magic number however the VM hands it over (int or bigint). */
export function isLegacyMagic(v: unknown): boolean {
  // Integers only: BigInt(1.5) throws (a float first value made the pickle handler drop the whole scan; fuzz regression).
  return v === LEGACY_MAGIC || (typeof v === 'number' && Number.isInteger(v) && BigInt(v) === LEGACY_MAGIC)
}

function field(obj: unknown, key: string): unknown {
  if (obj instanceof Map) return obj.get(key)
  if (obj !== null && typeof obj === 'object') return (obj as Record<string, unknown>)[key]
  return undefined
}

/** Checks the header pickles are what `_legacy_save` writes; each deviation is one message. */
function headerProblems(values: unknown[]): string[] {
  const out: string[] = []
  if (!isLegacyMagic(values[0])) out.push('the first pickle is not the legacy magic number 0x1950a86a20f9469cfc6c (it may be computed by a call, as in GHSA-97f8)')
  if (values.length > 1 && values[1] !== LEGACY_PROTOCOL_VERSION && values[1] !== BigInt(LEGACY_PROTOCOL_VERSION)) {
    out.push(`the protocol version is ${String(values[1])}, not ${LEGACY_PROTOCOL_VERSION}`)
  }
  if (values.length > 2 && field(values[2], 'little_endian') === false) out.push('sys_info says big-endian: the raw storages would be read byte-swapped')
  return out
}

/** Storage key -> element count and item size, from the tensors the object pickle rebuilds. */
function storageShapes(tensors: TensorInfo[]): Map<string, { numel: number; itemsize: number; users: string[] }> {
  const out = new Map<string, { numel: number; itemsize: number; users: string[] }>()
  for (const t of tensors) {
    if (!t.storage) continue
    const s = out.get(t.storage.key)
    if (s) s.users.push(t.name)
    else out.set(t.storage.key, { numel: t.storage.numel, itemsize: t.storage.itemsize, users: [t.name] })
  }
  return out
}

interface StorageWalk {
  storages: Record<string, LegacyStorageLocation>
  /** Where the walk stopped; EOF when the layout is exact. */
  end: number
  problems: LegacyProblem[]
}

/** Walks the raw storages after the pickles, per key in list order; the last must end exactly at EOF. */
async function walkStorages(src: ByteSource, start: number, keys: string[], tensors: TensorInfo[]): Promise<StorageWalk> {
  const shapes = storageShapes(tensors)
  const walk: StorageWalk = { storages: {}, end: start, problems: [] }
  let pos = start
  for (const key of keys) {
    const shape = shapes.get(key)
    if (!shape) {
      walk.problems.push({ code: 'storage', message: `Storage key \`${key}\` is listed but no tensor uses it, so its element size is unknown; the raw storages after it were not checked` })
      walk.end = pos
      return walk
    }
    const countBytes = await src.read(pos, STORAGE_COUNT_BYTES)
    if (countBytes.length < STORAGE_COUNT_BYTES) {
      walk.problems.push({ code: 'storage', message: `The file ends at ${src.size} before the raw data of storage \`${key}\`: truncated`, tensors: shape.users })
      walk.end = src.size
      return walk
    }
    const count = new DataView(countBytes.buffer, countBytes.byteOffset, STORAGE_COUNT_BYTES).getBigInt64(0, true)
    const numel = Number(count)
    if (count < 0n || !Number.isSafeInteger(numel)) {
      walk.problems.push({ code: 'storage', message: `Storage \`${key}\` at offset ${pos} declares an impossible element count ${count}`, tensors: shape.users })
      walk.end = pos
      return walk
    }
    if (numel !== shape.numel) {
      walk.problems.push({ code: 'storage', message: `Storage \`${key}\` holds ${numel} elements in the file but the pickle declares ${shape.numel}`, tensors: shape.users })
    }
    const size = numel * shape.itemsize
    walk.storages[key] = { dataOffset: pos + STORAGE_COUNT_BYTES, size, numel, itemsize: shape.itemsize }
    pos += STORAGE_COUNT_BYTES + size
    if (pos > src.size) {
      walk.problems.push({ code: 'storage', message: `Storage \`${key}\` needs ${size} bytes but the file ends ${pos - src.size} bytes short: truncated`, tensors: shape.users })
      walk.end = src.size
      return walk
    }
  }
  walk.end = pos
  return walk
}

/** Reads a legacy torch checkpoint: all pickles scanned, header checked, raw storages walked to EOF. */
export async function readTorchLegacy(src: ByteSource, opts: TorchLegacyOptions): Promise<TorchLegacyReading> {
  const { run, capped } = await scanPicklesAt(src, 0, LEGACY_PICKLES, opts.maxPickleBytes)
  const problems: LegacyProblem[] = []
  const facts: TorchLegacyFacts = { container: 'pytorch-legacy', storagesStart: run.end, storages: {} }
  const keys = run.values[LEGACY_PICKLES - 1]
  let tail = run.end
  if (run.pickles < LEGACY_PICKLES) {
    if (run.problems.length === 0 && !capped) {
      problems.push({ code: 'pickles', message: `A legacy torch checkpoint holds ${LEGACY_PICKLES} pickles; this file has ${run.pickles}` })
    }
  } else if (!Array.isArray(keys) || !keys.every(k => typeof k === 'string')) {
    problems.push({ code: 'keys', message: 'The fifth pickle is not the list of storage keys `_legacy_save` writes; the raw storages could not be located' })
  } else {
    const walk = await walkStorages(src, run.end, keys as string[], run.tensors)
    problems.push(...walk.problems)
    facts.storages = walk.storages
    tail = walk.end
    if (walk.end < src.size && walk.problems.length === 0) {
      problems.push({ code: 'trailing', message: `${src.size - walk.end} bytes follow the last raw storage; torch never reads them` })
    }
  }
  // Whatever follows the part understood may be a further pickle: sniff and scan it.
  let hidden: TorchLegacyReading['hidden']
  if (tail < src.size && run.pickles >= LEGACY_PICKLES) {
    const found = await scanHiddenPickle(new SliceSource(src, tail, src.size - tail), opts.maxPickleBytes)
    if (found) hidden = { offset: tail, hidden: found }
  }
  return {
    run, capped, header: headerProblems(run.values), problems,
    ...(hidden ? { hidden } : {}), tensors: run.tensors, facts
  }
}
