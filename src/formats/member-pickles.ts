// Pickles hidden in archive members under any name (picklescan GHSA-769v: `data.txt` in a torch
// zip). Every member is sniffed by its first bytes; one that may be a pickle is scanned in a window
// first, so raw tensor bytes that merely start like a pickle cost a few KiB, not the whole storage.
import type { ByteSource } from '../types.js'
import { scanPickles, type PickleRun } from './pickle/index.js'
// The opcode table is the pickle reader's own (not re-exported by its index).
import { OPCODES } from './pickle/opcodes.js'

/** Bytes read from a member to decide whether it may be a pickle. */
export const PICKLE_SNIFF_BYTES = 16
/** First window scanned for a member that may be a pickle; the whole member is read only if it looks like a real pickle. Tensor bytes fail within a few bytes. */
export const HIDDEN_WINDOW_BYTES = 4 * 1024
/** First window for pickles stacked with raw data (legacy torch, torch tar); doubled while a pickle runs past it. */
export const STACK_WINDOW_BYTES = 64 * 1024

/** Opcodes a protocol 0/1 pickle can start with (no PROTO opcode there): MARK, GLOBAL, DICT, LIST, INST, NONE, ints, strings … */
const PROTO01_FIRST = new Set('(cdl}]I)N.SVFLJKMGTUXhjqr'.split('').map(c => c.charCodeAt(0)))
const PROTO = 0x80
const HIGHEST_PROTOCOL = 5
/** Problem codes of the pickle machine that mean "the bytes ran out" (a bigger window may help). */
const TRUNCATION_CODES = new Set(['truncated', 'missing-stop'])

export type PickleSniff = 'protocol' | 'opcode' | 'none'

/** `protocol`: starts with PROTO 0..5 (what picklescan sniffs); `opcode`: could be a protocol 0/1 pickle. */
export function sniffPickle(head: Uint8Array): PickleSniff {
  if (head.length >= 2 && head[0] === PROTO && head[1] <= HIGHEST_PROTOCOL) return 'protocol'
  if (head.length >= 1 && PROTO01_FIRST.has(head[0])) return 'opcode'
  return 'none'
}

/** One run from several (members of a stack, or pickles read piece by piece). */
export function mergeRuns(runs: PickleRun[]): PickleRun {
  return {
    end: runs.length ? runs[runs.length - 1].end : 0,
    pickles: runs.reduce((n, r) => n + r.pickles, 0),
    imports: runs.flatMap(r => r.imports),
    problems: runs.flatMap(r => r.problems),
    tensors: runs.flatMap(r => r.tensors),
    values: runs.flatMap(r => r.values)
  }
}

/** A dotted Python name; anything else fails in `find_class` (`__import__`), so it cannot run. */
const PYTHON_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/

/**
 * True when a run imported something outside the allow list that Python could really import (text
 * such as "copyright 2024\n..." parses as a protocol-0 GLOBAL of a module that cannot exist).
 * EXT1/2/4 registry codes and names the machine could not resolve (`<...>`) always count: fail closed.
 */
export function importsSomething(run: PickleRun): boolean {
  return run.imports.some(i => i.verdict !== 'allowed' && (importable(i.module, i.name) || i.opcode.startsWith('EXT') || i.module.startsWith('<') || i.name.startsWith('<')))
}

function importable(module: string, name: string): boolean {
  return PYTHON_NAME.test(module) && PYTHON_NAME.test(name)
}

export interface HiddenPickle {
  run: PickleRun
  /** The member is bigger than the limit: only its first `maxBytes` were scanned. */
  truncated: boolean
}

/**
 * Scans a member that sniffed like a pickle. Returns a run only when the member imports something
 * outside the allow list: raw tensor data that happens to start like a pickle is not a finding.
 */
export async function scanHiddenPickle(src: ByteSource, maxBytes: number): Promise<HiddenPickle | undefined> {
  const head = await src.read(0, PICKLE_SNIFF_BYTES)
  if (sniffPickle(head) === 'none') return undefined
  let window = await src.read(0, Math.min(src.size, maxBytes, HIDDEN_WINDOW_BYTES))
  let run = scanPickles(window)
  // A real pickle (one parsed, an import, or bytes that ran out mid-pickle) is read whole (bounded).
  const real = run.pickles > 0 || importsSomething(run) || !stoppedOnBadBytes(window, run, src.size)
  if (real && window.length < Math.min(src.size, maxBytes)) {
    window = await src.read(0, Math.min(src.size, maxBytes))
    run = scanPickles(window)
  }
  if (!importsSomething(run)) return undefined
  // Text starting with a GLOBAL-like line ("cat\ndog\n" reads as an import of at.dog) is not a pickle
  // until it acts like one: a complete pickle, a callable called, or a stop of our own making (a
  // limit, an internal error, bytes past the window) after which CPython would read on.
  const truncated = src.size > maxBytes
  const actsLikePickle = run.pickles > 0 || (run.calls ?? 0) > 0 || truncated || run.problems.some(p => p.code === 'limit' || p.code === 'internal')
  if (!actsLikePickle) return undefined
  return { run, truncated }
}

/**
 * True when parsing stopped on bad content rather than on running out of bytes (so a bigger window
 * would not help). After complete pickles the machine reports the rest as `junk-after-stop`; the
 * incomplete pickle is parsed again alone to learn why it stopped. `available` is how many bytes
 * the source has from the window start: an argument declared longer than that fails in pickle.load too.
 */
export function stoppedOnBadBytes(window: Uint8Array, run: PickleRun, available: number): boolean {
  if (run.problems.length === 0) return false
  const tail = run.pickles > 0 ? scanPickles(window, { start: run.end, maxPickles: 1 }) : run
  return tail.problems.some(p => !TRUNCATION_CODES.has(p.code) || declaredPastEnd(window, p.offset, available))
}

/** Bytes of the length prefix of each length-prefixed argument kind (pickletools ArgumentDescriptor). */
const LENGTH_PREFIX: Partial<Record<string, 1 | 4 | 8>> = {
  string1: 1, bytes1: 1, unicodestring1: 1, long1: 1,
  string4: 4, bytes4: 4, unicodestring4: 4, long4: 4,
  bytes8: 8, bytearray8: 8, unicodestring8: 8
}
const FRAME = 0x95

/** Whether the opcode at `at` declares an argument (or frame) that ends past `available` bytes. */
function declaredPastEnd(window: Uint8Array, at: number, available: number): boolean {
  const op = OPCODES[window[at]]
  const width = op?.code === FRAME ? 8 : op ? LENGTH_PREFIX[op.arg] : undefined
  if (!width || at + 1 + width > window.length) return false
  const dv = new DataView(window.buffer, window.byteOffset + at + 1, width)
  const len = width === 1 ? dv.getUint8(0) : width === 4 ? dv.getInt32(0, true) : Number(dv.getBigInt64(0, true))
  return len < 0 || at + 1 + width + len > available
}

export interface PickleAt {
  run: PickleRun
  /** Absolute offset after the pickles read (where parsing stopped). */
  end: number
  /** The pickle did not end within `maxBytes`. */
  capped: boolean
}

/**
 * Scans `count` pickles starting at `offset` of a source that mixes pickles and raw data (torch's
 * tar `storages`/`tensors` members), reading a growing window so raw data after them is not read.
 */
export async function scanPicklesAt(src: ByteSource, offset: number, count: number, maxBytes: number): Promise<PickleAt> {
  const cap = Math.min(src.size - offset, maxBytes)
  let size = Math.min(cap, STACK_WINDOW_BYTES)
  for (;;) {
    const window = await src.read(offset, size)
    const run = scanPickles(window, { maxPickles: count })
    if (run.pickles >= count || size >= cap || stoppedOnBadBytes(window, run, src.size - offset)) {
      return { run, end: offset + run.end, capped: run.pickles < count && size >= cap && cap < src.size - offset }
    }
    size = Math.min(cap, size * 2)
  }
}
