// The Action shell: read inputs, run the engine, report where developers look, set outputs.
import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { FailOn } from './types.js'
import { scan } from './engine/scan.js'
import { DEFAULT_EXCLUDE, DEFAULT_PATHS } from './discover/files.js'
import { renderJson } from './report/json.js'
import { renderSarif } from './report/sarif.js'
import { renderMarkdown } from './report/markdown.js'
import { emitAnnotations } from './github/annotations.js'

/** GitHub refuses job summaries over 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 1024

const FAIL_ON = ['critical', 'error', 'warning', 'note', 'never']

function listInput(name: string, fallback: string[]): string[] {
  const raw = core.getInput(name)
  if (!raw.trim()) return fallback
  return raw
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(s => s.length > 0 && !s.startsWith('#'))
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd())
    const failOn = (core.getInput('fail-on') || 'error').toLowerCase()
    if (!FAIL_ON.includes(failOn)) throw new Error(`input fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`)
    const deep = (core.getInput('deep') || 'false').toLowerCase() === 'true'
    const { report } = await scan({
      root: workspace,
      paths: listInput('paths', DEFAULT_PATHS),
      exclude: listInput('exclude', DEFAULT_EXCLUDE),
      deep,
      failOn: failOn as FailOn
    })
    emitAnnotations(report.findings)

    const temp = env.RUNNER_TEMP ?? workspace
    const reportFile = resolve(workspace, core.getInput('report-file') || join(temp, 'adapter-guard-report.json'))
    await writeFile(reportFile, renderJson(report))
    const sarifInput = core.getInput('sarif-file')
    if (sarifInput) {
      const sarifFile = resolve(workspace, sarifInput)
      await writeFile(sarifFile, renderSarif(report))
      core.setOutput('sarif-file', sarifFile)
    }
    try {
      await core.summary.addRaw(renderMarkdown(report, { maxLength: SUMMARY_MAX_BYTES, measureBytes: true })).write()
    } catch (e) {
      core.warning(`adapter-guard: could not write the job summary: ${(e as Error).message}`)
    }
    const s = report.summary
    core.setOutput('findings', String(s.findings))
    core.setOutput('critical', String(s.bySeverity.critical))
    core.setOutput('errors', String(s.bySeverity.error))
    core.setOutput('warnings', String(s.bySeverity.warning))
    core.setOutput('highest-severity', s.highestSeverity)
    core.setOutput('report-file', reportFile)
    core.info(`adapter-guard: scanned ${s.files} file(s), ${s.findings} finding(s), highest severity ${s.highestSeverity}.`)
    if (s.failed) core.setFailed(`adapter-guard: ${s.findings} finding(s); highest severity "${s.highestSeverity}" reaches fail-on "${failOn}".`)
  } catch (e) {
    core.setFailed(`adapter-guard: ${(e as Error).message}`)
  }
}
