// On any event about a pull request (and merge queues) the settings and suppressions come from the
// config file at the base commit (or the default branch when the event names no base), never from
// the workspace, which may hold the change under review: a PR cannot set `fail-on: never` or
// suppress the checkpoint it brings. When the base copy cannot be read for any reason but "it does
// not exist" (5xx, rate limit, no token), the run uses the defaults plus the workflow's inputs and
// says so once: it never falls back to the change's own copy (issue #10).
import type { Octokit } from './api.js'
import { errorText, httpStatus } from './api.js'
import { MAX_CONFIG_BYTES } from './config-file.js'
import type { Notes } from './notes.js'
import { get, getString, type RunnerContext } from './runner.js'
import { escapeMarkdown, markdownCode } from '../report/escape.js'

export interface BaseConfig {
  /** The file's text at the base commit; null when it does not exist there or could not be read. */
  text: string | null
  source: string
  /** Why the base copy could not be read (then defaults plus inputs apply). */
  unavailable?: string
}

/** Workflow triggers whose run is about a pull request, as `workflow_run.event` names them. */
const PR_TRIGGERS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group'])
/** Event names that are about a pull request even when the payload is missing or unreadable. */
const PR_EVENT_NAMES = new Set([...PR_TRIGGERS, 'pull_request_review_thread'])

/** Events that are sometimes about a pull request: the payload decides. */
const MAYBE_PR_EVENTS = new Set(['issue_comment', 'workflow_run', 'check_suite', 'check_run'])

const SHA = /^[0-9a-f]{40}$/i
/** A branch name as the contents API takes it in `ref` (no `..`, no control characters). */
const BRANCH = /^(?!.*\.\.)[A-Za-z0-9._/-]{1,255}$/

function firstPr(v: unknown): unknown {
  return Array.isArray(v) && v.length > 0 ? v[0] : undefined
}

/**
 * Whether the event is about a pull request, and the ref its trusted config lives at: the base
 * commit when the payload names it, else the default branch; `ref` undefined when neither is known.
 */
export function prConfigRef(ctx: Pick<RunnerContext, 'eventName' | 'payload'>): { ref?: string; what: string } | undefined {
  const p = ctx.payload
  const ev = ctx.eventName
  const defaultBranch = getString(p, 'repository', 'default_branch')
  const pick = (sha: string | undefined, what: string): { ref?: string; what: string } => {
    if (sha && SHA.test(sha)) return { ref: sha, what: `the base commit ${sha.slice(0, 12)}` }
    if (defaultBranch && BRANCH.test(defaultBranch)) return { ref: defaultBranch, what: `the default branch ${defaultBranch}` }
    return { what }
  }
  if (ev === 'merge_group') return pick(getString(p, 'merge_group', 'base_sha'), 'the merge group base')
  const pr = get(p, 'pull_request')
  if (pr && typeof pr === 'object') return pick(getString(pr, 'base', 'sha'), 'the base commit')
  // issue_comment (and issues) on a pull request: the payload names no base commit.
  if (get(p, 'issue', 'pull_request')) return pick(undefined, 'the default branch')
  for (const key of ['workflow_run', 'check_suite', 'check_run']) {
    const obj = get(p, key)
    if (!obj || typeof obj !== 'object') continue
    const first = firstPr(get(obj, 'pull_requests'))
    if (first) return pick(getString(first, 'base', 'sha'), 'the base commit')
    if (key === 'workflow_run') {
      // A run triggered by a fork's PR lists no pull_requests; its head repository gives it away.
      const trigger = getString(obj, 'event') ?? ''
      const headRepo = getString(obj, 'head_repository', 'full_name')
      const repo = getString(p, 'repository', 'full_name')
      if (PR_TRIGGERS.has(trigger) || (headRepo !== undefined && repo !== undefined && headRepo !== repo)) return pick(undefined, 'the default branch')
    }
  }
  if (PR_EVENT_NAMES.has(ev)) return pick(undefined, 'the base commit')
  // Events that may be about a PR, with no payload to tell: assume they are (fail closed).
  if (MAYBE_PR_EVENTS.has(ev) && Object.keys(p).length === 0) return pick(undefined, 'the base commit')
  return undefined
}

/** The config file at the PR's base, or undefined when the event is not about a pull request (then the workspace copy is used). */
export async function configFromBase(octokit: Octokit | undefined, ctx: RunnerContext, path: string, notes: Notes): Promise<BaseConfig | undefined> {
  const where = prConfigRef(ctx)
  if (!where) return undefined
  const source = `${path} at ${where.what}`
  const unavailable = (why: string): BaseConfig => {
    notes.say(
      'config-base',
      `The config file could not be read at ${escapeMarkdown(where.what)} (${escapeMarkdown(why)}), so the defaults plus the workflow's inputs apply; ${markdownCode(path)} in the change itself is never used on a pull request.`,
      'warning'
    )
    return { text: null, source, unavailable: why }
  }
  if (!where.ref) return unavailable('the event names neither a base commit nor a default branch')
  if (!octokit) return unavailable('no github-token')
  try {
    const r = await octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: where.ref })
    const data = r.data as { type?: string; content?: string; encoding?: string; size?: number }
    if (Array.isArray(r.data) || data.type !== 'file' || typeof data.content !== 'string') return unavailable(`${path} is not a file there`)
    if ((data.size ?? 0) > MAX_CONFIG_BYTES) return unavailable(`${data.size} bytes is over the ${MAX_CONFIG_BYTES}-byte limit`)
    const text = data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content
    return { text, source }
  } catch (e) {
    if (httpStatus(e) === 404) return { text: null, source }
    return unavailable(errorText(e))
  }
}
