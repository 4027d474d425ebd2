// Release gating: find the release (by id from the event, or by tag, drafts included), download its
// assets into RUNNER_TEMP, and turn an unsafe release back into a draft when asked.
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import type { Octokit } from './api.js'
import { httpStatus } from './api.js'
import { downloadAsset } from './download.js'
import { get, type RunnerContext } from './runner.js'

/** GitHub allows at most 1,000 assets per release. */
export const MAX_RELEASE_ASSETS = 1000
/** Release pages looked through for a draft by tag (drafts are not served by tag). */
export const MAX_RELEASE_PAGES = 10

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

function toRelease(r: unknown): ReleaseInfo {
  const assets = get(r, 'assets')
  return {
    id: Number(get(r, 'id')),
    tag: String(get(r, 'tag_name') ?? ''),
    draft: get(r, 'draft') === true,
    immutable: get(r, 'immutable') === true,
    htmlUrl: typeof get(r, 'html_url') === 'string' ? (get(r, 'html_url') as string) : undefined,
    assets: (Array.isArray(assets) ? assets : []).slice(0, MAX_RELEASE_ASSETS).map(a => ({
      id: Number(get(a, 'id')),
      name: String(get(a, 'name') ?? ''),
      size: Number(get(a, 'size') ?? 0),
      digest: typeof get(a, 'digest') === 'string' ? (get(a, 'digest') as string) : null
    }))
  }
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

export interface DownloadedRelease {
  dir: string
  files: string[]
  bytes: number
}

export async function downloadRelease(release: ReleaseInfo, ctx: RunnerContext, token: string, log: (s: string) => void): Promise<DownloadedRelease> {
  const dir = await mkdtemp(join(ctx.temp, 'adapter-guard-release-'))
  const used = new Set<string>()
  const files: string[] = []
  let bytes = 0
  for (const a of release.assets) {
    const name = safeAssetName(a.name, used)
    // Built from GITHUB_API_URL, never from a URL in a payload: the token goes only to the API.
    const url = `${ctx.apiUrl}/repos/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/releases/assets/${a.id}`
    try {
      const r = await downloadAsset(url, token, join(dir, name), { digest: a.digest })
      bytes += r.bytes
      files.push(name)
      log(`downloaded ${name}: ${r.bytes} bytes, sha256 ${r.sha256}${a.digest ? ' (matches digest)' : ''}${r.redirectedTo ? `, from ${r.redirectedTo}` : ''}`)
    } catch (e) {
      throw new Error(`release asset "${a.name}" could not be downloaded: ${(e as Error).message}`, { cause: e })
    }
  }
  return { dir, files, bytes }
}

/** Resolves true once GitHub has accepted the change. */
export async function setDraft(octokit: Octokit, ctx: RunnerContext, releaseId: number): Promise<true> {
  await octokit.rest.repos.updateRelease({ owner: ctx.owner, repo: ctx.repo, release_id: releaseId, draft: true })
  return true
}
