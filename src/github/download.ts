// Release asset download: the API answers 200 or a redirect to signed storage. The token goes only
// to the API URL; every redirect is followed by hand WITHOUT Authorization, and the body is streamed
// to disk (never whole in memory) while its SHA-256 is computed for the asset's `digest`.
import { rm } from 'node:fs/promises'
import { DOWNLOAD_TIMEOUT_MS, streamHashed } from '../io/hashed-download.js'

export { DOWNLOAD_TIMEOUT_MS }

/** GitHub stores release assets of at most 2 GiB each. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3
/** API → storage is one hop; a few more allow a CDN in between, never a loop. */
export const MAX_REDIRECTS = 3

const REDIRECTS = new Set([301, 302, 303, 307, 308])

export interface DownloadResult {
  bytes: number
  sha256: string
  /** Hosts contacted after the API, for the log. */
  redirectedTo?: string
}

export async function downloadAsset(
  apiUrl: string,
  token: string,
  dest: string,
  opts: { digest?: string | null; userAgent?: string; firstHop?: (signal: AbortSignal) => Promise<Response> } = {}
): Promise<DownloadResult> {
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)
  const common = { accept: 'application/octet-stream', 'user-agent': opts.userAgent ?? 'adapter-guard' }
  let url = new URL(apiUrl)
  // The API hop goes through the caller's client when given (rate-limit aware, budget counted).
  let res = opts.firstHop
    ? await opts.firstHop(signal)
    : await fetch(url, {
        headers: { ...common, authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28' },
        redirect: 'manual',
        signal
      })
  let redirectedTo: string | undefined
  for (let hops = 0; REDIRECTS.has(res.status); hops++) {
    const location = res.headers.get('location')
    await res.body?.cancel()
    if (!location) throw new Error(`HTTP ${res.status} without a Location header`)
    if (hops >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
    url = new URL(location, url)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`redirect to unsupported scheme ${url.protocol}`)
    redirectedTo = url.host
    // Signed storage URLs carry their own auth: sending the token would leak it (and fail).
    res = await fetch(url, { headers: common, redirect: 'manual', signal })
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    throw new Error(`HTTP ${res.status} from ${url.host}`)
  }
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > MAX_ASSET_BYTES) {
    await res.body.cancel()
    throw new Error(`asset of ${declared} bytes is over the ${MAX_ASSET_BYTES}-byte limit`)
  }
  const got = await streamHashed(res.body, dest, MAX_ASSET_BYTES, 'asset')
  const m = /^sha256:([0-9a-f]{64})$/i.exec(opts.digest ?? '')
  if (m && m[1].toLowerCase() !== got.sha256) {
    // An unverified file must not be scanned (or reported as clean) by mistake.
    await rm(dest, { force: true })
    throw new Error(`SHA-256 ${got.sha256} does not match the asset's digest ${opts.digest}`)
  }
  return { ...got, ...(redirectedTo ? { redirectedTo } : {}) }
}
