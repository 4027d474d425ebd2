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
