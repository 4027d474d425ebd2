// Zip reader with random access through a ByteSource: end of central directory (EOCD) search,
// zip64 records, central-directory entries, local headers and member bytes. Lenient like miniz
// (what torch.load uses): oddities become problems and reading continues. Layout from PKWARE
// APPNOTE.TXT sections 4.3.7 (local header), 4.3.12 (central header), 4.3.14-16 (zip64, EOCD).
import * as zlib from 'node:zlib'
import { createInflateRaw } from 'node:zlib'
import { InflatingSource, measureInflated } from './inflate-source.js'
import type { ByteSource } from '../types.js'
import { MemorySource, SliceSource } from './source.js'

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_EOCD = 0x06054b50
const SIG_ZIP64_EOCD = 0x06064b50
const SIG_ZIP64_LOCATOR = 0x07064b50

const EOCD_SIZE = 22
/** The EOCD comment is at most 65535 bytes, so the EOCD lies in the last 64 KiB + 22 bytes. */
const EOCD_SEARCH_BYTES = 0xffff + EOCD_SIZE
const ZIP64_LOCATOR_SIZE = 20
const ZIP64_EOCD_MIN_SIZE = 56
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
const ZIP64_EXTRA_ID = 0x0001

/** Central directories bigger than this are not read (65,536 members with long names fit easily). */
export const MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024

export const METHOD_STORED = 0
export const METHOD_DEFLATED = 8

/** Flag bit 0: the member is encrypted. */
export const FLAG_ENCRYPTED = 0x0001
/** Flags torch (miniz) and ordinary writers set: deflate options (bits 1-2), data descriptor (3), UTF-8 names (11). */
export const FLAGS_EXPECTED = 0x0808 | 0x0002 | 0x0004 | 0x0006

export type ZipProblemKind = 'anomaly' | 'malformed' | 'limit'

/** Something wrong with the archive; `anomaly`: loaders may disagree, `malformed`: structure broken, `limit`: a scan limit. */
export interface ZipProblem {
  kind: ZipProblemKind
  message: string
  /** The member it is about, when there is one. */
  member?: string
}

export interface ZipEntry {
  /** Position in the central directory (0-based). */
  index: number
  /** Name as the central directory spells it. */
  name: string
  flags: number
  method: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipDirectory {
  entries: ZipEntry[]
  problems: ZipProblem[]
  /** Whether zip64 records were used. */
  zip64: boolean
}

const utf8 = new TextDecoder('utf-8')

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8)
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0
}
/** 64-bit little-endian as a number; values past 2^53 come back as Infinity (no file is that big). */
function u64(b: Uint8Array, at: number): number {
  const v = u32(b, at) + u32(b, at + 4) * 0x1_0000_0000
  return Number.isSafeInteger(v) ? v : Infinity
}

/** True when the source starts like a zip (local header, or the EOCD of an empty archive). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && (u32(head, 0) === SIG_LOCAL || u32(head, 0) === SIG_EOCD)
}

/** Finds the EOCD record: the last signature in the tail whose comment length fits (like Python's zipfile). */
function findEocd(tail: Uint8Array): number {
  let fallback = -1
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) !== SIG_EOCD) continue
    if (i + EOCD_SIZE + u16(tail, i + 20) === tail.length) return i
    if (fallback < 0) fallback = i
  }
  return fallback
}

interface EocdInfo {
  entries: number
  cdSize: number
  cdOffset: number
  zip64: boolean
}

async function readEocd(src: ByteSource, problems: ZipProblem[]): Promise<EocdInfo | undefined> {
  // Most archives have no comment: try the last 22 bytes before reading the whole 64 KiB tail.
  const last = await src.read(Math.max(0, src.size - EOCD_SIZE), EOCD_SIZE)
  const plain = last.length === EOCD_SIZE && u32(last, 0) === SIG_EOCD && u16(last, 20) === 0
  const tailStart = plain ? src.size - EOCD_SIZE : Math.max(0, src.size - EOCD_SEARCH_BYTES)
  const tail = plain ? last : await src.read(tailStart, src.size - tailStart)
  const at = findEocd(tail)
  if (at < 0) {
    problems.push({ kind: 'malformed', message: 'no end-of-central-directory record in the last 64 KiB: the zip is truncated or not a zip' })
    return undefined
  }
  if (at + EOCD_SIZE + u16(tail, at + 20) !== tail.length) {
    problems.push({ kind: 'anomaly', message: 'bytes follow the end-of-central-directory record (its comment length does not reach the end of the file)' })
  }
  if (u16(tail, at + 4) !== 0 || u16(tail, at + 6) !== 0) {
    problems.push({ kind: 'anomaly', message: 'the end-of-central-directory record names a multi-disk (spanned) archive' })
  }
  const info: EocdInfo = { entries: u16(tail, at + 10), cdSize: u32(tail, at + 12), cdOffset: u32(tail, at + 16), zip64: false }
  const eocdPos = tailStart + at
  const locPos = eocdPos - ZIP64_LOCATOR_SIZE
  const loc = locPos >= 0 ? await src.read(locPos, ZIP64_LOCATOR_SIZE) : new Uint8Array(0)
  if (loc.length === ZIP64_LOCATOR_SIZE && u32(loc, 0) === SIG_ZIP64_LOCATOR) {
    const recPos = u64(loc, 8)
    const rec = await src.read(recPos, ZIP64_EOCD_MIN_SIZE)
    if (rec.length < ZIP64_EOCD_MIN_SIZE || u32(rec, 0) !== SIG_ZIP64_EOCD) {
      problems.push({ kind: 'malformed', message: `the zip64 locator points at offset ${recPos}, where there is no zip64 end-of-central-directory record` })
    } else {
      info.entries = u64(rec, 32)
      info.cdSize = u64(rec, 40)
      info.cdOffset = u64(rec, 48)
      info.zip64 = true
    }
  } else if (info.entries === 0xffff || info.cdSize === 0xffffffff || info.cdOffset === 0xffffffff) {
    problems.push({ kind: 'malformed', message: 'the end-of-central-directory record asks for zip64 values but there is no zip64 locator' })
  }
  return info
}

/** Reads the zip64 extended-information extra field (APPNOTE 4.5.3): only the fields that were 0xFFFFFFFF, in order. */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array, problems: ZipProblem[]): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = u16(extra, p)
    const len = u16(extra, p + 2)
    const body = extra.subarray(p + 4, p + 4 + len)
    p += 4 + len
    if (id !== ZIP64_EXTRA_ID) continue
    let q = 0
    const take = (): number | undefined => {
      if (q + 8 > body.length) return undefined
      const v = u64(body, q)
      q += 8
      return v
    }
    let short = false
    if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take() ?? ((short = true), entry.uncompressedSize)
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = take() ?? ((short = true), entry.compressedSize)
    if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take() ?? ((short = true), entry.localHeaderOffset)
    if (short) problems.push({ kind: 'malformed', message: 'zip64 extra field is too short for the sizes it should hold', member: entry.name })
    return
  }
  if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
    problems.push({ kind: 'malformed', message: 'sizes or offset say zip64 but the member has no zip64 extra field', member: entry.name })
  }
}

/**
 * Reads the central directory. Entries parsed before a break still count; a truncated or
 * inconsistent directory becomes a `malformed` problem, more than `maxEntries` a `limit` problem.
 */
export async function readZipDirectory(src: ByteSource, maxEntries: number): Promise<ZipDirectory> {
  const problems: ZipProblem[] = []
  const dir: ZipDirectory = { entries: [], problems, zip64: false }
  const eocd = await readEocd(src, problems)
  if (!eocd) return dir
  dir.zip64 = eocd.zip64
  if (eocd.cdOffset + eocd.cdSize > src.size) {
    problems.push({ kind: 'malformed', message: `central directory (${eocd.cdSize} bytes at ${eocd.cdOffset}) runs past the end of the ${src.size}-byte file: truncated` })
  }
  if (eocd.cdSize > MAX_CENTRAL_DIRECTORY_BYTES) {
    problems.push({ kind: 'limit', message: `central directory is ${eocd.cdSize} bytes, over the ${MAX_CENTRAL_DIRECTORY_BYTES}-byte limit` })
    return dir
  }
  const cd = await src.read(eocd.cdOffset, eocd.cdSize)
  let p = 0
  while (p + 4 <= cd.length && u32(cd, p) === SIG_CENTRAL) {
    if (dir.entries.length >= maxEntries) {
      problems.push({ kind: 'limit', message: `archive lists more than ${maxEntries} members; only the first ${maxEntries} were scanned` })
      return dir
    }
    if (p + CENTRAL_HEADER_SIZE > cd.length) break
    const nameLen = u16(cd, p + 28)
    const extraLen = u16(cd, p + 30)
    const commentLen = u16(cd, p + 32)
    const end = p + CENTRAL_HEADER_SIZE + nameLen + extraLen + commentLen
    if (end > cd.length) break
    const entry: ZipEntry = {
      index: dir.entries.length,
      name: utf8.decode(cd.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLen)),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc32: u32(cd, p + 16),
      compressedSize: u32(cd, p + 20),
      uncompressedSize: u32(cd, p + 24),
      localHeaderOffset: u32(cd, p + 42)
    }
    const extra = cd.subarray(p + CENTRAL_HEADER_SIZE + nameLen, p + CENTRAL_HEADER_SIZE + nameLen + extraLen)
    applyZip64Extra(entry, extra, problems)
    dir.entries.push(entry)
    p = end
  }
  if (dir.entries.length !== eocd.entries) {
    problems.push({
      kind: 'malformed',
      message: `central directory is truncated or corrupt: the end record announces ${eocd.entries} members, ${dir.entries.length} could be read`
    })
  } else if (p !== cd.length) {
    problems.push({ kind: 'anomaly', message: `${cd.length - p} unexplained bytes at the end of the central directory` })
  }
  return dir
}

/** The entry-level oddities that need no member bytes: flags, method, names. */
export function entryProblems(entry: ZipEntry): ZipProblem[] {
  const out: ZipProblem[] = []
  const m = entry.name
  if (entry.flags & FLAG_ENCRYPTED) {
    out.push({ kind: 'anomaly', member: m, message: `member \`${m}\` is marked encrypted (flag 0x1): some loaders refuse it, others read it anyway` })
  }
  const unusual = entry.flags & ~FLAGS_EXPECTED & ~FLAG_ENCRYPTED
  if (unusual) {
    out.push({ kind: 'anomaly', member: m, message: `member \`${m}\` sets unusual flag bits 0x${unusual.toString(16)} (e.g. 0x20 patched data, 0x40 strong encryption): Python's zipfile refuses what torch loads` })
  }
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
    out.push({ kind: 'anomaly', member: m, message: `member \`${m}\` uses compression method ${entry.method}; only 0 (stored) and 8 (deflated) are expected, so it was not read` })
  }
  return out
}

export interface LocalHeader {
  /** Absolute offset of the member's first data byte: header offset + 30 + local name + local extra. */
  dataStart: number
  name: string
}

/** Reads the local header of an entry; the data start comes from the LOCAL lengths (torch pads with an `FB` extra field). */
export async function readLocalHeader(src: ByteSource, entry: ZipEntry): Promise<LocalHeader | ZipProblem> {
  const h = await src.read(entry.localHeaderOffset, LOCAL_HEADER_SIZE)
  if (h.length < LOCAL_HEADER_SIZE || u32(h, 0) !== SIG_LOCAL) {
    return { kind: 'malformed', member: entry.name, message: `member \`${entry.name}\`: no local header at offset ${entry.localHeaderOffset}` }
  }
  const nameLen = u16(h, 26)
  const extraLen = u16(h, 28)
  const nameBytes = await src.read(entry.localHeaderOffset + LOCAL_HEADER_SIZE, nameLen)
  return { dataStart: entry.localHeaderOffset + LOCAL_HEADER_SIZE + nameLen + extraLen, name: utf8.decode(nameBytes) }
}

const CRC_TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

/** zlib's CRC-32 (Node 20.15+, 22.2+): about 9x the table loop below (issue #13: 32 MiB in 61 ms vs 548 ms). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32

/** CRC-32 (ISO 3309 polynomial), as the zip format stores it. */
export function crc32(bytes: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(bytes) >>> 0
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export interface MemberBudget {
  /** Largest member inflated into memory (ScanLimits.maxMemberBytes). */
  maxMemberBytes: number
  /** Counts decompressed bytes against the scan total; false past it. */
  reserveUnpacked(bytes: number): boolean
}

export interface OpenedMember {
  source: ByteSource
  /** Absolute offset of the member data in the archive. */
  dataStart: number
  /** Inflated bytes, when the member was deflated (then `source` reads them). */
  inflated?: Uint8Array
  problems: ZipProblem[]
}

/** Local and central names differ: Python's zipfile refuses, miniz (torch) reads. */
export function localNameProblem(entry: ZipEntry, local: LocalHeader): ZipProblem | undefined {
  if (local.name === entry.name) return undefined
  return { kind: 'anomaly', member: entry.name, message: `member \`${entry.name}\` is named \`${local.name}\` in its local header: loaders disagree on which name counts` }
}

/** Reads the local header, checks the name, then opens the member (see openZipMemberAt). */
export async function openZipMember(src: ByteSource, entry: ZipEntry, budget: MemberBudget): Promise<OpenedMember | ZipProblem[]> {
  const local = await readLocalHeader(src, entry)
  if ('kind' in local) return [local]
  const nameProblem = localNameProblem(entry, local)
  const opened = await openZipMemberAt(src, entry, local, budget)
  if (nameProblem) (Array.isArray(opened) ? opened : opened.problems).unshift(nameProblem)
  return opened
}

/**
 * Opens a member whose local header was read: STORED members are a window of the archive (nothing
 * read yet), DEFLATED ones are inflated into memory, bounded by the budget (a declared size that
 * lies is a zip bomb sign). Returns only problems when the member cannot be read.
 */
export async function openZipMemberAt(src: ByteSource, entry: ZipEntry, local: LocalHeader, budget: MemberBudget): Promise<OpenedMember | ZipProblem[]> {
  const m = entry.name
  const problems: ZipProblem[] = []
  if (local.dataStart + entry.compressedSize > src.size) {
    problems.push({ kind: 'malformed', member: m, message: `member \`${m}\` (${entry.compressedSize} bytes at ${local.dataStart}) runs past the end of the file: truncated` })
    return problems
  }
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      problems.push({ kind: 'anomaly', member: m, message: `stored member \`${m}\` declares ${entry.compressedSize} bytes stored but ${entry.uncompressedSize} bytes uncompressed` })
    }
    return { source: new SliceSource(src, local.dataStart, entry.compressedSize), dataStart: local.dataStart, problems }
  }
  if (entry.method !== METHOD_DEFLATED) return problems
  if (entry.compressedSize > budget.maxMemberBytes || entry.uncompressedSize > budget.maxMemberBytes) {
    return openLargeDeflated(src, entry, local, budget, problems)
  }
  if (!budget.reserveUnpacked(entry.uncompressedSize)) {
    problems.push({ kind: 'limit', member: m, message: `inflating member \`${m}\` would pass the scan's total unpacked-bytes limit; not inflated` })
    return problems
  }
  const packed = await src.read(local.dataStart, entry.compressedSize)
  // Streamed into one buffer (never a list of chunks plus a concat), stopped at the member limit.
  let out = await inflateBounded(packed, entry.uncompressedSize, entry.uncompressedSize)
  if (out.over) {
    // More than it declares: measure without keeping anything, then read it only if it is within
    // the member limit (a lying size is an anomaly; a bomb stops at the limit, never allocated).
    const sum = await measureInflated(new MemorySource(packed), budget.maxMemberBytes)
    if (sum.over) {
      problems.push({ kind: 'limit', member: m, message: `member \`${m}\` inflates to more than the ${budget.maxMemberBytes}-byte member limit although it declares ${entry.uncompressedSize} bytes (zip bomb)` })
      return problems
    }
    out = await inflateBounded(packed, sum.size, sum.size)
  }
  if (out.error !== undefined) {
    problems.push({ kind: 'malformed', member: m, message: `member \`${m}\` is not valid deflate data: ${out.error}` })
    return problems
  }
  const inflated = out.data
  if (inflated.length !== entry.uncompressedSize) {
    problems.push({ kind: 'anomaly', member: m, message: `member \`${m}\` inflates to ${inflated.length} bytes but declares ${entry.uncompressedSize}` })
    if (inflated.length > entry.uncompressedSize && !budget.reserveUnpacked(inflated.length - entry.uncompressedSize)) {
      problems.push({ kind: 'limit', member: m, message: `member \`${m}\` passed the scan's total unpacked-bytes limit` })
      return problems
    }
  }
  if (crc32(inflated) !== entry.crc32) {
    problems.push({ kind: 'anomaly', member: m, message: `member \`${m}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` })
  }
  return { source: new MemorySource(inflated), dataStart: local.dataStart, inflated, problems }
}

/** Every name listed more than once (loaders disagree on which copy wins: Python takes the last, miniz a sorted lookup). */
export function duplicateNameProblems(entries: ZipEntry[]): ZipProblem[] {
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1)
  return [...counts].filter(([, n]) => n > 1).map(([name, n]) => ({
    kind: 'anomaly' as const,
    member: name,
    message: `member name \`${name}\` appears ${n} times: loaders disagree on which copy they read (every copy was scanned)`
  }))
}

/** CRC check for bytes already in memory (a stored member read whole). */
export function crcProblem(entry: ZipEntry, bytes: Uint8Array): ZipProblem | undefined {
  if (bytes.length !== entry.uncompressedSize || crc32(bytes) === entry.crc32) return undefined
  return { kind: 'anomaly', member: entry.name, message: `member \`${entry.name}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` }
}

/** Largest member inflated as a stream (read through a window, never held whole); past it: `limit`. */
export const MAX_STREAMED_MEMBER_BYTES = 64 * 1024 ** 3

/**
 * A deflated member over the member limit: one streaming pass measures its real size and CRC
 * (stopping a bomb at its declared size), then it is read through a window of the member limit.
 */
async function openLargeDeflated(src: ByteSource, entry: ZipEntry, local: LocalHeader, budget: MemberBudget, problems: ZipProblem[]): Promise<OpenedMember | ZipProblem[]> {
  const m = entry.name
  if (entry.uncompressedSize > MAX_STREAMED_MEMBER_BYTES) {
    problems.push({ kind: 'limit', member: m, message: `member \`${m}\` declares ${entry.uncompressedSize} bytes, over the ${MAX_STREAMED_MEMBER_BYTES}-byte limit for streamed members; not inflated` })
    return problems
  }
  if (!budget.reserveUnpacked(entry.uncompressedSize)) {
    problems.push({ kind: 'limit', member: m, message: `inflating member \`${m}\` would pass the scan's total unpacked-bytes limit; not inflated` })
    return problems
  }
  const compressed = new SliceSource(src, local.dataStart, entry.compressedSize)
  const sum = await measureInflated(compressed, entry.uncompressedSize)
  if (sum.error !== undefined) {
    problems.push({ kind: 'malformed', member: m, message: `member \`${m}\` is not valid deflate data: ${sum.error}` })
    return problems
  }
  if (sum.over) {
    problems.push({ kind: 'limit', member: m, message: `member \`${m}\` inflates to more than the ${entry.uncompressedSize} bytes it declares (zip bomb); not scanned` })
    return problems
  }
  if (sum.size !== entry.uncompressedSize) {
    problems.push({ kind: 'anomaly', member: m, message: `member \`${m}\` inflates to ${sum.size} bytes but declares ${entry.uncompressedSize}` })
  }
  if (sum.crc32 !== entry.crc32) {
    problems.push({ kind: 'anomaly', member: m, message: `member \`${m}\` fails its CRC-32 check (torch ignores CRCs, Python's zipfile refuses the member)` })
  }
  return { source: new InflatingSource(compressed, sum.size, budget.maxMemberBytes), dataStart: local.dataStart, problems }
}

/** Inflates raw deflate data into one buffer of at most `max` bytes; `over` when the stream holds more. */
export async function inflateBounded(packed: Uint8Array, declared: number, max: number): Promise<{ data: Uint8Array; over: boolean; error?: string }> {
  const out = new Uint8Array(Math.min(declared, max))
  let n = 0
  let over = false
  const inflate = createInflateRaw()
  return new Promise(resolve => {
    const finish = (error?: string): void => resolve({ data: out.subarray(0, n), over, ...(error !== undefined ? { error } : {}) })
    inflate.on('data', (c: Buffer) => {
      if (over) return
      if (n + c.length > out.length) {
        over = true
        inflate.destroy()
        finish()
        return
      }
      out.set(c, n)
      n += c.length
    })
    inflate.on('error', (e: Error) => finish(e.message))
    inflate.on('end', () => finish())
    inflate.end(packed)
  })
}
