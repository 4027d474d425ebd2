// Where developers look: the check run (every annotation, when workflow commands would drop some),
// workflow-command annotations otherwise, and the sticky PR comment. Every write may be refused.
import * as core from '@actions/core'
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'
import type { Octokit } from './api.js'
import type { ActionConfig } from './inputs.js'
import type { ScanPlan } from './event.js'
import type { Notes } from './notes.js'
import { runUrl, type RunnerContext } from './runner.js'
import type { WriteAccess } from './write-access.js'
import { STEP_ANNOTATION_CAP, emitAnnotations, overflowsStep } from './annotations.js'
import { CHECK_OUTPUT_MAX_CHARS, CHECK_RUN_NAME, publishCheckRun } from './check-run.js'
import { commentBody, commentMarker, upsertComment } from './comment.js'

export interface Published {
  commentId?: number
}

export async function publish(
  octokit: Octokit | undefined,
  ctx: RunnerContext,
  cfg: ActionConfig,
  plan: ScanPlan,
  report: ScanReport,
  notes: Notes,
  writes: WriteAccess,
  preamble: () => string[]
): Promise<Published> {
  const link = runUrl(ctx)
  const active = report.findings.filter(f => !f.suppressed).length
  const wantCheck = cfg.checkRun === 'always' || (cfg.checkRun === 'auto' && overflowsStep(report.findings))
  let checked = false
  if (wantCheck && octokit && plan.headSha) {
    const headSha = plan.headSha
    const summary = renderMarkdown(report, { maxLength: CHECK_OUTPUT_MAX_CHARS, preamble: preamble(), fullReportUrl: link })
    const run = await writes.attempt('check run', 'checks: write', () =>
      publishCheckRun(octokit, { owner: ctx.owner, repo: ctx.repo, headSha, report, summary, detailsUrl: link })
    )
    if (run) {
      checked = run.left === 0
      const where = run.url ? `[check run ${CHECK_RUN_NAME}](${run.url})` : `check run \`${CHECK_RUN_NAME}\``
      notes.say('check-run', `${run.annotated} annotation(s) are on the ${where} (${run.requests} request(s))${run.left > 0 ? `; ${run.left} more are only in this summary and the reports` : ''}.`, 'info')
    }
  }
  if (!checked && cfg.annotations) {
    const { notShown } = emitAnnotations(report.findings)
    if (notShown > 0) {
      notes.say(
        'not-shown',
        `${notShown} of ${active} annotation(s) were not shown: GitHub shows ${STEP_ANNOTATION_CAP} per level per step${wantCheck ? ' and the check run could not be written' : ''}. Every finding is in the table below and in the JSON/SARIF reports.`,
        'warning'
      )
    }
  }

  const out: Published = {}
  if (plan.prNumber !== undefined && cfg.comment !== 'never' && octokit) {
    const issueNumber = plan.prNumber
    const marker = commentMarker(ctx.workflow, ctx.job)
    const body = commentBody(report, marker, { preamble: preamble(), fullReportUrl: link, commit: plan.headSha })
    const res = await writes.attempt('PR comment', 'pull-requests: write', () =>
      upsertComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber, marker, policy: cfg.comment, hasFindings: active > 0, body })
    )
    if (res && res.id !== undefined) {
      out.commentId = res.id
      core.info(`adapter-guard: PR comment ${res.id} ${res.action}.`)
    }
  }
  return out
}
