// Markdown report: totals by severity, a table by file, and the fix for each rule. Used by
// `--format markdown`, the job summary and the PR comment, each with its own byte budget.
import type { Finding, ScanReport, Severity } from '../types.js'
import { RULES, ruleHelpUri } from '../checks/rules.js'
import { escapeMarkdown, markdownCode } from './escape.js'

const ICON: Record<Severity, string> = { critical: '🛑', error: '❌', warning: '⚠️', note: 'ℹ️' }

export interface MarkdownOptions {
  /** Maximum length in UTF-16 code units (comments) or bytes (summaries): the table is cut cleanly to fit. */
  maxLength?: number
  /** Measure in bytes (job summary, 1 MiB) instead of characters (comment body, 65,536). */
  measureBytes?: boolean
  /** Where the full report is, for the truncation note. */
  fullReportUrl?: string
  title?: string
  /** Text placed right under the title (mode, scope, notes). */
  preamble?: string[]
}

function size(s: string, bytes: boolean): number {
  return bytes ? Buffer.byteLength(s, 'utf8') : s.length
}

export function totalsLine(report: ScanReport): string {
  const s = report.summary
  const parts = (['critical', 'error', 'warning', 'note'] as const).map(k => `${ICON[k]} ${s.bySeverity[k]} ${k}`)
  if (s.suppressed > 0) parts.push(`🔕 ${s.suppressed} suppressed`)
  return parts.join(' · ')
}

function row(f: Finding): string {
  const where = f.line !== undefined ? `${markdownCode(f.path)}:${f.line}` : markdownCode(f.path)
  const tensors = f.tensors && f.tensors.length > 0 ? `<br>tensors: ${f.tensors.slice(0, 6).map(markdownCode).join(', ')}${f.tensors.length > 6 ? ` and ${f.tensors.length - 6} more` : ''}` : ''
  const sup = f.suppressed ? `<br>🔕 suppressed: ${escapeMarkdown(f.suppressed.reason)}` : ''
  // A fix written for this finding (not the rule's general one) goes with it; general fixes are listed below.
  const fix = f.fix !== RULES.get(f.ruleId)?.fix ? `<br>**Fix:** ${escapeMarkdown(f.fix)}` : ''
  return `| ${ICON[f.severity]} ${f.severity} | [${f.ruleId}](${ruleHelpUri(f.ruleId)}) | ${where} | ${escapeMarkdown(f.message)}${tensors}${fix}${sup} |`
}

/** Files listed in the by-file table at most; the findings table below still has every row that fits. */
export const BY_FILE_ROWS = 50

/** One row per file with findings: counts by severity (suppressed findings left out). */
function byFileTable(report: ScanReport): string[] {
  const counts = new Map<string, Record<Severity, number>>()
  for (const f of report.findings) {
    if (f.suppressed) continue
    const c = counts.get(f.path) ?? { critical: 0, error: 0, warning: 0, note: 0 }
    c[f.severity]++
    counts.set(f.path, c)
  }
  if (counts.size === 0) return []
  const rows = [...counts].slice(0, BY_FILE_ROWS).map(([path, c]) => `| ${markdownCode(path)} | ${c.critical || ''} | ${c.error || ''} | ${c.warning || ''} | ${c.note || ''} |`)
  const more = counts.size > BY_FILE_ROWS ? [`| and ${counts.size - BY_FILE_ROWS} more file(s) | | | | |`] : []
  return ['### By file', '', `| File | ${ICON.critical} critical | ${ICON.error} error | ${ICON.warning} warning | ${ICON.note} note |`, '|---|---:|---:|---:|---:|', ...rows, ...more, '']
}

export function renderMarkdown(report: ScanReport, opts: MarkdownOptions = {}): string {
  const bytes = opts.measureBytes ?? false
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY
  const s = report.summary
  const head: string[] = []
  head.push(`## ${opts.title ?? 'Adapter Guard'}`)
  head.push('')
  for (const p of opts.preamble ?? []) head.push(p, '')
  const verdict = s.failed ? `**Failed**: findings at or above \`${s.failOn}\`.` : s.findings === 0 ? '**Passed**: no findings.' : `**Passed**: nothing at or above \`${s.failOn}\`.`
  head.push(`${verdict} Scanned ${s.files} file(s).`)
  head.push('')
  // What was not read, and why (issue #10 item 11): a passing gate is never silent about it.
  const skipped = s.notScanned ?? []
  if (skipped.length > 0) {
    head.push(`**Not scanned** (${skipped.length}): ${skipped.slice(0, 5).map(n => `${markdownCode(n.path)} (${escapeMarkdown(n.reason.split('. ')[0] ?? n.reason)})`).join('; ')}${skipped.length > 5 ? `; and ${skipped.length - 5} more` : ''}.`)
    head.push('')
  }
  head.push(totalsLine(report))
  head.push('')

  head.push(...byFileTable(report))

  const rules = [...new Set(report.findings.map(f => f.ruleId))]
  const fixes: string[] = []
  if (rules.length > 0) {
    fixes.push('### How to fix', '')
    for (const id of rules) {
      const r = RULES.get(id)
      if (r) fixes.push(`- [\`${id}\`](${ruleHelpUri(id)}): ${r.fix}`)
    }
    fixes.push('')
  }

  const table: string[] = []
  if (report.findings.length > 0) {
    table.push('### Findings', '', '| Severity | Rule | File | Message |', '|---|---|---|---|')
  }
  const fixed = head.join('\n') + '\n' + fixes.join('\n') + '\n'
  const reserve = 400 + (opts.fullReportUrl?.length ?? 0)
  let body = table.join('\n') + (table.length ? '\n' : '')
  let shown = 0
  for (const f of report.findings) {
    const r = row(f) + '\n'
    if (size(fixed, bytes) + size(body, bytes) + size(r, bytes) + reserve > max) break
    body += r
    shown++
  }
  let out = head.join('\n') + '\n' + body
  if (shown < report.findings.length) {
    const where = opts.fullReportUrl ? ` See the [full report](${opts.fullReportUrl}).` : ''
    out += `\n_Showing ${shown} of ${report.findings.length} findings; the rest did not fit.${where}_\n`
  }
  out += '\n' + fixes.join('\n')
  return out
}
