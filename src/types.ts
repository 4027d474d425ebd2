// The shared vocabulary of the pipeline: discover → formats → checks → report.
import type { JsonParseResult } from './formats/json.js'

/** Severity of a finding, highest first: critical > error > warning > note. */
export type Severity = 'critical' | 'error' | 'warning' | 'note'

export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'note']

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, error: 3, warning: 2, note: 1 }

/** `fail-on` threshold: a severity, or `never`. */
export type FailOn = Severity | 'never'

/** A finding as it appears in every report (the JSON report's `findings[]` is exactly this). */
export interface Finding {
  ruleId: string
  severity: Severity
  /** Relative to the scan root, `/` separators; archive members are `archive.zip!/inner/path`. */
  path: string
  /** 1-based line, only for text files (JSON configs). */
  line?: number
  /** 1-based column (UTF-16 code units) on that line, where a rule knows it (code rules). */
  column?: number
  /** One paragraph in plain words. */
  message: string
  /** A concrete fix. */
  fix: string
  /** Link to the rule's section in docs/rules.md. */
  helpUri: string
  /** Tensor names the finding is about, when there are some. */
  tensors?: string[]
  /** Set when a suppression in the config file matched: the finding is still counted and listed. */
  suppressed?: { reason: string }
}

/** What a file turned out to be, judged by content. */
export type FileFormat =
  | 'safetensors'
  | 'pytorch-zip'
  | 'pytorch-legacy'
  | 'pytorch-tar'
  | 'pickle'
  | 'npy'
  | 'npz'
  | 'zip'
  | 'tar'
  | 'gzip'
  | 'lfs-pointer'
  | 'json'
  | 'python'
  | 'notebook'
  | 'unknown'
  | '7z'

/** `ok`: read fully and no finding; `findings`: read, with findings; `skipped`: not scanned; `error`: could not be read. */
export type FileStatus = 'ok' | 'findings' | 'skipped' | 'error'

/**
 * One tensor (state-dict entry) as a reader recovered it, without its data.
 * dtype uses safetensors' names (F32, BF16, I64, BOOL, …) whatever the source format.
 */
export interface TensorInfo {
  name: string
  dtype: string
  shape: number[]
  /** safetensors: [begin, end) byte offsets relative to the start of the data buffer. */
  dataOffsets?: [number, number]
  /** Absolute file offset of the data buffer start (safetensors: 8 + N). */
  dataStart?: number
  /** Pickle checkpoints: which storage the tensor views and how. */
  storage?: {
    /** Storage key (zip: `data/<key>` member; legacy: root key). */
    key: string
    /** Offset into the storage, in elements. */
    offset: number
    /** Element count of the whole storage (from the persistent id). */
    numel: number
    /** Bytes per element of the storage dtype. */
    itemsize: number
  }
  /** Pickle checkpoints: strides in elements. */
  stride?: number[]
}

/** The result of analysing one file (or archive member). */
export interface FileAnalysis {
  path: string
  format: FileFormat
  bytes: number
  status: FileStatus
  /** Bytes actually read from the file (for the header-only promise). */
  bytesRead: number
  findings: Finding[]
  tensors?: TensorInfo[]
  /** safetensors `__metadata__`. */
  metadata?: Record<string, string>
  /** JSON files the adapter checks need (adapter_config.json, shard indexes): raw text and parsed value. */
  json?: { text: string; value: unknown; error?: string; parsed?: JsonParseResult }
  /** Extra facts a reader wants to hand to later checks (kept out of the JSON report). */
  facts?: Record<string, unknown>
}

/** Random access to the bytes of a file or archive member. */
export interface ByteSource {
  readonly size: number
  /** Reads up to `length` bytes at `offset` (fewer at end of file). */
  read(offset: number, length: number): Promise<Uint8Array>
  /** Bytes read so far through this source. */
  readonly bytesRead: number
  /**
   * A hint: many small reads of [offset, offset + length) follow (a zip's local headers and member
   * starts). A source may fetch the span at once; reads are served and counted as before.
   */
  prefetch?(offset: number, length: number): Promise<void>
}

export interface ScanSummary {
  files: number
  findings: number
  suppressed: number
  bySeverity: Record<Severity, number>
  highestSeverity: Severity | 'none'
  failed: boolean
  failOn: FailOn
  bytesRead: number
  /**
   * What the scan did not read, and why (LFS pointers, archives nested past the depth limit, files
   * or members past a limit): a `fail-on` gate must not pass these silently (issue #10 item 11).
   */
  notScanned?: Array<{ path: string; reason: string }>
}

/** The JSON report (public contract). */
export interface ScanReport {
  tool: { name: string; version: string }
  root: string
  /** `bytesRead`: bytes read from the file (over HTTP: bytes fetched), the header-only promise per file. */
  files: Array<Pick<FileAnalysis, 'path' | 'format' | 'bytes' | 'status' | 'bytesRead'>>
  findings: Finding[]
  summary: ScanSummary
  /** Set when the scan ran with `--shard I/N` (the `shard` input): this report covers one part. */
  shard?: ShardInfo
  /** Set by `adapter-guard merge`: how many shard reports were merged, and which were missing. */
  merged?: MergeInfo
}

/** One part of a sharded scan, 1-based: `{ index: 2, count: 5 }` is `--shard 2/5`. */
export interface ShardInfo {
  index: number
  count: number
}

export interface MergeInfo {
  /** Shard count the reports declare (N of I/N). */
  count: number
  /** Shard indexes merged, ascending. */
  shards: number[]
  /** Shard indexes of 1..N with no report: their files were not scanned. */
  missing: number[]
}
