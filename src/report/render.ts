// A report rendered in one of the CLI's formats. SARIF and markdown renderers load on demand, so a
// plain scan never reads them (start-up, issue #13).
import type { ScanReport } from '../types.js'
import { renderJson } from './json.js'
import { renderText } from './text.js'

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown'

export interface RenderOptions {
  color: boolean
  /** The text report's line naming the config file that was applied. */
  config?: string
  /** SARIF: `--sarif-category`, else the workflow/job default from `env`. */
  sarifCategory?: string
  /** SARIF: URIs relative to the git root above `cwd`. */
  cwd?: string
  env?: NodeJS.ProcessEnv
}

export async function renderReport(report: ScanReport, format: ReportFormat, opts: RenderOptions): Promise<string> {
  if (format === 'json') return renderJson(report)
  if (format === 'sarif') {
    const { defaultSarifCategory, findRepoRoot, renderSarif } = await import('./sarif.js')
    const env = opts.env ?? {}
    return renderSarif(report, { category: opts.sarifCategory ?? defaultSarifCategory(env), repoRoot: findRepoRoot(opts.cwd ?? '.', env) })
  }
  if (format === 'markdown') return (await import('./markdown.js')).renderMarkdown(report)
  return renderText(report, { color: opts.color, ...(opts.config !== undefined ? { config: opts.config } : {}) })
}
