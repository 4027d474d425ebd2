// The one scan engine behind the CLI and the Action: discover → formats → checks → report data.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { ByteSource, FailOn, FileAnalysis, FileFormat, Finding, ScanReport, Severity } from '../types.js'
import { SEVERITIES, SEVERITY_RANK } from '../types.js'
import { discover, type DiscoverOptions } from '../discover/files.js'
import { SNIFF_BYTES, extname, sniff, worthOpening } from '../discover/sniff.js'
import { FileSource } from '../formats/source.js'
import { isJsonObject, parseJson } from '../formats/json.js'
import { finding } from '../checks/rules.js'
import { applySuppressions, type Suppression } from '../checks/suppressions.js'
import { DEFAULT_LIMITS, type FileContext, type HandlerResult, type ScanLimits } from './context.js'
import { HANDLERS } from './handlers.js'
import { POST_CHECKS } from './post-checks.js'
import { MemoryBudget, memoryEstimate } from './memory-budget.js'
import { codePass } from './code-pass.js'
import type { BaseOption } from '../checks/adapter/base-mismatch.js'
import { VERSION } from '../version.js'

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

/** Files analysed at once: enough to overlap I/O on many shards, few enough to bound memory. */
export const DEFAULT_CONCURRENCY = 4

/**
 * Files of other formats may be read into memory in large pieces (pickles, inflated members; a tiny
 * zip can be a bomb), so only one of them is analysed at a time: memory peaks at one such file, not four.
 */
const LIGHT_FORMATS = new Set(['safetensors', 'lfs-pointer', 'json', 'unknown', 'python', 'notebook'])

/** A one-holder lock: heavy files wait for each other, light ones never wait. */
class Mutex {
  private tail: Promise<void> = Promise.resolve()
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.tail
    let release!: () => void
    this.tail = new Promise<void>(r => (release = r))
    await prev
    try {
      return await fn()
    } finally {
      release()
    }
  }
}

export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn]
}

function statusOf(r: HandlerResult): FileAnalysis['status'] {
  if (r.status) return r.status
  return r.findings.length > 0 ? 'findings' : 'ok'
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined
  const t = new Promise<'timeout'>(res => {
    timer = setTimeout(() => res('timeout'), ms)
  })
  try {
    return await Promise.race([p, t])
  } finally {
    if (timer) clearTimeout(timer)
  }
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...opts.limits }
  const deep = opts.deep ?? false
  const failOn = opts.failOn ?? 'error'
  const disc =
    opts.sources && (opts.targets ?? []).length === 0
      ? { files: [], findings: [] }
      : opts.onlyFiles
        ? await discover({ ...opts, targets: opts.onlyFiles, allFiles: false })
        : await discover(opts)
  const analyses: FileAnalysis[] = []
  const findings: Finding[] = [...(opts.findings ?? []), ...disc.findings]
  let unpacked = 0
  let analysed = 0
  let limitReported = false
  const heavy = new Mutex()
  const memory = new MemoryBudget()

  // adapter_config.json per directory, parsed up front so pickle readers can give PEFT-aware messages.
  const configs = new Map<string, Record<string, unknown>>()
  for (const f of disc.files) {
    if (!f.rel.endsWith('adapter_config.json')) continue
    try {
      const text = await readFile(f.abs, 'utf8')
      if (text.length > 16 * 1024 * 1024) continue
      const parsed = parseJson(text)
      if (isJsonObject(parsed.value)) configs.set(dirname(f.rel), parsed.value as Record<string, unknown>)
    } catch {
      // reported when the file itself is analysed
    }
  }
  for (const c of opts.sources ?? []) {
    if (!c.rel.endsWith('adapter_config.json')) continue
    try {
      const src = await c.open()
      try {
        if (src.size > 16 * 1024 * 1024) continue
        const parsed = parseJson(new TextDecoder().decode(await src.read(0, src.size)))
        if (isJsonObject(parsed.value)) configs.set(dirname(c.rel), parsed.value as Record<string, unknown>)
      } finally {
        await src.close?.()
      }
    } catch {
      // reported when the file itself is analysed
    }
  }

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
        const call = async () => {
          // Bytes in flight stay under the memory budget; released when the handler really ends, not at a timeout.
          const release = await memory.acquire(depth === 0 ? memoryEstimate(format, head, src.size, limits) : 0)
          const running = handler(src, head, ctx)
          running.then(release, release)
          return withTimeout(running, limits.maxMillisPerFile)
        }
        const r = depth === 0 && !LIGHT_FORMATS.has(format) ? await heavy.run(call) : await call()
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
    // Every file on disk is sniffed (issue #10 item 11); one whose content is nothing we read, and
    // whose name is not a checkpoint's, is left out of the report and the file count.
    if (depth === 0 && entry.format === 'unknown' && entry.findings.length === 0 && !worthOpening(name)) {
      analyses.splice(analyses.indexOf(entry), 1)
      analysed--
    }
  }

  // Python files and notebooks first, on their own fast path (src/engine/code-pass.ts).
  const queue = opts.code === false ? [...disc.files] : codePass(disc.files, analyses)
  // A small pool: files are independent, and I/O waits overlap.
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    for (;;) {
      const f = queue.shift()
      if (!f) return
      let src: FileSource | undefined
      try {
        src = await FileSource.open(f.abs)
        await analyse(f.rel, src, 0)
      } catch (e) {
        findings.push(finding('file-unreadable', { path: f.rel, message: `Cannot open the file: ${(e as Error).message}.` }))
      } finally {
        await src?.close()
      }
    }
  })
  const remote = [...(opts.sources ?? [])]
  const remoteWorkers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    for (;;) {
      const c = remote.shift()
      if (!c) return
      let src: (ByteSource & { close?(): Promise<void> }) | undefined
      try {
        src = await c.open()
        // analyse() pushes its entry before its first await: this is its index.
        const at = analyses.length
        await analyse(c.rel, src, 0)
        const extra = c.after?.(src) ?? []
        const entry = analyses[at]?.path === c.rel ? analyses[at] : undefined
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
  await Promise.all([...workers, ...remoteWorkers])
  analyses.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  for (const a of analyses) findings.push(...a.findings)
  for (const check of POST_CHECKS) {
    try {
      findings.push(...(await check(analyses, { deep, root: opts.root, maxMillisPerFile: limits.maxMillisPerFile, base: opts.base })))
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

  // Error texts from the OS name absolute paths (`ENOENT … '/home/runner/work/…'`): say them relative to the root (issue #10).
  const rootDir = resolve(opts.root)
  if (rootDir.length > 1) for (const f of findings) if (f.message.includes(rootDir)) f.message = f.message.split(`${rootDir}/`).join('').split(rootDir).join('.')
  const final = applySuppressions(findings, opts.suppressions ?? [], opts.unsuppressible ?? [])
  final.sort(compareFindings)
  return { report: buildReport(opts.root, analyses, final, failOn), analyses }
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
