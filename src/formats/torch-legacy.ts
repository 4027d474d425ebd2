// Legacy (non-zip) torch.save, `_use_new_zipfile_serialization=False` (torch/serialization.py
// `_legacy_save`): five stacked pickles (magic number, protocol version, sys_info, the object, the
// storage keys), then per key an int64 LE element count and the raw storage bytes, to EOF.
// All five pickles are scanned whatever the first one holds (picklescan GHSA-97f8: a magic made by eval).
import type { ByteSource, Finding, TensorInfo } from '../types.js'
import { finding } from '../checks/rules.js'
import { pickleFindings, tensorLayoutFindings, pickleCheckpointFinding } from './pickle/index.js'
import { SliceSource } from './source.js'
import { hiddenPickleFindings, scanHiddenPickle, scanPicklesAt } from './member-pickles.js'

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

export interface TorchLegacyResult {
  findings: Finding[]
  tensors: TensorInfo[]
  facts: TorchLegacyFacts
}

export interface TorchLegacyOptions {
  path: string
  maxPickleBytes: number
  siblingConfig?: Record<string, unknown>
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
  problems: Finding[]
}

/** Walks the raw storages after the pickles, per key in list order; the last must end exactly at EOF. */
async function walkStorages(src: ByteSource, start: number, keys: string[], tensors: TensorInfo[], path: string): Promise<StorageWalk> {
  const shapes = storageShapes(tensors)
  const walk: StorageWalk = { storages: {}, end: start, problems: [] }
  let pos = start
  for (const key of keys) {
    const shape = shapes.get(key)
    if (!shape) {
      walk.problems.push(finding('pickle-malformed', { path, message: `Storage key \`${key}\` is listed but no tensor uses it, so its element size is unknown; the raw storages after it were not checked.` }))
      walk.end = pos
      return walk
    }
    const countBytes = await src.read(pos, STORAGE_COUNT_BYTES)
    if (countBytes.length < STORAGE_COUNT_BYTES) {
      walk.problems.push(finding('pickle-malformed', { path, tensors: shape.users, message: `The file ends at ${src.size} before the raw data of storage \`${key}\`: truncated.` }))
      walk.end = src.size
      return walk
    }
    const count = new DataView(countBytes.buffer, countBytes.byteOffset, STORAGE_COUNT_BYTES).getBigInt64(0, true)
    const numel = Number(count)
    if (count < 0n || !Number.isSafeInteger(numel)) {
      walk.problems.push(finding('pickle-malformed', { path, tensors: shape.users, message: `Storage \`${key}\` at offset ${pos} declares an impossible element count ${count}.` }))
      walk.end = pos
      return walk
    }
    if (numel !== shape.numel) {
      walk.problems.push(finding('pickle-malformed', { path, tensors: shape.users, message: `Storage \`${key}\` holds ${numel} elements in the file but the pickle declares ${shape.numel}.` }))
    }
    const size = numel * shape.itemsize
    walk.storages[key] = { dataOffset: pos + STORAGE_COUNT_BYTES, size, numel, itemsize: shape.itemsize }
    pos += STORAGE_COUNT_BYTES + size
    if (pos > src.size) {
      walk.problems.push(finding('pickle-malformed', { path, tensors: shape.users, message: `Storage \`${key}\` needs ${size} bytes but the file ends ${pos - src.size} bytes short: truncated.` }))
      walk.end = src.size
      return walk
    }
  }
  walk.end = pos
  return walk
}

/** Analyses a legacy torch checkpoint: all pickles scanned, header checked, raw storages walked to EOF. */
export async function analyseTorchLegacy(src: ByteSource, opts: TorchLegacyOptions): Promise<TorchLegacyResult> {
  const { path } = opts
  const findings: Finding[] = []
  const { run, capped } = await scanPicklesAt(src, 0, LEGACY_PICKLES, opts.maxPickleBytes)
  findings.push(...pickleFindings(path, run))
  if (capped) findings.push(finding('resource-limit', { path, message: `The legacy pickles do not end within the first ${opts.maxPickleBytes} bytes (the pickle limit); the rest was not scanned.` }))
  for (const p of headerProblems(run.values)) findings.push(finding('pickle-malformed', { path, message: `Legacy torch header: ${p}.` }))
  const facts: TorchLegacyFacts = { container: 'pytorch-legacy', storagesStart: run.end, storages: {} }
  const keys = run.values[LEGACY_PICKLES - 1]
  let tail = run.end
  if (run.pickles < LEGACY_PICKLES) {
    if (run.problems.length === 0 && !capped) {
      findings.push(finding('pickle-malformed', { path, message: `A legacy torch checkpoint holds ${LEGACY_PICKLES} pickles; this file has ${run.pickles}.` }))
    }
  } else if (!Array.isArray(keys) || !keys.every(k => typeof k === 'string')) {
    findings.push(finding('pickle-malformed', { path, message: 'The fifth pickle is not the list of storage keys `_legacy_save` writes; the raw storages could not be located.' }))
  } else {
    const walk = await walkStorages(src, run.end, keys as string[], run.tensors, path)
    findings.push(...walk.problems)
    facts.storages = walk.storages
    tail = walk.end
    if (walk.end < src.size && walk.problems.length === 0) {
      findings.push(finding('pickle-malformed', { path, message: `${src.size - walk.end} bytes follow the last raw storage; torch never reads them.` }))
    }
  }
  // Whatever follows the part understood may be a further pickle: sniff and scan it.
  if (tail < src.size && run.pickles >= LEGACY_PICKLES) {
    const rest = new SliceSource(src, tail, src.size - tail)
    const hidden = await scanHiddenPickle(rest, opts.maxPickleBytes)
    if (hidden) findings.push(...hiddenPickleFindings(path, `the bytes from offset ${tail}`, hidden, opts.maxPickleBytes))
  }
  findings.push(...tensorLayoutFindings(path, run.tensors, opts.siblingConfig ? { siblingConfig: opts.siblingConfig } : {}))
  if (!findings.some(f => f.severity === 'critical' || f.severity === 'error')) findings.push(pickleCheckpointFinding(path))
  return { findings, tensors: run.tensors, facts }
}
