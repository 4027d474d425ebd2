// A ByteSource over HTTP range requests (RFC 9110 §14): every reader works on it unchanged. Reads are
// rounded to blocks and cached (bounded), 429/5xx are retried with backoff honouring Retry-After, and
// redirects are followed by hand so credentials reach only the host they were given for: the signed
// storage URL a Hub `resolve` or a GitHub asset answers with carries its own authorization.
import type { ByteSource } from '../types.js'
import { PREFETCH_MAX_BYTES } from '../formats/source.js'

/** Reads are rounded out to this many bytes, so a header read and the parse after it share one request. */
export const HTTP_BLOCK_BYTES = 16 * 1024
/** Cached bytes per source: enough for headers, zip directories and pickles, never a whole checkpoint. */
export const HTTP_CACHE_BYTES = 8 * 1024 * 1024
/** Retries of one request on 429, 5xx or a network error. */
export const HTTP_MAX_RETRIES = 4
/** Longest wait for one retry, whatever Retry-After asks. */
export const HTTP_MAX_RETRY_WAIT_MS = 60_000
/** When a server ignores Range (200 with the whole body), at most this many bytes are read from its start. */
export const HTTP_NO_RANGE_LIMIT = 32 * 1024 * 1024
/** Hops followed by hand (Hub → storage is one; a CDN in between may add one or two; never a loop). */
export const HTTP_MAX_REDIRECTS = 5
/** One request (headers and body) may take this long. */
export const HTTP_TIMEOUT_MS = 120_000

const REDIRECTS = new Set([301, 302, 303, 307, 308])

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly host: string,
    message?: string
  ) {
    super(message ?? `HTTP ${status} from ${host}`)
  }
}

export interface HttpSourceOptions {
  /** Where the file is asked for (a Hub `resolve` URL, a GitHub asset API URL). */
  url: string
  /** Size known from the listing (Hub tree, release asset); Content-Range confirms it. */
  size: number
  /** Headers sent only to `url`'s origin (authorization), never after a redirect to another origin. */
  authHeaders?: Record<string, string>
  /** Headers sent everywhere (accept, user-agent). */
  headers?: Record<string, string>
  fetch?: typeof fetch
  /** Base of the exponential backoff when the server gives no Retry-After (tests shorten it). */
  retryBaseMs?: number
  maxRetries?: number
  blockBytes?: number
  cacheBytes?: number
  noRangeLimit?: number
}

/** Seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : Math.max(0, t - now)
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function retryable(status: number): boolean {
  return status === 429 || status >= 500
}

/** A request with manual redirects: auth headers only while on the first URL's origin. Returns the final response and URL. */
export async function fetchFollowing(
  url: string,
  init: { headers?: Record<string, string>; authHeaders?: Record<string, string>; method?: string; fetch?: typeof fetch; signal?: AbortSignal }
): Promise<{ res: Response; url: URL }> {
  const doFetch = init.fetch ?? fetch
  const origin = new URL(url).origin
  let at = new URL(url)
  for (let hops = 0; ; hops++) {
    const headers = { ...init.headers, ...(at.origin === origin ? init.authHeaders : undefined) }
    const res = await doFetch(at, { method: init.method ?? 'GET', headers, redirect: 'manual', signal: init.signal })
    if (!REDIRECTS.has(res.status)) return { res, url: at }
    const location = res.headers.get('location')
    await res.body?.cancel()
    if (!location) throw new HttpError(res.status, at.host, `HTTP ${res.status} from ${at.host} without a Location header`)
    if (hops >= HTTP_MAX_REDIRECTS) throw new HttpError(res.status, at.host, `more than ${HTTP_MAX_REDIRECTS} redirects`)
    at = new URL(location, at)
    if (at.protocol !== 'https:' && at.protocol !== 'http:') throw new HttpError(res.status, at.host, `redirect to unsupported scheme ${at.protocol}`)
  }
}

/** Reads at most `max` bytes of a body, then cancels the rest (never downloads a body the caller did not ask for). */
async function readBody(res: Response, max: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let n = 0
  try {
    while (n < max) {
      const { done, value } = await reader.read()
      if (done) break
      const take = Math.min(value.length, max - n)
      chunks.push(take === value.length ? value : value.subarray(0, take))
      n += take
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  const out = new Uint8Array(n)
  let o = 0
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  return out
}

export class HttpRangeSource implements ByteSource {
  /** Bytes received over the network for this file (the per-file cost of a remote scan). */
  bytesRead = 0
  /** Ranged requests made, retries included (a redirect and its target count as one). */
  requests = 0
  /** Set when the server answered a ranged request with the whole body (200). */
  rangeIgnored = false
  readonly size: number
  private readonly block: number
  private readonly cacheLimit: number
  private readonly cache = new Map<number, Uint8Array>()
  private cached = 0
  /** The storage URL the first request was redirected to; reused until it stops answering. */
  private direct?: URL

  constructor(private readonly opts: HttpSourceOptions) {
    this.size = opts.size
    this.block = opts.blockBytes ?? HTTP_BLOCK_BYTES
    this.cacheLimit = opts.cacheBytes ?? HTTP_CACHE_BYTES
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const start = Math.max(0, Math.min(offset, this.size))
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.size))
    if (end === start) return new Uint8Array(0)
    const first = Math.floor(start / this.block)
    const last = Math.floor((end - 1) / this.block)
    // One request for the span of blocks not in the cache (headers are read in a handful of requests).
    let lo = first
    while (lo <= last && this.cache.has(lo)) lo++
    let hi = last
    while (hi >= lo && this.cache.has(hi)) hi--
    const fetched = new Map<number, Uint8Array>()
    if (lo <= hi) {
      const from = lo * this.block
      const to = Math.min(this.size, (hi + 1) * this.block)
      const bytes = await this.fetchRange(from, to)
      for (let b = lo; b <= hi; b++) {
        const s = (b - lo) * this.block
        const piece = bytes.subarray(s, Math.min(bytes.length, s + this.block))
        fetched.set(b, piece)
        this.remember(b, piece)
      }
    }
    const out = new Uint8Array(end - start)
    let o = 0
    for (let b = first; b <= last; b++) {
      const piece = fetched.get(b) ?? this.touch(b)
      if (!piece) break
      const bStart = b * this.block
      const from = Math.max(start, bStart) - bStart
      const to = Math.min(end, bStart + piece.length) - bStart
      if (to <= from) break
      out.set(piece.subarray(from, to), o)
      o += to - from
      if (piece.length < this.block && b < last) break
    }
    return o === out.length ? out : out.subarray(0, o)
  }

  /**
   * One ranged request for a span many small reads will fall in (a small torch zip's local headers):
   * a request per member cost a round trip each. Spans over PREFETCH_MAX_BYTES, or over the cache,
   * are read piece by piece as before.
   */
  async prefetch(offset: number, length: number): Promise<void> {
    if (length <= 0 || length > Math.min(PREFETCH_MAX_BYTES, this.cacheLimit)) return
    await this.read(offset, length)
  }

  /** Drops the cached blocks (the source stays usable: later reads fetch again). */
  async close(): Promise<void> {
    this.cache.clear()
    this.cached = 0
  }

  private touch(b: number): Uint8Array | undefined {
    const v = this.cache.get(b)
    if (v) {
      // Map order is insertion order: re-inserting makes it the most recently used.
      this.cache.delete(b)
      this.cache.set(b, v)
    }
    return v
  }

  private remember(b: number, piece: Uint8Array): void {
    if (piece.length > this.cacheLimit) return
    const old = this.cache.get(b)
    if (old) this.cached -= old.length
    this.cache.delete(b)
    this.cache.set(b, piece)
    this.cached += piece.length
    for (const [k, v] of this.cache) {
      if (this.cached <= this.cacheLimit) break
      this.cache.delete(k)
      this.cached -= v.length
    }
  }

  /** Bytes [from, to) of the file, with retries; a server ignoring Range is read from its start up to the limit. */
  private async fetchRange(from: number, to: number): Promise<Uint8Array> {
    const maxRetries = this.opts.maxRetries ?? HTTP_MAX_RETRIES
    const base = this.opts.retryBaseMs ?? 500
    let lastError: Error | undefined
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      let res: Response
      let url: URL
      try {
        ;({ res, url } = await this.request(from, to))
      } catch (e) {
        if (e instanceof HttpError) throw e
        lastError = e as Error
        if (attempt < maxRetries) await sleep(Math.min(HTTP_MAX_RETRY_WAIT_MS, base * 2 ** attempt))
        continue
      }
      if (res.status === 206) {
        const body = await readBody(res, to - from)
        this.bytesRead += body.length
        const cr = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(res.headers.get('content-range') ?? '')
        if (cr && Number(cr[1]) !== from) throw new HttpError(206, url.host, `${url.host} answered bytes ${cr[1]}- for a request of bytes ${from}-`)
        // The listing said one size, the file has another: offsets computed from either would be wrong.
        if (cr && cr[3] !== '*' && Number(cr[3]) !== this.size) throw new HttpError(206, url.host, `${url.host} serves ${cr[3]} bytes, but the listing said ${this.size}`)
        return body
      }
      if (res.status === 200) {
        // Range ignored: the body is the whole file. Read from its start up to what was asked, within the limit.
        // (A file no longer than what was asked costs nothing extra: not worth a finding.)
        if (this.size > to) this.rangeIgnored = true
        const limit = this.opts.noRangeLimit ?? HTTP_NO_RANGE_LIMIT
        if (to > limit) {
          await res.body?.cancel()
          throw new HttpError(200, url.host, `${url.host} ignores Range requests, and reading byte ${to} would download more than ${limit} bytes of the file (the limit for such servers)`)
        }
        const body = await readBody(res, to)
        this.bytesRead += body.length
        for (let b = 0; b * this.block < body.length; b++) this.remember(b, body.subarray(b * this.block, Math.min(body.length, (b + 1) * this.block)))
        return body.subarray(Math.min(from, body.length), to)
      }
      if (res.status === 416) {
        await res.body?.cancel()
        return new Uint8Array(0)
      }
      await res.body?.cancel()
      if (this.direct && (res.status === 401 || res.status === 403 || res.status === 404 || res.status === 410)) {
        // A signed storage URL expired: ask the origin again (once per attempt).
        this.direct = undefined
        lastError = new HttpError(res.status, url.host)
        continue
      }
      if (!retryable(res.status)) throw new HttpError(res.status, url.host)
      lastError = new HttpError(res.status, url.host)
      if (attempt < maxRetries) {
        const asked = retryAfterMs(res.headers.get('retry-after'))
        await sleep(Math.min(HTTP_MAX_RETRY_WAIT_MS, asked ?? base * 2 ** attempt))
      }
    }
    throw lastError ?? new Error('request failed')
  }

  private async request(from: number, to: number): Promise<{ res: Response; url: URL }> {
    this.requests++
    const headers = { ...this.opts.headers, range: `bytes=${from}-${to - 1}` }
    const signal = AbortSignal.timeout(HTTP_TIMEOUT_MS)
    if (this.direct) {
      const res = await (this.opts.fetch ?? fetch)(this.direct, { headers, redirect: 'manual', signal })
      if (!REDIRECTS.has(res.status)) return { res, url: this.direct }
      await res.body?.cancel()
      this.direct = undefined
    }
    const got = await fetchFollowing(this.opts.url, { headers, authHeaders: this.opts.authHeaders, fetch: this.opts.fetch, signal })
    if (got.url.href !== this.opts.url) this.direct = got.url
    return got
  }
}
