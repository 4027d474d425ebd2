// The tar container of torch <= 0.1.10 (torch/serialization.py `legacy_load`): members `sys_info`,
// `pickle` (the object), `storages` and `tensors` (stacks of pickles with raw data between them).
// Each member is scanned pickle by pickle; the raw data between pickles is stepped over, never read.
// Facts only (issue #12): checks/containers.ts turns a TorchTarReading into findings.
import type { ByteSource } from '../types.js'
import type { PickleRun } from './pickle/index.js'
// The storage class table and the global reference type are the pickle reader's own (not re-exported by its index).
import { STORAGE_DTYPES } from './pickle/torch.js'
import { GlobalRef } from './pickle/values.js'
import { SliceSource } from './source.js'
import type { TarEntry, TarListing } from './tar.js'
import { mergeRuns, scanHiddenPickle, scanPicklesAt, type HiddenPickle } from './member-pickles.js'

const MEMBER_SYS_INFO = 'sys_info'
const MEMBER_PICKLE = 'pickle'
const MEMBER_STORAGES = 'storages'
const MEMBER_TENSORS = 'tensors'
const INT64_BYTES = 8
const INT32_BYTES = 4
/** More storages or tensors than this in one checkpoint is treated as corrupt, not walked. */
export const MAX_TAR_RECORDS = 1_000_000

export interface TorchTarFacts {
  container: 'pytorch-tar'
  members: string[]
}

/** What one member of a torch tar holds, in member order. */
export type TorchTarMember =
  /** `storages` / `tensors`: record pickles with raw data between them; `problems` say where the layout broke. */
  | { name: string; kind: 'records'; run: PickleRun; problems: string[] }
  /** `sys_info` / `pickle`: pickles stacked until the member ends. */
  | { name: string; kind: 'stack'; run: PickleRun }
  /** Any other member: a pickle importing something outside the allow list, if it holds one. */
  | { name: string; kind: 'other'; hidden?: HiddenPickle }
  /** The member could not be read at all. */
  | { name: string; kind: 'unreadable'; error: string }

export interface TorchTarReading {
  members: TorchTarMember[]
  facts: TorchTarFacts
}

export interface TorchTarOptions {
  maxPickleBytes: number
}

/** A torch tar has a `pickle` member and at least one of `sys_info`, `storages`, `tensors`. */
export function isTorchTar(listing: TarListing): boolean {
  const names = new Set(listing.files.map(f => f.name))
  return names.has(MEMBER_PICKLE) && (names.has(MEMBER_SYS_INFO) || names.has(MEMBER_STORAGES) || names.has(MEMBER_TENSORS))
}

function toCount(v: unknown): number | undefined {
  const n = typeof v === 'bigint' ? Number(v) : v
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_TAR_RECORDS ? n : undefined
}

class Walk {
  readonly runs: PickleRun[] = []
  readonly problems: string[] = []
  pos = 0
  constructor(
    readonly src: ByteSource,
    readonly maxPickleBytes: number
  ) {}

  /** Scans one pickle at the cursor; undefined (and a problem) when it cannot be read whole. */
  async pickle(what: string): Promise<unknown> {
    if (this.pos >= this.src.size) {
      this.problems.push(`${what} is missing: the member ends at offset ${this.pos}`)
      return undefined
    }
    const at = await scanPicklesAt(this.src, this.pos, 1, this.maxPickleBytes)
    this.runs.push(at.run)
    if (at.run.pickles < 1) {
      this.problems.push(`${what} at offset ${this.pos} is not a complete pickle${at.capped ? ' within the pickle limit' : ''}`)
      return undefined
    }
    this.pos = at.end
    return at.run.values[0]
  }

  /** Reads a little-endian integer at the cursor. */
  async int(bytes: number, what: string): Promise<number | undefined> {
    const b = await this.src.read(this.pos, bytes)
    if (b.length < bytes) {
      this.problems.push(`${what} at offset ${this.pos} runs past the end of the member`)
      return undefined
    }
    const dv = new DataView(b.buffer, b.byteOffset, bytes)
    this.pos += bytes
    const v = bytes === INT64_BYTES ? Number(dv.getBigInt64(0, true)) : dv.getInt32(0, true)
    return Number.isSafeInteger(v) ? v : undefined
  }

  skip(bytes: number, what: string): boolean {
    if (this.pos + bytes > this.src.size) {
      this.problems.push(`${what} needs ${bytes} bytes at offset ${this.pos} but the member ends first`)
      return false
    }
    this.pos += bytes
    return true
  }
}

/** `storages`: count, then per storage `(key, location, storage_type)` + int64 element count + raw bytes, then the view list. */
async function walkStorages(w: Walk): Promise<void> {
  const count = toCount(await w.pickle('the storage count'))
  if (count === undefined) return void w.problems.push('the first pickle is not a storage count')
  for (let i = 0; i < count; i++) {
    const args = await w.pickle(`storage record ${i}`)
    const type = Array.isArray(args) ? args[2] : undefined
    const info = type instanceof GlobalRef && type.module === 'torch' ? STORAGE_DTYPES[type.name] : undefined
    if (!info) return void w.problems.push(`storage record ${i} does not name a torch storage type`)
    const numel = await w.int(INT64_BYTES, `the element count of storage ${i}`)
    if (numel === undefined || numel < 0) return void w.problems.push(`storage ${i} has an impossible element count`)
    if (!w.skip(numel * info.itemsize, `storage ${i}`)) return
  }
  await w.pickle('the storage view list')
}

/** `tensors`: count, then per tensor `(key, storage_id, type)` + int32 ndim + 4 pad + ndim sizes + ndim strides + offset (int64). */
async function walkTensors(w: Walk): Promise<void> {
  const count = toCount(await w.pickle('the tensor count'))
  if (count === undefined) return void w.problems.push('the first pickle is not a tensor count')
  for (let i = 0; i < count; i++) {
    if ((await w.pickle(`tensor record ${i}`)) === undefined) return
    const ndim = await w.int(INT32_BYTES, `the dimension count of tensor ${i}`)
    if (ndim === undefined || ndim < 0 || ndim > MAX_TAR_RECORDS) return void w.problems.push(`tensor ${i} has an impossible dimension count`)
    if (!w.skip(INT32_BYTES + 2 * ndim * INT64_BYTES + INT64_BYTES, `the shape of tensor ${i}`)) return
  }
}

/** Reads every member of a torch tar checkpoint; a member that cannot be read never stops the others. */
export async function readTorchTar(src: ByteSource, listing: TarListing, opts: TorchTarOptions): Promise<TorchTarReading> {
  const members: TorchTarMember[] = []
  for (const entry of listing.files) {
    try {
      members.push(await readMember(src, entry, opts))
    } catch (e) {
      members.push({ name: entry.name, kind: 'unreadable', error: (e as Error).message })
    }
  }
  return { members, facts: { container: 'pytorch-tar', members: listing.files.map(f => f.name) } }
}

async function readMember(src: ByteSource, entry: TarEntry, opts: TorchTarOptions): Promise<TorchTarMember> {
  const member = new SliceSource(src, entry.dataStart, entry.size)
  const name = entry.name
  if (name === MEMBER_STORAGES || name === MEMBER_TENSORS) {
    const w = new Walk(member, opts.maxPickleBytes)
    await (name === MEMBER_STORAGES ? walkStorages(w) : walkTensors(w))
    if (w.problems.length === 0 && w.pos < member.size) w.problems.push(`${member.size - w.pos} bytes follow the last record`)
    return { name, kind: 'records', run: mergeRuns(w.runs), problems: w.problems }
  }
  if (name === MEMBER_SYS_INFO || name === MEMBER_PICKLE) {
    // Stacked pickles until the member ends (torch reads one; a second one is where a payload would hide).
    const runs: PickleRun[] = []
    let pos = 0
    while (pos < member.size) {
      const at = await scanPicklesAt(member, pos, 1, opts.maxPickleBytes)
      runs.push(at.run)
      if (at.run.pickles < 1 || at.end <= pos) break
      pos = at.end
    }
    return { name, kind: 'stack', run: mergeRuns(runs) }
  }
  const hidden = await scanHiddenPickle(member, opts.maxPickleBytes)
  return hidden ? { name, kind: 'other', hidden } : { name, kind: 'other' }
}
