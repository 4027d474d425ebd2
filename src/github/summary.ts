// The job summary: totals, the table by file, the findings worst first, the fix per rule, and this
// run's notes; always under GitHub's 1 MiB per step (measured in bytes, every section counted), and
// never a reason to fail the step.
import * as core from '@actions/core'
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'
import { warn } from './notes.js'

/** GitHub refuses job summaries over 1 MiB per step; 1 KiB stays free for anything appended later. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 1024

export interface FullReport {
  /** The check run holding every annotation, or the uploaded report: somewhere other than this page. */
  url?: string
  /** Said when there is no such link. */
  text?: string
}

export function summaryMarkdown(report: ScanReport, preamble: string[], full: FullReport = {}, appendix: string[] = []): string {
  return renderMarkdown(report, { maxLength: SUMMARY_MAX_BYTES, preamble, appendix, fullReportUrl: full.url, fullReportText: full.text })
}

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    warn(`adapter-guard: could not write the job summary: ${(e as Error).message}`)
  }
}
