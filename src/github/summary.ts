// The job summary: totals, the table by file, the fix per rule, and this run's notes; always under
// GitHub's 1 MiB per step (measured in bytes), and never a reason to fail the step.
import * as core from '@actions/core'
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'

/** GitHub refuses job summaries over 1 MiB per step; 1 KiB stays free for anything appended later. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 1024

export function summaryMarkdown(report: ScanReport, preamble: string[], fullReportUrl?: string): string {
  return renderMarkdown(report, { maxLength: SUMMARY_MAX_BYTES, measureBytes: true, preamble, fullReportUrl })
}

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    core.warning(`adapter-guard: could not write the job summary: ${(e as Error).message}`)
  }
}
