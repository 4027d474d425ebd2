// Where developers look: the check run (every annotation, when workflow commands would drop some),
// workflow-command annotations otherwise, and the sticky PR comment. Every write may be refused.
import * as core from '@actions/core'
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'
import { code, link, msg } from '../report/message.js'
import type { Octokit } from './api.js'
import type { ActionConfig } from './inputs.js'
import type { ScanPlan } from './event.js'
import type { Notes } from './notes.js'
import { runUrl, type RunnerContext } from './runner.js'
import type { WriteAccess } from './write-access.js'
import { STEP_ANNOTATION_CAP, emitAnnotations, overflowsStep } from './annotations.js'
import { CHECK_OUTPUT_MAX_BYTES, CHECK_RUN_NAME, publishCheckRun } from './check-run.js'
import { commentBody, commentMarker, upsertComment } from './comment.js'

export interface Published {
  commentId?: number
  /** The check run's page, when one was written: the summary's "full report" link points there. */
  checkRunUrl?: string
}

/**
 * Our own workflow commands that may still come after the finding annotations, per level: the
 * verdict (setFailed is an error annotation), the "N not shown" warning, and a warning each for a
 * refused comment or job summary. They are kept free so GitHub never drops them as the 11th.
 */
export function reservedAnnotations(willFail: boolean, commentPending: boolean): { error: number; warning: number; notice: number } {
  return { error: willFail ? 1 : 0, warning: 1 + (commentPending ? 1 : 0) + 1, notice: 0 }
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
  const jobSummary = runUrl(ctx)
  const active = report.findings.filter(f => !f.suppressed).length
  const wantCheck = cfg.checkRun === 'always' || (cfg.checkRun === 'auto' && overflowsStep(report.findings))
  const out: Published = {}
  let checked = false
  if (wantCheck && octokit && plan.headSha) {
    const headSha = plan.headSha
    // The check run's page is not the run page: its summary points at the job summary.
    const summary = renderMarkdown(report, { maxLength: CHECK_OUTPUT_MAX_BYTES, preamble: preamble(), fullReportUrl: jobSummary })
    const run = await writes.attempt('check run', 'checks: write', () =>
      publishCheckRun(octokit, { owner: ctx.owner, repo: ctx.repo, headSha, report, summary, detailsUrl: jobSummary })
    )
    if (run) {
      checked = run.left === 0
      out.checkRunUrl = run.url
      const where = run.url ? link(`check run ${CHECK_RUN_NAME}`, run.url) : code(CHECK_RUN_NAME)
      const more = run.left > 0 ? `; ${run.left} more are only in this summary and the reports` : ''
      notes.say('check-run', msg`${String(run.annotated)} annotation(s) are on the ${where} (${String(run.requests)} request(s))${more}.`, 'info', 'end')
    }
  }

  const commentPending = plan.prNumber !== undefined && cfg.comment !== 'never' && octokit !== undefined
  if (!checked && cfg.annotations) {
    const { notShown } = emitAnnotations(report.findings, STEP_ANNOTATION_CAP, reservedAnnotations(report.summary.failed, commentPending))
    if (notShown > 0) {
      const why = wantCheck ? ' and the check run could not be written' : ''
      notes.say(
        'not-shown',
        msg`${String(notShown)} of ${String(active)} annotation(s) were not shown: GitHub shows ${String(STEP_ANNOTATION_CAP)} per level per step${why}, and the worst went first. Every finding is in the findings table and in the JSON/SARIF reports.`,
        'warning',
        'end'
      )
    }
  }

  if (commentPending && plan.prNumber !== undefined && octokit) {
    const issueNumber = plan.prNumber
    const marker = commentMarker(ctx.workflow, ctx.job)
    // From the PR page, the check run (every annotation) or the job summary is somewhere new.
    const body = commentBody(report, marker, {
      preamble: preamble(),
      appendix: notes.endLines,
      fullReportUrl: out.checkRunUrl ?? jobSummary,
      fullReportLabel: out.checkRunUrl ? `check run ${CHECK_RUN_NAME}` : 'job summary',
      commit: plan.headSha
    })
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
