// Hugging Face Hub repos as scan targets: `hf://OWNER/REPO[@REVISION][/PATH]`. The revision is resolved
// to its commit sha with @huggingface/hub (`modelInfo`, then `listFiles` at that sha), so the report is
// reproducible; file bytes come by range from `{endpoint}/{repo}/resolve/{sha}/{path}`, whose redirect
// to storage we follow ourselves so the token reaches only the Hub's own host (huggingface_hub
// `file_download.py` strips Authorization the same way when the redirect leaves the Hub).
import { mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DOWNLOAD_TIMEOUT_MS, streamHashed } from '../io/hashed-download.js'
import { HttpError, HttpRangeSource, fetchFollowing, retryAfterMs, HTTP_MAX_RETRIES, HTTP_MAX_RETRY_WAIT_MS } from './http-source.js'

/** The Hub's public address; HF_ENDPOINT overrides it, as huggingface_hub and huggingface.js do. */
export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co'

/** Files listed per repo at most (a repo with more is reported, not scanned past the cap). */
export const MAX_HUB_FILES = 10_000

export interface HubTarget {
  owner: string
  repo: string
  /** Branch, tag or commit as written (percent-decoded); `main` when absent. */
  revision?: string
  /** A file or folder inside the repo. */
  path?: string
}

export interface HubOptions {
  endpoint: string
  token?: string
  fetch?: typeof fetch
  /** Backoff base for retries without Retry-After (tests shorten it). */
  retryBaseMs?: number
}

export interface HubFile {
  /** Path inside the repo. */
  path: string
  size: number
  /** LFS / xet sha256 from the listing, when the Hub gives one. */
  sha256?: string
}

export interface ResolvedHubRepo {
  target: HubTarget
  name: string
  sha: string
  files: HubFile[]
  /** More than MAX_HUB_FILES were listed. */
  truncated: boolean
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/

/** Parses `hf://OWNER/REPO[@REVISION][/PATH]`; a revision holding `/` is written percent-encoded (`@refs%2Fpr%2F1`). */
export function parseHubSpec(spec: string): HubTarget | undefined {
  if (!spec.startsWith('hf://')) return undefined
  const rest = spec.slice('hf://'.length)
  const m = /^([^/@]+)\/([^/@]+)(?:@([^/]+))?(?:\/(.*))?$/.exec(rest)
  if (!m) return undefined
  const [, owner, repo, rev, path] = m
  if (!NAME.test(owner) || !NAME.test(repo)) return undefined
  let revision: string | undefined
  try {
    revision = rev === undefined ? undefined : decodeURIComponent(rev)
  } catch {
    return undefined
  }
  const p = path?.replace(/\/+$/, '')
  if (p !== undefined && p.split('/').some(s => s === '..' || s === '.')) return undefined
  return { owner, repo, ...(revision ? { revision } : {}), ...(p ? { path: p } : {}) }
}

export function isHubSpec(s: string): boolean {
  return s.startsWith('hf://')
}

export function hubEndpoint(env: Record<string, string | undefined>): string {
  const e = (env.HF_ENDPOINT ?? '').trim()
  return (e || DEFAULT_HUB_ENDPOINT).replace(/\/+$/, '')
}

/** The token: an explicit one, else HF_TOKEN (then HUGGING_FACE_HUB_TOKEN, the older name huggingface_hub still reads). */
export function hubToken(env: Record<string, string | undefined>, explicit?: string): string | undefined {
  const t = (explicit ?? '').trim() || (env.HF_TOKEN ?? '').trim() || (env.HUGGING_FACE_HUB_TOKEN ?? '').trim()
  return t || undefined
}

/** How a resolved file is shown in reports: `hf://owner/repo@sha/path`. */
export function hubPath(r: { name: string; sha: string }, path: string): string {
  return `hf://${r.name}@${r.sha}/${path}`
}

/** A failure the scan turns into `remote-unreadable`. */
export class RemoteError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/**
 * The fetch handed to @huggingface/hub: adds the token only on the Hub's own origin, follows no
 * redirect to another origin with it, and retries 429/5xx honouring Retry-After.
 */
export function hubFetch(opts: HubOptions): typeof fetch {
  const origin = new URL(opts.endpoint).origin
  const doFetch = opts.fetch ?? fetch
  const base = opts.retryBaseMs ?? 500
  return (async (input: string | URL | Request, init?: RequestInit) => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    for (let attempt = 0, hops = 0; ; ) {
      const headers = new Headers(init?.headers)
      headers.delete('authorization')
      if (opts.token && url.origin === origin) headers.set('authorization', `Bearer ${opts.token}`)
      // Redirects by hand: a renamed repo stays on the Hub (token kept), anything else goes without it.
      const res = await doFetch(url, { ...init, headers, redirect: 'manual' })
      const location = res.headers.get('location')
      if ([301, 302, 303, 307, 308].includes(res.status) && location && hops < 5) {
        await res.body?.cancel()
        url = new URL(location, url)
        hops++
        continue
      }
      if ((res.status === 429 || res.status >= 500) && attempt < HTTP_MAX_RETRIES) {
        await res.body?.cancel()
        await sleep(Math.min(HTTP_MAX_RETRY_WAIT_MS, retryAfterMs(res.headers.get('retry-after')) ?? base * 2 ** attempt))
        attempt++
        continue
      }
      return res
    }
  }) as typeof fetch
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { statusCode?: unknown }).statusCode
  return typeof s === 'number' ? s : undefined
}

function explain(t: HubTarget, e: unknown, token: boolean): RemoteError {
  const name = `${t.owner}/${t.repo}`
  const status = statusOf(e)
  if (status === 401 || status === 403) {
    return new RemoteError(
      token
        ? `The Hub refused access to ${name} (HTTP ${status}) with the token given: the repo is gated or private and this token has no access to it (accept the conditions on the repo page, or use a token with read access).`
        : `The Hub refused access to ${name} (HTTP ${status}): the repo is gated or private, and no token was given (set HF_TOKEN, or the hub-token input of the Action).`,
      status
    )
  }
  if (status === 404) {
    return new RemoteError(`The Hub has no model repo ${name}${t.revision ? ` at revision "${t.revision}"` : ''} (HTTP 404)${token ? '' : ', or it is private and no token was given'}.`, status)
  }
  const msg = e instanceof Error ? e.message : String(e)
  return new RemoteError(`${name} could not be read from the Hub: ${msg}`, status)
}

/** Resolves the revision to a commit sha and lists the files under the path. */
export async function resolveHubRepo(t: HubTarget, opts: HubOptions): Promise<ResolvedHubRepo> {
  const name = `${t.owner}/${t.repo}`
  const f = hubFetch(opts)
  // Loaded only when a Hub repo is scanned: a local scan never pays for the Hub client (start-up, issue #13).
  const { listFiles, modelInfo } = await import('@huggingface/hub')
  let sha: string
  try {
    const info = await modelInfo({ name, revision: t.revision ?? 'main', hubUrl: opts.endpoint, fetch: f, additionalFields: ['sha'] })
    sha = String((info as { sha?: unknown }).sha ?? '')
  } catch (e) {
    throw explain(t, e, opts.token !== undefined)
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new RemoteError(`The Hub gave no commit sha for ${name} at "${t.revision ?? 'main'}".`)
  const files: HubFile[] = []
  let truncated = false
  try {
    for await (const e of listFiles({ repo: name, revision: sha, path: t.path, recursive: true, hubUrl: opts.endpoint, fetch: f })) {
      if (e.type !== 'file') continue
      if (files.length >= MAX_HUB_FILES) {
        truncated = true
        break
      }
      const lfs = e.lfs
      files.push({ path: e.path, size: lfs?.size ?? e.size, ...(lfs?.oid ? { sha256: lfs.oid } : {}) })
    }
  } catch (e) {
    // A PATH naming one file: the tree endpoint answers 404 for files, so look the file up in its folder.
    if (t.path && (statusOf(e) === 404 || statusOf(e) === 400)) {
      const dir = t.path.includes('/') ? t.path.slice(0, t.path.lastIndexOf('/')) : undefined
      try {
        for await (const x of listFiles({ repo: name, revision: sha, path: dir, hubUrl: opts.endpoint, fetch: f })) {
          if (x.type === 'file' && x.path === t.path) files.push({ path: x.path, size: x.lfs?.size ?? x.size, ...(x.lfs?.oid ? { sha256: x.lfs.oid } : {}) })
        }
      } catch (e2) {
        throw explain(t, e2, opts.token !== undefined)
      }
      if (files.length === 0) throw new RemoteError(`${name}@${sha} has no file or folder "${t.path}".`, 404)
    } else {
      throw explain(t, e, opts.token !== undefined)
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { target: t, name, sha, files, truncated }
}

/** A ranged source for one file of a resolved repo (the token goes to the Hub only, never to storage). */
export function hubFileSource(r: { name: string; sha: string }, file: HubFile, opts: HubOptions): HttpRangeSource {
  const url = `${opts.endpoint}/${r.name}/resolve/${r.sha}/${file.path.split('/').map(encodeURIComponent).join('/')}`
  return new HttpRangeSource({
    url,
    size: file.size,
    headers: { 'user-agent': 'adapter-guard' },
    ...(opts.token ? { authHeaders: { authorization: `Bearer ${opts.token}` } } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.retryBaseMs !== undefined ? { retryBaseMs: opts.retryBaseMs } : {})
  })
}

/** Largest Hub file downloaded whole for a deep scan (the scan's per-asset cap for releases too). */
export const MAX_HUB_DOWNLOAD_BYTES = 64 * 1024 ** 3

/**
 * Downloads one file whole (deep scan): streamed to `dest`, its SHA-256 checked against the listing's
 * LFS oid when there is one; the token goes to the Hub only, as for ranged reads.
 */
export async function downloadHubFile(r: { name: string; sha: string }, file: HubFile, dest: string, opts: HubOptions): Promise<{ bytes: number; sha256: string }> {
  const url = `${opts.endpoint}/${r.name}/resolve/${r.sha}/${file.path.split('/').map(encodeURIComponent).join('/')}`
  const { res, url: at } = await fetchFollowing(url, {
    headers: { 'user-agent': 'adapter-guard' },
    ...(opts.token ? { authHeaders: { authorization: `Bearer ${opts.token}` } } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
  })
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    throw new HttpError(res.status, at.host)
  }
  await mkdir(dirname(dest), { recursive: true })
  const { bytes, sha256 } = await streamHashed(res.body, dest, MAX_HUB_DOWNLOAD_BYTES, 'file')
  if (file.sha256 && file.sha256.toLowerCase() !== sha256) {
    await rm(dest, { force: true })
    throw new Error(`SHA-256 ${sha256} does not match the Hub's LFS oid ${file.sha256}`)
  }
  return { bytes, sha256 }
}
