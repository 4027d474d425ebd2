// Step outputs (all strings, as GitHub stores them).
import * as core from '@actions/core'
import type { ScanReport } from '../types.js'

export function setOutputs(report: ScanReport, files: { reportFile: string; sarifFile?: string; commentId?: number; converted?: string[] }): void {
  const s = report.summary
  core.setOutput('findings', String(s.findings))
  core.setOutput('critical', String(s.bySeverity.critical))
  core.setOutput('errors', String(s.bySeverity.error))
  core.setOutput('warnings', String(s.bySeverity.warning))
  core.setOutput('highest-severity', s.highestSeverity)
  core.setOutput('report-file', files.reportFile)
  core.setOutput('sarif-file', files.sarifFile ?? '')
  core.setOutput('converted', (files.converted ?? []).join('\n'))
  core.setOutput('comment-id', files.commentId !== undefined ? String(files.commentId) : '')
}

/** GitHub keeps step outputs of up to 1 MB each; past that a value is replaced by a note (bytes counted). */
export const OUTPUT_MAX_BYTES = 1_000_000

/** Sets an output, or an empty one with a warning in the log when the value would exceed GitHub's limit. */
export function setOutputCapped(name: string, value: string): boolean {
  if (Buffer.byteLength(value, 'utf8') > OUTPUT_MAX_BYTES) {
    core.info(`adapter-guard: output ${name} left empty: ${Buffer.byteLength(value, 'utf8')} bytes is over GitHub's 1 MB per output; the same data is in the files named by the other outputs.`)
    core.setOutput(name, '')
    return false
  }
  core.setOutput(name, value)
  return true
}
