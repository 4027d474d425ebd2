// Console report: findings grouped by file, coloured only when the output is a terminal.
import type { ScanReport, Severity } from '../types.js'
import { escapeTerminal } from './escape.js'
import { groupDigits } from '../digits.js'

const COLOURS: Record<Severity, string> = { critical: '\x1b[1;35m', error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m' }
const RESET = '\x1b[0m'
const DIM = '\x1b[2m'
const BOLD = '\x1b[1m'

/** `config`: one line naming the config file that was applied (CLI), printed before the totals. */
export function renderText(report: ScanReport, opts: { color: boolean; config?: string }): string {
  const c = (code: string, s: string): string => (opts.color ? `${code}${s}${RESET}` : s)
  const lines: string[] = []
  const byPath = new Map<string, typeof report.findings>()
  for (const f of report.findings) {
    const list = byPath.get(f.path) ?? []
    list.push(f)
    byPath.set(f.path, list)
  }
  for (const [path, list] of byPath) {
    lines.push(c(BOLD, escapeTerminal(path)))
    for (const f of list) {
      const where = f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''
      const sup = f.suppressed ? c(DIM, ` (suppressed: ${escapeTerminal(f.suppressed.reason)})`) : ''
      lines.push(`  ${c(COLOURS[f.severity], f.severity.padEnd(8))} ${f.ruleId}${where}${sup}`)
      lines.push(`    ${escapeTerminal(f.message)}`)
      lines.push(`    ${c(DIM, 'fix:')} ${escapeTerminal(f.fix)}`)
      lines.push(`    ${c(DIM, f.helpUri)}`)
    }
    lines.push('')
  }
  const s = report.summary
  const counts = (['critical', 'error', 'warning', 'note'] as const).map(k => `${s.bySeverity[k]} ${k}`).join(', ')
  const supp = s.suppressed > 0 ? `, ${s.suppressed} suppressed` : ''
  if (opts.config) lines.push(escapeTerminal(opts.config))
  // Sharded scans say which part they are; merged ones which parts are in them.
  if (report.shard) lines.push(`Shard ${report.shard.index}/${report.shard.count} of a sharded scan: \`adapter-guard merge\` joins the shards' JSON reports.`)
  if (report.merged) {
    const m = report.merged
    lines.push(`Merged ${m.shards.length} of ${m.count} shard report(s)${m.missing.length > 0 ? `; MISSING ${m.missing.map(i => `${i}/${m.count}`).join(', ')}: their files were not scanned` : ''}.`)
  }
  lines.push(`Scanned ${s.files} file(s), read ${groupDigits(s.bytesRead)} bytes: ${s.findings} finding(s) (${counts}${supp}).`)
  // Say what was not read, so a passing gate is never silent about it (issue #10 item 11).
  const skipped = s.notScanned ?? []
  if (skipped.length > 0) {
    lines.push(`Not scanned (${skipped.length}):`)
    for (const n of skipped.slice(0, 10)) lines.push(`  ${escapeTerminal(n.path)}: ${escapeTerminal(n.reason)}`)
    if (skipped.length > 10) lines.push(`  and ${skipped.length - 10} more (see the findings).`)
  }
  const verdict = s.failed ? c(COLOURS.error, `FAIL: findings at or above "${s.failOn}".`) : c('\x1b[32m', s.failOn === 'never' ? 'PASS (fail-on: never).' : `PASS: nothing at or above "${s.failOn}".`)
  lines.push(verdict)
  return lines.join('\n') + '\n'
}

