// `adapter-guard merge`: the JSON reports of the shards of one sharded scan (`--shard I/N`) made into
// the report the unsharded scan would have written. Shards never share a directory, so cross-file
// findings are whole in exactly one shard: merging is a union, re-sorted, with the summary recounted.
import type { FailOn, Finding, ScanReport } from '../types.js'
import { buildReport, compareFindings } from './scan.js'

export interface MergeOutcome {
  report: ScanReport
  /** Shard indexes (1-based) of 1..N with no report: their files were not scanned. */
  missing: number[]
  /** Why the inputs do not make one scan (different N, versions, roots, repeated shards), for stderr. */
  problems: string[]
}

/** Checks the parts of a report the merge relies on; throws with `name` in the message otherwise. */
export function asReport(value: unknown, name: string): ScanReport {
  const r = value as Partial<ScanReport> | null
  if (!r || typeof r !== 'object' || !Array.isArray(r.files) || !Array.isArray(r.findings) || !r.summary || typeof r.summary !== 'object' || !r.tool) {
    throw new Error(`${name} is not an adapter-guard JSON report (no files, findings and summary)`)
  }
  return r as ScanReport
}

/**
 * Merges shard reports. A report without a shard counts as shard 1/1 (an unsharded scan). `failOn`
 * overrides the shards' own threshold (they share one when they come from one workflow).
 */
export function mergeReports(reports: ScanReport[], failOn?: FailOn): MergeOutcome {
  const problems: string[] = []
  if (reports.length === 0) throw new Error('no reports to merge')
  const counts = new Set(reports.map(r => r.shard?.count ?? 1))
  if (counts.size > 1) problems.push(`the reports come from splits into different shard counts (${[...counts].sort((a, b) => a - b).join(', ')}): they are not one sharded scan`)
  const count = Math.max(...counts)
  const byIndex = new Map<number, ScanReport>()
  for (const r of reports) {
    const index = r.shard?.index ?? 1
    if (byIndex.has(index)) {
      problems.push(`shard ${index}/${count} was given twice; its first report was used`)
      continue
    }
    byIndex.set(index, r)
  }
  const versions = new Set(reports.map(r => r.tool.version))
  if (versions.size > 1) problems.push(`the shards ran different adapter-guard versions (${[...versions].join(', ')})`)
  const roots = new Set(reports.map(r => r.root))
  if (roots.size > 1) problems.push(`the shards scanned different roots (${[...roots].join(', ')}); paths are relative to each`)

  const shards = [...byIndex.keys()].sort((a, b) => a - b)
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !byIndex.has(i))
  const parts = shards.map(i => byIndex.get(i) as ScanReport)
  const files = parts.flatMap(r => r.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const findings: Finding[] = parts.flatMap(r => r.findings).sort(compareFindings)
  const first = parts[0]
  const threshold = failOn ?? first.summary.failOn
  const report = buildReport(first.root, files.map(f => ({ ...f, bytesRead: f.bytesRead ?? 0, findings: [] })), findings, threshold)
  report.tool = first.tool
  report.summary.bytesRead = parts.reduce((n, r) => n + (r.summary.bytesRead ?? 0), 0)
  report.merged = { count, shards, missing }
  return { report, missing, problems }
}

/** The sentence users read when shards are missing. */
export function missingMessage(missing: number[], count: number): string {
  const list = missing.map(i => `${i}/${count}`).join(', ')
  return `${missing.length} of ${count} shard report(s) missing (${list}): the files of ${missing.length === 1 ? 'that shard were' : 'those shards were'} not scanned, so this result is incomplete.`
}
