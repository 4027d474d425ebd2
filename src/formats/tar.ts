// Tar reader through a ByteSource: 512-byte headers (v7, ustar, GNU, pax), member data windows.
// Layout from POSIX pax(1) "ustar Interchange Format" and GNU tar's `tar.h` (L/K long names,
// base-256 sizes); pax `path`/`size` records as in Python's tarfile `_proc_pax`.
import type { ByteSource } from '../types.js'

export const TAR_BLOCK = 512

/** A pax or GNU long-name record bigger than this is not read (names are short). */
const MAX_LONG_HEADER_BYTES = 1024 * 1024

const REGULAR_TYPES = new Set(['0', '\0', '7'])
const GNU_LONGNAME = 'L'
const GNU_LONGLINK = 'K'
const PAX_LOCAL = 'x'
const PAX_GLOBAL = 'g'

export interface TarEntry {
  name: string
  /** Header type flag (`0` file, `5` directory, `2` symlink …). */
  type: string
  size: number
  /** Absolute offset of the member data (header + 512). */
  dataStart: number
}

export interface TarProblem {
  kind: 'malformed' | 'limit'
  message: string
}

export interface TarListing {
  /** Regular-file members, in archive order. */
  files: TarEntry[]
  /** Other members (directories, links, devices) that carry no data to scan. */
  others: TarEntry[]
  problems: TarProblem[]
}

const latin1 = new TextDecoder('latin1')
const utf8 = new TextDecoder('utf-8')

function cString(b: Uint8Array, at: number, len: number): string {
  const field = b.subarray(at, at + len)
  const nul = field.indexOf(0)
  return utf8.decode(nul < 0 ? field : field.subarray(0, nul))
}

/** Numeric field: octal text, or GNU base-256 when the high bit of the first byte is set. */
function numeric(b: Uint8Array, at: number, len: number): number | undefined {
  if (b[at] & 0x80) {
    let v = b[at] & 0x7f
    for (let i = 1; i < len; i++) v = v * 256 + b[at + i]
    return Number.isSafeInteger(v) ? v : undefined
  }
  const text = latin1.decode(b.subarray(at, at + len)).replace(/[\0 ]+$/, '').trim()
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) return undefined
  const v = parseInt(text, 8)
  return Number.isSafeInteger(v) ? v : undefined
}

/** Header checksum: sum of all bytes with the checksum field read as spaces (signed sums are accepted too, as tarfile does). */
function checksumOk(h: Uint8Array): boolean {
  const stored = numeric(h, 148, 8)
  if (stored === undefined) return false
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < TAR_BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i]
    unsigned += c
    signed += c > 127 ? c - 256 : c
  }
  return stored === unsigned || stored === signed
}

function isZeroBlock(h: Uint8Array): boolean {
  for (let i = 0; i < h.length; i++) if (h[i] !== 0) return false
  return true
}

/** True when the first block is a tar header with a valid checksum (v7 tars have no magic). */
export function looksLikeTar(head: Uint8Array): boolean {
  return head.length >= TAR_BLOCK && !isZeroBlock(head.subarray(0, TAR_BLOCK)) && checksumOk(head.subarray(0, TAR_BLOCK))
}

/** Parses pax extended-header records `"<len> <key>=<value>\n"`. */
function paxRecords(body: Uint8Array): Map<string, string> {
  const out = new Map<string, string>()
  const text = utf8.decode(body)
  let p = 0
  while (p < text.length) {
    const m = /^(\d+) /.exec(text.slice(p, p + 24))
    if (!m) break
    const len = Number(m[1])
    if (len <= m[0].length) break
    const rec = text.slice(p + m[0].length, p + len).replace(/\n$/, '')
    const eq = rec.indexOf('=')
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1))
    p += len
  }
  return out
}

function roundUp(n: number): number {
  return Math.ceil(n / TAR_BLOCK) * TAR_BLOCK
}

/**
 * Lists the members of a tar. A bad header (checksum, size) or a member running past the end
 * stops the listing with a `malformed` problem; what was listed before still counts.
 */
export async function readTarEntries(src: ByteSource, maxEntries: number): Promise<TarListing> {
  const listing: TarListing = { files: [], others: [], problems: [] }
  let pos = 0
  let longName: string | undefined
  let pax = new Map<string, string>()
  let globalPax = new Map<string, string>()
  while (pos + TAR_BLOCK <= src.size) {
    const h = await src.read(pos, TAR_BLOCK)
    if (isZeroBlock(h)) return listing
    if (!checksumOk(h)) {
      listing.problems.push({ kind: 'malformed', message: `tar header at offset ${pos} has a bad checksum: the archive is corrupt or not a tar` })
      return listing
    }
    const size = numeric(h, 124, 12)
    if (size === undefined) {
      listing.problems.push({ kind: 'malformed', message: `tar header at offset ${pos} has an unreadable size field` })
      return listing
    }
    const type = String.fromCharCode(h[156])
    const dataStart = pos + TAR_BLOCK
    if (dataStart + size > src.size) {
      listing.problems.push({ kind: 'malformed', message: `tar member at offset ${pos} declares ${size} bytes but the file ends first: truncated` })
      return listing
    }
    pos = dataStart + roundUp(size)
    if (type === GNU_LONGNAME || type === GNU_LONGLINK || type === PAX_LOCAL || type === PAX_GLOBAL) {
      if (size > MAX_LONG_HEADER_BYTES) {
        listing.problems.push({ kind: 'limit', message: `tar extended header of ${size} bytes at offset ${dataStart - TAR_BLOCK} is over the ${MAX_LONG_HEADER_BYTES}-byte limit` })
        return listing
      }
      const body = await src.read(dataStart, size)
      if (type === GNU_LONGNAME) longName = cString(body, 0, body.length)
      else if (type === PAX_LOCAL) pax = paxRecords(body)
      else if (type === PAX_GLOBAL) globalPax = new Map([...globalPax, ...paxRecords(body)])
      continue
    }
    const magic = latin1.decode(h.subarray(257, 263))
    const prefix = magic.startsWith('ustar') && magic !== 'ustar ' ? cString(h, 345, 155) : ''
    const headerName = prefix ? `${prefix}/${cString(h, 0, 100)}` : cString(h, 0, 100)
    const name = pax.get('path') ?? longName ?? globalPax.get('path') ?? headerName
    const paxSize = pax.get('size')
    const realSize = paxSize !== undefined && /^\d+$/.test(paxSize) ? Number(paxSize) : size
    if (realSize !== size) {
      if (dataStart + realSize > src.size) {
        listing.problems.push({ kind: 'malformed', message: `tar member \`${name}\` declares ${realSize} bytes (pax size) but the file ends first: truncated` })
        return listing
      }
      pos = dataStart + roundUp(realSize)
    }
    longName = undefined
    pax = new Map()
    const entry: TarEntry = { name, type, size: realSize, dataStart }
    if (listing.files.length + listing.others.length >= maxEntries) {
      listing.problems.push({ kind: 'limit', message: `tar lists more than ${maxEntries} members; only the first ${maxEntries} were scanned` })
      return listing
    }
    if (REGULAR_TYPES.has(type)) listing.files.push(entry)
    else listing.others.push(entry)
  }
  // A missing end marker (two zero blocks) is accepted, as Python's tarfile and GNU tar do.
  if (pos < src.size) {
    listing.problems.push({ kind: 'malformed', message: `tar ends inside a header block at offset ${pos}: truncated` })
  }
  return listing
}
