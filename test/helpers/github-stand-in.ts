// A GitHub REST API stand-in on 127.0.0.1 (plain node:http) serving what the Action calls, plus a
// second loopback server playing the signed-URL storage host that release downloads redirect to.
// Every request to either is recorded. It enforces the documented limits with the same status codes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash, randomBytes } from 'node:crypto'

/** GitHub: comment bodies over 65,536 → 422 (characters per GitHub's message; the stand-in also refuses bytes past it). */
export const COMMENT_LIMIT = 65_536
/** Checks API: more than 50 annotations per request → 422; summary/text over 65,535 bytes → 422 "exceeds a maximum bytesize". */
export const ANNOTATIONS_LIMIT = 50
export const CHECK_OUTPUT_LIMIT = 65_535
/** Checks API: annotation message and raw_details at most 64 KB (bytes); title 255 characters. */
export const ANNOTATION_TEXT_LIMIT = 65_535
export const ANNOTATION_TITLE_LIMIT = 255
/** pulls.listFiles serves at most 3,000 files; the compare API 300. */
export const PR_FILES_CAP = 3000
export const COMPARE_FILES_CAP = 300
/** Request bodies read at most (the Action never sends more than a few hundred KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024
/** Servers close themselves after this long even if a test forgets to. */
const SELF_STOP_MS = 10 * 60 * 1000

export interface RecordedRequest {
  server: 'api' | 'storage'
  method: string
  url: string
  headers: Record<string, string>
  body: string
  /** Storage: body bytes sent back. */
  sent?: number
}

export interface StandInComment {
  id: number
  issue_number: number
  body: string
  /** Author; the Actions bot when absent. */
  user?: { login: string; type: 'User' | 'Bot' }
}

export interface StandInCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion?: string
  output: { title?: string; summary?: string }
  annotations: Array<Record<string, unknown>>
}

export interface StandInAsset {
  id: number
  name: string
  data: Buffer
  /** `sha256:<hex>`; computed from data unless set (set a wrong one to test verification). */
  digest?: string | null
  /** A sparse asset of this size: `data` is its start, the rest zeros (a 2 GiB asset without 2 GiB of memory). */
  size?: number
}

export interface StandInRelease {
  id: number
  tag_name: string
  draft: boolean
  immutable?: boolean
  assets: StandInAsset[]
}

export interface StandInOptions {
  token: string
  owner?: string
  repo?: string
  /** Fork PR token: every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean
}

/** The token's hourly budget, as GitHub reports it in `x-ratelimit-*` headers on every API answer. */
export interface StandInRate {
  limit: number
  remaining: number
  /** Epoch seconds. */
  reset: number
}


export class GitHubStandIn {
  readonly requests: RecordedRequest[] = []
  readonly prFiles = new Map<number, Array<{ filename: string; status: string; previous_filename?: string }>>()
  /** Files served by the compare API (merge queues), capped at 300 like GitHub. */
  compareFiles: Array<{ filename: string; status: string; previous_filename?: string }> = []
  readonly comments: StandInComment[] = []
  /** Repository files at a commit, `<sha>:<path>` → text, served by the contents API. */
  readonly files = new Map<string, string>()
  /** When set, the contents API answers every request with this status (a 5xx outage, a 403 rate limit). */
  contentsStatus?: number
  /** The next this-many comment creations answer with a secondary rate limit (403, retry-after: 1). */
  secondaryLimits = 0
  readonly checkRuns: StandInCheckRun[] = []
  readonly releases: StandInRelease[] = []
  readOnly: boolean
  apiUrl = ''
  storageUrl = ''
  private nextId = 1000
  /** When set, every API request spends one and carries the headers; at 0 GitHub answers 403 "API rate limit exceeded". */
  rate?: StandInRate
  /** Requests matching this answer 403 with `x-ratelimit-remaining: 0` (a limit hit on that call only). */
  rateLimited?: { method: string; path: RegExp }
  /** The token is a personal access token of this user (GET /user answers; comments are written as them). */
  patUser?: string
  private readonly blobs = new Map<string, { data: Buffer; size: number }>()
  private timer?: NodeJS.Timeout

  private constructor(
    private readonly opts: StandInOptions,
    private readonly api: Server,
    private readonly storage: Server
  ) {
    this.readOnly = opts.readOnly ?? false
  }

  static async start(opts: StandInOptions): Promise<GitHubStandIn> {
    const holder: { self?: GitHubStandIn } = {}
    const api = createServer((req, res) => void holder.self?.handle('api', req, res))
    const storage = createServer((req, res) => void holder.self?.handle('storage', req, res))
    const self = new GitHubStandIn(opts, api, storage)
    holder.self = self
    self.apiUrl = `http://127.0.0.1:${await listen(api)}`
    self.storageUrl = `http://127.0.0.1:${await listen(storage)}`
    self.timer = setTimeout(() => void self.close(), SELF_STOP_MS)
    self.timer.unref()
    return self
  }

  get repoPath(): string {
    return `/repos/${this.opts.owner ?? 'acme'}/${this.opts.repo ?? 'adapters'}`
  }

  id(): number {
    return this.nextId++
  }

  addRelease(r: { tag_name: string; draft?: boolean; immutable?: boolean; assets: Array<{ name: string; data: Buffer; digest?: string | null; size?: number }> }): StandInRelease {
    const rel: StandInRelease = { id: this.id(), tag_name: r.tag_name, draft: r.draft ?? false, immutable: r.immutable, assets: r.assets.map(a => ({ ...a, id: this.id() })) }
    this.releases.push(rel)
    return rel
  }

  apiRequests(): RecordedRequest[] {
    return this.requests.filter(r => r.server === 'api')
  }

  storageRequests(): RecordedRequest[] {
    return this.requests.filter(r => r.server === 'storage')
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    await Promise.all([this.api, this.storage].map(s => new Promise<void>(res => (s.listening ? s.close(() => res()) : res()))))
  }

  private async handle(server: 'api' | 'storage', req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: string
    try {
      body = await readBody(req)
    } catch {
      return send(res, 413, { message: 'Payload too large' })
    }
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
    this.requests.push({ server, method: req.method ?? '', url: req.url ?? '', headers, body })
    try {
      if (server === 'storage') return this.serveStorage(req, res)
      return this.serveApi(req, res, body)
    } catch (e) {
      return send(res, 500, { message: (e as Error).message })
    }
  }

  private serveStorage(req: IncomingMessage, res: ServerResponse): void {
    // Signed URLs carry their own auth: real storage refuses a second mechanism.
    if (req.headers.authorization) return send(res, 400, { message: 'Only one auth mechanism allowed' })
    const url = new URL(req.url ?? '/', this.storageUrl)
    const blob = this.blobs.get(url.pathname.replace(/^\/blob\//, ''))
    if (!blob || !url.searchParams.get('sig')) return send(res, 403, { message: 'signature missing or expired' })
    const { data, size } = blob
    // Bytes past `data` are zeros (sparse assets).
    const slice = (start: number, end: number): Buffer => {
      const out = Buffer.alloc(end - start)
      if (start < data.length) data.copy(out, 0, start, Math.min(end, data.length))
      return out
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    const rec = this.requests.at(-1)
    if (range) {
      const start = Number(range[1])
      if (start >= size) {
        res.writeHead(416, { 'content-range': `bytes */${size}` })
        return void res.end()
      }
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
      res.writeHead(206, { 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end}/${size}`, 'accept-ranges': 'bytes', 'content-length': end - start + 1 })
      if (rec) rec.sent = end - start + 1
      return void res.end(slice(start, end + 1))
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes', 'content-length': size })
    if (rec) rec.sent = size
    res.end(slice(0, size))
  }

  private serveApi(req: IncomingMessage, res: ServerResponse, body: string): void {
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.opts.token}` && auth !== `Bearer ${this.opts.token}`) return send(res, 401, { message: 'Bad credentials' })
    const url = new URL(req.url ?? '/', this.apiUrl)
    const method = req.method ?? 'GET'
    const rp = this.repoPath
    const p = url.pathname
    const json = (): Record<string, unknown> => (body ? (JSON.parse(body) as Record<string, unknown>) : {})
    const rateHeaders = (): Record<string, string> =>
      this.rate ? { 'x-ratelimit-limit': String(this.rate.limit), 'x-ratelimit-remaining': String(this.rate.remaining), 'x-ratelimit-reset': String(this.rate.reset), 'x-ratelimit-used': String(this.rate.limit - this.rate.remaining), 'x-ratelimit-resource': 'core' } : {}
    const rateExceeded = (reset: number) =>
      send(
        res,
        403,
        { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
        { 'x-ratelimit-limit': String(this.rate?.limit ?? 1000), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' }
      )
    if (this.rate) {
      if (this.rate.remaining <= 0) return rateExceeded(this.rate.reset)
      this.rate.remaining--
      res.setHeader('x-ratelimit-limit', String(this.rate.limit))
      for (const [k, v] of Object.entries(rateHeaders())) res.setHeader(k, v)
    }
    if (this.rateLimited && this.rateLimited.method === method && this.rateLimited.path.test(url.pathname)) return rateExceeded(Math.floor(Date.now() / 1000) + 3600)
    const forbidden = (permission: string) =>
      send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, { 'x-accepted-github-permissions': permission })
    let m: RegExpExecArray | null

    if (p === '/user' && method === 'GET') {
      // Installation tokens (GITHUB_TOKEN, apps) cannot read /user; a PAT reads its own user.
      if (!this.patUser) return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' })
      return send(res, 200, { login: this.patUser, id: 77, type: 'User' })
    }
    if ((m = new RegExp(`^${rp}/releases/(\\d+)/assets$`).exec(p)) && method === 'GET') {
      const r = this.releases.find(x => x.id === Number(m?.[1]))
      if (!r) return send(res, 404, { message: 'Not Found' })
      return this.paginate(res, url, r.assets.map(a => this.assetJson(a)))
    }
    if ((m = new RegExp(`^${rp}/contents/(.+)$`).exec(p)) && method === 'GET') {
      // Files at a commit (`ref`): what the base branch holds, keyed by `<sha>:<path>`.
      const path = decodeURIComponent(m[1])
      if (this.contentsStatus !== undefined) return send(res, this.contentsStatus, { message: this.contentsStatus === 403 ? 'API rate limit exceeded' : 'Server Error' }, this.contentsStatus === 403 ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } : {})
      const text = this.files.get(`${url.searchParams.get('ref') ?? ''}:${path}`)
      if (text === undefined) return send(res, 404, { message: 'Not Found' })
      return send(res, 200, { type: 'file', path, size: Buffer.byteLength(text), encoding: 'base64', content: Buffer.from(text).toString('base64') })
    }
    if ((m = new RegExp(`^${rp}/pulls/(\\d+)/files$`).exec(p)) && method === 'GET') {
      const all = (this.prFiles.get(Number(m[1])) ?? []).slice(0, PR_FILES_CAP)
      return this.paginate(res, url, all.map(f => ({ sha: 'f'.repeat(40), additions: 0, deletions: 0, changes: 0, ...f })))
    }
    if ((m = new RegExp(`^${rp}/compare/([^/]+)$`).exec(p)) && method === 'GET') {
      const [baseSha, headSha] = decodeURIComponent(m[1]).split('...')
      return send(res, 200, { status: 'ahead', base_commit: { sha: baseSha }, merge_base_commit: { sha: baseSha }, commits: [{ sha: headSha }], files: this.compareFiles.slice(0, COMPARE_FILES_CAP) })
    }
    if ((m = new RegExp(`^${rp}/issues/(\\d+)/comments$`).exec(p))) {
      const issue = Number(m[1])
      if (method === 'GET') return this.paginate(res, url, this.comments.filter(c => c.issue_number === issue).map(c => this.commentJson(c)))
      if (method === 'POST') {
        if (this.readOnly) return forbidden('issues=write; pull_requests=write')
        if (this.secondaryLimits > 0) {
          this.secondaryLimits--
          return send(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' })
        }
        const text = String(json().body ?? '')
        if (commentTooLong(text)) return send(res, 422, { message: 'Validation Failed', errors: [{ message: `Body is too long (maximum is ${COMMENT_LIMIT} characters)` }] })
        const c: StandInComment = { id: this.id(), issue_number: issue, body: text, ...(this.patUser ? { user: { login: this.patUser, type: 'User' as const } } : {}) }
        this.comments.push(c)
        return send(res, 201, this.commentJson(c))
      }
    }
    if ((m = new RegExp(`^${rp}/issues/comments/(\\d+)$`).exec(p)) && method === 'PATCH') {
      if (this.readOnly) return forbidden('issues=write; pull_requests=write')
      const c = this.comments.find(x => x.id === Number(m?.[1]))
      if (!c) return send(res, 404, { message: 'Not Found' })
      const text = String(json().body ?? '')
      if (commentTooLong(text)) return send(res, 422, { message: 'Validation Failed', errors: [{ message: `Body is too long (maximum is ${COMMENT_LIMIT} characters)` }] })
      c.body = text
      return send(res, 200, this.commentJson(c))
    }
    if (p === `${rp}/check-runs` && method === 'POST') {
      if (this.readOnly) return forbidden('checks=write')
      const b = json()
      const bad = checkOutputProblem(b)
      if (bad) return send(res, 422, { message: 'Validation Failed', errors: [bad] })
      if (!b.name || !b.head_sha) return send(res, 422, { message: 'Validation Failed', errors: ['name and head_sha are required'] })
      const output = (b.output ?? {}) as Record<string, unknown>
      const run: StandInCheckRun = {
        id: this.id(),
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: String(b.status ?? 'queued'),
        conclusion: b.conclusion as string | undefined,
        output: { title: output.title as string, summary: output.summary as string },
        annotations: [...((output.annotations as Array<Record<string, unknown>>) ?? [])]
      }
      this.checkRuns.push(run)
      return send(res, 201, this.checkRunJson(run))
    }
    if ((m = new RegExp(`^${rp}/check-runs/(\\d+)$`).exec(p)) && method === 'PATCH') {
      if (this.readOnly) return forbidden('checks=write')
      const run = this.checkRuns.find(r => r.id === Number(m?.[1]))
      if (!run) return send(res, 404, { message: 'Not Found' })
      const b = json()
      const bad = checkOutputProblem(b)
      if (bad) return send(res, 422, { message: 'Validation Failed', errors: [bad] })
      if (b.status) run.status = String(b.status)
      if (b.conclusion) run.conclusion = String(b.conclusion)
      const output = b.output as Record<string, unknown> | undefined
      if (output) {
        run.output = { title: output.title as string, summary: output.summary as string }
        // The Checks API appends annotations on update.
        run.annotations.push(...((output.annotations as Array<Record<string, unknown>>) ?? []))
      }
      return send(res, 200, this.checkRunJson(run))
    }
    if ((m = new RegExp(`^${rp}/releases/tags/(.+)$`).exec(p)) && method === 'GET') {
      const tag = decodeURIComponent(m[1])
      // Drafts are never served by tag.
      const r = this.releases.find(x => x.tag_name === tag && !x.draft)
      return r ? send(res, 200, this.releaseJson(r)) : send(res, 404, { message: 'Not Found' })
    }
    if (p === `${rp}/releases` && method === 'GET') return this.paginate(res, url, this.releases.map(r => this.releaseJson(r)))
    if ((m = new RegExp(`^${rp}/releases/assets/(\\d+)$`).exec(p)) && method === 'GET') {
      const id = Number(m[1])
      const asset = this.releases.flatMap(r => r.assets).find(a => a.id === id)
      if (!asset) return send(res, 404, { message: 'Not Found' })
      if (req.headers.accept !== 'application/octet-stream') return send(res, 200, this.assetJson(asset))
      const key = `${id}-${randomBytes(8).toString('hex')}`
      this.blobs.set(key, { data: asset.data, size: asset.size ?? asset.data.length })
      res.writeHead(302, { location: `${this.storageUrl}/blob/${key}?sig=${randomBytes(16).toString('hex')}&se=300` })
      return void res.end()
    }
    if ((m = new RegExp(`^${rp}/releases/(\\d+)$`).exec(p))) {
      const r = this.releases.find(x => x.id === Number(m?.[1]))
      if (!r) return send(res, 404, { message: 'Not Found' })
      if (method === 'GET') return send(res, 200, this.releaseJson(r))
      if (method === 'PATCH') {
        if (this.readOnly) return forbidden('contents=write')
        const b = json()
        if (typeof b.draft === 'boolean') {
          if (r.immutable) return send(res, 422, { message: 'Validation Failed', errors: ['Cannot modify an immutable release'] })
          r.draft = b.draft
        }
        return send(res, 200, this.releaseJson(r))
      }
    }
    return send(res, 404, { message: `Not Found: ${method} ${p}` })
  }

  private paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number) => {
      const u = new URL(url.toString())
      u.searchParams.set('page', String(n))
      u.searchParams.set('per_page', String(perPage))
      return u.toString()
    }
    const rels: string[] = []
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), rels.length ? { link: rels.join(', ') } : {})
  }

  private commentJson(c: StandInComment): Record<string, unknown> {
    return { id: c.id, body: c.body, html_url: `https://github.example/acme/adapters/pull/${c.issue_number}#issuecomment-${c.id}`, user: c.user ?? { login: 'github-actions[bot]', type: 'Bot' } }
  }

  private checkRunJson(r: StandInCheckRun): Record<string, unknown> {
    return { id: r.id, name: r.name, head_sha: r.head_sha, status: r.status, conclusion: r.conclusion ?? null, html_url: `https://github.example/acme/adapters/runs/${r.id}` }
  }

  private assetJson(a: StandInAsset): Record<string, unknown> {
    const digest = a.digest === undefined ? `sha256:${createHash('sha256').update(a.data).digest('hex')}` : a.digest
    return {
      id: a.id,
      name: a.name,
      size: a.size ?? a.data.length,
      state: 'uploaded',
      content_type: 'application/octet-stream',
      digest,
      url: `${this.apiUrl}${this.repoPath}/releases/assets/${a.id}`,
      browser_download_url: `https://github.example/acme/adapters/releases/download/x/${a.name}`
    }
  }

  releaseJson(r: StandInRelease): Record<string, unknown> {
    return {
      id: r.id,
      tag_name: r.tag_name,
      name: r.tag_name,
      draft: r.draft,
      prerelease: false,
      immutable: r.immutable ?? false,
      html_url: `https://github.example/acme/adapters/releases/tag/${r.tag_name}`,
      url: `${this.apiUrl}${this.repoPath}/releases/${r.id}`,
      assets: r.assets.map(a => this.assetJson(a))
    }
  }
}

function commentTooLong(text: string): boolean {
  return text.length > COMMENT_LIMIT || Buffer.byteLength(text) > COMMENT_LIMIT
}

function checkOutputProblem(b: Record<string, unknown>): string | undefined {
  const output = b.output as Record<string, unknown> | undefined
  if (!output) return undefined
  const ann = (output.annotations as Array<Record<string, unknown>>) ?? []
  if (ann.length > ANNOTATIONS_LIMIT) return `output.annotations has ${ann.length} items, maximum ${ANNOTATIONS_LIMIT}`
  // GitHub measures these in bytes: "Invalid request. output.summary exceeds a maximum bytesize of 65535."
  for (const k of ['summary', 'text']) {
    const v = output[k]
    if (typeof v === 'string' && Buffer.byteLength(v) > CHECK_OUTPUT_LIMIT) return `Invalid request. output.${k} exceeds a maximum bytesize of ${CHECK_OUTPUT_LIMIT}.`
  }
  for (const [i, a] of ann.entries()) {
    for (const k of ['message', 'raw_details']) {
      const v = a[k]
      if (typeof v === 'string' && Buffer.byteLength(v) > ANNOTATION_TEXT_LIMIT) return `Invalid request. output.annotations[${i}].${k} exceeds a maximum bytesize of ${ANNOTATION_TEXT_LIMIT}.`
    }
    if (typeof a.title === 'string' && a.title.length > ANNOTATION_TITLE_LIMIT) return `output.annotations[${i}].title is longer than ${ANNOTATION_TITLE_LIMIT}`
  }
  if (!output.title || !output.summary) return 'output.title and output.summary are required'
  return undefined
}

function listen(s: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port))
  })
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let n = 0
    req.on('data', (c: Buffer) => {
      n += c.length
      if (n > MAX_BODY_BYTES) {
        reject(new Error('too large'))
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}
