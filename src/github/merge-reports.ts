// The `merge-reports` input: shard JSON reports downloaded from the matrix jobs (a glob), joined into
// the one report the rest of the Action publishes (PR comment, check run, SARIF, verdict).
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { glob } from 'glob'
import { asReport, mergeReports, missingMessage, type MergeOutcome } from '../engine/merge.js'
import type { FailOn } from '../types.js'
import type { Notes } from './notes.js'
import { markdownCode } from '../report/escape.js'

export async function mergeReportFiles(workspace: string, pattern: string, failOn: FailOn, notes: Notes): Promise<MergeOutcome> {
  const cwd = isAbsolute(pattern) ? undefined : workspace
  const files = (await glob(pattern, { cwd: cwd ?? '/', absolute: true, nodir: true, dot: true, posix: true })).sort()
  if (files.length === 0) throw new Error(`merge-reports: no file matches ${pattern} (did the download-artifact step run, into this path?)`)
  const reports = []
  for (const f of files) {
    const shown = relative(workspace, f) || f
    try {
      reports.push(asReport(JSON.parse(await readFile(resolve(f), 'utf8')), shown))
    } catch (e) {
      throw new Error(`merge-reports: ${shown}: ${(e as Error).message}`, { cause: e })
    }
  }
  const out = mergeReports(reports, failOn)
  const m = out.report.merged
  if (m) notes.say('merged', `Merged ${m.shards.length} shard report(s) of ${m.count} (${files.map(f => markdownCode(relative(workspace, f) || f)).join(', ')}).`, 'info')
  for (const [i, p] of out.problems.entries()) notes.say(`merge-problem-${i}`, p, 'warning')
  if (out.missing.length > 0 && m) notes.say('merge-missing', missingMessage(out.missing, m.count), 'warning')
  return out
}
