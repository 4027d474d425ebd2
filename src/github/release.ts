// Release gating: find the release (by id from the event, or by tag, drafts included), download its
// assets into RUNNER_TEMP, and turn an unsafe release back into a draft when asked.
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import type { Octokit } from './api.js'
import { httpStatus, rateBudget } from './api.js'
import { downloadAsset } from './download.js'
import { get, type RunnerContext } from './runner.js'

/** GitHub allows at most 1,000 assets per release. */
export const MAX_RELEASE_ASSETS = 1000
/** Release pages looked through for a draft by tag (drafts are not served by tag). */
export const MAX_RELEASE_PAGES = 10
/** Assets per page when listing them (the API's maximum). */
export const ASSETS_PER_PAGE = 100
/**
 * API requests kept for reporting after the downloads (check run batches, comment, release draft):
 * each download costs one request, and GITHUB_TOKEN has 1,000 an hour per repository.
 */
export const REPORT_REQUEST_RESERVE = 50

export interface AssetInfo {
  id: number
  name: string
  size: number
  digest?: string | null
}

export interface ReleaseInfo {
  id: number
  tag: string
  draft: boolean
  immutable: boolean
  htmlUrl?: string
  assets: AssetInfo[]
}

function toAsset(a: unknown): AssetInfo {
  return {
    id: Number(get(a, 'id')),
    name: String(get(a, 'name') ?? ''),
    size: Number(get(a, 'size') ?? 0),
    digest: typeof get(a, 'digest') === 'string' ? (get(a, 'digest') as string) : null
  }
}

function toRelease(r: unknown): ReleaseInfo {
  const assets = get(r, 'assets')
  return {
    id: Number(get(r, 'id')),
    tag: String(get(r, 'tag_name') ?? ''),
    draft: get(r, 'draft') === true,
    immutable: get(r, 'immutable') === true,
    htmlUrl: typeof get(r, 'html_url') === 'string' ? (get(r, 'html_url') as string) : undefined,
    assets: (Array.isArray(assets) ? assets : []).slice(0, MAX_RELEASE_ASSETS).map(toAsset)
  }
}

/**
 * Every asset of the release, page by page (`GET /releases/{id}/assets`, 100 a page): the release
 * object is not a complete listing to rely on. Falls back to the object's own list when listing fails.
 */
export async function listAssets(octokit: Octokit, ctx: RunnerContext, release: ReleaseInfo): Promise<AssetInfo[]> {
  const out: AssetInfo[] = []
  try {
    for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleaseAssets, { owner: ctx.owner, repo: ctx.repo, release_id: release.id, per_page: ASSETS_PER_PAGE })) {
      out.push(...page.data.map(toAsset))
      if (out.length >= MAX_RELEASE_ASSETS) break
    }
  } catch (e) {
    if (release.assets.length > 0) return release.assets
    throw e
  }
  return out.slice(0, MAX_RELEASE_ASSETS)
}

export async function findRelease(octokit: Octokit, ctx: RunnerContext, which: { id?: number; tag?: string }): Promise<ReleaseInfo> {
  const base = { owner: ctx.owner, repo: ctx.repo }
  if (which.id !== undefined) {
    try {
      return toRelease((await octokit.rest.repos.getRelease({ ...base, release_id: which.id })).data)
    } catch (e) {
      // The event payload has the release as it was published; good enough when the API says no.
      const fromEvent = get(ctx.payload, 'release')
      if (fromEvent) return toRelease(fromEvent)
      throw e
    }
  }
  const tag = which.tag ?? ''
  try {
    return toRelease((await octokit.rest.repos.getReleaseByTag({ ...base, tag })).data)
  } catch (e) {
    if (httpStatus(e) !== 404) throw e
  }
  // Drafts are only listed (with contents: write), never served by tag.
  let pages = 0
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleases, { ...base, per_page: 100 })) {
    const hit = page.data.find(r => r.tag_name === tag)
    if (hit) return toRelease(hit)
    if (++pages >= MAX_RELEASE_PAGES) break
  }
  throw new Error(`no release with tag "${tag}" (drafts are visible only with contents: write)`)
}

/** A file name safe to create in our temp dir: no directories, no dot names, no control characters. */
export function safeAssetName(name: string, used: Set<string>): string {
  let s = name.replace(/[/\\\u0000-\u001f\u007f]/g, '_').slice(0, 200)
  if (s === '' || s === '.' || s === '..') s = `asset${s}`
  let out = s
  for (let i = 2; used.has(out); i++) out = `${i}-${s}`
  used.add(out)
  return out
}

export interface DownloadedAsset {
  /** File name in the download dir (the scan path). */
  file: string
  /** The asset's name on the release. */
  name: string
  sha256: string
  bytes: number
}

export interface DownloadedRelease {
  dir: string
  files: string[]
  bytes: number
  assets: DownloadedAsset[]
  /** Assets left undownloaded to keep the token's hourly budget for reporting. */
  skipped: AssetInfo[]
  /** The token's remaining requests when the downloads stopped (when known). */
  remaining?: number
  reset?: number
}

/**
 * Downloads through the API client (its rate-limit handling and budget), one request per asset;
 * stops before the token's hourly budget runs below what reporting needs, and says what was left.
 */
export async function downloadRelease(release: ReleaseInfo, ctx: RunnerContext, token: string, log: (s: string) => void, octokit?: Octokit): Promise<DownloadedRelease> {
  const dir = await mkdtemp(join(ctx.temp, 'adapter-guard-release-'))
  const used = new Set<string>()
  const out: DownloadedRelease = { dir, files: [], bytes: 0, assets: [], skipped: [] }
  for (const [i, a] of release.assets.entries()) {
    const budget = octokit ? rateBudget(octokit) : {}
    if (budget.remaining !== undefined && budget.remaining <= REPORT_REQUEST_RESERVE) {
      out.skipped = release.assets.slice(i)
      out.remaining = budget.remaining
      out.reset = budget.reset
      log(`stopped downloading after ${i} asset(s): ${budget.remaining} API request(s) left this hour, kept for the report`)
      break
    }
    const name = safeAssetName(a.name, used)
    // Built from GITHUB_API_URL, never from a URL in a payload: the token goes only to the API.
    const url = `${ctx.apiUrl}/repos/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/releases/assets/${a.id}`
    const firstHop = octokit
      ? async (signal: AbortSignal): Promise<Response> => {
          const r = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: ctx.owner,
            repo: ctx.repo,
            asset_id: a.id,
            headers: { accept: 'application/octet-stream' },
            request: { redirect: 'manual', parseSuccessResponseBody: false, signal }
          })
          const headers = new Headers()
          for (const [k, v] of Object.entries(r.headers)) if (typeof v === 'string' || typeof v === 'number') headers.set(k, String(v))
          const body = (r.status as number) === 200 ? (r.data as unknown as ReadableStream<Uint8Array>) : null
          return new Response(body, { status: r.status, headers })
        }
      : undefined
    try {
      const r = await downloadAsset(url, token, join(dir, name), { digest: a.digest, firstHop })
      out.bytes += r.bytes
      out.files.push(name)
      out.assets.push({ file: name, name: a.name, sha256: r.sha256, bytes: r.bytes })
      log(`downloaded ${name}: ${r.bytes} bytes, sha256 ${r.sha256}${a.digest ? ' (matches digest)' : ''}${r.redirectedTo ? `, from ${r.redirectedTo}` : ''}`)
    } catch (e) {
      throw new Error(`release asset "${a.name}" could not be downloaded: ${(e as Error).message}`, { cause: e })
    }
  }
  return out
}

/** Resolves true once GitHub has accepted the change. */
export async function setDraft(octokit: Octokit, ctx: RunnerContext, releaseId: number): Promise<true> {
  await octokit.rest.repos.updateRelease({ owner: ctx.owner, repo: ctx.repo, release_id: releaseId, draft: true })
  return true
}
