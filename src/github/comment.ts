// One sticky PR comment per workflow+job: found by a hidden marker, updated in place, never a second
// one; a clean run rewrites it to say so. Bodies stay within GitHub's 65,536-character limit.
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'
import type { Octokit } from './api.js'

/** GitHub rejects comment bodies over 65,536 characters with HTTP 422. */
export const COMMENT_MAX_CHARS = 65_536
export const COMMENTS_PER_PAGE = 100
/** Comments looked through for the marker at most (50 pages): bounds the loop on huge threads. */
export const MAX_COMMENTS_SCANNED = 5000

export type CommentPolicy = 'always' | 'on-findings' | 'never'

/** Hidden marker naming this workflow+job; encoded so a name cannot close the HTML comment. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- adapter-guard:${encodeURIComponent(workflow)}/${encodeURIComponent(job)} -->`
}

export function commentBody(report: ScanReport, marker: string, opts: { preamble: string[]; fullReportUrl?: string; commit?: string }): string {
  const parts = [opts.commit ? `Commit \`${opts.commit.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\`.` : '', opts.fullReportUrl ? `Full report in the [job summary](${opts.fullReportUrl}).` : '']
  const footer = parts.some(Boolean) ? `\n<sub>${parts.filter(Boolean).join(' ')}</sub>\n` : ''
  const md = renderMarkdown(report, {
    maxLength: COMMENT_MAX_CHARS - marker.length - 1 - footer.length,
    fullReportUrl: opts.fullReportUrl,
    preamble: opts.preamble
  })
  const body = `${marker}\n${md}${footer}`
  if (body.length <= COMMENT_MAX_CHARS) return body
  // Only a preamble far larger than any we write can get here: cut at a line and point to the summary.
  const note = `\n\n_Cut to fit GitHub's comment limit.${opts.fullReportUrl ? ` See the [job summary](${opts.fullReportUrl}).` : ''}_\n`
  const room = COMMENT_MAX_CHARS - note.length
  const cutAt = body.lastIndexOf('\n', room)
  return body.slice(0, cutAt > 0 ? cutAt : room) + note
}

export async function findComment(octokit: Octokit, owner: string, repo: string, issueNumber: number, marker: string): Promise<number | undefined> {
  let seen = 0
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: COMMENTS_PER_PAGE })
  for await (const page of pages) {
    // Ours start with the marker and were written by a bot (the Actions token, or an app's): a person
    // quoting the marker in a comment of their own cannot redirect where results are written.
    for (const c of page.data) if (c.body?.startsWith(marker) && (c.user?.type ?? 'Bot') === 'Bot') return c.id
    seen += page.data.length
    if (seen >= MAX_COMMENTS_SCANNED) break
  }
  return undefined
}

export interface CommentResult {
  id?: number
  action: 'created' | 'updated' | 'skipped'
}

/**
 * Applies the policy: `always` writes; `on-findings` writes when there are findings and otherwise
 * only turns an existing comment into the clean state; `never` does nothing.
 */
export async function upsertComment(
  octokit: Octokit,
  args: { owner: string; repo: string; issueNumber: number; marker: string; policy: CommentPolicy; hasFindings: boolean; body: string }
): Promise<CommentResult> {
  if (args.policy === 'never') return { action: 'skipped' }
  const existing = await findComment(octokit, args.owner, args.repo, args.issueNumber, args.marker)
  const base = { owner: args.owner, repo: args.repo }
  if (existing !== undefined) {
    await octokit.rest.issues.updateComment({ ...base, comment_id: existing, body: args.body })
    return { id: existing, action: 'updated' }
  }
  if (args.policy === 'on-findings' && !args.hasFindings) return { action: 'skipped' }
  const created = await octokit.rest.issues.createComment({ ...base, issue_number: args.issueNumber, body: args.body })
  return { id: created.data.id, action: 'created' }
}
