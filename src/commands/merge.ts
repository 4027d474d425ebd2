// `adapter-guard merge REPORT.json... [--format F] [--output FILE] [--fail-on S]`: one report from
// the JSON reports of a sharded scan (`scan --shard I/N`), with one exit status.
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CliIO } from '../cli-io.js'
import type { FailOn } from '../types.js'
import { asReport, mergeReports, missingMessage } from '../engine/merge.js'
import { renderReport, type ReportFormat } from '../report/render.js'
import { renderText } from '../report/text.js'
import { escapeTerminal } from '../report/escape.js'

export const MERGE_USAGE = `Usage:
  adapter-guard merge REPORT.json... [--format text|json|sarif|markdown] [--output FILE] [--fail-on S]

Joins the JSON reports of the shards of one scan (\`adapter-guard scan --shard I/N --format json\`)
into the report the unsharded scan gives: every file and finding once, the summary recounted.

  --format F     report format (default: text)
  --output FILE  write the report to FILE instead of stdout
  --fail-on S    critical|error|warning|note|never (default: the shards' own)

Exit status: 0 nothing reached --fail-on, 1 something did, 2 a shard report is missing or unreadable,
or a usage error.
`

const FORMATS = ['text', 'json', 'sarif', 'markdown']
const FAIL_ON = ['critical', 'error', 'warning', 'note', 'never']

export async function mergeCommand(args: string[], io: CliIO): Promise<number> {
  let values: { format?: string; output?: string; 'fail-on'?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, output: { type: 'string', short: 'o' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    }))
  } catch (e) {
    io.stderr(`adapter-guard merge: ${(e as Error).message}\n\n${MERGE_USAGE}`)
    return 2
  }
  if (values.help) {
    io.stdout(MERGE_USAGE)
    return 0
  }
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format)) {
    io.stderr(`adapter-guard merge: --format must be one of ${FORMATS.join(', ')}, not "${escapeTerminal(format)}"\n`)
    return 2
  }
  const failOn = values['fail-on']
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) {
    io.stderr(`adapter-guard merge: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${escapeTerminal(failOn)}"\n`)
    return 2
  }
  if (positionals.length === 0) {
    io.stderr(`adapter-guard merge: give the shards' JSON reports\n\n${MERGE_USAGE}`)
    return 2
  }
  const reports = []
  for (const p of positionals) {
    try {
      reports.push(asReport(JSON.parse(await readFile(resolve(io.cwd, p), 'utf8')), p))
    } catch (e) {
      io.stderr(`adapter-guard merge: ${escapeTerminal(p)}: ${escapeTerminal((e as Error).message)}\n`)
      return 2
    }
  }
  const { report, missing, problems } = mergeReports(reports, failOn as FailOn | undefined)
  for (const p of problems) io.stderr(`adapter-guard merge: ${escapeTerminal(p)}\n`)
  const color = io.isTTY && !io.env.NO_COLOR
  if (values.output !== undefined) {
    await writeFile(resolve(io.cwd, values.output), await renderReport(report, format as ReportFormat, { color: false, cwd: io.cwd, env: io.env }))
    if (format !== 'text') io.stdout(renderText(report, { color }))
  } else {
    io.stdout(await renderReport(report, format as ReportFormat, { color, cwd: io.cwd, env: io.env }))
  }
  if (missing.length > 0) {
    io.stderr(`adapter-guard merge: ${missingMessage(missing, report.merged?.count ?? 0)}\n`)
    return 2
  }
  return report.summary.failed ? 1 : 0
}
