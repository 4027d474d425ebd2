// The Action shell: inputs and event → scan → report where developers look → outputs and verdict.
// Each concern lives in src/github/*; this file only puts them in order.
import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buildReport, scan } from './engine/scan.js'
import { renderJson } from './report/json.js'
import { renderSarif } from './report/sarif.js'
import { readRunner, runUrl } from './github/runner.js'
import { configFilePath, readConfig, tokenFrom } from './github/inputs.js'
import { configFromBase } from './github/config-base.js'
import { planScan } from './github/event.js'
import { makeOctokit } from './github/api.js'
import { Notes, log } from './github/notes.js'
import { WriteAccess } from './github/write-access.js'
import { resolveTarget } from './github/target.js'
import { publish } from './github/publish.js'
import { summaryMarkdown, writeSummary } from './github/summary.js'
import { setOutputs } from './github/outputs.js'
import { setDraft } from './github/release.js'
import { markdownCode } from './report/escape.js'
import { convertInWorkspace } from './github/convert.js'
import { mergeReportFiles } from './github/merge-reports.js'
import { missingMessage } from './engine/merge.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const ctx = readRunner(env, process.cwd())
    const notes = new Notes()
    const token = tokenFrom(env)
    const octokit = token ? makeOctokit(token, ctx) : undefined
    const cfg = readConfig(env, ctx.workspace, await configFromBase(octokit, ctx, configFilePath(env), notes))
    const plan = planScan(ctx, cfg)
    const writes = new WriteAccess(plan.fork, notes)
    log(`scanning ${plan.description.replace(/`/g, '')}${cfg.configFile ? `; settings from ${cfg.configFile}${cfg.configFromBase ? ' at the base commit' : ''}` : ''}`)

    // merge-reports: the shards scanned; this job joins their reports and publishes them (issue #13).
    const merged = cfg.mergeReports ? await mergeReportFiles(ctx.workspace, cfg.mergeReports, cfg.failOn, notes) : undefined
    const target = merged ? { options: { root: ctx.workspace }, empty: true, release: undefined } : await resolveTarget(octokit, ctx, cfg, plan, notes, log)
    const scanOpts = { ...target.options, failOn: cfg.failOn, deep: cfg.deep, suppressions: cfg.suppressions, shard: cfg.shard }
    if (cfg.shard) notes.say('shard', `Shard ${cfg.shard.index}/${cfg.shard.count}: this job scans only its part; the merge job comments and gives the verdict.`, 'info')
    const result = merged ? { report: merged.report, analyses: [] } : target.empty ? { report: buildReport(scanOpts.root, [], [], cfg.failOn), analyses: [] } : await scan(scanOpts)
    const report = result.report

    const reportFile = resolve(ctx.workspace, cfg.reportFile || join(ctx.temp, 'adapter-guard-report.json'))
    await writeFile(reportFile, renderJson(report))
    let sarifFile: string | undefined
    if (cfg.sarifFile) {
      sarifFile = resolve(ctx.workspace, cfg.sarifFile)
      await writeFile(sarifFile, renderSarif(report))
    }

    const converted =
      cfg.convert && target.release === undefined
        ? await convertInWorkspace(result.analyses, { root: scanOpts.root, workspace: ctx.workspace, convertDir: cfg.convertDir, dedupe: cfg.convertDedupe }, notes)
        : undefined

    const unsafeRelease = target.release !== undefined && report.summary.failed
    if (unsafeRelease && target.release && cfg.onUnsafeRelease === 'draft' && octokit) {
      const rel = target.release
      if (rel.immutable) {
        notes.say('immutable', `Release ${markdownCode(rel.tag)} is immutable and cannot be turned back into a draft: delete it or publish a fixed release.`, 'warning')
      } else if (rel.draft) {
        notes.say('draft', `Release ${markdownCode(rel.tag)} is a draft already: do not publish it.`, 'warning')
      } else if ((await writes.attempt('release draft', 'contents: write', () => setDraft(octokit, ctx, rel.id))) !== undefined) {
        notes.say('drafted', `Release ${markdownCode(rel.tag)} was turned back into a draft because it is unsafe (on-unsafe-release: draft).`, 'warning')
      }
    }

    const preamble = () => [`Scanned ${plan.description}.`, ...notes.lines.map(l => `> ${l}`)]
    // A shard job publishes nothing to the PR: N jobs would fight over one sticky comment.
    const published = cfg.shard ? {} : await publish(octokit, ctx, cfg, plan, report, notes, writes, preamble)
    await writeSummary(summaryMarkdown(report, preamble(), runUrl(ctx)))
    setOutputs(report, { reportFile, sarifFile, commentId: published.commentId, converted: converted?.written })

    const s = report.summary
    log(`scanned ${s.files} file(s), ${s.findings} finding(s), ${s.suppressed} suppressed, highest severity ${s.highestSeverity}.`)
    if (merged && merged.missing.length > 0) core.setFailed(`adapter-guard: ${missingMessage(merged.missing, report.merged?.count ?? 0)}`)
    else if (cfg.shard) log(`shard ${cfg.shard.index}/${cfg.shard.count} done; the verdict comes from the merge job.`)
    else if (unsafeRelease) core.setFailed(`adapter-guard: release ${target.release?.tag} is unsafe: highest severity "${s.highestSeverity}" reaches fail-on "${cfg.failOn}".`)
    else if (s.failed) core.setFailed(`adapter-guard: ${s.findings} finding(s); highest severity "${s.highestSeverity}" reaches fail-on "${cfg.failOn}".`)
  } catch (e) {
    core.setFailed(`adapter-guard: ${(e as Error).message}`)
  }
}
