// Event → what to scan. PRs and merge queues scan what changed (scope: changed) or everything,
// releases scan their assets, everything else scans the tree; an unknown event never crashes.
import { escapeMarkdown, markdownCode } from '../report/escape.js'
import type { ActionConfig } from './inputs.js'
import { get, getNumber, getString, type RunnerContext } from './runner.js'

export type ScanMode = 'pull-request' | 'merge-group' | 'release' | 'tree'

export interface ScanPlan {
  mode: ScanMode
  /** Whether only what changed is scanned (PR and merge-group modes with scope: changed). */
  changedOnly: boolean
  /** Commit the check run is attached to: the PR head, not the merge commit. */
  headSha?: string
  baseSha?: string
  prNumber?: number
  /** PR payload's changed_files, to skip listing past the API cap. */
  changedFiles?: number
  /** Fork PRs get a read-only token whatever the workflow asks for. */
  fork: boolean
  release?: { id?: number; tag?: string }
  /** One line for the log and summary: which mode and why. */
  description: string
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const TREE_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule'])

export function planScan(ctx: RunnerContext, cfg: ActionConfig): ScanPlan {
  const p = ctx.payload
  const ev = ctx.eventName
  const base = { fork: false, headSha: ctx.sha || undefined }
  if (cfg.releaseTag) {
    return { ...base, mode: 'release', changedOnly: false, release: { tag: cfg.releaseTag }, description: `release mode: assets of release ${markdownCode(cfg.releaseTag)} (release-tag input)` }
  }
  if (ev === 'release') {
    const id = getNumber(p, 'release', 'id')
    const tag = getString(p, 'release', 'tag_name')
    const action = getString(p, 'action') ?? 'unknown'
    return { ...base, mode: 'release', changedOnly: false, release: { id, tag }, description: `release mode: assets of release ${markdownCode(tag ?? String(id ?? '?'))} (release ${escapeMarkdown(action)})` }
  }
  if (PR_EVENTS.has(ev) && get(p, 'pull_request')) {
    const headRepo = getString(p, 'pull_request', 'head', 'repo', 'full_name')
    const baseRepo = getString(p, 'pull_request', 'base', 'repo', 'full_name') ?? getString(p, 'repository', 'full_name')
    const number = getNumber(p, 'pull_request', 'number') ?? getNumber(p, 'number')
    const changedOnly = cfg.scope === 'changed' && number !== undefined
    return {
      mode: 'pull-request',
      changedOnly,
      headSha: getString(p, 'pull_request', 'head', 'sha') ?? base.headSha,
      baseSha: getString(p, 'pull_request', 'base', 'sha'),
      prNumber: number,
      changedFiles: getNumber(p, 'pull_request', 'changed_files'),
      // A deleted fork has head.repo null: treat it as a fork too.
      fork: headRepo === undefined ? get(p, 'pull_request', 'head', 'repo') === null : headRepo !== baseRepo,
      description: `pull request #${number ?? '?'} (${ev}): ${changedOnly ? 'checkpoint directories changed by the PR (scope: changed)' : 'the whole tree (scope: all)'}`
    }
  }
  if (ev === 'merge_group') {
    const headSha = getString(p, 'merge_group', 'head_sha') ?? base.headSha
    const baseSha = getString(p, 'merge_group', 'base_sha')
    const changedOnly = cfg.scope === 'changed' && baseSha !== undefined && headSha !== undefined
    return {
      mode: 'merge-group',
      changedOnly,
      headSha,
      baseSha,
      fork: false,
      description: `merge queue (merge_group): ${changedOnly ? 'checkpoint directories changed against the base (scope: changed)' : 'the whole tree (scope: all)'}`
    }
  }
  if (TREE_EVENTS.has(ev)) return { ...base, mode: 'tree', changedOnly: false, description: `the whole tree (${ev})` }
  return { ...base, mode: 'tree', changedOnly: false, description: `the whole tree (event ${markdownCode(ev || 'none')} has no special handling)` }
}
