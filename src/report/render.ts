// A report rendered in one of the CLI's formats. SARIF and markdown renderers load on demand, so a
// plain scan never reads them (start-up, issue #13).
import type { ScanReport } from '../types.js'
import { renderJson } from './json.js'
import { renderText } from './text.js'

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown'

export async function renderReport(report: ScanReport, format: ReportFormat, color: boolean): Promise<string> {
  if (format === 'json') return renderJson(report)
  if (format === 'sarif') return (await import('./sarif.js')).renderSarif(report)
  if (format === 'markdown') return (await import('./markdown.js')).renderMarkdown(report)
  return renderText(report, { color })
}
