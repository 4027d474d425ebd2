// What the runner tells a JavaScript action: environment variables and the event payload. Read
// inside run() from an env object (never at module load), so tests and the bundle see the same thing.
import { readFileSync } from 'node:fs'

export interface RunnerContext {
  eventName: string
  /** The webhook payload from GITHUB_EVENT_PATH ({} when absent or unreadable). */
  payload: Record<string, unknown>
  owner: string
  repo: string
  workspace: string
  temp: string
  apiUrl: string
  serverUrl: string
  workflow: string
  job: string
  runId: string
  runAttempt: string
  sha: string
}

export function readRunner(env: NodeJS.ProcessEnv, cwd: string): RunnerContext {
  let payload: Record<string, unknown> = {}
  const path = env.GITHUB_EVENT_PATH
  if (path) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>
    } catch {
      // an unreadable payload means no PR/release details; the event name still decides the mode
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const workspace = env.GITHUB_WORKSPACE || cwd
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    workspace,
    temp: env.RUNNER_TEMP || workspace,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    sha: env.GITHUB_SHA ?? ''
  }
}

/** Link to the workflow run (where the job summary is), built from GITHUB_SERVER_URL so GHES works. */
export function runUrl(ctx: RunnerContext): string | undefined {
  if (!ctx.owner || !ctx.runId) return undefined
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : ''
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}${attempt}`
}

/** Reads a nested field of an untyped payload: get(p, 'pull_request', 'head', 'sha'). */
export function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj
  for (const k of keys) {
    if (!cur || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[k]
  }
  return cur
}

export function getString(obj: unknown, ...keys: string[]): string | undefined {
  const v = get(obj, ...keys)
  return typeof v === 'string' ? v : undefined
}

export function getNumber(obj: unknown, ...keys: string[]): number | undefined {
  const v = get(obj, ...keys)
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}
