// A loopback stand-in for the Hugging Face Hub, answering as its documented API does:
// `GET /api/models/{repo}/revision/{rev}` (model info with `sha`), `GET /api/models/{repo}/tree/{rev}[/path]`
// (entries with `size`, `oid`, and `lfs: { oid: sha256, size, pointerSize }` or `xetHash` for large files),
// `GET /{repo}/resolve/{rev}/{path}` (small files served directly with Range; LFS/xet files answer 302
// to a second loopback "storage" host with a signed URL), 401 without a token and 403 with a wrong one
// for gated/private repos, 429 with Retry-After when told to throttle. Storage serves Range (206), 416
// past the end, and refuses any Authorization header (signed URLs carry their own).
// Repos are directories on disk (sparse multi-GB files cost nothing), read by range per request.
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { open, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

export interface HubRequest {
  server: 'hub' | 'storage'
  method: string
  url: string
  headers: Record<string, string>
  /** Body bytes sent back. */
  sent: number
  status: number
}

export interface HubRepo {
  name: string
  dir: string
  /** Branch/tag → commit sha; `main` at least. */
  refs: Record<string, string>
  /** Needs a token (gated or private). */
  gated?: boolean
  /** Files stored as LFS (others are served by the Hub itself); default: *.safetensors, *.bin, *.pt, *.zip */
  lfs?: (path: string) => boolean
  /** Use xetHash instead of lfs for large files (newer repos). */
  xet?: boolean
  /** sha256 to list for a file (default: computed, for files under 64 MiB; sparse giants get a stand-in digest). */
  sha256?: Record<string, string>
}

export interface HubStandInOptions {
  /** The one token that opens gated repos. */
  token: string
  /** Storage ignores Range and answers 200 with the whole body. */
  storageIgnoresRange?: boolean
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers })
  res.end(text)
  return Buffer.byteLength(text)
}

function listen(s: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port))
  })
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(p)))
    else if (e.isFile()) out.push(p)
  }
  return out
}

const DEFAULT_LFS = (p: string) => /\.(safetensors|bin|pt|pth|zip|tar|gz)$/.test(p)

export class HubStandIn {
  hubUrl = ''
  storageUrl = ''
  readonly requests: HubRequest[] = []
  /** Path prefixes (url pathnames) to answer 429 once each, with this Retry-After. */
  readonly throttle = new Map<string, string>()
  private readonly repos = new Map<string, HubRepo>()
  private readonly blobs = new Map<string, { file: string }>()

  private constructor(
    private readonly opts: HubStandInOptions,
    private readonly hub: Server,
    private readonly storage: Server
  ) {}

  static async start(opts: HubStandInOptions): Promise<HubStandIn> {
    const holder: { self?: HubStandIn } = {}
    const hub = createServer((req, res) => void holder.self?.handle('hub', req, res))
    const storage = createServer((req, res) => void holder.self?.handle('storage', req, res))
    const self = new HubStandIn(opts, hub, storage)
    holder.self = self
    self.hubUrl = `http://127.0.0.1:${await listen(hub)}`
    self.storageUrl = `http://127.0.0.1:${await listen(storage)}`
    return self
  }

  addRepo(r: HubRepo): void {
    this.repos.set(r.name, r)
  }

  hubRequests(): HubRequest[] {
    return this.requests.filter(r => r.server === 'hub')
  }
  storageRequests(): HubRequest[] {
    return this.requests.filter(r => r.server === 'storage')
  }
  bytesSent(): number {
    return this.requests.reduce((n, r) => n + r.sent, 0)
  }

  async close(): Promise<void> {
    await Promise.all([this.hub, this.storage].map(s => new Promise<void>(res => (s.listening ? s.close(() => res()) : res()))))
  }

  private async handle(server: 'hub' | 'storage', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
    const rec: HubRequest = { server, method: req.method ?? '', url: req.url ?? '', headers, sent: 0, status: 0 }
    this.requests.push(rec)
    try {
      const url = new URL(req.url ?? '/', server === 'hub' ? this.hubUrl : this.storageUrl)
      const hit = [...this.throttle.keys()].find(k => url.pathname.startsWith(k) && (server === 'storage') === k.startsWith('/repos/'))
      const retry = hit === undefined ? undefined : this.throttle.get(hit)
      if (hit !== undefined && retry !== undefined) {
        this.throttle.delete(hit)
        rec.status = 429
        rec.sent = send(res, 429, { error: 'Too Many Requests' }, { 'retry-after': retry })
        return
      }
      // Status and bytes are recorded as they are sent, so a test reading them right after the client is done sees them.
      const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse
      res.writeHead = ((...a: unknown[]) => {
        rec.status = a[0] as number
        return writeHead(...a)
      }) as typeof res.writeHead
      const r = server === 'storage' ? await this.serveStorage(req, res, url, rec) : await this.serveHub(req, res, url, rec)
      rec.status = r.status
      rec.sent = Math.max(rec.sent, r.sent)
    } catch (e) {
      rec.status = 500
      rec.sent = send(res, 500, { error: (e as Error).message })
    }
  }

  private authorize(repo: HubRepo, req: IncomingMessage): number | undefined {
    if (!repo.gated) return undefined
    const auth = req.headers.authorization
    if (!auth) return 401
    return auth === `Bearer ${this.opts.token}` ? undefined : 403
  }

  private async files(repo: HubRepo): Promise<Array<{ path: string; abs: string; size: number }>> {
    const all = await walk(repo.dir)
    const out = []
    for (const abs of all) out.push({ path: relative(repo.dir, abs).split(sep).join('/'), abs, size: (await stat(abs)).size })
    return out.sort((a, b) => (a.path < b.path ? -1 : 1))
  }

  private async sha256(repo: HubRepo, f: { path: string; abs: string; size: number }): Promise<string> {
    if (repo.sha256?.[f.path]) return repo.sha256[f.path]
    if (f.size > 64 * 1024 * 1024) return createHash('sha256').update(`stand-in:${f.path}`).digest('hex')
    const fh = await open(f.abs, 'r')
    try {
      return createHash('sha256').update(await fh.readFile()).digest('hex')
    } finally {
      await fh.close()
    }
  }

  private async serveHub(req: IncomingMessage, res: ServerResponse, url: URL, rec: HubRequest): Promise<{ status: number; sent: number }> {
    const p = decodeURIComponent(url.pathname)
    const api = /^\/api\/models\/([^/]+\/[^/]+)\/(revision|tree)\/([^/]+)(?:\/(.*))?$/.exec(p)
    const resolveM = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(p)
    const repoName = api?.[1] ?? resolveM?.[1]
    const repo = repoName ? this.repos.get(repoName) : undefined
    if (!repo) return { status: 404, sent: send(res, 404, { error: 'Repository not found' }) }
    const denied = this.authorize(repo, req)
    if (denied) return { status: denied, sent: send(res, denied, { error: denied === 401 ? 'Access to model is restricted. You must have access to it and be authenticated to access it. Please log in.' : 'Access to this resource is disabled.' }) }
    const rev = decodeURIComponent(api?.[3] ?? resolveM?.[2] ?? '')
    const sha = /^[0-9a-f]{40}$/.test(rev) && Object.values(repo.refs).includes(rev) ? rev : repo.refs[rev === 'HEAD' ? 'main' : rev]
    if (!sha) return { status: 404, sent: send(res, 404, { error: `Invalid rev id: ${rev}` }) }
    const files = await this.files(repo)
    if (api && api[2] === 'revision') {
      return {
        status: 200,
        sent: send(res, 200, { _id: randomBytes(12).toString('hex'), id: repo.name, private: repo.gated === true, gated: repo.gated ? 'manual' : false, sha, downloads: 0, likes: 0, lastModified: '2026-12-01T00:00:00.000Z', pipeline_tag: null, siblings: files.map(f => ({ rfilename: f.path })) })
      }
    }
    if (api && api[2] === 'tree') {
      const under = api[4] ? api[4].replace(/\/+$/, '') : ''
      const recursive = url.searchParams.get('recursive') === 'true'
      if (under && files.some(f => f.path === under)) return { status: 404, sent: send(res, 404, { error: `${under} is not a directory` }) }
      const inside = files.filter(f => !under || f.path.startsWith(`${under}/`))
      if (under && inside.length === 0) return { status: 404, sent: send(res, 404, { error: 'Entry not found' }) }
      const entries: unknown[] = []
      const dirs = new Set<string>()
      for (const f of inside) {
        const restPath = under ? f.path.slice(under.length + 1) : f.path
        if (!recursive && restPath.includes('/')) {
          const d = (under ? `${under}/` : '') + restPath.split('/')[0]
          if (!dirs.has(d)) {
            dirs.add(d)
            entries.push({ type: 'directory', oid: createHash('sha1').update(d).digest('hex'), size: 0, path: d })
          }
          continue
        }
        const isLfs = (repo.lfs ?? DEFAULT_LFS)(f.path)
        const oid = createHash('sha1').update(`blob ${f.path}`).digest('hex')
        if (!isLfs) entries.push({ type: 'file', oid, size: f.size, path: f.path })
        else if (repo.xet) entries.push({ type: 'file', oid, size: f.size, path: f.path, xetHash: createHash('sha256').update(f.path).digest('hex'), lfs: { oid: await this.sha256(repo, f), size: f.size, pointerSize: 134 } })
        else entries.push({ type: 'file', oid, size: f.size, path: f.path, lfs: { oid: await this.sha256(repo, f), size: f.size, pointerSize: 134 } })
      }
      return { status: 200, sent: send(res, 200, entries) }
    }
    if (resolveM) {
      const f = files.find(x => x.path === resolveM[3])
      if (!f) return { status: 404, sent: send(res, 404, { error: 'Entry not found' }, { 'x-error-code': 'EntryNotFound' }) }
      const common = { 'x-repo-commit': sha, etag: `"${createHash('sha1').update(f.path).digest('hex')}"` }
      if ((repo.lfs ?? DEFAULT_LFS)(f.path)) {
        const key = randomBytes(8).toString('hex')
        this.blobs.set(key, { file: f.abs })
        res.writeHead(302, { ...common, location: `${this.storageUrl}/repos/${key}?X-Amz-Signature=${randomBytes(16).toString('hex')}&X-Amz-Expires=3600`, 'x-linked-size': String(f.size) })
        res.end()
        return { status: 302, sent: 0 }
      }
      return this.serveFile(req, res, f.abs, f.size, common, false, rec)
    }
    return { status: 404, sent: send(res, 404, { error: 'not found' }) }
  }

  private async serveStorage(req: IncomingMessage, res: ServerResponse, url: URL, rec: HubRequest): Promise<{ status: number; sent: number }> {
    // Signed URLs carry their own auth: real storage (S3, CloudFront) refuses a second mechanism.
    if (req.headers.authorization) return { status: 400, sent: send(res, 400, '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>') }
    const blob = this.blobs.get(url.pathname.replace(/^\/repos\//, ''))
    if (!blob || !url.searchParams.get('X-Amz-Signature')) return { status: 403, sent: send(res, 403, '<Error><Code>AccessDenied</Code></Error>') }
    const size = (await stat(blob.file)).size
    return this.serveFile(req, res, blob.file, size, {}, this.opts.storageIgnoresRange === true, rec)
  }

  /** Range per RFC 9110 §14: one `bytes=a-b` (or `a-`, `-n`) range → 206; past the end → 416; none → 200. */
  private async serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    size: number,
    extra: Record<string, string>,
    ignoreRange: boolean,
    rec: HubRequest
  ): Promise<{ status: number; sent: number }> {
    const range = ignoreRange ? null : /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
    let start = 0
    let end = size - 1
    let status = 200
    if (range) {
      if (range[1] === '') {
        start = Math.max(0, size - Number(range[2]))
      } else {
        start = Number(range[1])
        if (range[2] !== '') end = Math.min(Number(range[2]), size - 1)
      }
      if (start >= size || start > end) {
        res.writeHead(416, { ...extra, 'content-range': `bytes */${size}` })
        res.end()
        return { status: 416, sent: 0 }
      }
      status = 206
    }
    const len = end - start + 1
    res.writeHead(status, { ...extra, 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes', 'content-length': String(len), ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}) })
    const fh = await open(file, 'r')
    let sent = 0
    try {
      const buf = Buffer.alloc(Math.min(len, 1024 * 1024))
      let at = start
      while (at <= end) {
        const n = Math.min(buf.length, end - at + 1)
        const { bytesRead } = await fh.read(buf, 0, n, at)
        if (bytesRead === 0) break
        const ok = res.write(Buffer.from(buf.subarray(0, bytesRead)))
        sent += bytesRead
        rec.sent = sent
        at += bytesRead
        if (res.destroyed) break
        if (!ok) await new Promise<void>(r => { res.once('drain', r); res.once('close', r) })
        if (res.destroyed) break
      }
    } finally {
      await fh.close()
    }
    res.end()
    return { status, sent }
  }
}
