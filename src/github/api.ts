// The REST client and what its errors mean. The client is built inside run() with the base URL
// from the environment (module-load-time defaults are a trap: platform doc §1.7).
import { getOctokit } from '@actions/github'
import type { RunnerContext } from './runner.js'

export type Octokit = ReturnType<typeof getOctokit>

/** Secondary rate limits (403/429 with `retry-after`, or an exhausted `x-ratelimit-remaining`): retries. */
export const RATE_LIMIT_RETRIES = 2
/** Longest wait honoured before one retry; past it the error stands (the job's minutes are the user's). */
export const MAX_RETRY_WAIT_MS = 60_000
/** GitHub asks for at least a minute when a secondary limit names no retry-after. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000

/** How long GitHub asks us to wait before retrying, or undefined when the error is not a rate limit. */
export function rateLimitWait(e: unknown, now = Date.now()): number | undefined {
  const status = httpStatus(e)
  if (status !== 403 && status !== 429) return undefined
  const headers = (e as HttpErrorShape | undefined)?.response?.headers ?? {}
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'] !== undefined) return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now)
  if (/secondary rate limit/i.test((e as HttpErrorShape | undefined)?.message ?? '')) return SECONDARY_DEFAULT_WAIT_MS
  return undefined
}

/** What the latest API response said about the token's hourly budget (`x-ratelimit-*` headers). */
export interface RateBudget {
  remaining?: number
  limit?: number
  /** Epoch seconds. */
  reset?: number
}

const budgets = new WeakMap<object, RateBudget>()

/** The budget seen by this client so far (empty before the first response). */
export function rateBudget(octokit: Octokit): RateBudget {
  return budgets.get(octokit) ?? {}
}

function noteBudget(budget: RateBudget, headers: Record<string, unknown> | undefined): void {
  const n = (k: string) => {
    const v = Number(headers?.[k])
    return headers?.[k] !== undefined && Number.isFinite(v) ? v : undefined
  }
  const remaining = n('x-ratelimit-remaining')
  if (remaining === undefined) return
  budget.remaining = remaining
  budget.limit = n('x-ratelimit-limit') ?? budget.limit
  budget.reset = n('x-ratelimit-reset') ?? budget.reset
}

export function makeOctokit(token: string, ctx: Pick<RunnerContext, 'apiUrl'>, sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms))): Octokit {
  const octokit = getOctokit(token, { baseUrl: ctx.apiUrl, userAgent: 'adapter-guard' })
  const budget: RateBudget = {}
  budgets.set(octokit, budget)
  // A comment or check-run write that meets a secondary rate limit waits as GitHub asks and retries,
  // instead of losing the report; a plain 403 (missing permission) is never retried.
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await request(options)
        noteBudget(budget, res.headers as Record<string, unknown>)
        return res
      } catch (e) {
        noteBudget(budget, (e as HttpErrorShape | undefined)?.response?.headers)
        const wait = rateLimitWait(e)
        if (wait === undefined || attempt >= RATE_LIMIT_RETRIES || wait > MAX_RETRY_WAIT_MS) throw e
        await sleep(wait)
      }
    }
  })
  return octokit
}

interface HttpErrorShape {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

export function httpStatus(e: unknown): number | undefined {
  const s = (e as HttpErrorShape | undefined)?.status
  return typeof s === 'number' ? s : undefined
}

/**
 * A rate limit, primary or secondary: 429, or 403 with `x-ratelimit-remaining: 0`, a `retry-after`
 * header or GitHub's "rate limit" wording (REST docs, "Rate limits for the REST API"). Not a permission problem.
 */
export function isRateLimited(e: unknown): boolean {
  const s = httpStatus(e)
  if (s === 429) return true
  if (s !== 403) return false
  const headers = (e as HttpErrorShape | undefined)?.response?.headers ?? {}
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test((e as HttpErrorShape | undefined)?.message ?? '')
}

/** When the primary limit resets (from `x-ratelimit-reset`, epoch seconds), as an ISO time, if known. */
export function rateLimitReset(e: unknown): string | undefined {
  const reset = Number((e as HttpErrorShape | undefined)?.response?.headers?.['x-ratelimit-reset'])
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined
}

/** 403/404 on a write that is not a rate limit: the token lacks the permission (fork PRs always get a read-only token). */
export function isForbidden(e: unknown): boolean {
  const s = httpStatus(e)
  return (s === 403 || s === 404) && !isRateLimited(e)
}

/** GitHub names the permission it wanted in `x-accepted-github-permissions`; say it when present. */
export function permissionHint(e: unknown, fallback: string): string {
  const h = (e as HttpErrorShape | undefined)?.response?.headers?.['x-accepted-github-permissions']
  return typeof h === 'string' && h.trim() ? h.trim().replace(/=/g, ': ') : fallback
}

export function errorText(e: unknown): string {
  const s = httpStatus(e)
  const msg = (e as HttpErrorShape | undefined)?.message ?? String(e)
  return s ? `HTTP ${s}: ${msg.split('\n')[0]}` : msg.split('\n')[0]
}
