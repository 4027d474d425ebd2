// The REST client and what its errors mean. The client is built inside run() with the base URL
// from the environment (module-load-time defaults are a trap: platform doc §1.7).
import { getOctokit } from '@actions/github'
import type { RunnerContext } from './runner.js'

export type Octokit = ReturnType<typeof getOctokit>

export function makeOctokit(token: string, ctx: RunnerContext): Octokit {
  return getOctokit(token, { baseUrl: ctx.apiUrl, userAgent: 'adapter-guard' })
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

/** 403/404 on a write: the token lacks the permission (fork PRs always get a read-only token). */
export function isForbidden(e: unknown): boolean {
  const s = httpStatus(e)
  return s === 403 || s === 404
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
