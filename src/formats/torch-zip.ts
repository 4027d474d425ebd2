// PyTorch zip checkpoints (torch.save since 1.6): `<root>/data.pkl` plus one `<root>/data/<key>`
// member per storage. The root comes from the first entry, as torch's PyTorchStreamReader::init
// (caffe2/serialize/inline_container.cc) reads it. Only pickles are read; storages are located, never loaded.
// Facts only (issue #12): checks/containers.ts turns a TorchZipReading into findings.
import type { ByteSource, TensorInfo } from '../types.js'
import { scanPickles, type PickleRun } from './pickle/index.js'
import {
  entryProblems, openZipMember, openZipMemberAt, readLocalHeader, localNameProblem, crcProblem, duplicateNameProblems,
  METHOD_STORED, METHOD_DEFLATED, type MemberBudget, type ZipDirectory, type ZipEntry, type ZipProblem
} from './zip.js'
import { scanHiddenPickle, type HiddenPickle } from './member-pickles.js'

/** Where one storage's bytes live inside the checkpoint file (for `convert` and deep scans). */
export interface TorchStorageLocation {
  member: string
  /** Absolute offset of the member data in the checkpoint file. */
  dataOffset: number
  /** Uncompressed bytes. */
  size: number
  compressedSize: number
  /** Zip compression method: 0 stored (torch always), 8 deflated. */
  method: number
  /** Elements and bytes per element, from the pickle's persistent id. */
  numel: number
  itemsize: number
}

export interface TorchZipFacts {
  container: 'pytorch-zip'
  root: string
  pickleMember: string
  storages: Record<string, TorchStorageLocation>
}

/** A storage whose member does not hold exactly the bytes the pickle declares for it. */
export interface TorchStorageMismatch {
  /** missing: no member; short: fewer bytes than numel * itemsize; long: more (torch ignores the rest). */
  kind: 'missing' | 'short' | 'long'
  key: string
  member: string
  /** The member's uncompressed size (0 when missing). */
  size: number
  numel: number
  itemsize: number
  /** Tensors viewing this storage. */
  users: string[]
}

/** What the bytes of a PyTorch zip checkpoint say, in the order they were read. */
export interface TorchZipReading {
  /** Structural problems of the zip (its directory, members, CRCs, names, limits). */
  problems: ZipProblem[]
  /** Members other than `data.pkl` that hold a pickle importing something outside the allow list. */
  hidden: Array<{ member: string; hidden: HiddenPickle }>
  /** One run per `data.pkl` entry read (duplicates included). */
  runs: PickleRun[]
  storageMismatches: TorchStorageMismatch[]
  /** Tensors the first `data.pkl` rebuilds. */
  tensors: TensorInfo[]
  facts: TorchZipFacts
}

export interface TorchZipOptions extends MemberBudget {
  maxPickleBytes: number
}

const PICKLE_NAME = 'data.pkl'
const STORAGE_DIR = 'data/'

/** The archive root: the first entry's name up to its first `/` (torch requires one). */
export function torchZipRoot(dir: ZipDirectory): string | undefined {
  const first = dir.entries[0]?.name
  const slash = first?.indexOf('/') ?? -1
  return first !== undefined && slash > 0 ? first.slice(0, slash) : undefined
}

/** A zip is a PyTorch checkpoint when `<root>/data.pkl` is one of its members. */
export function isTorchZip(dir: ZipDirectory): boolean {
  const root = torchZipRoot(dir)
  return root !== undefined && dir.entries.some(e => e.name === `${root}/${PICKLE_NAME}`)
}

/** Reads and scans one `data.pkl` entry (there can be duplicates: every copy is scanned). */
async function scanDataPickle(src: ByteSource, entry: ZipEntry, opts: TorchZipOptions, problems: ZipProblem[]): Promise<PickleRun | undefined> {
  const limit = Math.min(opts.maxPickleBytes, opts.maxMemberBytes)
  if (entry.uncompressedSize > limit) {
    problems.push({ kind: 'limit', member: entry.name, message: `\`${entry.name}\` is ${entry.uncompressedSize} bytes, over the ${limit}-byte pickle limit; not scanned` })
    return undefined
  }
  const opened = await openZipMember(src, entry, opts)
  if (Array.isArray(opened)) {
    problems.push(...opened)
    return undefined
  }
  problems.push(...opened.problems)
  const bytes = opened.inflated ?? (await opened.source.read(0, opened.source.size))
  if (entry.method === METHOD_STORED) {
    const crc = crcProblem(entry, bytes)
    if (crc) problems.push(crc)
  }
  return scanPickles(bytes)
}

/** Every storage a tensor views should have its member, of exactly numel * itemsize bytes. */
function storageMismatches(tensors: TensorInfo[], byName: Map<string, ZipEntry>, root: string): TorchStorageMismatch[] {
  const out: TorchStorageMismatch[] = []
  const seen = new Set<string>()
  for (const t of tensors) {
    const s = t.storage
    if (!s || seen.has(s.key)) continue
    seen.add(s.key)
    const member = `${root}/${STORAGE_DIR}${s.key}`
    const entry = byName.get(member)
    const want = s.numel * s.itemsize
    const size = entry?.uncompressedSize ?? 0
    const kind = !entry ? 'missing' : size < want ? 'short' : size > want ? 'long' : undefined
    if (!kind) continue
    const users = tensors.filter(u => u.storage?.key === s.key).map(u => u.name)
    out.push({ kind, key: s.key, member, size, numel: s.numel, itemsize: s.itemsize, users })
  }
  return out
}

/**
 * Reads a PyTorch zip checkpoint: every member is checked and sniffed, every `data.pkl` is
 * scanned, storages are matched to their members.
 */
/** Past the last local header, what prefetch covers: the header, a long name and extra field, and the member's first bytes. */
const LOCAL_SPAN_TAIL_BYTES = 4096

export async function readTorchZip(src: ByteSource, dir: ZipDirectory, opts: TorchZipOptions): Promise<TorchZipReading> {
  const root = torchZipRoot(dir) ?? ''
  const pickleMember = `${root}/${PICKLE_NAME}`
  const problems: ZipProblem[] = [...dir.problems, ...duplicateNameProblems(dir.entries)]
  const hidden: TorchZipReading['hidden'] = []
  const byName = new Map<string, ZipEntry>()
  for (const e of dir.entries) if (!byName.has(e.name)) byName.set(e.name, e)
  const runs: PickleRun[] = []
  const storages: Record<string, TorchStorageLocation> = {}
  const dataStarts = new Map<ZipEntry, number>()
  // Every member's local header and first bytes are read below: in a small checkpoint they are one
  // span, read at once (one read instead of one per storage; issue #13).
  if (src.prefetch && dir.entries.length > 1) {
    let first = Infinity
    let last = 0
    for (const e of dir.entries) {
      first = Math.min(first, e.localHeaderOffset)
      last = Math.max(last, e.localHeaderOffset)
    }
    if (Number.isFinite(first)) await src.prefetch(first, last - first + LOCAL_SPAN_TAIL_BYTES)
  }

  for (const entry of dir.entries) {
    try {
      if (!entry.name.startsWith(`${root}/`)) {
        problems.push({ kind: 'anomaly', member: entry.name, message: `member \`${entry.name}\` is outside the archive root \`${root}/\`: torch never reads it, other tools may` })
      }
      const own = entryProblems(entry)
      problems.push(...own)
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) continue
      if (entry.name === pickleMember) {
        const run = await scanDataPickle(src, entry, opts, problems)
        if (run) runs.push(run)
        continue
      }
      const local = await readLocalHeader(src, entry)
      if ('kind' in local) {
        problems.push(local)
        continue
      }
      const nameProblem = localNameProblem(entry, local)
      if (nameProblem) problems.push(nameProblem)
      dataStarts.set(entry, local.dataStart)
      if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue
      // Sniff every other member: a pickle under any name (`data.txt`, `data/0`) is still scanned.
      const opened = await openZipMemberAt(src, entry, local, opts)
      if (Array.isArray(opened)) {
        problems.push(...opened)
        continue
      }
      problems.push(...opened.problems)
      const found = await scanHiddenPickle(opened.source, Math.min(opts.maxPickleBytes, opts.maxMemberBytes))
      if (found) hidden.push({ member: entry.name, hidden: found })
    } catch (e) {
      problems.push({ kind: 'malformed', member: entry.name, message: `member \`${entry.name}\` could not be read: ${(e as Error).message}` })
    }
  }

  if (runs.length === 0 && !problems.some(p => p.member === pickleMember)) {
    problems.push({ kind: 'malformed', member: pickleMember, message: `\`${pickleMember}\` could not be read` })
  }
  const tensors = runs[0]?.tensors ?? []
  const mismatches = storageMismatches(tensors, byName, root)
  for (const t of tensors) {
    const s = t.storage
    if (!s || storages[s.key]) continue
    const member = `${root}/${STORAGE_DIR}${s.key}`
    const entry = byName.get(member)
    const dataOffset = entry ? dataStarts.get(entry) : undefined
    if (!entry || dataOffset === undefined) continue
    storages[s.key] = {
      member, dataOffset, size: entry.uncompressedSize, compressedSize: entry.compressedSize, method: entry.method, numel: s.numel, itemsize: s.itemsize
    }
  }
  return { problems, hidden, runs, storageMismatches: mismatches, tensors, facts: { container: 'pytorch-zip', root, pickleMember, storages } }
}
