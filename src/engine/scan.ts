// The one scan engine behind the CLI and the Action: discover → formats → checks → report data.
import { dirname, resolve } from 'node:path'
import type { ByteSource, FailOn, FileAnalysis, FileFormat, Finding, ScanReport, Severity, ShardInfo } from '../types.js'
import { SEVERITIES, SEVERITY_RANK } from '../types.js'
import { discover, type DiscoverOptions } from '../discover/files.js'
import { SNIFF_BYTES, extname, sniff, worthOpening } from '../discover/sniff.js'
import { FileSource } from '../formats/source.js'
import { isJsonObject } from '../formats/json.js'
import { finding } from '../checks/rules.js'
import { applySuppressions, type Suppression } from '../checks/suppressions.js'
import { DEFAULT_LIMITS, type FileContext, type HandlerResult, type ScanLimits } from './context.js'
import { HANDLERS } from './handlers.js'
import { POST_CHECKS } from './post-checks.js'
import { memoryEstimate } from './memory-budget.js'
import { codePass } from './code-pass.js'
import type { BaseOption } from '../checks/adapter/base-mismatch.js'
import { VERSION } from '../version.js'
import { ByteGate } from './gate.js'
import { hashShard, planShards, shardUnit, withSizes } from './shard.js'
import { isCodeFile } from '../discover/code-files.js'
import { isInside } from '../discover/contain.js'
import type { Candidate } from '../discover/files.js'
import { poolWidth, runWorker, splitForPool, workerScript, type WorkerScanInput } from './pool.js'

export interface ScanOptions extends DiscoverOptions {
  deep?: boolean
  failOn?: FailOn
  limits?: Partial<ScanLimits>
  suppressions?: Suppression[]
  /** Severities suppressions may not silence (e.g. critical, when the change edits the config itself). */
  unsuppressible?: Severity[]
  /** Files to scan given as relative paths (PR scope); when set, discovery globs are not walked. */
  onlyFiles?: string[]
  /** How many files are read at once. */
  concurrency?: number
  /** Files that are not on disk (Hub repos, release assets read by range): scanned instead of discovering under the root. */
  sources?: SourceCandidate[]
  /** Findings found before the scan (a remote repo that could not be listed). */
  findings?: Finding[]
  /** Base model for adapter-base-mismatch (CLI --base/--remote-base, Action base-model). */
  base?: BaseOption
  /** Scan only this part of the files (`--shard I/N`); directories are never split. */
  shard?: ShardInfo
  /** Called as files on disk finish (progress display); never called for archive members. */
  onProgress?: (p: ScanProgress) => void
  /**
   * Worker threads for the per-file work (src/engine/pool.ts): a number (0 or 1: none) or `auto`
   * (half the cores, up to four, from POOL_MIN_CORES cores and POOL_MIN_FILES files). Default none. With workers, `analyses`
   * of the result is empty (they stay in the threads); the report is the same.
   */
  workers?: number | 'auto'
  /** Files already discovered (a worker's part of a pool scan): discovery is skipped. */
  candidates?: Candidate[]
  /** Budget of the bytes-in-flight gate (default HEAVY_BYTES_IN_FLIGHT; a pool divides it among its workers). */
  bytesInFlight?: number
}

export interface ScanProgress {
  filesDone: number
  filesTotal: number
  bytesDone: number
  bytesTotal: number
}

/** A file given as a byte source rather than a path on disk; `rel` is its reported path. */
export interface SourceCandidate {
  rel: string
  open(): Promise<ByteSource & { close?(): Promise<void> }>
  /** Findings about how the file was read (a server that ignored Range), asked once it is analysed. */
  after?(src: ByteSource): Finding[]
}

export interface ScanResult {
  report: ScanReport
  analyses: FileAnalysis[]
}

/** Files analysed at once: enough to overlap I/O waits (open, read, close) of many small files. */
export const DEFAULT_CONCURRENCY = 8

/**
 * Budget of the bytes-in-flight gate (estimates from memoryEstimate: a pickle read whole, an
 * inflated member, a dense safetensors header): with the 32 MiB member and pickle limits, several
 * small pickles or one inflating archive at once, which keeps the 150 MB peak-RSS target
 * (test/limits.test.ts); a file whose estimate exceeds it runs alone.
 */
export const HEAVY_BYTES_IN_FLIGHT = 80 * 1024 ** 2


export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn]
}

function statusOf(r: HandlerResult): FileAnalysis['status'] {
  if (r.status) return r.status
  return r.findings.length > 0 ? 'findings' : 'ok'
}

/**
 * The per-file time limit: one interval timer for the whole scan checks the files in progress
 * (a timer per file cost more than reading a small file's header; issue #13 profile).
 */
class Watchdog {
  private readonly running = new Set<{ start: number; expire: () => void }>()
  private timer: NodeJS.Timeout | undefined
  constructor(private readonly ms: number) {}
  async race<T>(p: Promise<T>): Promise<T | 'timeout'> {
    let entry!: { start: number; expire: () => void }
    const t = new Promise<'timeout'>(res => {
      entry = { start: performance.now(), expire: () => res('timeout') }
    })
    this.running.add(entry)
    this.timer ??= setInterval(() => this.check(), Math.max(1, Math.min(WATCHDOG_TICK_MS, this.ms / 4))).unref()
    try {
      return await Promise.race([p, t])
    } finally {
      this.running.delete(entry)
    }
  }
  private check(): void {
    const now = performance.now()
    for (const e of this.running) {
      if (now - e.start < this.ms) continue
      this.running.delete(e)
      e.expire()
    }
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }
}

/** How often the watchdog looks (a quarter of the limit when that is shorter). */
const WATCHDOG_TICK_MS = 250

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...opts.limits }
  const deep = opts.deep ?? false
  const failOn = opts.failOn ?? 'error'
  const disc = opts.candidates
    ? { files: opts.candidates, findings: [] }
    : opts.sources && (opts.targets ?? []).length === 0
      ? { files: [], findings: [] }
      : opts.onlyFiles
        ? await discover({ ...opts, targets: opts.onlyFiles, allFiles: false })
        : await discover(opts)
  let files = disc.files
  let discFindings = disc.findings
  if (opts.shard || opts.onProgress) files = await withSizes(files)
  if (opts.shard) {
    const spec = opts.shard
    const plan = planShards(files as Array<{ rel: string; size: number }>, spec.count, rel => worthOpening(rel) || isCodeFile(rel))
    // Discovery findings follow their directory; a directory the plan does not weigh goes by the hash of its name.
    const mine = (path: string) => (plan.shardOf.get(shardUnit(path)) ?? hashShard(shardUnit(path), spec.count)) === spec.index
    files = files.filter(f => mine(f.rel))
    discFindings = discFindings.filter(f => mine(f.path))
  }
  if (opts.workers !== undefined && opts.workers !== 0 && opts.workers !== 1 && !opts.sources && !opts.candidates && !opts.base?.hub?.fetch) {
    const script = workerScript()
    const weighs = (rel: string): boolean => worthOpening(rel) || isCodeFile(rel)
    let weighed = 0
    for (const f of files) if (weighs(f.rel)) weighed++
    const width = script ? poolWidth(weighed, opts.workers === 'auto' ? undefined : opts.workers) : 0
    if (script && width > 1) {
      const sized = await withSizes(files)
      // One directory (or one holding nearly everything) makes one part: then no thread is worth starting.
      const parts = splitForPool(sized, width, weighs).filter(part => part.length > 0)
      if (parts.length > 1) return scanInPool(script, sized, parts, discFindings, opts, { limits, deep, failOn })
    }
  }
  const analyses: FileAnalysis[] = []
  const findings: Finding[] = [...(opts.findings ?? []), ...discFindings]
  let unpacked = 0
  let analysed = 0
  let limitReported = false
  const memory = new ByteGate(opts.bytesInFlight ?? HEAVY_BYTES_IN_FLIGHT)
  const watchdog = new Watchdog(limits.maxMillisPerFile)

  // adapter_config.json per directory, so pickle readers can give PEFT-aware messages: the config
  // files on disk are analysed first (below) and their parsed value kept here, one read and one parse
  // each; remote ones are read up front.
  const configs = new Map<string, Record<string, unknown>>()
  const isConfigFile = (rel: string): boolean => rel.endsWith('adapter_config.json')
  for (const c of opts.sources ?? []) {
    if (!isConfigFile(c.rel)) continue
    try {
      const src = await c.open()
      try {
        if (src.size > 16 * 1024 * 1024) continue
        const value: unknown = JSON.parse(new TextDecoder().decode(await src.read(0, src.size)))
        if (isJsonObject(value)) configs.set(dirname(c.rel), value as Record<string, unknown>)
      } finally {
        await src.close?.()
      }
    } catch {
      // reported when the file itself is analysed
    }
  }

  // Entries left out of the report (unknown content under a non-checkpoint name), removed once at the end: a splice per file is quadratic.
  const dropped = new Set<FileAnalysis>()
  const analyse = async (path: string, src: ByteSource, depth: number): Promise<void> => {
    analysed++
    if (analysed > limits.maxFiles) {
      if (!limitReported) {
        limitReported = true
        findings.push(finding('resource-limit', { path, message: `The scan stopped opening files after ${limits.maxFiles} files (maxFiles); the rest were not scanned.` }))
      }
      return
    }
    const name = path.slice(path.lastIndexOf('/') + 1)
    const dir = path.includes('!/') ? dirname(path.slice(0, path.indexOf('!/'))) : dirname(path)
    const ctx: FileContext = {
      path,
      name,
      deep,
      depth,
      code: opts.code !== false,
      limits,
      siblingConfig: configs.get(dir),
      scanMember: (memberPath, memberSrc) => analyse(memberPath, memberSrc, depth + 1),
      reserveUnpacked: bytes => {
        unpacked += bytes
        return unpacked <= limits.maxUnpackedBytes
      }
    }
    const entry: FileAnalysis = { path, format: 'unknown', bytes: src.size, status: 'ok', bytesRead: 0, findings: [] }
    analyses.push(entry)
    try {
      const head = await src.read(0, SNIFF_BYTES)
      const format = sniff(head, name, src.size)
      const handler = HANDLERS[format] ?? HANDLERS.unknown
      entry.format = format
      if (!handler) {
        entry.status = 'skipped'
      } else {
        // Bytes in flight stay under the budget (heavy formats and dense headers; light files reserve
        // nothing); released when the handler really ends, not when the watchdog gives up on it.
        const estimate = depth === 0 ? memoryEstimate(format, head, src.size, limits) : 0
        const release = estimate > 0 ? await memory.acquire(estimate) : () => {}
        const running = handler(src, head, ctx)
        running.then(release, release)
        const r = await watchdog.race(running)
        if (r === 'timeout') {
          entry.status = 'error'
          entry.findings.push(
            finding('resource-limit', { path, message: `Reading this file took longer than ${limits.maxMillisPerFile / 1000} s (maxMillisPerFile); the scan moved on and the file is not known to be safe.` })
          )
        } else {
          entry.format = r.format
          entry.findings.push(...r.findings)
          entry.status = statusOf(r)
          if (r.tensors) entry.tensors = r.tensors
          if (r.metadata) entry.metadata = r.metadata
          if (r.json) entry.json = r.json
          if (r.facts) entry.facts = r.facts
          const disguise = disguisedAsSafetensors(path, name, r.format)
          if (disguise) {
            entry.findings.push(disguise)
            if (entry.status === 'ok') entry.status = 'findings'
          }
        }
      }
    } catch (e) {
      entry.status = 'error'
      entry.findings.push(
        finding('file-unreadable', { path, message: `The file could not be read to the end: ${(e as Error).message}. It is not known to be safe.` })
      )
    }
    entry.bytesRead = src.bytesRead
    // Every file on disk is sniffed (issue #10 item 11); one whose content is nothing we read (or an
    // LFS pointer of an image or a data file), and whose name is not a checkpoint's, is left out of
    // the report and the file count.
    if (depth === 0 && (entry.format === 'unknown' || entry.format === 'lfs-pointer') && entry.findings.length === 0 && !worthOpening(name)) {
      dropped.add(entry)
      analysed--
    }
  }

  // Python files and notebooks first, on their own fast path (src/engine/code-pass.ts).
  // A small pool: files are independent, and I/O waits overlap.
  const rest = opts.code === false ? [...files] : await codePass(files, analyses)
  const configQueue = rest.filter(f => isConfigFile(f.rel))
  const queue = configQueue.length > 0 ? rest.filter(f => !isConfigFile(f.rel)) : rest
  const progress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((n, f) => n + (f.size ?? 0), 0) }
  const width = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY)
  // A cursor, not shift(): shifting a 100,000-file array is quadratic.
  const diskWorker = async (q: { files: typeof queue; next: number }): Promise<void> => {
    for (;;) {
      const f = q.files[q.next++]
      if (!f) return
      let src: FileSource | undefined
      try {
        src = await FileSource.open(f.abs)
        await analyse(f.rel, src, 0)
      } catch (e) {
        findings.push(finding('file-unreadable', { path: f.rel, message: `Cannot open the file: ${(e as Error).message}.` }))
      } finally {
        await src?.close()
        progress.filesDone++
        // A deep scan counts bytes as its post-check reads tensor data; a header scan counts whole files.
        if (!deep) progress.bytesDone += f.size ?? src?.size ?? 0
        opts.onProgress?.({ ...progress })
      }
    }
  }
  // Configs first, so every weight file in their directory sees its config.
  const configCursor = { files: configQueue, next: 0 }
  await Promise.all(Array.from({ length: Math.min(width, configQueue.length) }, () => diskWorker(configCursor)))
  for (const a of analyses) {
    if (a.path.includes('!/') || !isConfigFile(a.path) || !isJsonObject(a.json?.value)) continue
    configs.set(dirname(a.path), a.json.value as Record<string, unknown>)
  }
  const cursor = { files: queue, next: 0 }
  const workers = Array.from({ length: width }, () => diskWorker(cursor))
  const remote = [...(opts.sources ?? [])]
  const remoteWorkers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    for (;;) {
      const c = remote.shift()
      if (!c) return
      let src: (ByteSource & { close?(): Promise<void> }) | undefined
      try {
        src = await c.open()
        await analyse(c.rel, src, 0)
        const extra = c.after?.(src) ?? []
        const entry = analyses.find(x => x.path === c.rel && !dropped.has(x))
        if (entry && extra.length > 0) {
          entry.findings.push(...extra)
          if (entry.status === 'ok') entry.status = 'findings'
        }
      } catch (e) {
        findings.push(finding('file-unreadable', { path: c.rel, message: `Cannot open the file: ${(e as Error).message}.` }))
      } finally {
        await src?.close?.()
      }
    }
  })
  await Promise.all([...workers, ...remoteWorkers]).finally(() => watchdog.stop())
  if (dropped.size > 0) {
    let w = 0
    for (const a of analyses) if (!dropped.has(a)) analyses[w++] = a
    analyses.length = w
  }
  analyses.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  for (const a of analyses) findings.push(...a.findings)
  // The root, and directories named on the command line outside it (trusted as named, like their files).
  const readRoots = [opts.root, ...(opts.targets ?? []).map(t => resolve(opts.root, t)).filter(t => !isInside(resolve(opts.root), t))]
  for (const check of POST_CHECKS) {
    try {
      const onDataRead = opts.onProgress
        ? (n: number) => {
            progress.bytesDone += n
            opts.onProgress?.({ ...progress })
          }
        : undefined
      findings.push(...(await check(analyses, { deep, root: opts.root, readRoots, maxMillisPerFile: limits.maxMillisPerFile, base: opts.base, onDataRead })))
    } catch (e) {
      findings.push(finding('file-unreadable', { path: '.', message: `A check failed unexpectedly: ${(e as Error).message}.` }))
    }
  }
  // Keep per-file statuses in step with findings added by cross-file checks.
  const byPath = new Map(analyses.map(a => [a.path, a]))
  for (const f of findings) {
    const a = byPath.get(f.path)
    if (a && a.status === 'ok') a.status = 'findings'
  }

  relativeMessages(findings, opts.root)
  const final = applySuppressions(findings, opts.suppressions ?? [], opts.unsuppressible ?? [])
  final.sort(compareFindings)
  const report = buildReport(opts.root, analyses, final, failOn)
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count }
  return { report, analyses }
}

/** Error texts from the OS name absolute paths (`ENOENT … '/home/runner/work/…'`): said relative to the root (issue #10). */
function relativeMessages(findings: Finding[], root: string): void {
  const rootDir = resolve(root)
  if (rootDir.length > 1) for (const f of findings) if (f.message.includes(rootDir)) f.message = f.message.split(`${rootDir}/`).join('').split(rootDir).join('.')
}

/**
 * The scan with its files split over worker threads (src/engine/pool.ts): each thread scans its part
 * (directories whole) and returns its report; the reports are joined as `adapter-guard merge` joins
 * shards. A part whose thread fails is scanned here instead, so no file goes unscanned.
 */
async function scanInPool(
  script: URL,
  files: Array<Candidate & { size: number }>,
  parts: Candidate[][],
  discFindings: Finding[],
  opts: ScanOptions,
  p: { limits: ScanLimits; deep: boolean; failOn: FailOn }
): Promise<ScanResult> {
  const n = parts.length
  const progress = { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((s, f) => s + f.size, 0) }
  const hub = opts.base?.hub
  const input = (candidates: Candidate[]): WorkerScanInput => ({
    root: opts.root,
    ...(opts.targets ? { targets: opts.targets } : {}),
    candidates,
    deep: p.deep,
    code: opts.code !== false,
    failOn: p.failOn,
    // The scan's budgets are shared out, so the process as a whole stays within them.
    limits: { ...p.limits, maxFiles: Math.ceil(p.limits.maxFiles / n), maxUnpackedBytes: Math.floor(p.limits.maxUnpackedBytes / n) },
    bytesInFlight: Math.floor((opts.bytesInFlight ?? HEAVY_BYTES_IN_FLIGHT) / n),
    suppressions: opts.suppressions ?? [],
    unsuppressible: opts.unsuppressible ?? [],
    ...(opts.base ? { base: { spec: opts.base.spec, remote: opts.base.remote, ...(hub ? { hub: { endpoint: hub.endpoint, token: hub.token } } : {}) } } : {})
  })
  const reports = await Promise.all(
    parts.map(part =>
      runWorker(script, input(part), (files, bytes) => {
        progress.filesDone += files
        progress.bytesDone += bytes
        opts.onProgress?.({ ...progress })
      }).catch(async () => (await scan({ ...opts, candidates: part, workers: 0, findings: [], shard: undefined, onProgress: undefined })).report)
    )
  )
  const own = [...(opts.findings ?? []), ...discFindings]
  relativeMessages(own, opts.root)
  const findings = [...reports.flatMap(r => r.findings), ...applySuppressions(own, opts.suppressions ?? [], opts.unsuppressible ?? [])].sort(compareFindings)
  const rows = reports.flatMap(r => r.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const report = buildReport(opts.root, rows.map(f => ({ ...f, findings: [] })), findings, p.failOn)
  if (opts.shard) report.shard = { index: opts.shard.index, count: opts.shard.count }
  return { report, analyses: [] }
}

/**
 * A file named `.safetensors` whose content is something else (a renamed pickle passes a naive
 * "safetensors only" policy): every safetensors loader fails on it, and its own findings still apply.
 */
function disguisedAsSafetensors(path: string, name: string, format: FileFormat): Finding | undefined {
  if (extname(name) !== '.safetensors' || format === 'safetensors' || format === 'lfs-pointer') return undefined
  const what = format === 'unknown' ? 'not a safetensors file' : `a ${format} file`
  return finding('safetensors-header-invalid', {
    path,
    message: `The file is named .safetensors but its content is ${what}: safetensors loaders fail on its first bytes (usually HeaderTooLarge), and renaming a pickle does not make it safe to load.`,
    fix: 'Save the tensors with safetensors (`adapter-guard convert` for a PyTorch checkpoint) instead of renaming the file.'
  })
}

/** What was not read and why, from the findings that say so (LFS pointers and resource limits). */
function notScannedOf(findings: Finding[]): Array<{ path: string; reason: string }> {
  const out: Array<{ path: string; reason: string }> = []
  for (const f of findings) {
    if (f.suppressed) continue
    if (f.ruleId === 'lfs-pointer') out.push({ path: f.path, reason: 'a Git LFS pointer stands where the file should be (checkout without `lfs: true`)' })
    else if (f.ruleId === 'resource-limit' || f.ruleId === 'file-unreadable') out.push({ path: f.path, reason: f.message.length > 200 ? `${f.message.slice(0, 199)}…` : f.message })
  }
  return out
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  const s = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
  if (s !== 0) return s
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0)
  if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0)
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0
}

export function buildReport(root: string, analyses: FileAnalysis[], findings: Finding[], failOn: FailOn): ScanReport {
  const bySeverity: Record<Severity, number> = { critical: 0, error: 0, warning: 0, note: 0 }
  let suppressed = 0
  for (const f of findings) {
    if (f.suppressed) suppressed++
    else bySeverity[f.severity]++
  }
  const highest = SEVERITIES.find(s => bySeverity[s] > 0) ?? 'none'
  const active = findings.length - suppressed
  return {
    tool: { name: 'adapter-guard', version: VERSION },
    root,
    files: analyses.map(a => ({ path: a.path, format: a.format, bytes: a.bytes, status: a.status, bytesRead: a.bytesRead })),
    findings,
    summary: {
      files: analyses.length,
      findings: active,
      suppressed,
      bySeverity,
      highestSeverity: highest,
      failed: highest !== 'none' && meetsThreshold(highest, failOn),
      failOn,
      // Archive members read through their container: count files on disk only.
      bytesRead: analyses.reduce((n, a) => (a.path.includes('!/') ? n : n + a.bytesRead), 0),
      notScanned: notScannedOf(findings)
    }
  }
}
