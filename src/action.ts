// The Action shell: inputs and event → scan → report where developers look → outputs and verdict.
// Each concern lives in src/github/*; this file only puts them in order.
import * as core from '@actions/core'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buildReport, compareFindings, scan } from './engine/scan.js'
import { applySuppressions } from './checks/suppressions.js'
import { renderJson } from './report/json.js'
import { defaultSarifCategory, renderSarif } from './report/sarif.js'
import { readRunner, runUrl } from './github/runner.js'
import { configFilePath, readConfig, tokenFrom } from './github/inputs.js'
import { configFromBase } from './github/config-base.js'
import { planScan } from './github/event.js'
import { makeOctokit } from './github/api.js'
import { Notes, log, logLine, withoutRunnerPaths } from './github/notes.js'
import { WriteAccess } from './github/write-access.js'
import { resolveTarget, type ScanTarget } from './github/target.js'
import { publish } from './github/publish.js'
import { summaryMarkdown, writeSummary } from './github/summary.js'
import { setOutputCapped, setOutputs } from './github/outputs.js'
import { setDraft } from './github/release.js'
import { escapeMarkdown, markdownCode } from './report/escape.js'
import { OutputRefused, writeContained } from './io/safe-write.js'
import { convertInWorkspace } from './github/convert.js'
import { finding } from './checks/rules.js'
import { checksums, scanPredicate, statement } from './github/attestation.js'
import { hubEndpoint, isHubSpec } from './remote/hub.js'
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
    if (cfg.hubRepos.length > 0) plan.description = `${cfg.hubRepos.length} Hugging Face Hub repo(s): ${cfg.hubRepos.map(r => markdownCode(r)).join(', ')}`
    const writes = new WriteAccess(plan.fork, notes)
    log(`scanning ${plan.description.replace(/`/g, '')}${cfg.configFile ? `; settings from ${cfg.configFile}${cfg.configFromBase ? ' at the base commit' : ''}` : ''}`)

    // merge-reports: the shards scanned; this job joins their reports and publishes them (issue #13).
    const merged = cfg.mergeReports ? await mergeReportFiles(ctx.workspace, cfg.mergeReports, cfg.failOn, notes) : undefined
    const target: ScanTarget = merged ? { options: { root: ctx.workspace }, empty: true } : await resolveTarget(octokit, ctx, cfg, plan, notes, log, env)
    const base = cfg.baseModel ? { spec: isHubSpec(cfg.baseModel) ? cfg.baseModel : resolve(ctx.workspace, cfg.baseModel) } : {}
    const hub = { endpoint: hubEndpoint(env), ...(cfg.hubToken ? { token: cfg.hubToken } : {}) }
    const scanOpts = { ...target.options, failOn: cfg.failOn, deep: cfg.deep, code: cfg.code, suppressions: cfg.suppressions, base: { ...base, hub }, shard: cfg.shard }
    if (cfg.shard) notes.say('shard', `Shard ${cfg.shard.index}/${cfg.shard.count}: this job scans only its part; the merge job comments and gives the verdict.`, 'info')
    const scanned = merged ? { report: merged.report, analyses: [] } : target.empty ? { report: buildReport(scanOpts.root, [], [], cfg.failOn), analyses: [] } : await scan(scanOpts).finally(() => target.cleanup?.())
    // Release assets left undownloaded (the token's hourly budget) are findings: a gate must not pass them silently.
    const skipped = target.downloaded?.skipped ?? []
    const budgetNote = (n?: number, reset?: number) => `${n ?? 'few'} API request(s) were left this hour${reset ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : ''}`
    const result =
      skipped.length === 0
        ? scanned
        : {
            ...scanned,
            report: buildReport(
              scanned.report.root,
              scanned.analyses,
              [
                ...scanned.report.findings,
                ...skipped.map(a =>
                  finding('resource-limit', {
                    severity: 'error',
                    path: a.name,
                    message: `Release asset not downloaded, so not scanned: ${budgetNote(target.downloaded?.remaining, target.downloaded?.reset)}, kept for writing the report.`,
                    fix: 'Re-run the job after the limit resets, or split the assets over several releases.'
                  })
                )
              ],
              cfg.failOn
            )
          }
    let report = result.report

    const converted =
      cfg.convert && target.release === undefined
        ? await convertInWorkspace(result.analyses, { root: scanOpts.root, workspace: ctx.workspace, temp: ctx.temp, convertDir: cfg.convertDir, dedupe: cfg.convertDedupe }, notes)
        : undefined

    if (converted && converted.findings.length > 0) {
      // Names refused by convert are findings like any other: in every report, under the same suppressions.
      const extra = applySuppressions(converted.findings, cfg.suppressions, scanOpts.unsuppressible ?? [])
      report = buildReport(report.root, result.analyses, [...report.findings, ...extra].sort(compareFindings), cfg.failOn)
    }

    // Outputs only inside the workspace or RUNNER_TEMP, through no planted symlink (issue #10).
    const refused: string[] = []
    const writeOutput = async (what: string, path: string, data: string): Promise<string | undefined> => {
      try {
        return await writeContained(path, data, { allowed: [ctx.workspace, ctx.temp], what })
      } catch (e) {
        if (!(e instanceof OutputRefused)) throw e
        refused.push(e.message)
        notes.say(`refused:${what}`, `Not written: ${escapeMarkdown(withoutRunnerPaths(e.message, ctx))}`, 'warning')
        return undefined
      }
    }
    const reportFile = await writeOutput('report-file', resolve(ctx.workspace, cfg.reportFile || join(ctx.temp, 'adapter-guard-report.json')), renderJson(report))
    let sarifFile: string | undefined
    if (cfg.sarifFile) {
      const rel = target.release
      const releaseBase = rel ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/releases` : ''
      const release =
        rel && target.downloaded
          ? {
              url: rel.htmlUrl ?? `${releaseBase}/tag/${encodeURIComponent(rel.tag)}`,
              assets: new Map(target.downloaded.assets.map(a => [a.file, { name: a.name, url: `${releaseBase}/download/${encodeURIComponent(rel.tag)}/${encodeURIComponent(a.name)}` }]))
            }
          : undefined
      sarifFile = await writeOutput('sarif-file', resolve(ctx.workspace, cfg.sarifFile), renderSarif(report, { category: cfg.sarifCategory || defaultSarifCategory(env), repoRoot: ctx.workspace, release }))
    }

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

    let attestation: { file: string; predicate: string; predicateFile: string; subjects: string } | undefined
    if (target.release && target.downloaded) {
      const predicate = scanPredicate(report, { deep: cfg.deep, tag: target.release.tag, releaseUrl: target.release.htmlUrl, runUrl: runUrl(ctx), notScanned: skipped.map(a => a.name) })
      // A fresh directory of our own under RUNNER_TEMP: nothing planted can be followed or overwritten.
      const dir = await mkdtemp(join(ctx.temp, 'adapter-guard-attestation-'))
      attestation = { file: join(dir, 'statement.intoto.json'), predicate: JSON.stringify(predicate), predicateFile: join(dir, 'predicate.json'), subjects: join(dir, 'subjects.sha256') }
      await writeFile(attestation.file, JSON.stringify(statement(target.downloaded, predicate), null, 2) + '\n', { flag: 'wx' })
      await writeFile(attestation.predicateFile, attestation.predicate + '\n', { flag: 'wx' })
      await writeFile(attestation.subjects, checksums(target.downloaded), { flag: 'wx' })
      log(`attestation statement for ${target.downloaded.assets.length} asset(s), verdict ${predicate.verdict}: ${attestation.file}`)
    }

    const preamble = () => [`Scanned ${plan.description}.`, ...notes.lines.map(l => `> ${l}`)]
    // A shard job publishes nothing to the PR: N jobs would fight over one sticky comment.
    const published: Awaited<ReturnType<typeof publish>> = cfg.shard ? {} : await publish(octokit, ctx, cfg, plan, report, notes, writes, preamble)
    // "Full report" points somewhere other than this page: the check run, else says where the JSON report is.
    const full = published.checkRunUrl
      ? { url: published.checkRunUrl }
      : { text: 'Every finding is in the JSON report (the `report-file` output): upload it with actions/upload-artifact to keep it.' }
    await writeSummary(summaryMarkdown(report, preamble(), full, notes.endLines))
    setOutputs(report, { reportFile: reportFile ?? '', sarifFile, commentId: published.commentId, converted: converted?.written })
    setOutputCapped('attestation-file', attestation?.file ?? '')
    setOutputCapped('attestation-predicate', attestation?.predicate ?? '')
    setOutputCapped('attestation-predicate-file', attestation?.predicateFile ?? '')
    setOutputCapped('attestation-subjects', attestation?.subjects ?? '')

    const s = report.summary
    log(`scanned ${s.files} file(s), ${s.findings} finding(s), ${s.suppressed} suppressed, highest severity ${s.highestSeverity}.`)
    if (refused.length > 0) core.setFailed(`adapter-guard: ${logLine(withoutRunnerPaths(refused.join(' '), ctx))}`)
    else if (merged && merged.missing.length > 0) core.setFailed(`adapter-guard: ${missingMessage(merged.missing, report.merged?.count ?? 0)}`)
    else if (cfg.shard) log(`shard ${cfg.shard.index}/${cfg.shard.count} done; the verdict comes from the merge job.`)
    else if (unsafeRelease) core.setFailed(`adapter-guard: release ${target.release?.tag} is unsafe: highest severity "${s.highestSeverity}" reaches fail-on "${cfg.failOn}".`)
    else if (s.failed) core.setFailed(`adapter-guard: ${s.findings} finding(s); highest severity "${s.highestSeverity}" reaches fail-on "${cfg.failOn}".`)
  } catch (e) {
    core.setFailed(`adapter-guard: ${(e as Error).message}`)
  }
}
