// Handlers for containers and raw pickles: zip (PyTorch zip, npz, any zip), tar (torch's old tar
// container, any tar), gzip, npy, raw pickle and legacy torch. Recognition is by content; archive
// members go back to the engine through ctx.scanMember, nothing is ever extracted to disk.
import type { ByteSource, FileFormat, Finding } from '../types.js'
import { finding } from '../checks/rules.js'
import type { FileContext, Handler, HandlerResult } from './context.js'
import { sniff, SNIFF_BYTES } from '../discover/sniff.js'
import { MemorySource, SliceSource } from '../formats/source.js'
import type { SevenZipEntry } from '../formats/sevenzip.js'
import {
  crcProblem, duplicateNameProblems, entryProblems, openZipMember, readZipDirectory, FLAG_ENCRYPTED,
  METHOD_DEFLATED, METHOD_STORED, type ZipEntry, type ZipProblem
} from '../formats/zip.js'
import { isTorchZip, readTorchZip } from '../formats/torch-zip.js'
import { readTarEntries } from '../formats/tar.js'
import { isTorchTar, readTorchTar } from '../formats/torch-tar.js'
import { gunzipBounded } from '../formats/gzip.js'
import { InflatingSource, measureInflated } from '../formats/inflate-source.js'
import { MAX_STREAMED_MEMBER_BYTES } from '../formats/zip.js'
import { MAX_NPY_HEADER_BYTES, NPY_PREFIX_BYTES, npyHeaderLength, parseNpyHeader } from '../formats/npy.js'
import { isLegacyMagic, readTorchLegacy } from '../formats/torch-legacy.js'
import { scanHiddenPickle } from '../formats/member-pickles.js'
import { addSweptImports, scanPickles, sweepSource } from '../formats/pickle/index.js'
import {
  hiddenPickleFindings, memberNameFinding, nestingLimitFinding, npyPickleFindings, rawPickleFindings, tarProblemFindings, torchLegacyFindings, torchTarFindings, torchZipFindings, zipProblemFindings, type CheckpointCheckOptions
} from '../checks/containers.js'

/** Stored zip members up to this size are read whole to check their CRC (cheap; larger ones are left to loaders). */
export const CRC_CHECK_MAX_BYTES = 64 * 1024

function layoutOpts(ctx: FileContext): { siblingConfig?: Record<string, unknown> } {
  return ctx.siblingConfig ? { siblingConfig: ctx.siblingConfig } : {}
}

function checkpointOpts(ctx: FileContext): CheckpointCheckOptions {
  return { maxPickleBytes: ctx.limits.maxPickleBytes, ...layoutOpts(ctx) }
}

/** The name a member is reported under: `/` separators, no drive, no `.`/`..`/empty segments. */
export function sanitizeMemberName(name: string): string {
  const parts = name.replace(/\\/g, '/').replace(/^[A-Za-z]:/, '').split('/')
  return parts.filter(p => p !== '' && p !== '.' && p !== '..').join('/') || '_'
}

/** Gives each member a unique, sanitised report name (`name#2` for the second copy of a duplicate). */
class MemberNames {
  private readonly seen = new Map<string, number>()
  constructor(
    private readonly archive: string,
    private readonly kind: string
  ) {}
  next(raw: string, findings: Finding[]): string {
    const unsafe = memberNameFinding(this.archive, this.kind, raw)
    if (unsafe) findings.push(unsafe)
    const clean = sanitizeMemberName(raw)
    const n = (this.seen.get(clean) ?? 0) + 1
    this.seen.set(clean, n)
    return n > 1 ? `${clean}#${n}` : clean
  }
}

/** Past the nesting limit an archive is listed but its members are not scanned. */
function depthFinding(ctx: FileContext): Finding | undefined {
  return ctx.depth + 1 <= ctx.limits.maxArchiveDepth ? undefined : nestingLimitFinding(ctx.path, ctx.depth, ctx.limits.maxArchiveDepth)
}

/**
 * A member the engine would not treat as a pickle (unknown content) may still be a protocol 0/1
 * pickle under any name (GHSA-769v `data.txt`): scan it here and report imports on the member path.
 */
async function hiddenPickleCheck(memberPath: string, name: string, member: ByteSource, ctx: FileContext): Promise<Finding[]> {
  const head = await member.read(0, SNIFF_BYTES)
  if (sniff(head, name, member.size) !== 'unknown') return []
  const hidden = await scanHiddenPickle(member, ctx.limits.maxPickleBytes)
  return hidden ? hiddenPickleFindings(memberPath, 'this member (a pickle under a name that does not say so)', hidden, ctx.limits.maxPickleBytes) : []
}

function isNpz(entries: ZipEntry[]): boolean {
  const files = entries.filter(e => !e.name.endsWith('/'))
  return files.length > 0 && files.every(e => e.name.toLowerCase().endsWith('.npy'))
}

/** Scans every member of a generic zip; a corrupt member never stops the others (modelscan #354). */
async function scanZipMembers(src: ByteSource, entries: ZipEntry[], ctx: FileContext, problems: ZipProblem[], findings: Finding[]): Promise<void> {
  const names = new MemberNames(ctx.path, 'Zip')
  const budget = { maxMemberBytes: ctx.limits.maxMemberBytes, reserveUnpacked: (n: number) => ctx.reserveUnpacked(n) }
  for (const entry of entries) {
    try {
      const encrypted = (entry.flags & FLAG_ENCRYPTED) !== 0
      // An encrypted member is not scannable (a warning), not a malformed zip (issue #10 item 11).
      problems.push(...entryProblems(entry).filter(p => !(encrypted && p.kind === 'anomaly' && p.message.includes('marked encrypted'))))
      if (encrypted && !(entry.name.endsWith('/') && entry.uncompressedSize === 0)) {
        const name = names.next(entry.name, findings)
        findings.push(finding('file-unreadable', { path: `${ctx.path}!/${name}`, severity: 'warning', message: `Not scannable: zip member \`${entry.name}\` is encrypted; its content cannot be read without the password (Python's zipfile refuses it too).` }))
        // The flag alone proves nothing: bytes that still read as plaintext are scanned; ciphertext errors are not reported.
        if (entry.method === METHOD_STORED || entry.method === METHOD_DEFLATED) {
          const opened = await openZipMember(src, entry, budget).catch(() => undefined)
          if (opened && !Array.isArray(opened)) await ctx.scanMember(`${ctx.path}!/${name}`, opened.source).catch(() => undefined)
        }
        continue
      }
      if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) continue
      if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue
      const name = names.next(entry.name, findings)
      const opened = await openZipMember(src, entry, budget)
      if (Array.isArray(opened)) {
        problems.push(...opened)
        continue
      }
      problems.push(...opened.problems)
      if (entry.method === METHOD_STORED && entry.uncompressedSize <= CRC_CHECK_MAX_BYTES) {
        const crc = crcProblem(entry, await opened.source.read(0, opened.source.size))
        if (crc) problems.push(crc)
      }
      const memberPath = `${ctx.path}!/${name}`
      await ctx.scanMember(memberPath, opened.source)
      findings.push(...(await hiddenPickleCheck(memberPath, name, opened.source, ctx)))
    } catch (e) {
      problems.push({ kind: 'malformed', member: entry.name, message: `member \`${entry.name}\` could not be read: ${(e as Error).message}` })
    }
  }
}

/** zip: a PyTorch checkpoint when `<root>/data.pkl` is present, else a bundle (or npz) whose members are scanned by content. */
export const zipHandler: Handler = async (src, _head, ctx) => {
  const dir = await readZipDirectory(src, ctx.limits.maxArchiveMembers)
  if (isTorchZip(dir)) {
    const r = await readTorchZip(src, dir, {
      maxPickleBytes: ctx.limits.maxPickleBytes,
      maxMemberBytes: ctx.limits.maxMemberBytes,
      reserveUnpacked: n => ctx.reserveUnpacked(n)
    })
    return { format: 'pytorch-zip', findings: torchZipFindings(ctx.path, r, checkpointOpts(ctx)), tensors: r.tensors, facts: { ...r.facts } }
  }
  const format: FileFormat = isNpz(dir.entries) ? 'npz' : 'zip'
  const findings: Finding[] = []
  const problems: ZipProblem[] = [...dir.problems, ...duplicateNameProblems(dir.entries)]
  const deep = depthFinding(ctx)
  if (deep) findings.push(deep)
  else await scanZipMembers(src, dir.entries, ctx, problems, findings)
  findings.unshift(...zipProblemFindings(ctx.path, problems))
  return { format, findings, facts: { container: format, members: dir.entries.length, zip64: dir.zip64 } }
}

/** tar: torch's old tar checkpoint, or any tar whose members are scanned by content. */
export const tarHandler: Handler = async (src, _head, ctx) => {
  const listing = await readTarEntries(src, ctx.limits.maxArchiveMembers)
  const findings = tarProblemFindings(ctx.path, listing.problems)
  if (isTorchTar(listing)) {
    const r = await readTorchTar(src, listing, { maxPickleBytes: ctx.limits.maxPickleBytes })
    return { format: 'pytorch-tar', findings: torchTarFindings(ctx.path, r, checkpointOpts(ctx), findings), facts: { ...r.facts } }
  }
  const deep = depthFinding(ctx)
  if (deep) return { format: 'tar', findings: [...findings, deep] }
  const names = new MemberNames(ctx.path, 'Tar')
  for (const entry of listing.files) {
    try {
      const name = names.next(entry.name, findings)
      const member = new SliceSource(src, entry.dataStart, entry.size)
      const memberPath = `${ctx.path}!/${name}`
      await ctx.scanMember(memberPath, member)
      findings.push(...(await hiddenPickleCheck(memberPath, name, member, ctx)))
    } catch (e) {
      findings.push(finding('pickle-malformed', { path: ctx.path, message: `Tar member \`${entry.name}\` could not be read: ${(e as Error).message}.` }))
    }
  }
  return { format: 'tar', findings, facts: { container: 'tar', members: listing.files.length + listing.others.length } }
}

/** Name of the inflated stream: `x.tar.gz` -> `x.tar`, `x.tgz` -> `x.tar`, else the name without `.gz`. */
export function gunzippedName(name: string): string {
  if (/\.tgz$/i.test(name)) return name.slice(0, -4) + '.tar'
  if (/\.gz$/i.test(name) && name.length > 3) return name.slice(0, -3)
  return `${name}.gunzipped`
}

/** gzip: inflated (streaming, bounded) and handed on by content (a tar inside goes to the tar handler). */
export const gzipHandler: Handler = async (src, _head, ctx) => {
  const deep = depthFinding(ctx)
  if (deep) return { format: 'gzip', findings: [deep] }
  const findings: Finding[] = []
  // One streaming pass measures the stream; small ones are then held in memory, large ones read
  // through a window (a .tar.gz release asset can be gigabytes), bombs stop at the streamed limit.
  const stopAfter = Math.min(MAX_STREAMED_MEMBER_BYTES, ctx.limits.maxUnpackedBytes)
  const sum = await measureInflated(src, stopAfter, 'gzip')
  if (sum.over) {
    findings.push(finding('resource-limit', { path: ctx.path, message: `Gzip stream inflates to more than ${stopAfter} bytes (compressed ${src.size} bytes), past the scan's unpacked-bytes limit; not scanned.` }))
    return { format: 'gzip', findings }
  }
  if (sum.error !== undefined) {
    findings.push(finding('pickle-malformed', { path: ctx.path, message: `Gzip stream is corrupt or truncated after ${sum.size} inflated bytes: ${sum.error}.` }))
  }
  if (!ctx.reserveUnpacked(sum.size)) {
    findings.push(finding('resource-limit', { path: ctx.path, message: `Inflating this gzip (${sum.size} bytes) passes the scan's total unpacked-bytes limit; not scanned.` }))
    return { format: 'gzip', findings }
  }
  const out =
    sum.size <= ctx.limits.maxMemberBytes
      ? await gunzipBounded(src, ctx.limits.maxMemberBytes)
      : { source: new InflatingSource(src, sum.size, ctx.limits.maxMemberBytes, 'gzip'), bytes: sum.size }
  if (out.bytes > 0) await ctx.scanMember(`${ctx.path}!/${gunzippedName(ctx.name)}`, out.source)
  return { format: 'gzip', findings, facts: { container: 'gzip', inflatedBytes: out.bytes } }
}

/** npy: header parsed as data; an object dtype means a pickle follows, which is scanned. */
export const npyHandler: Handler = async (src, head, ctx) => {
  const { path } = ctx
  const total = npyHeaderLength(head) ?? NPY_PREFIX_BYTES
  const bytes = await src.read(0, Math.min(total, NPY_PREFIX_BYTES + MAX_NPY_HEADER_BYTES))
  const parsed = parseNpyHeader(bytes)
  if (!parsed.ok) return { format: 'npy', findings: [finding('pickle-malformed', { path, message: `NumPy header cannot be read: ${parsed.message}.` })] }
  const h = parsed.header
  const facts = { container: 'npy', version: h.version, descr: h.descr, fortranOrder: h.fortranOrder, dataStart: h.dataStart }
  if (h.hasObject) {
    // numpy pickles object arrays after the header (format.py write_array): np.load(allow_pickle=True) runs it.
    const length = Math.min(src.size - h.dataStart, ctx.limits.maxPickleBytes)
    const run = scanPickles(await src.read(h.dataStart, length))
    return { format: 'npy', findings: npyPickleFindings(path, run, src.size - h.dataStart > length, checkpointOpts(ctx)), facts }
  }
  const findings: Finding[] = []
  const numel = h.shape.reduce((a, b) => a * b, 1)
  const name = ctx.name.replace(/\.npy$/i, '')
  if (h.itemsize === undefined) return { format: 'npy', findings, facts }
  const want = numel * h.itemsize
  if (src.size - h.dataStart !== want) {
    findings.push(finding('pickle-malformed', { path, message: `NumPy array ${JSON.stringify(h.shape)} of ${h.itemsize}-byte items needs ${want} data bytes after the header; the file has ${src.size - h.dataStart}.` }))
  }
  const tensors = h.dtype ? [{ name, dtype: h.dtype, shape: h.shape, dataStart: h.dataStart, dataOffsets: [0, want] as [number, number] }] : []
  return { format: 'npy', findings, tensors, facts }
}

async function legacyResult(src: ByteSource, ctx: FileContext): Promise<HandlerResult> {
  const r = await readTorchLegacy(src, { maxPickleBytes: ctx.limits.maxPickleBytes })
  return { format: 'pytorch-legacy', findings: torchLegacyFindings(ctx.path, r, checkpointOpts(ctx)), tensors: r.tensors, facts: { ...r.facts } }
}

/** pytorch-legacy: the five pickles and the raw storages after them. */
export const legacyHandler: Handler = async (src, _head, ctx) => legacyResult(src, ctx)

/** pickle: every pickle in the stream is scanned, whatever the extension (a raw pickle named `.bin` too). */
export const pickleHandler: Handler = async (src, _head, ctx) => {
  const { path } = ctx
  const length = Math.min(src.size, ctx.limits.maxPickleBytes)
  let run = scanPickles(await src.read(0, length))
  if (src.size > length && run.incomplete) {
    // The machine saw only the first maxPickleBytes; the stackless sweep reads the rest window by
    // window so an import placed after a huge literal is still found (issue #10 item 1).
    const swept = await sweepSource(src, run.incomplete.pickleStart, run.incomplete.offset)
    run = addSweptImports(run, new Uint8Array(0), swept.imports, `the ${ctx.limits.maxPickleBytes}-byte pickle limit`)
  }
  // A legacy torch checkpoint written with another pickle protocol is not caught by the sniffer's byte prefix.
  if (isLegacyMagic(run.values[0])) return legacyResult(src, ctx)
  const findings = rawPickleFindings(path, run, src.size > length ? src.size : undefined, checkpointOpts(ctx))
  return { format: 'pickle', findings, ...(run.tensors.length > 0 ? { tensors: run.tensors } : {}) }
}

/**
 * Turns an exception escaping a handler into a finding: bad input never crashes the scan. I/O
 * errors (they carry a `syscall`) go on to the engine, which reports them as `file-unreadable`.
 */
function guarded(format: FileFormat, handler: Handler): Handler {
  return async (src, head, ctx) => {
    try {
      return await handler(src, head, ctx)
    } catch (e) {
      if (typeof (e as { syscall?: unknown }).syscall === 'string') throw e
      return { format, findings: [finding('pickle-malformed', { path: ctx.path, message: `The ${format} container could not be read: ${(e as Error).message}.` })] }
    }
  }
}

/** 7z archives larger than this are not read (the archive is held in memory while 7-Zip reads it). */
export const MAX_7Z_ARCHIVE_BYTES = 64 * 1024 * 1024

/**
 * 7z: listed and extracted by 7-Zip (WASM, src/formats/sevenzip.ts) with the zip limits: member
 * count, member size, total unpacked bytes, nesting depth; sizes are checked from the listing
 * before anything is extracted (bombs). Encrypted members are not scannable (a warning).
 */
export const sevenZipHandler: Handler = async (src, _head, ctx) => {
  const { path } = ctx
  const findings: Finding[] = []
  const notScannable = (message: string): Finding => finding('file-unreadable', { path, severity: 'warning', message })
  if (src.size > MAX_7Z_ARCHIVE_BYTES) {
    findings.push(finding('resource-limit', { path, message: `Not scanned: 7z archive of ${src.size} bytes is over the ${MAX_7Z_ARCHIVE_BYTES}-byte limit for 7z archives (read in memory).` }))
    return { format: '7z', findings }
  }
  const deep = depthFinding(ctx)
  if (deep) return { format: '7z', findings: [deep] }
  const archive = await src.read(0, src.size)
  // 7-Zip (WASM, 1.7 MB plus its loader) is loaded with the first 7z archive, not at every start.
  const { extract7z, list7z } = await import('../formats/sevenzip.js')
  const listing = await list7z(archive)
  if (!listing.ok) {
    findings.push(
      listing.encrypted
        ? notScannable(`Not scannable: the 7z archive is encrypted (its file list too), so its members cannot be read without the password (${listing.message}).`)
        : finding('pickle-malformed', { path, message: `The 7z archive cannot be read: ${listing.message}.` })
    )
    return { format: '7z', findings }
  }
  const files = listing.entries.filter(e => !e.directory)
  if (files.length > ctx.limits.maxArchiveMembers) {
    findings.push(finding('resource-limit', { path, message: `7z archive lists ${files.length} members, over the ${ctx.limits.maxArchiveMembers}-member limit; only the first ${ctx.limits.maxArchiveMembers} were scanned.` }))
  }
  const names = new MemberNames(path, '7z')
  let batch: SevenZipEntry[] = []
  let batchBytes = 0
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return
    const { members } = await extract7z(archive, batch.map(e => e.name))
    for (const e of batch) {
      const bytes = members.get(e.name)
      const name = names.next(e.name, findings)
      if (bytes === undefined) {
        findings.push(finding('pickle-malformed', { path, message: `7z member \`${e.name}\` could not be extracted (corrupt data or a CRC mismatch).` }))
        continue
      }
      const memberPath = `${path}!/${name}`
      const member = new MemorySource(bytes)
      await ctx.scanMember(memberPath, member)
      findings.push(...(await hiddenPickleCheck(memberPath, name, member, ctx)))
    }
    batch = []
    batchBytes = 0
  }
  for (const e of files.slice(0, ctx.limits.maxArchiveMembers)) {
    if (e.encrypted) {
      findings.push(notScannable(`Not scannable: 7z member \`${e.name}\` is encrypted; its content cannot be read without the password.`))
      continue
    }
    if (e.size > ctx.limits.maxMemberBytes) {
      findings.push(finding('resource-limit', { path, message: `Not scanned: 7z member \`${e.name}\` unpacks to ${e.size} bytes, over the ${ctx.limits.maxMemberBytes}-byte member limit.` }))
      continue
    }
    if (!ctx.reserveUnpacked(e.size)) {
      findings.push(finding('resource-limit', { path, message: `Not scanned: unpacking 7z member \`${e.name}\` passes the scan's total unpacked-bytes limit; it and the members after it were not read.` }))
      break
    }
    if (batchBytes + e.size > ctx.limits.maxMemberBytes) await flush()
    batch.push(e)
    batchBytes += e.size
  }
  await flush()
  return { format: '7z', findings, facts: { container: '7z', members: files.length } }
}

export const CONTAINER_HANDLERS: Partial<Record<FileFormat, Handler>> = {
  '7z': guarded('7z', sevenZipHandler),
  zip: guarded('zip', zipHandler),
  npz: guarded('npz', zipHandler),
  'pytorch-zip': guarded('pytorch-zip', zipHandler),
  tar: guarded('tar', tarHandler),
  'pytorch-tar': guarded('pytorch-tar', tarHandler),
  gzip: guarded('gzip', gzipHandler),
  npy: guarded('npy', npyHandler),
  pickle: guarded('pickle', pickleHandler),
  'pytorch-legacy': guarded('pytorch-legacy', legacyHandler)
}
