// What the engine hands a format handler, and what a handler gives back.
import type { ByteSource, FileFormat, FileStatus, Finding, TensorInfo } from '../types.js'

/** Limits of one scan. Each is a named constant with the finding it produces where it is enforced. */
export interface ScanLimits {
  /** Files (including archive members) analysed in one scan; past it: `resource-limit`. */
  maxFiles: number
  /** Archive-in-archive nesting; past it: `resource-limit`. */
  maxArchiveDepth: number
  /** Members listed per archive; past it: `resource-limit`. */
  maxArchiveMembers: number
  /** Total bytes decompressed from archives in one scan; past it: `resource-limit`. */
  maxUnpackedBytes: number
  /** Largest single member decompressed into memory; past it: `resource-limit`. */
  maxMemberBytes: number
  /** Largest pickle stream read into memory; past it: `resource-limit`. */
  maxPickleBytes: number
  /** Wall-clock budget per file in milliseconds; past it: `resource-limit`. */
  maxMillisPerFile: number
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxFiles: 100_000,
  maxArchiveDepth: 4,
  maxArchiveMembers: 65_536,
  maxUnpackedBytes: 4 * 1024 ** 3,
  // Members and pickles are held in memory whole: 32 MiB keeps one such file plus the process under
  // the 150 MB peak-RSS target (a real data.pkl is kilobytes to a few MB, even for 70B models).
  maxMemberBytes: 32 * 1024 ** 2,
  maxPickleBytes: 32 * 1024 ** 2,
  maxMillisPerFile: 120_000
}

export interface FileContext {
  /** Path as reported: relative to the scan root, `/` separators, `a.zip!/m` inside archives. */
  path: string
  /** Last path component (member name inside archives). */
  name: string
  /** Read tensor data too (NaN/Inf, untrained adapters, byte comparisons). */
  deep: boolean
  /** Archive nesting depth: 0 for a file on disk. */
  depth: number
  /** Lint Python files and notebooks (the `code` rules; default true); off with --no-code / `code: false`. */
  code?: boolean
  limits: ScanLimits
  /** Parsed adapter_config.json beside this file, when there is one (for PEFT-aware messages). */
  siblingConfig?: Record<string, unknown>
  /**
   * For container handlers (zip, tar, gzip): analyse a member like a file on disk. The member is
   * sniffed by content, reported as its own file at `memberPath`, and nested with depth + 1.
   */
  scanMember(memberPath: string, src: ByteSource): Promise<void>
  /** Counts bytes decompressed from archives; returns false (and the caller reports) past the limit. */
  reserveUnpacked(bytes: number): boolean
}

export interface HandlerResult {
  /** The format as finally recognised (a zip handler may answer `pytorch-zip`, `npz` or `zip`). */
  format: FileFormat
  findings: Finding[]
  tensors?: TensorInfo[]
  metadata?: Record<string, string>
  json?: { text: string; value: unknown; error?: string }
  facts?: Record<string, unknown>
  /** Defaults to `ok` / `findings` from the findings list. */
  status?: FileStatus
}

/** A format handler: reader + the checks that need only this one file. */
export type Handler = (src: ByteSource, head: Uint8Array, ctx: FileContext) => Promise<HandlerResult>
