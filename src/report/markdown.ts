// Markdown report: verdict and totals, a table by file, the findings worst first (grouped by file in
// collapsible sections), the fix for each rule, and internal notes last. Used by `--format markdown`,
// the job summary, the check-run summary and the PR comment, each with its own budget in UTF-8 bytes
// (GitHub's limits are bytes). Cutting is by whole rows and whole sections, never inside markup.
import type { Finding, ScanReport, Severity } from '../types.js'
import { SEVERITY_RANK } from '../types.js'
import { RULES, ruleHelpUri } from '../checks/rules.js'
import { escapeMarkdown, escapeTerminal, markdownCode } from './escape.js'
import { byteLength, cutChars, inlineMarkdown, safeHref } from './message.js'

const ICON: Record<Severity, string> = { critical: '🛑', error: '❌', warning: '⚠️', note: 'ℹ️' }

export interface MarkdownOptions {
  /** Budget in UTF-8 bytes (a character limit is then kept too: bytes ≥ characters). */
  maxLength?: number
  /** Kept for callers of the old API: sizes are always measured in bytes now. */
  measureBytes?: boolean
  /** Where every finding is (the check run, the report artifact), for the truncation note. */
  fullReportUrl?: string
  /** Said instead of a link when there is none (e.g. where the JSON report file is). */
  fullReportText?: string
  title?: string
  /** Markdown lines right under the title (what was scanned, warnings that change the verdict). */
  preamble?: string[]
  /** Markdown lines at the very end (internal notes: where annotations went, how many were shown). */
  appendix?: string[]
}

/** Longest message, fix and name kept in a row before escaping: a single row can never eat the budget. */
export const ROW_MESSAGE_CHARS = 2000
export const ROW_FIX_CHARS = 1000
export const ROW_NAME_CHARS = 200
/** Share of what is left that the by-file table may use; the findings get the rest. */
const BY_FILE_SHARE = 0.2
/** Bytes a section summary's counts can take ("9999 critical · 9999 error · … · 9999 suppressed"). */
const COUNTS_ROOM = 128

export function totalsLine(report: ScanReport): string {
  const s = report.summary
  const parts = (['critical', 'error', 'warning', 'note'] as const).map(k => `${ICON[k]} ${s.bySeverity[k]} ${k}`)
  if (s.suppressed > 0) parts.push(`🔕 ${s.suppressed} suppressed`)
  return parts.join(' · ')
}

/** Worst first: unsuppressed before suppressed, then severity, then path, then rule (report order breaks ties). */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        Number(!!a.f.suppressed) - Number(!!b.f.suppressed) ||
        SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
        (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
        (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) ||
        a.i - b.i
    )
    .map(x => x.f)
}

/** HTML text inside our own tags (`<summary>`): escaped, one line, inert. */
function htmlCode(s: string): string {
  const clean = escapeTerminal(cutChars(s, ROW_NAME_CHARS * 2)).replace(/\r?\n/g, ' ')
  return `<code>${clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</code>`
}

function messageCell(f: Finding, withLine: boolean): string {
  const line = withLine && f.line !== undefined ? `line ${f.line}: ` : ''
  const shown = f.tensors?.slice(0, 6) ?? []
  const tensors = shown.length > 0 ? `<br>tensors: ${shown.map(t => markdownCode(cutChars(t, ROW_NAME_CHARS))).join(', ')}${(f.tensors?.length ?? 0) > 6 ? ` and ${(f.tensors?.length ?? 0) - 6} more` : ''}` : ''
  const sup = f.suppressed ? `<br>🔕 suppressed: ${escapeMarkdown(cutChars(f.suppressed.reason, ROW_FIX_CHARS))}` : ''
  // A fix written for this finding (not the rule's general one) goes with it; general fixes are listed below.
  const fix = f.fix !== RULES.get(f.ruleId)?.fix ? `<br>**Fix:** ${inlineMarkdown(cutChars(f.fix, ROW_FIX_CHARS))}` : ''
  return `${line}${inlineMarkdown(cutChars(f.message, ROW_MESSAGE_CHARS))}${tensors}${fix}${sup}`
}

function where(f: Finding): string {
  const p = markdownCode(cutChars(f.path, ROW_NAME_CHARS * 2))
  return f.line !== undefined ? `${p}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : p
}

const ruleCell = (f: Finding): string => `[${f.ruleId}](${ruleHelpUri(f.ruleId)})`
const sevCell = (f: Finding): string => `${ICON[f.severity]} ${f.severity}`

const FULL_HEADER = ['| Severity | Rule | File | Message |', '|---|---|---|---|']
const GROUP_HEADER = ['| Severity | Rule | Message |', '|---|---|---|']

function fullRow(f: Finding): string {
  return `| ${sevCell(f)} | ${ruleCell(f)} | ${where(f)} | ${messageCell(f, false)} |`
}

function groupRow(f: Finding): string {
  return `| ${sevCell(f)} | ${ruleCell(f)} | ${messageCell(f, true)} |`
}

type Counts = Record<Severity, number>
const zero = (): Counts => ({ critical: 0, error: 0, warning: 0, note: 0 })

function countsText(c: Counts, suppressed: number): string {
  const parts = (['critical', 'error', 'warning', 'note'] as const).filter(k => c[k] > 0).map(k => `${c[k]} ${k}`)
  if (suppressed > 0) parts.push(`${suppressed} suppressed`)
  return parts.join(' · ')
}

function groupOpen(path: string, c: Counts, suppressed: number): string[] {
  const worst = (['critical', 'error', 'warning', 'note'] as const).find(k => c[k] > 0)
  const icon = worst ? ICON[worst] : '🔕'
  // Sections holding a critical or an error start open: the worst is never hidden behind a click.
  const open = c.critical + c.error > 0 ? ' open' : ''
  return [`<details${open}>`, `<summary>${icon} ${htmlCode(path)}: ${countsText(c, suppressed)}</summary>`, '', ...GROUP_HEADER]
}
const GROUP_CLOSE = ['', '</details>', '']

/** One row per file, worst first, counts by severity (suppressed findings left out); budgeted. */
function byFileTable(sorted: Finding[], budget: number): string[] {
  const counts = new Map<string, Counts>()
  for (const f of sorted) {
    if (f.suppressed) continue
    const c = counts.get(f.path) ?? zero()
    c[f.severity]++
    counts.set(f.path, c)
  }
  if (counts.size < 2) return []
  const head = ['### By file', '', `| File | ${ICON.critical} critical | ${ICON.error} error | ${ICON.warning} warning | ${ICON.note} note |`, '|---|---:|---:|---:|---:|']
  const moreRow = (n: number) => `| and ${n} more file(s) | | | | |`
  let used = byteLength(head.join('\n')) + 64
  const rows: string[] = []
  let i = 0
  for (const [path, c] of counts) {
    const r = `| ${markdownCode(cutChars(path, ROW_NAME_CHARS * 2))} | ${c.critical || ''} | ${c.error || ''} | ${c.warning || ''} | ${c.note || ''} |`
    if (used + byteLength(r) + 1 > budget) break
    used += byteLength(r) + 1
    rows.push(r)
    i++
  }
  if (rows.length === 0) return []
  return [...head, ...rows, ...(i < counts.size ? [moreRow(counts.size - i)] : []), '']
}

function join(lines: string[]): string {
  return lines.length ? lines.join('\n') + '\n' : ''
}

export function renderMarkdown(report: ScanReport, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? Number.POSITIVE_INFINITY
  const s = report.summary
  const verdict = s.failed ? `**Failed**: findings at or above \`${s.failOn}\`.` : s.findings === 0 ? '**Passed**: no findings.' : `**Passed**: nothing at or above \`${s.failOn}\`.`
  // What was not read, and why (issue #10 item 11): a passing gate is never silent about it.
  const skipped = s.notScanned ?? []
  const notScanned =
    skipped.length > 0
      ? [`**Not scanned** (${skipped.length}): ${skipped.slice(0, 5).map(n => `${markdownCode(cutChars(n.path, ROW_NAME_CHARS * 2))} (${escapeMarkdown(cutChars(n.reason.split('. ')[0] ?? n.reason, ROW_FIX_CHARS))})`).join('; ')}${skipped.length > 5 ? `; and ${skipped.length - 5} more` : ''}.`, '']
      : []

  const rules = [...new Set(report.findings.map(f => f.ruleId))]
  const fixes: string[] = []
  if (rules.length > 0) {
    fixes.push('### How to fix', '')
    for (const id of rules) {
      const r = RULES.get(id)
      if (r) fixes.push(`- [\`${id}\`](${ruleHelpUri(id)}): ${inlineMarkdown(r.fix)}`)
    }
    fixes.push('')
  }

  let preamble = opts.preamble ?? []
  let appendix = opts.appendix ?? []
  const headOf = () => [`## ${opts.title ?? 'Adapter Guard'}`, '', ...preamble.flatMap(p => [p, '']), `${verdict} Scanned ${s.files} file(s).`, '', ...notScanned, totalsLine(report), '']
  const tailOf = () => (appendix.length ? ['---', '', ...appendix.flatMap(p => [p, ''])] : [])
  const reserve = 600 + byteLength(opts.fullReportUrl ?? '') + byteLength(opts.fullReportText ?? '')
  const fixedSize = () => byteLength(join(headOf())) + byteLength(join(fixes)) + byteLength(join(tailOf())) + reserve
  // Notes give way before findings do: the log has them all.
  if (fixedSize() > max) appendix = ['_Run notes left out to fit; they are in the log._']
  if (fixedSize() > max) preamble = ['_Notes left out to fit; they are in the log._']

  const sorted = worstFirst(report.findings)
  let room = max - fixedSize()
  const single = sorted.length === 1
  const byFile = single ? [] : byFileTable(sorted, Number.isFinite(room) ? Math.floor(room * BY_FILE_SHARE) : Number.POSITIVE_INFINITY)
  room -= byteLength(join(byFile))

  // Pick the longest worst-first prefix that fits, counting each file section's own markup.
  const body: string[] = []
  let shown = 0
  if (sorted.length > 0) {
    const title = ['### Findings', '', ...(single ? FULL_HEADER : [])]
    room -= byteLength(join(title))
    if (single) {
      const r = fullRow(sorted[0])
      if (byteLength(r) + 1 <= room) {
        body.push(...title, r, '')
        shown = 1
      }
    } else {
      const groups = new Map<string, { findings: Finding[]; counts: Counts; suppressed: number }>()
      let used = 0
      for (const f of sorted) {
        const g = groups.get(f.path)
        const rowSize = byteLength(groupRow(f)) + 1
        // A new section costs its open/close markup (plus room for its counts, at most ~100 bytes).
        const open = g ? 0 : byteLength(join(groupOpen(f.path, zero(), 0))) + COUNTS_ROOM + byteLength(join(GROUP_CLOSE))
        if (used + rowSize + open > room) break
        used += rowSize + open
        const group = g ?? { findings: [], counts: zero(), suppressed: 0 }
        group.findings.push(f)
        if (f.suppressed) group.suppressed++
        else group.counts[f.severity]++
        groups.set(f.path, group)
        shown++
      }
      if (shown > 0) {
        body.push(...title)
        for (const [path, g] of groups) body.push(...groupOpen(path, g.counts, g.suppressed), ...g.findings.map(groupRow), ...GROUP_CLOSE)
      }
    }
  }

  let out = join(headOf()) + join(byFile) + join(body)
  if (shown < sorted.length) {
    const hidden = sorted.slice(shown).filter(f => !f.suppressed)
    const crit = hidden.filter(f => f.severity === 'critical').length
    const where = opts.fullReportUrl ? ` Every finding is in the [full report](${safeHref(opts.fullReportUrl)}).` : opts.fullReportText ? ` ${opts.fullReportText}` : ''
    out += `_Showing ${shown} of ${sorted.length} findings, worst first; the rest did not fit${crit > 0 ? ` (${crit} critical among them)` : ''}.${where}_\n\n`
  }
  out += join(fixes) + join(tailOf())
  return out
}

