// One sticky PR comment per workflow+job: found by a hidden marker, updated in place, never a second
// one; a clean run rewrites it to say so. Bodies stay within GitHub's 65,536 limit, counted in UTF-8
// bytes (never more than the characters GitHub counts, so both readings of the limit hold).
import type { ScanReport } from '../types.js'
import { renderMarkdown } from '../report/markdown.js'
import { byteLength, safeHref } from '../report/message.js'
import { httpStatus, type Octokit } from './api.js'

/** GitHub rejects comment bodies over 65,536 characters with HTTP 422; we keep to 65,536 bytes. */
export const COMMENT_MAX_BYTES = 65_536
/** @deprecated counted in bytes now: COMMENT_MAX_BYTES. */
export const COMMENT_MAX_CHARS = COMMENT_MAX_BYTES
export const COMMENTS_PER_PAGE = 100
/** Comments looked through for the marker at most (50 pages): bounds the loop on huge threads. */
export const MAX_COMMENTS_SCANNED = 5000

export type CommentPolicy = 'always' | 'on-findings' | 'never'

/** Hidden marker naming this workflow+job; encoded so a name cannot close the HTML comment. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- adapter-guard:${encodeURIComponent(workflow)}/${encodeURIComponent(job)} -->`
}

export function commentBody(
  report: ScanReport,
  marker: string,
  opts: { preamble: string[]; appendix?: string[]; fullReportUrl?: string; fullReportLabel?: string; commit?: string }
): string {
  const label = opts.fullReportLabel ?? 'job summary'
  const parts = [opts.commit ? `Commit \`${opts.commit.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\`.` : '', opts.fullReportUrl ? `Full report in the [${label}](${safeHref(opts.fullReportUrl)}).` : '']
  const footer = parts.some(Boolean) ? `\n<sub>${parts.filter(Boolean).join(' ')}</sub>\n` : ''
  // The renderer cuts on structure (whole rows, whole sections), so the body always fits whole.
  const md = renderMarkdown(report, {
    maxLength: COMMENT_MAX_BYTES - byteLength(marker) - 1 - byteLength(footer),
    fullReportUrl: opts.fullReportUrl,
    preamble: opts.preamble,
    appendix: opts.appendix
  })
  return `${marker}\n${md}${footer}`
}

/**
 * Who the token writes as: a personal access token (or a user-to-server token) is a user, named by
 * GET /user; an installation token (GITHUB_TOKEN, an app's) cannot call GET /user (403), and writes
 * as a bot. `undefined` login: a bot of unknown name.
 */
export async function tokenAuthor(octokit: Octokit): Promise<{ login?: string; bot: boolean }> {
  try {
    const me = await octokit.rest.users.getAuthenticated()
    return { login: me.data.login, bot: me.data.type === 'Bot' }
  } catch (e) {
    const s = httpStatus(e)
    if (s === 403 || s === 401 || s === 404) return { bot: true }
    throw e
  }
}

export async function findComment(octokit: Octokit, owner: string, repo: string, issueNumber: number, marker: string, author?: { login?: string; bot: boolean }): Promise<number | undefined> {
  let seen = 0
  const me = author ?? { bot: true }
  // Ours start with the marker and were written by the token's own author (the PAT's user, or a
  // bot for installation tokens): a person quoting the marker cannot redirect where results go.
  const mine = (user: { login?: string; type?: string } | null | undefined): boolean =>
    me.login !== undefined ? user?.login === me.login : (user?.type ?? 'Bot') === 'Bot'
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: COMMENTS_PER_PAGE })
  for await (const page of pages) {
    for (const c of page.data) if (c.body?.startsWith(marker) && mine(c.user)) return c.id
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
  const existing = await findComment(octokit, args.owner, args.repo, args.issueNumber, args.marker, await tokenAuthor(octokit))
  const base = { owner: args.owner, repo: args.repo }
  if (existing !== undefined) {
    await octokit.rest.issues.updateComment({ ...base, comment_id: existing, body: args.body })
    return { id: existing, action: 'updated' }
  }
  if (args.policy === 'on-findings' && !args.hasFindings) return { action: 'skipped' }
  const created = await octokit.rest.issues.createComment({ ...base, issue_number: args.issueNumber, body: args.body })
  return { id: created.data.id, action: 'created' }
}
